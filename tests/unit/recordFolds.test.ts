/**
 * The fold that makes parallel loads end like a serial one (src/db/recordFolds.ts):
 * any order of the same claims gives the same record.
 */
import { canonical, foldRecord, type Provenance } from '../../src/db/recordFolds';
import type { RecordKind } from '../../src/db/registry';

type Claim = Record<string, unknown> & Provenance;

const prov = (confidence: number, method = 'rule') => ({ confidence, extractionMethod: method, extractionVersion: 'v1' });
const keys = new Map([
  [1, 'KR'],
  [2, 'KZ'],
  [3, 'UZ'],
  [10, 'kepco'],
  [11, 'kotra'],
]);
const keyOf = (_field: string, id: number) => keys.get(id);

const CLAIMS: Partial<Record<RecordKind, Claim[]>> = {
  persons: [
    { name: 'Yoon Suk-yeol', aliases: ['Yoon'], role: null, countryId: 1, organizationId: null, ...prov(0.9) },
    { name: 'Yoon Suk Yeol', aliases: ['Yoon Suk Yeol', 'Yoon'], role: 'President', countryId: null, organizationId: 11, ...prov(0.9) },
    { name: 'President Yoon', aliases: ['President Yoon'], role: 'Former prosecutor', countryId: 2, organizationId: 10, ...prov(0.5) },
  ],
  agreements: [
    { title: 'MoU', kind: 'MOU', status: 'SIGNED', date: '2024', dateStart: null, quantity: null, sectors: ['ENERGY'], ...prov(0.8) },
    { title: 'MoU on energy', kind: 'MOU', status: 'SIGNED', date: '2024-06-12', dateStart: null, quantity: '3', sectors: ['TRADE', 'ENERGY'], ...prov(0.8) },
    { title: 'Memorandum', kind: 'MOU', status: 'ANNOUNCED', date: '2023-01', dateStart: null, quantity: '2', sectors: [], ...prov(0.95, 'other') },
  ],
  organizations: [
    { name: 'KEPCO', kind: 'COMPANY', aliases: ['KEPCO'], acronyms: ['KEPCO'], countryId: null, ...prov(0.88) },
    { name: 'Korea Electric Power Corporation', kind: 'COMPANY', aliases: ['Korea Electric Power Corporation'], acronyms: [], countryId: 3, ...prov(0.88) },
    { name: 'Kepco', kind: 'OTHER', aliases: ['Kepco'], acronyms: [], countryId: 1, ...prov(0.4) },
  ],
};

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

function fold(kind: RecordKind, claims: Claim[]): Claim {
  const [first, ...later] = claims.map((c) => canonical(kind, structuredClone(c)));
  for (const c of later) foldRecord(kind, first!, c, keyOf);
  return first!;
}

test.each(Object.entries(CLAIMS))('%s: every order of the same claims folds to the same record', (kind, claims) => {
  const results = permutations(claims!).map((order) => JSON.stringify(fold(kind as RecordKind, order)));
  expect(new Set(results).size).toBe(1);
});

test('the strongest claim gives the fields; equal ones are decided by value; lists are sorted unions; fill fields by a fixed order', () => {
  const person = fold('persons', CLAIMS.persons!);
  // Two claims at 0.9: "Yoon Suk Yeol" < "Yoon Suk-yeol".
  expect(person).toMatchObject({ name: 'Yoon Suk Yeol', confidence: 0.9, aliases: ['President Yoon', 'Yoon', 'Yoon Suk Yeol'] });
  // Home country: the smallest key among KR, KZ; organization: kepco < kotra; role: the smallest text.
  expect(person).toMatchObject({ countryId: 1, organizationId: 10, role: 'Former prosecutor' });
  const agreement = fold('agreements', CLAIMS.agreements!);
  expect(agreement).toMatchObject({ title: 'Memorandum', status: 'ANNOUNCED', sectors: ['ENERGY', 'TRADE'], quantity: '2', date: '2023-01' });
  expect((agreement.dateStart as Date).toISOString()).toBe('2023-01-01T00:00:00.000Z');
});
