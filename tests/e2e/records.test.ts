/**
 * Relations through evidence, orders and filters, over HTTP on the seeded
 * database: article → every record drawn from it, evidence → the record it
 * supports, each orderBy (order holds, forward and backward pages agree),
 * each filter dimension (every row satisfies it, totalCount matches the
 * database), merge audits as a connection, and SQL statements per level.
 */
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  // The statement-count test asks for 100 × 100 pages on purpose (SQL per level must not depend on page size).
  t = await startTestApp({ env: { QUERY_MAX_COST: '100000000' } });
});
afterAll(async () => t?.close());

/** The data of a query that must succeed. */
async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { status, body } = await t.gql(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

const rowId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const globalId = (type: string, id: number): string => Buffer.from(`${type}:${id}`).toString('base64url');
const ids = (nodes: { id: string }[]): string[] => nodes.map((n) => n.id);
async function sqlIds(query: string, values: unknown[] = []): Promise<number[]> {
  return (await t.db.pool.query<{ id: number }>(query, values)).rows.map((r) => Number(r.id));
}

/** Record lists on Article, the evidence column of each, its table and its node type. */
const ARTICLE_LISTS = [
  ['countries', 'country_id', 'Country'],
  ['regions', 'region_id', 'Region'],
  ['organizations', 'organization_id', 'Organization'],
  ['persons', 'person_id', 'Person'],
  ['agreements', 'agreement_id', 'Agreement'],
  ['statements', 'statement_id', 'Statement'],
  ['facts', 'fact_id', 'Fact'],
] as const;

describe('article → every record drawn from it', () => {
  test('each list holds exactly the records with evidence in the article, each once, and totalCount counts them', async () => {
    const lists = ARTICLE_LISTS.map(([field]) => `${field}(first: 100) { totalCount nodes { id } }`).join(' ');
    const { articles } = await data(`{ articles(first: 100) { nodes { id ${lists} } } }`);
    expect(articles.nodes.length).toBe(5);
    let seen = 0;
    for (const article of articles.nodes) {
      for (const [field, column, type] of ARTICLE_LISTS) {
        const list = article[field];
        const expected = await sqlIds(`SELECT DISTINCT ${column} AS id FROM evidence WHERE article_id = $1 AND ${column} IS NOT NULL`, [rowId(article.id)]);
        expect(list.nodes.map((n: { id: string }) => rowId(n.id)).sort((a: number, b: number) => a - b)).toEqual(expected.sort((a, b) => a - b));
        expect(new Set(ids(list.nodes)).size).toBe(list.nodes.length);
        expect(list.totalCount).toBe(expected.length);
        for (const n of list.nodes) expect(Buffer.from(n.id, 'base64url').toString().startsWith(`${type}:`)).toBe(true);
        seen += list.nodes.length;
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  test('every record reachable from an article cites that article in its own evidence', async () => {
    const lists = ARTICLE_LISTS.map(([field]) => `${field}(first: 20) { nodes { id evidence(first: 100) { nodes { article { id } } } } }`).join(' ');
    const { articles } = await data(`{ articles(first: 2, orderBy: { field: CREATED, direction: ASC }) { nodes { id ${lists} } } }`);
    for (const article of articles.nodes) {
      for (const [field] of ARTICLE_LISTS) {
        for (const record of article[field].nodes) {
          expect(record.evidence.nodes.map((e: { article: { id: string } }) => e.article.id)).toContain(article.id);
        }
      }
    }
  });

  test('the lists take the filter and order of the matching root list', async () => {
    const { articles } = await data(`{ articles(first: 100) { nodes {
      agreements(first: 100, filter: { parties: ["KR"] }, orderBy: { field: TITLE, direction: ASC }) { totalCount nodes { title partyCountries { iso2 } } }
      statements(first: 100, filter: { kinds: [DIRECT_QUOTE] }) { totalCount nodes { kind } } } } }`);
    let agreements = 0;
    for (const a of articles.nodes) {
      for (const g of a.agreements.nodes) expect(g.partyCountries.map((c: { iso2: string }) => c.iso2)).toContain('KR');
      await expectOrdered(a.agreements.nodes.map((g: { title: string }) => g.title), a.agreements.nodes.map(() => 0), 'text', 'ASC', true);
      for (const s of a.statements.nodes) expect(s.kind).toBe('DIRECT_QUOTE');
      expect(a.agreements.totalCount).toBe(a.agreements.nodes.length);
      agreements += a.agreements.totalCount;
    }
    expect(agreements).toBeGreaterThan(0);
  });
});

describe('evidence → the record it supports', () => {
  const TYPES = [
    ['countries', 'Country'],
    ['regions', 'Region'],
    ['organizations', 'Organization'],
    ['persons', 'Person'],
    ['agreements', 'Agreement'],
    ['statements', 'Statement'],
    ['facts', 'Fact'],
  ] as const;

  test.each(TYPES)('%s: the evidence of each record names that record', async (root, type) => {
    const body = await data(`{ ${root}(first: 10) { nodes { id evidence(first: 10) { nodes { id record { __typename ... on Node { id } } } } } } }`);
    const nodes = body[root].nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const record of nodes) {
      expect(record.evidence.nodes.length).toBeGreaterThan(0);
      for (const e of record.evidence.nodes) expect(e.record).toEqual({ __typename: type, id: record.id });
    }
  });

  test('article → evidence → record → evidence comes back to the same sentence', async () => {
    const { articles } = await data(`{ articles(first: 1, orderBy: { field: CREATED, direction: ASC }) { nodes { id
      evidence(first: 100) { totalCount nodes { id record { __typename ... on Node { id } ... on Agreement { evidence(first: 100) { nodes { id } } }
        ... on Statement { evidence(first: 100) { nodes { id } } } ... on Fact { evidence(first: 100) { nodes { id } } } } } } } } }`);
    const evidence = articles.nodes[0].evidence.nodes;
    expect(evidence.length).toBe(Math.min(100, articles.nodes[0].evidence.totalCount));
    const types = new Set(evidence.map((e: { record: { __typename: string } }) => e.record.__typename));
    expect(types.size).toBeGreaterThanOrEqual(5);
    for (const e of evidence) {
      const column = `${e.record.__typename.toLowerCase()}_id`;
      const [row] = (await t.db.pool.query(`SELECT ${column} AS id FROM evidence WHERE id = $1`, [rowId(e.id)])).rows;
      expect(globalId(e.record.__typename, row.id)).toBe(e.record.id);
      if (e.record.evidence) expect(ids(e.record.evidence.nodes)).toContain(e.id);
    }
  });
});

/**
 * Asserts `keys` (with row ids as the tie-breaker) are in `direction` order as Postgres sorts them
 * (its collation for text): the values the API returned are sorted again in SQL and must not move.
 */
async function expectOrdered(keys: (string | number)[], rowIds: number[], type: 'text' | 'date' | 'float8' | 'int', direction: 'ASC' | 'DESC', keysOnly = false): Promise<void> {
  const { rows } = await t.db.pool.query<{ ord: string }>(
    `SELECT ord FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS x(k, id, ord) ORDER BY k::${type} ${direction}${keysOnly ? ', ord' : `, id ${direction}`}`,
    [keys.map(String), rowIds],
  );
  expect(rows.map((r) => Number(r.ord))).toEqual(keys.map((_, i) => i + 1));
}

/** The first day of a date as precise as stated ("2024", "2024-06", "2024-06-12"); undated sorts as the earliest. */
const dayOf = (date: string | null): string => (date === null ? '0001-01-01' : date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

interface OrderCase {
  name: string;
  /** The connection field with its parent path: `ARGS` is replaced by the paging, order and filter arguments. */
  query: string;
  /** The connection in the response data. */
  at: (d: any) => any;
  /** Node fields the key needs. */
  fields: string;
  orderBy: string;
  key: (node: any) => string | number;
  type: 'text' | 'date' | 'float8' | 'int';
  direction: 'ASC' | 'DESC';
}

const byCreated = (n: { id: string }) => rowId(n.id);
const ORDER_CASES: OrderCase[] = [
  { name: 'articles by PUBLISHED ascending', query: '{ articles(ARGS) { CONN } }', at: (d) => d.articles, fields: 'publishedOn', orderBy: '{ field: PUBLISHED, direction: ASC }', key: (n) => n.publishedOn ?? '0001-01-01', type: 'date', direction: 'ASC' },
  { name: 'articles by PUBLISHED (default DESC)', query: '{ articles(ARGS) { CONN } }', at: (d) => d.articles, fields: 'publishedOn', orderBy: '{ field: PUBLISHED }', key: (n) => n.publishedOn ?? '0001-01-01', type: 'date', direction: 'DESC' },
  { name: 'articles by CREATED ascending', query: '{ articles(ARGS) { CONN } }', at: (d) => d.articles, fields: '', orderBy: '{ field: CREATED, direction: ASC }', key: byCreated, type: 'int', direction: 'ASC' },
  { name: 'facts by VALUE descending', query: '{ facts(ARGS) { CONN } }', at: (d) => d.facts, fields: 'value', orderBy: '{ field: VALUE, direction: DESC }', key: (n) => n.value, type: 'float8', direction: 'DESC' },
  { name: 'facts by VALUE ascending', query: '{ facts(ARGS) { CONN } }', at: (d) => d.facts, fields: 'value', orderBy: '{ field: VALUE, direction: ASC }', key: (n) => n.value, type: 'float8', direction: 'ASC' },
  { name: 'facts by DATE ascending', query: '{ facts(ARGS) { CONN } }', at: (d) => d.facts, fields: 'date', orderBy: '{ field: DATE, direction: ASC }', key: (n) => dayOf(n.date), type: 'date', direction: 'ASC' },
  { name: 'facts by CREATED descending', query: '{ facts(ARGS) { CONN } }', at: (d) => d.facts, fields: '', orderBy: '{ field: CREATED }', key: byCreated, type: 'int', direction: 'DESC' },
  { name: 'persons by NAME descending', query: '{ persons(ARGS) { CONN } }', at: (d) => d.persons, fields: 'name', orderBy: '{ field: NAME, direction: DESC }', key: (n) => n.name, type: 'text', direction: 'DESC' },
  { name: 'persons by CREATED', query: '{ persons(ARGS) { CONN } }', at: (d) => d.persons, fields: '', orderBy: '{ field: CREATED }', key: byCreated, type: 'int', direction: 'ASC' },
  { name: 'regions by NAME descending', query: '{ regions(ARGS) { CONN } }', at: (d) => d.regions, fields: 'name', orderBy: '{ field: NAME, direction: DESC }', key: (n) => n.name, type: 'text', direction: 'DESC' },
  { name: 'regions by CREATED', query: '{ regions(ARGS) { CONN } }', at: (d) => d.regions, fields: '', orderBy: '{ field: CREATED }', key: byCreated, type: 'int', direction: 'ASC' },
  { name: 'Country.persons by CREATED descending', query: '{ country(code: "KR") { persons(ARGS) { CONN } } }', at: (d) => d.country.persons, fields: '', orderBy: '{ field: CREATED, direction: DESC }', key: byCreated, type: 'int', direction: 'DESC' },
  { name: 'Country.facts by VALUE', query: '{ country(code: "KZ") { facts(ARGS) { CONN } } }', at: (d) => d.country.facts, fields: 'value', orderBy: '{ field: VALUE }', key: (n) => n.value, type: 'float8', direction: 'DESC' },
  { name: 'Person.statements by DATE ascending', query: '{ node(id: "PERSON") { ... on Person { statements(ARGS) { CONN } } } }', at: (d) => d.node.statements, fields: 'date', orderBy: '{ field: DATE, direction: ASC }', key: (n) => dayOf(n.date), type: 'date', direction: 'ASC' },
  { name: 'Article.statements by CREATED', query: '{ node(id: "ARTICLE") { ... on Article { statements(ARGS) { CONN } } } }', at: (d) => d.node.statements, fields: '', orderBy: '{ field: CREATED, direction: ASC }', key: byCreated, type: 'int', direction: 'ASC' },
  { name: 'Article.organizations by NAME', query: '{ node(id: "ARTICLE") { ... on Article { organizations(ARGS) { CONN } } } }', at: (d) => d.node.organizations, fields: 'name', orderBy: '{ field: NAME }', key: (n) => n.name, type: 'text', direction: 'ASC' },
  { name: 'Article.persons by NAME descending', query: '{ node(id: "ARTICLE") { ... on Article { persons(ARGS) { CONN } } } }', at: (d) => d.node.persons, fields: 'name', orderBy: '{ field: NAME, direction: DESC }', key: (n) => n.name, type: 'text', direction: 'DESC' },
  { name: 'Article.facts by DATE (default DESC)', query: '{ node(id: "ARTICLE") { ... on Article { facts(ARGS) { CONN } } } }', at: (d) => d.node.facts, fields: 'date', orderBy: '{ field: DATE }', key: (n) => dayOf(n.date), type: 'date', direction: 'DESC' },
  { name: 'Article.countries by ISO2', query: '{ node(id: "ARTICLE") { ... on Article { countries(ARGS) { CONN } } } }', at: (d) => d.node.countries, fields: 'iso2', orderBy: '{ field: ISO2 }', key: (n) => n.iso2, type: 'text', direction: 'ASC' },
  { name: 'CountryRelation.facts by VALUE', query: '{ relation(between: ["KR", "KZ"]) { facts(ARGS) { CONN } } }', at: (d) => d.relation.facts, fields: 'value', orderBy: '{ field: VALUE, direction: ASC }', key: (n) => n.value, type: 'float8', direction: 'ASC' },
];

describe('orderBy', () => {
  let substitutions: Record<string, string>;
  beforeAll(async () => {
    // The busiest article and speaker, so the nested lists have several pages.
    const [article] = await sqlIds('SELECT article_id AS id FROM evidence GROUP BY 1 ORDER BY count(DISTINCT statement_id) DESC, 1 LIMIT 1');
    const [person] = await sqlIds('SELECT speaker_person_id AS id FROM statements WHERE speaker_person_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1');
    substitutions = { ARTICLE: globalId('Article', article!), PERSON: globalId('Person', person!) };
  });
  const build = (c: OrderCase, args: string) =>
    c.query.replace(/ARTICLE|PERSON/g, (k) => substitutions[k]!).replace('ARGS', `${args}, orderBy: ${c.orderBy}`)
      .replace('CONN', `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id ${c.fields} }`);

  test.each(ORDER_CASES.map((c) => [c.name, c] as const))('%s: order holds; forward and backward pages give the same list', async (_, c) => {
    const all = c.at(await data(build(c, 'first: 100')));
    expect(all.nodes.length).toBe(all.totalCount);
    expect(all.totalCount).toBeGreaterThan(1);
    await expectOrdered(all.nodes.map(c.key), all.nodes.map(byCreated), c.type, c.direction);
    const expected = ids(all.nodes);

    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 60; guard++) {
      const page: any = c.at(await data(build(c, after ? `first: 2, after: "${after}"` : 'first: 2')));
      expect(page.totalCount).toBe(all.totalCount);
      forward.push(...ids(page.nodes));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 60; guard++) {
      const page: any = c.at(await data(build(c, before ? `last: 3, before: "${before}"` : 'last: 3')));
      backward.unshift(...ids(page.nodes));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  test('nested lists with few rows per parent take orderBy too: Organization.persons/statements, Person.agreementsSigned', async () => {
    const { organizations, persons } = await data(`{
      organizations(first: 100) { nodes {
        persons(first: 100, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { id name } }
        statements(first: 100, orderBy: { field: CREATED, direction: ASC }) { totalCount nodes { id } } } }
      persons(first: 100) { nodes { agreementsSigned(first: 100, orderBy: { field: TITLE, direction: ASC }) { totalCount nodes { id title } } } } }`);
    let rows = 0;
    for (const o of organizations.nodes) {
      await expectOrdered(o.persons.nodes.map((p: { name: string }) => p.name), o.persons.nodes.map(byCreated), 'text', 'DESC');
      await expectOrdered(o.statements.nodes.map(byCreated), o.statements.nodes.map(byCreated), 'int', 'ASC');
      rows += o.persons.totalCount + o.statements.totalCount;
    }
    for (const p of persons.nodes) {
      await expectOrdered(p.agreementsSigned.nodes.map((a: { title: string }) => a.title), p.agreementsSigned.nodes.map(byCreated), 'text', 'ASC');
      rows += p.agreementsSigned.totalCount;
    }
    expect(rows).toBeGreaterThan(0);
  });
});

describe('filter dimensions', () => {
  test('statements by mentioned organizations (any of them)', async () => {
    const orgs = await sqlIds('SELECT organization_id AS id FROM statement_mention_organizations GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2');
    const wanted = orgs.map((id) => globalId('Organization', id));
    const { statements } = await data('query($o: [ID!]) { statements(first: 100, filter: { mentionedOrganizations: $o }) { totalCount nodes { mentionedOrganizations { id } } } }', { o: wanted });
    const [{ n }] = (await t.db.pool.query('SELECT count(DISTINCT statement_id)::int AS n FROM statement_mention_organizations WHERE organization_id = ANY($1)', [orgs])).rows;
    expect(statements.totalCount).toBe(n);
    expect(statements.nodes.length).toBe(n);
    expect(n).toBeGreaterThan(1);
    for (const s of statements.nodes) expect(ids(s.mentionedOrganizations).some((id) => wanted.includes(id))).toBe(true);
  });

  test('facts by subject organization', async () => {
    // The seeds state no fact about a single organization: give two facts one for this test.
    const facts = await sqlIds('SELECT id FROM facts ORDER BY id LIMIT 2');
    const [org] = await sqlIds('SELECT id FROM organizations ORDER BY id LIMIT 1');
    await t.db.pool.query('UPDATE facts SET subject_organization_id = $1 WHERE id = ANY($2)', [org, facts]);
    try {
      const wanted = globalId('Organization', org!);
      const { facts: list } = await data('query($o: [ID!]) { facts(first: 100, filter: { subjectOrganizations: $o }) { totalCount nodes { id subjectOrganization { id } } } }', { o: [wanted] });
      expect(list.totalCount).toBe(2);
      expect(list.nodes.map((f: { id: string }) => rowId(f.id)).sort()).toEqual(facts.sort());
      for (const f of list.nodes) expect(f.subjectOrganization.id).toBe(wanted);
    } finally {
      await t.db.pool.query('UPDATE facts SET subject_organization_id = NULL WHERE id = ANY($1)', [facts]);
    }
  });

  test.each([[['KR']], [['KR', 'UZ']], [['KZ', 'TM', 'UZ']]])('articles that mention ALL of %j', async (codes) => {
    const { articles } = await data('query($c: [String!]) { articles(first: 100, filter: { mentions: $c }) { totalCount nodes { id countries(first: 100) { nodes { iso2 } } } } }', { c: codes });
    const expected = await sqlIds(
      `SELECT e.article_id AS id FROM evidence e JOIN countries c ON c.id = e.country_id WHERE c.iso2 = ANY($1) GROUP BY 1 HAVING count(DISTINCT c.iso2) = $2`,
      [codes, codes.length],
    );
    expect(articles.totalCount).toBe(expected.length);
    expect(articles.nodes.map((a: { id: string }) => rowId(a.id)).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    for (const a of articles.nodes) expect(a.countries.nodes.map((c: { iso2: string }) => c.iso2)).toEqual(expect.arrayContaining(codes));
  });

  test('articles that mention any of the given organizations', async () => {
    const orgs = await sqlIds('SELECT organization_id AS id FROM evidence WHERE organization_id IS NOT NULL GROUP BY 1 ORDER BY count(DISTINCT article_id) DESC, 1 LIMIT 2');
    const wanted = orgs.map((id) => globalId('Organization', id));
    const { articles } = await data('query($o: [ID!]) { articles(first: 100, filter: { mentionedOrganizations: $o }) { totalCount nodes { organizations(first: 100) { nodes { id } } } } }', { o: wanted });
    const [{ n }] = (await t.db.pool.query('SELECT count(DISTINCT article_id)::int AS n FROM evidence WHERE organization_id = ANY($1)', [orgs])).rows;
    expect(articles.totalCount).toBe(n);
    expect(n).toBeGreaterThan(1);
    for (const a of articles.nodes) expect(ids(a.organizations.nodes).some((id) => wanted.includes(id))).toBe(true);
  });

  test('regions by search (name contains, any case, or an alias)', async () => {
    const { regions } = await data('{ regions(first: 100, filter: { search: "asia" }) { totalCount nodes { name aliases } } }');
    const [{ n }] = (await t.db.pool.query(`SELECT count(*)::int AS n FROM regions WHERE name ILIKE '%asia%' OR 'asia' ILIKE ANY(aliases)`)).rows;
    expect(regions.totalCount).toBe(n);
    expect(n).toBeGreaterThan(0);
    for (const r of regions.nodes) expect(r.name.toLowerCase().includes('asia') || r.aliases.some((a: string) => a.toLowerCase() === 'asia')).toBe(true);
    const none = await data('{ regions(filter: { search: "%" }) { totalCount } }');
    expect(none.regions.totalCount).toBe(0); // LIKE wildcards in the text are matched literally
  });

  test('an id of another type in the new filters is a BAD_USER_INPUT error naming the argument', async () => {
    const person = globalId('Person', 1);
    for (const query of [
      `{ statements(filter: { mentionedOrganizations: ["${person}"] }) { totalCount } }`,
      `{ facts(filter: { subjectOrganizations: ["${person}"] }) { totalCount } }`,
      `{ articles(filter: { mentionedOrganizations: ["${person}"] }) { totalCount } }`,
    ]) {
      const { body } = await t.gql(query);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/filter\.(mentionedOrganizations|subjectOrganizations)/);
    }
  });
});

describe('mergeAudits is a connection', () => {
  test('filter by kind, newest first, pages both ways with totalCount', async () => {
    await t.db.pool.query(`INSERT INTO merge_audits (kind, target_id, source_ids, source_keys, source_names, reason)
      SELECT (CASE WHEN i % 3 = 0 THEN 'PERSON' ELSE 'ORGANIZATION' END)::"MergeKind", 1, ARRAY[1000 + i], ARRAY['k' || i], ARRAY['n' || i], 'test ' || i
      FROM generate_series(1, 7) i`);
    try {
      const all = (await data('{ mergeAudits(first: 100, filter: { kinds: [ORGANIZATION] }) { totalCount nodes { id kind reason sourceIds } } }')).mergeAudits;
      expect(all.totalCount).toBe(5);
      expect(all.nodes.every((a: { kind: string }) => a.kind === 'ORGANIZATION')).toBe(true);
      const auditIds = all.nodes.map((a: { id: number }) => a.id);
      expect(auditIds).toEqual([...auditIds].sort((a, b) => b - a));
      expect(all.nodes[0].sourceIds).toEqual([globalId('Organization', 1007)]);

      const forward: number[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const page: any = (await data('query($after: String) { mergeAudits(first: 2, after: $after, filter: { kinds: [ORGANIZATION] }) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }', { after })).mergeAudits;
        forward.push(...page.edges.map((e: { node: { id: number } }) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forward).toEqual(auditIds);
      const oldest = (await data('{ mergeAudits(last: 2, orderBy: { field: MERGED, direction: ASC }) { totalCount pageInfo { hasPreviousPage } nodes { id } } }')).mergeAudits;
      expect(oldest.totalCount).toBe(7);
      expect(oldest.pageInfo.hasPreviousPage).toBe(true);
      expect(oldest.nodes.map((a: { id: number }) => a.id)).toEqual([Math.max(...auditIds) - 1, Math.max(...auditIds)]);
    } finally {
      await t.db.pool.query(`DELETE FROM merge_audits WHERE reason LIKE 'test %'`);
    }
  });
});

describe("date order through join rows (an agreement's sort_date copied onto its party and signatory rows)", () => {
  const JOIN_TABLES = ['agreement_party_countries', 'agreement_party_organizations', 'agreement_signatories'];
  const mismatches = async () =>
    (await t.db.pool.query<{ n: number }>(JOIN_TABLES.map((table) => `SELECT count(*)::int AS n FROM ${table} j JOIN agreements a ON a.id = j.agreement_id WHERE j.sort_date <> a.sort_date`).join(' UNION ALL '))).rows.map((r) => r.n);

  test('every join row written by the pipeline carries its agreement\'s sort_date, and follows a date change', async () => {
    expect(await mismatches()).toEqual([0, 0, 0]);
    // The organization with the most agreements; its oldest agreement becomes its newest.
    const [org] = (await t.db.pool.query<{ id: number }>('SELECT organization_id AS id FROM agreement_party_organizations GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1')).rows;
    const [oldest] = (await t.db.pool.query<{ id: number; date_start: string | null }>(
      'SELECT a.id, a.date_start::text FROM agreements a JOIN agreement_party_organizations j ON j.agreement_id = a.id WHERE j.organization_id = $1 ORDER BY a.sort_date, a.id LIMIT 1', [org!.id])).rows;
    const page = async () => {
      const d = await data('query($id: ID!) { node(id: $id) { ... on Organization { agreements(first: 3) { nodes { id } } } } }', { id: globalId('Organization', org!.id) });
      return d.node.agreements.nodes.map((n: { id: string }) => rowId(n.id));
    };
    const expected = () => sqlIds('SELECT a.id FROM agreements a JOIN agreement_party_organizations j ON j.agreement_id = a.id WHERE j.organization_id = $1 AND NOT a.rejected ORDER BY a.sort_date DESC, a.id DESC LIMIT 3', [org!.id]);
    expect(await page()).toEqual(await expected());
    await t.db.pool.query(`UPDATE agreements SET date_start = '2999-01-01' WHERE id = $1`, [oldest!.id]);
    try {
      expect(await mismatches()).toEqual([0, 0, 0]);
      expect((await page())[0]).toBe(oldest!.id);
      expect(await page()).toEqual(await expected());
    } finally {
      await t.db.pool.query('UPDATE agreements SET date_start = $2::date WHERE id = $1', [oldest!.id, oldest!.date_start]);
    }
    expect(await mismatches()).toEqual([0, 0, 0]);
  });
});

describe('SQL statements per level', () => {
  test('articles → agreements → parties and signatories: one statement per level, at any page size', async () => {
    for (const size of [5, 100]) {
      const before = t.statements.length;
      const { articles } = await data(`{ articles(first: ${size}) { nodes { id
        agreements(first: ${size}) { totalCount nodes { title partyCountries { iso2 } partyOrganizations { name } signatories { name } } } } } }`);
      const sent = t.statements.slice(before);
      expect(articles.nodes.flatMap((a: any) => a.agreements.nodes).length).toBeGreaterThan(0);
      // articles, and their agreements (all articles at once) with the agreements' small lists in the same statement.
      expect(sent).toHaveLength(2);
    }
  });

  test('evidence → record: one statement per record type at that level, whatever the number of rows', async () => {
    const before = t.statements.length;
    const { articles } = await data(`{ articles(first: 100) { nodes { evidence(first: 100) { nodes { record { __typename ... on Node { id } } } } } } }`);
    const sent = t.statements.slice(before);
    const types = new Set(articles.nodes.flatMap((a: any) => a.evidence.nodes.map((e: any) => e.record.__typename)));
    expect(types.size).toBe(7);
    // articles, their evidence, then the by-id loader of each of the 7 record types.
    expect(sent).toHaveLength(2 + types.size);
  });
});
