/**
 * The GraphQL API over HTTP against a real Postgres holding the five seed
 * articles: the core questions, evidence integrity, paging, global ids,
 * input errors and the number of SQL statements per nesting level.
 */
import path from 'node:path';
import { loadArticleFiles } from '../../src/ingest/files';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  // The batching test asks for 100 × 100 × 100 pages on purpose (SQL per level must not depend on page size);
  // the default cost limit refuses that shape (tests/e2e/limits.test.ts), so this app allows it.
  t = await startTestApp({ env: { QUERY_MAX_COST: '100000000' } });
});
afterAll(async () => {
  await t?.close();
});

describe('core questions over the seeds', () => {
  test('countries list ISO codes and names, including Korea and the five Central Asian states', async () => {
    const { status, body } = await t.gql('{ countries(first: 100) { totalCount nodes { iso2 iso3 name } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const codes = body.data.countries.nodes.map((c: { iso2: string }) => c.iso2);
    expect(codes).toEqual(expect.arrayContaining(['KR', 'KZ', 'UZ', 'KG', 'TM', 'TJ']));
    expect(body.data.countries.totalCount).toBe(codes.length);
    expect(body.data.countries.nodes.find((c: { iso2: string }) => c.iso2 === 'KR').iso3).toBe('KOR');
  });

  test('a country by code, with its organizations, agreements and statements', async () => {
    const { body } = await t.gql(`{
      country(code: "kz") { name
        organizations(first: 5) { totalCount nodes { name kind } }
        agreements(first: 5) { totalCount nodes { title } }
        statements(first: 5) { totalCount nodes { text } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.country.name).toBe('Kazakhstan');
    expect(body.data.country.agreements.totalCount).toBeGreaterThan(0);
    expect(body.data.country.statements.totalCount).toBeGreaterThan(0);
  });

  test('agreements come with parties, signatories, sectors and evidence that slices the article body', async () => {
    const { body } = await t.gql(`{
      agreements(first: 100) { totalCount nodes { id title kind status sectors
        partyCountries { iso2 } partyOrganizations { name } signatories { name }
        evidence(first: 10) { nodes { start end sentence article { body } } } } } }`);
    expect(body.errors).toBeUndefined();
    const agreements = body.data.agreements.nodes;
    expect(agreements.length).toBeGreaterThan(0);
    for (const a of agreements) {
      expect(a.evidence.nodes.length).toBeGreaterThan(0);
      for (const e of a.evidence.nodes) expect(e.article.body.slice(e.start, e.end)).toBe(e.sentence);
    }
    // The seeds report a memorandum signed by two named foreign ministers.
    expect(agreements.some((a: { signatories: unknown[] }) => a.signatories.length >= 2)).toBe(true);
  });

  test('statements come with their speaker and evidence', async () => {
    const { body } = await t.gql(`{
      statements(first: 100) { totalCount nodes { kind text
        speaker { __typename ... on Person { name role } ... on Organization { name } }
        evidence(first: 5) { nodes { sentence article { title } } } } } }`);
    expect(body.errors).toBeUndefined();
    const statements = body.data.statements.nodes;
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) {
      expect(s.speaker.name).toEqual(expect.any(String));
      expect(s.evidence.nodes.length).toBeGreaterThan(0);
    }
    expect(statements.some((s: { kind: string }) => s.kind === 'DIRECT_QUOTE')).toBe(true);
  });
});

describe('global object identification', () => {
  test('node(id) round-trips for every type, and unknown ids give null', async () => {
    const { body } = await t.gql(`{
      countries(first: 1) { nodes { id } } regions(first: 1) { nodes { id } } organizations(first: 1) { nodes { id } }
      persons(first: 1) { nodes { id } } agreements(first: 1) { nodes { id evidence(first: 1) { nodes { id } } } }
      statements(first: 1) { nodes { id } } facts(first: 1) { nodes { id } } articles(first: 1) { nodes { id } } }`);
    expect(body.errors).toBeUndefined();
    const d = body.data;
    const ids: string[] = [
      d.countries.nodes[0].id, d.regions.nodes[0].id, d.organizations.nodes[0].id, d.persons.nodes[0].id, d.agreements.nodes[0].id,
      d.agreements.nodes[0].evidence.nodes[0].id, d.statements.nodes[0].id, d.facts.nodes[0].id, d.articles.nodes[0].id,
    ];
    const res = await t.gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [...ids, 'bm90LWFuLWlk', toUnknown(ids[0]!)] });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data.nodes;
    expect(nodes.slice(0, ids.length).map((n: { id: string }) => n.id)).toEqual(ids);
    expect(nodes.slice(0, ids.length).map((n: { __typename: string }) => n.__typename)).toEqual([
      'Country', 'Region', 'Organization', 'Person', 'Agreement', 'Evidence', 'Statement', 'Fact', 'Article',
    ]);
    expect(nodes.slice(ids.length)).toEqual([null, null]);
  });
});

/** The global id of the same type with a row id that does not exist. */
function toUnknown(globalId: string): string {
  const [type] = Buffer.from(globalId, 'base64url').toString().split(':');
  return Buffer.from(`${type}:999999`).toString('base64url');
}

describe('paging', () => {
  const roots = ['countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts', 'articles'];
  test.each(roots)('%s: forward and backward paging return each record once, with the right totalCount', async (root) => {
    const all = await t.gql(`{ ${root}(first: 100) { totalCount nodes { id } } }`);
    const total: number = all.body.data[root].totalCount;
    const expected = all.body.data[root].nodes.map((n: { id: string }) => n.id);
    expect(expected.length).toBe(total);

    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const res: any = await t.gql(`query($after: String) { ${root}(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, { after });
      expect(res.body.data[root].totalCount).toBe(total);
      forward.push(...res.body.data[root].nodes.map((n: { id: string }) => n.id));
      if (!res.body.data[root].pageInfo.hasNextPage) break;
      after = res.body.data[root].pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const res: any = await t.gql(`query($before: String) { ${root}(last: 3, before: $before) { pageInfo { hasPreviousPage startCursor } edges { cursor node { id } } } }`, { before });
      backward.unshift(...res.body.data[root].edges.map((e: { node: { id: string } }) => e.node.id));
      if (!res.body.data[root].pageInfo.hasPreviousPage) break;
      before = res.body.data[root].pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  test('page sizes outside 1..100 are BAD_USER_INPUT errors that say so', async () => {
    for (const arg of ['first: 0', 'first: 101', 'last: -1']) {
      const { body } = await t.gql(`{ agreements(${arg}) { totalCount } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/between 1 and 100/);
    }
  });

  test('a forged cursor is a BAD_USER_INPUT error', async () => {
    const { body } = await t.gql('{ agreements(after: "not-a-cursor") { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filters', () => {
  test('agreements between KR and KZ, and by sector', async () => {
    const both = await t.gql('{ agreements(filter: { parties: ["KR", "KZ"] }, first: 100) { nodes { partyCountries { iso2 } } } }');
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data.agreements.nodes.length).toBeGreaterThan(0);
    for (const a of both.body.data.agreements.nodes) {
      expect(a.partyCountries.map((c: { iso2: string }) => c.iso2)).toEqual(expect.arrayContaining(['KR', 'KZ']));
    }
    const bySector = await t.gql('{ agreements(filter: { sectors: [DIPLOMACY] }, first: 100) { nodes { sectors } } }');
    for (const a of bySector.body.data.agreements.nodes) expect(a.sectors).toContain('DIPLOMACY');
  });

  test('statements by a speaker', async () => {
    const persons = await t.gql('{ persons(first: 100) { nodes { id name statements(first: 1) { totalCount } } } }');
    const speaker = persons.body.data.persons.nodes.find((p: { statements: { totalCount: number } }) => p.statements.totalCount > 0);
    const { body } = await t.gql('query($id: ID!) { statements(filter: { speakers: [$id] }, first: 100) { totalCount nodes { speaker { ... on Person { id } } } } }', { id: speaker.id });
    expect(body.data.statements.totalCount).toBe(speaker.statements.totalCount);
    for (const s of body.data.statements.nodes) expect(s.speaker.id).toBe(speaker.id);
  });
});

describe('the questions the API exists for, over HTTP', () => {
  // The seeds have no Korea–Uzbekistan agreement; our own fixture article adds one, in an app of its own
  // so the counts the other tests assert stay those of the seeds.
  let withUz: TestApp;
  beforeAll(async () => {
    withUz = await startTestApp();
    await loadArticleFiles(withUz.db.prisma, [path.resolve(__dirname, '..', 'fixtures', 'articles', 'uz_energy_signing.txt')]);
  });
  afterAll(async () => {
    await withUz?.close();
  });

  test('agreements between KR and UZ on energy, with parties, signatories and evidence', async () => {
    const { body } = await withUz.gql(`{
      agreements(filter: { parties: ["KR", "UZ"], sectors: [ENERGY] }, first: 20) {
        totalCount
        nodes {
          title date sectors
          partyCountries { iso2 }
          partyOrganizations { name }
          signatories { name role country { iso2 } }
          evidence(first: 5) { nodes { sentence start end article { title publisher publishedOn body } } }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const { totalCount, nodes } = body.data.agreements;
    expect(totalCount).toBe(1);
    const agreement = nodes[0];
    expect(agreement).toMatchObject({ title: 'Agreement on cooperation in renewable energy', date: '2024-05-14', sectors: ['ENERGY'] });
    expect(agreement.partyCountries.map((c: { iso2: string }) => c.iso2).sort()).toEqual(['KR', 'UZ']);
    expect(agreement.signatories).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Jurabek Mirzamakhmudov', country: { iso2: 'UZ' } }),
        expect.objectContaining({ name: 'Ahn Duk-geun', country: { iso2: 'KR' } }),
      ]),
    );
    expect(agreement.evidence.nodes).toHaveLength(2);
    for (const e of agreement.evidence.nodes) {
      expect(e.article).toMatchObject({ publisher: 'UzDaily', publishedOn: '2024-05-14' });
      expect(e.article.body.slice(e.start, e.end)).toBe(e.sentence);
    }
    // The seeds alone have none: the filter narrows, it does not just list.
    const seedsOnly = await t.gql('{ agreements(filter: { parties: ["KR", "UZ"], sectors: [ENERGY] }) { totalCount } }');
    expect(seedsOnly.body.data.agreements.totalCount).toBe(0);
  });

  test('statements by a speaker, with the evidence for each', async () => {
    const persons = await withUz.gql('{ persons(filter: { search: "Mirzamakhmudov" }) { nodes { id name } } }');
    const speaker = persons.body.data.persons.nodes[0];
    expect(speaker.name).toBe('Jurabek Mirzamakhmudov');
    const { body } = await withUz.gql(
      `query($id: ID!) { statements(filter: { speakers: [$id] }, first: 10) {
        totalCount
        nodes { kind text speaker { ... on Person { name } } evidence(first: 3) { nodes { sentence start end article { body } } } }
      } }`,
      { id: speaker.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.statements.totalCount).toBe(1);
    const statement = body.data.statements.nodes[0];
    expect(statement).toMatchObject({ kind: 'DIRECT_QUOTE', text: 'Korean technology will help us add 1,500 megawatts of solar capacity by 2028', speaker: { name: 'Jurabek Mirzamakhmudov' } });
    const evidence = statement.evidence.nodes[0];
    expect(evidence.sentence).toContain(statement.text);
    expect(evidence.article.body.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
  });
});

describe('batching', () => {
  test('countries → organizations → agreements → parties: one statement per level plus one for the root, at any page size', async () => {
    for (const size of [5, 100]) {
      const before = t.statements.length;
      const { body } = await t.gql(`{
        countries(first: ${size}) { totalCount nodes { iso2
          organizations(first: ${size}) { totalCount nodes { name
            agreements(first: ${size}) { totalCount nodes { title partyCountries { iso2 } partyOrganizations { name } signatories { name } } } } } } } }`);
      expect(body.errors).toBeUndefined();
      const agreements = body.data.countries.nodes.flatMap((c: any) => c.organizations.nodes.flatMap((o: any) => o.agreements.nodes));
      if (size === 100) expect(agreements.some((a: any) => a.partyCountries.length > 0 && a.partyOrganizations.length > 0)).toBe(true);
      const sent = t.statements.slice(before);
      // root countries, organizations, agreements: at most one per level plus one (5), however many rows. The agreements'
      // small lists (parties, signatories) come in the agreements' statement, so 3 here; with 5 parents there may be no
      // agreements at all, and then no third statement.
      expect(sent.length).toBeLessThanOrEqual(3);
      if (size === 100) expect(sent).toHaveLength(3);
    }
  });

  test('small lists whose rows need more than their own fields are still one statement per level', async () => {
    for (const size of [5, 100]) {
      const before = t.statements.length;
      const { body } = await t.gql(`{ agreements(first: ${size}) { nodes { title partyOrganizations { name country { iso2 } } } } }`);
      expect(body.errors).toBeUndefined();
      const sent = t.statements.slice(before);
      // agreements, their party organizations (batched for the level), those organizations' countries (embedded in that statement)
      expect(sent.length).toBeLessThanOrEqual(3);
      const parties = body.data.agreements.nodes.flatMap((a: any) => a.partyOrganizations);
      if (size === 100) expect(parties.some((o: any) => o.country?.iso2)).toBe(true);
    }
  });

  test('an organization by id with its country: one statement', async () => {
    const { body: list } = await t.gql('{ organizations(first: 100) { nodes { id country { iso2 name } } } }');
    const org = list.data.organizations.nodes.find((o: any) => o.country);
    const before = t.statements.length;
    const { body } = await t.gql('query($id: ID!) { node(id: $id) { id ... on Organization { name country { iso2 name } } } }', { id: org.id });
    expect(body.data.node).toMatchObject({ id: org.id, country: org.country });
    expect(t.statements.slice(before)).toHaveLength(1);
  });

  test('loaders are per request: a change between two requests is seen by the second', async () => {
    const first = await t.gql('{ country(code: "KR") { id name } }');
    await t.db.pool.query(`UPDATE countries SET name = 'Korea (renamed for test)' WHERE iso2 = 'KR'`);
    try {
      const second = await t.gql('query($id: ID!) { node(id: $id) { ... on Country { name } } }', { id: first.body.data.country.id });
      expect(second.body.data.node.name).toBe('Korea (renamed for test)');
    } finally {
      await t.db.pool.query(`UPDATE countries SET name = $1 WHERE iso2 = 'KR'`, [first.body.data.country.name]);
    }
  });
});
