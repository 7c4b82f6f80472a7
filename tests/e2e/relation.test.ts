/**
 * The relation view between two countries, over HTTP on the seeded database:
 * agreements both are party to, statements involving both, facts about one
 * reported alongside the other, oldest first.
 */
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const RELATION = `query($between: [String!]!) {
  relation(between: $between) {
    countries { iso2 }
    agreements(first: 100) { totalCount nodes { title date partyCountries { iso2 } evidence(first: 1) { nodes { sentence } } } }
    statements(first: 100) { totalCount nodes { date text mentionedCountries { iso2 }
      speaker { __typename ... on Person { country { iso2 } } ... on Organization { country { iso2 } } } } }
    facts(first: 100) { totalCount nodes { date subject subjectCountry { iso2 } } }
  }
}`;

/** Undated records first (the list orders undated as the earliest), then dates ascending. */
const isAscending = (dates: (string | null)[]): boolean => {
  const firstDated = dates.findIndex((d) => d !== null);
  const dated = firstDated === -1 ? [] : dates.slice(firstDated);
  return dated.every((d, i) => d !== null && (i === 0 || dated[i - 1]! <= d));
};

test('KR–UZ: agreements with both as parties, statements involving both, facts about either, in time order', async () => {
  const { body } = await t.gql(RELATION, { between: ['kr', 'UZB'] });
  expect(body.errors).toBeUndefined();
  const r = body.data.relation;
  expect(r.countries.map((c: { iso2: string }) => c.iso2)).toEqual(['KR', 'UZ']);

  expect(r.agreements.totalCount).toBeGreaterThan(0);
  for (const a of r.agreements.nodes) expect(a.partyCountries.map((c: { iso2: string }) => c.iso2)).toEqual(expect.arrayContaining(['KR', 'UZ']));
  expect(isAscending(r.agreements.nodes.map((a: { date: string | null }) => a.date))).toBe(true);
  // Same set as the root list narrowed to both parties.
  const root = await t.gql('{ agreements(filter: { parties: ["KR", "UZ"] }) { totalCount } }');
  expect(r.agreements.totalCount).toBe(root.body.data.agreements.totalCount);

  expect(r.statements.totalCount).toBeGreaterThan(0);
  for (const s of r.statements.nodes) {
    const involved = new Set([...s.mentionedCountries.map((c: { iso2: string }) => c.iso2), s.speaker?.country?.iso2]);
    expect(involved.has('KR') && involved.has('UZ')).toBe(true);
  }
  expect(isAscending(r.statements.nodes.map((s: { date: string | null }) => s.date))).toBe(true);

  for (const f of r.facts.nodes) expect(['KR', 'UZ']).toContain(f.subjectCountry?.iso2);
});

test('a relation with no shared records is empty, not an error; the order of the two codes does not change the records', async () => {
  const [ab, ba] = await Promise.all([t.gql(RELATION, { between: ['KR', 'KZ'] }), t.gql(RELATION, { between: ['KZ', 'KR'] })]);
  expect(ab.body.errors).toBeUndefined();
  const titles = (b: typeof ab.body) => b.data.relation.agreements.nodes.map((a: { title: string }) => a.title);
  expect(titles(ba.body)).toEqual(titles(ab.body));
  expect(ba.body.data.relation.countries.map((c: { iso2: string }) => c.iso2)).toEqual(['KZ', 'KR']);

  const none = await t.gql(RELATION, { between: ['KR', 'IS'] });
  expect(none.body.errors).toBeUndefined();
  expect(none.body.data.relation ?? { agreements: { totalCount: 0 } }).toMatchObject({ agreements: { totalCount: 0 } });
});

test('filters and order narrow further: sector filter keeps both parties, orderBy overrides the timeline order', async () => {
  const { body } = await t.gql(`{ relation(between: ["KR", "UZ"]) {
    all: agreements { totalCount }
    desc: agreements(orderBy: { field: DATE, direction: DESC }, first: 100) { nodes { date } }
    energy: agreements(filter: { sectors: [ENERGY] }, first: 100) { totalCount nodes { sectors partyCountries { iso2 } } } } }`);
  expect(body.errors).toBeUndefined();
  const r = body.data.relation;
  expect(r.energy.totalCount).toBeLessThanOrEqual(r.all.totalCount);
  for (const a of r.energy.nodes) {
    expect(a.sectors).toContain('ENERGY');
    expect(a.partyCountries.map((c: { iso2: string }) => c.iso2)).toEqual(expect.arrayContaining(['KR', 'UZ']));
  }
  const dates = r.desc.nodes.map((a: { date: string | null }) => a.date).filter(Boolean);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('unknown codes give null; the same country twice or a wrong number of codes is BAD_USER_INPUT', async () => {
  const unknown = await t.gql('{ relation(between: ["KR", "XX"]) { countries { iso2 } } }');
  expect(unknown.body.errors).toBeUndefined();
  expect(unknown.body.data.relation).toBeNull();
  for (const between of ['["KR", "kor"]', '["KR"]', '["KR", "UZ", "KZ"]']) {
    const { body } = await t.gql(`{ relation(between: ${between}) { countries { iso2 } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/between/);
  }
});
