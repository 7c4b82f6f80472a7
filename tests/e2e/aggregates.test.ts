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
  keys: { country: string | null; sector: string | null; year: number | null; kind: string | null; status: string | null };
  count: number;
}

const AGREEMENT_COUNTS = `query($groupBy: [AgreementGroupField!]!, $filter: AgreementFilter) {
  agreementCounts(groupBy: $groupBy, filter: $filter) { count keys { country sector year kind status } } }`;
const STATEMENT_COUNTS = `query($groupBy: [StatementGroupField!]!, $filter: StatementFilter) {
  statementCounts(groupBy: $groupBy, filter: $filter) { count keys { country sector year kind status } } }`;

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
