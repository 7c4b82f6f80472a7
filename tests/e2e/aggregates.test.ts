/**
 * Group counts over HTTP against a real Postgres with the seed articles:
 * they agree with the list API's totalCount, respect the filter, and each
 * call is one SQL statement.
 */
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

interface Group {
  keys: { country: string | null; sector: string | null; year: number | null; kind: string | null; status: string | null; unit?: string | null };
  count: number;
}

const AGREEMENT_COUNTS = `query($groupBy: [AgreementGroupField!]!, $filter: AgreementFilter) {
  agreementCounts(groupBy: $groupBy, filter: $filter) { count keys { country sector year kind status } } }`;
const STATEMENT_COUNTS = `query($groupBy: [StatementGroupField!]!, $filter: StatementFilter) {
  statementCounts(groupBy: $groupBy, filter: $filter) { count keys { country sector year kind status } } }`;

const FACT_COUNTS = `query($groupBy: [FactGroupField!]!, $filter: FactFilter) {
  factCounts(groupBy: $groupBy, filter: $filter) { count keys { country year unit sector kind status } } }`;

async function gqlData(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await t.gql(query, variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const agreementTotal = async (filter: Record<string, unknown>) =>
  (await gqlData('query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }', { f: filter })).agreements.totalCount as number;

function expectDescending(groups: Group[]): void {
  for (let i = 1; i < groups.length; i++) expect(groups[i]!.count).toBeLessThanOrEqual(groups[i - 1]!.count);
}

describe('agreementCounts', () => {
  test('by [COUNTRY, SECTOR]: each group matches the agreements list filtered to that country and sector', async () => {
    const groups: Group[] = (await gqlData(AGREEMENT_COUNTS, { groupBy: ['COUNTRY', 'SECTOR'] })).agreementCounts;
    expect(groups.length).toBeGreaterThan(0);
    expectDescending(groups);
    const keyed = groups.filter((g) => g.keys.country && g.keys.sector);
    expect(keyed.length).toBeGreaterThan(0);
    for (const g of keyed) {
      expect(g.keys.year).toBeNull();
      expect(g.keys.status).toBeNull();
      expect(g.count).toBe(await agreementTotal({ parties: [g.keys.country], sectors: [g.keys.sector] }));
    }
  });

  test('by [COUNTRY] per country, and with no grouping the total, agree with the list', async () => {
    const byCountry: Group[] = (await gqlData(AGREEMENT_COUNTS, { groupBy: ['COUNTRY'] })).agreementCounts;
    for (const g of byCountry.filter((x) => x.keys.country)) expect(g.count).toBe(await agreementTotal({ parties: [g.keys.country] }));
    const [total] = (await gqlData(AGREEMENT_COUNTS, { groupBy: [] })).agreementCounts as Group[];
    expect(total!.count).toBe(await agreementTotal({}));
    const byStatus: Group[] = (await gqlData(AGREEMENT_COUNTS, { groupBy: ['STATUS', 'KIND', 'YEAR'] })).agreementCounts;
    expect(byStatus.reduce((n, g) => n + g.count, 0)).toBe(total!.count);
  });

  test('the filter is respected', async () => {
    const filter = { parties: ['KZ'] };
    const groups: Group[] = (await gqlData(AGREEMENT_COUNTS, { groupBy: ['KIND'], filter })).agreementCounts;
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(await agreementTotal(filter));
    const all: Group[] = (await gqlData(AGREEMENT_COUNTS, { groupBy: ['KIND'] })).agreementCounts;
    expect(all.reduce((n, g) => n + g.count, 0)).toBeGreaterThanOrEqual(groups.reduce((n, g) => n + g.count, 0));
  });

  test('one SQL statement per call, whatever the grouping', async () => {
    for (const groupBy of [['COUNTRY', 'SECTOR'], ['YEAR', 'KIND', 'STATUS', 'COUNTRY', 'SECTOR'], []]) {
      const before = t.statements.length;
      await gqlData(AGREEMENT_COUNTS, { groupBy, filter: { parties: ['KR'], sectors: ['ENERGY', 'NUCLEAR'] } });
      expect(t.statements.length - before).toBe(1);
    }
  });
});

describe('statementCounts', () => {
  test('by [KIND]: counts add up to the statements total, and agree per kind', async () => {
    const groups: Group[] = (await gqlData(STATEMENT_COUNTS, { groupBy: ['KIND'] })).statementCounts;
    expectDescending(groups);
    expect(groups.map((g) => g.keys.kind).sort()).toEqual(expect.arrayContaining(['DIRECT_QUOTE']));
    const total = (await gqlData('{ statements { totalCount } }')).statements.totalCount;
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(total);
    for (const g of groups) {
      const { statements } = await gqlData('query($k: [StatementKind!]) { statements(filter: { kinds: $k }) { totalCount } }', { k: [g.keys.kind] });
      expect(g.count).toBe(statements.totalCount);
    }
  });

  test('filter and one statement per call', async () => {
    const before = t.statements.length;
    const groups: Group[] = (await gqlData(STATEMENT_COUNTS, { groupBy: ['KIND', 'COUNTRY'], filter: { mentions: ['KZ'] } })).statementCounts;
    expect(t.statements.length - before).toBe(1);
    const { statements } = await gqlData('{ statements(filter: { mentions: ["KZ"] }) { totalCount } }');
    // Each KZ-mentioning statement has exactly one KZ row per kind.
    expect(groups.filter((g) => g.keys.country === 'KZ').reduce((n, g) => n + g.count, 0)).toBe(statements.totalCount);
  });
});

describe('factCounts', () => {
  const factTotal = async (filter: Record<string, unknown>) =>
    (await gqlData('query($f: FactFilter) { facts(filter: $f) { totalCount } }', { f: filter })).facts.totalCount as number;

  test('by [YEAR] for a relation: each year matches the facts list between those dates, and the years and the undated add up to the total', async () => {
    const between = ['KR', 'KZ'];
    const before = t.statements.length;
    const groups: Group[] = (await gqlData(FACT_COUNTS, { groupBy: ['YEAR'], filter: { involving: between } })).factCounts;
    expect(t.statements.length - before).toBe(1);
    expectDescending(groups);
    const dated = groups.filter((g) => g.keys.year !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const g of dated) {
      expect(g.keys).toMatchObject({ country: null, unit: null, sector: null, kind: null, status: null });
      expect(g.count).toBe(await factTotal({ involving: between, dateFrom: `${g.keys.year}-01-01`, dateTo: `${g.keys.year}-12-31` }));
    }
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(await factTotal({ involving: between }));
  });

  test('by [COUNTRY, UNIT]: each group matches the list filtered to that subject country and unit', async () => {
    const groups: Group[] = (await gqlData(FACT_COUNTS, { groupBy: ['COUNTRY', 'UNIT'] })).factCounts;
    const keyed = groups.filter((g) => g.keys.country && g.keys.unit);
    expect(keyed.length).toBeGreaterThan(0);
    for (const g of keyed) expect(g.count).toBe(await factTotal({ subjectCountries: [g.keys.country], units: [g.keys.unit] }));
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(await factTotal({}));
  });
});
