/**
 * Writes over GraphQL against a real server and Postgres: who may write
 * (src/auth), ingestArticle (the seed pipeline, idempotent under concurrency),
 * its userErrors, and the merge corrections with their audit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectArticleFiles, loadArticleFiles, NO_RECORDS_WARNING } from '../../src/ingest/files';
import { SEED_DIR, startTestApp, type TestApp } from '../support/app';
import { createTestDatabase } from '../support/database';
import { createDatabase } from '../../src/db/client';

const TOKENS = ['token-current-0123456789', 'token-next-9876543210'];
const SEED_TEXT = readFileSync(path.join(SEED_DIR, '001_6be1f264b80a52a9.txt'), 'utf8');

/** Rows per table, to compare a database with another. */
async function tableCounts(db: TestApp['db']): Promise<Record<string, number>> {
  const p = db.prisma;
  const [articles, organizations, persons, agreements, statements, facts, evidence] = await Promise.all([
    p.article.count(), p.organization.count(), p.person.count(), p.agreement.count(), p.statement.count(), p.fact.count(), p.evidence.count(),
  ]);
  return { articles, organizations, persons, agreements, statements, facts, evidence };
}

let t: TestApp;
/** The shared app's counts right after one seed run, before any test writes. */
let seededOnce: Record<string, number>;
beforeAll(async () => {
  t = await startTestApp({ env: { ADMIN_TOKEN: ` ${TOKENS.join(' , ')} ` } });
  seededOnce = await tableCounts(t.db);
});
afterAll(async () => {
  await t?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article { id title url publisher publishedOn }
    alreadyExisted
    createdRecords { organizations persons agreements statements facts }
    userErrors { field code message }
    warnings
  } }`;

/** A text the seeds do not hold (its own content hash). */
const freshText = (tag: string) => `${SEED_TEXT}\n\nEditor's note ${tag}: this copy was ingested over the API.`;

async function articleCount(): Promise<number> {
  return t.db.prisma.article.count();
}

/** Runs `action` and returns the SQL statements the app's pool sent meanwhile. */
async function sqlDuring(action: () => Promise<unknown>): Promise<string[]> {
  const from = t.statements.length;
  await action();
  return t.statements.slice(from);
}

describe('authorization: no write without a valid token', () => {
  const refusals: [string, () => Promise<{ status: number; body: any }>][] = [
    ['no Authorization header', () => post({ query: INGEST, variables: { input: { text: freshText('a') } } })],
    ['a wrong token', () => post({ query: INGEST, variables: { input: { text: freshText('b') } } }, bearer('token-current-012345678X'))],
    ['a token without the Bearer scheme', () => post({ query: INGEST, variables: { input: { text: freshText('c') } } }, { authorization: TOKENS[0]! })],
    [
      'a token smuggled in variables and extensions instead of the header',
      () => post({ query: INGEST, variables: { input: { text: freshText('d') }, authorization: `Bearer ${TOKENS[0]}` }, extensions: { authorization: `Bearer ${TOKENS[0]}` } }),
    ],
    [
      'aliased mutations, one per alias',
      () =>
        post(
          {
            query: `mutation { a: ingestArticle(input: { text: ${JSON.stringify(freshText('e'))} }) { alreadyExisted }
              b: ingestArticle(input: { text: ${JSON.stringify(freshText('f'))} }) { alreadyExisted }
              c: mergeOrganizations(input: { sourceIds: ["x"], targetId: "y", reason: "r" }) { userErrors { code } } }`,
          },
          bearer('nope'),
        ),
    ],
  ];

  test.each(refusals)('%s: 401 UNAUTHENTICATED, no SQL statement at all', async (_, send) => {
    const before = await articleCount();
    let response!: { status: number; body: any };
    const sql = await sqlDuring(async () => (response = await send()));
    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors[0].message).toMatch(/Authorization: Bearer/);
    expect(sql).toEqual([]);
    expect(await articleCount()).toBe(before);
  });

  test('a batch (array body) hiding a mutation behind a query is refused whole, with or without a token: no INSERT', async () => {
    const before = await articleCount();
    for (const headers of [{}, bearer(TOKENS[0]!)]) {
      let response!: { status: number; body: any };
      const sql = await sqlDuring(async () => (response = await post([{ query: '{ articles(first: 1) { totalCount } }' }, { query: INGEST, variables: { input: { text: freshText('g') } } }], headers)));
      expect(response.status).toBe(400);
      expect(sql.filter((s) => /\binsert\b/i.test(s))).toEqual([]);
    }
    expect(await articleCount()).toBe(before);
  });

  test('reads stay public: a query without a token answers', async () => {
    const { status, body } = await post({ query: '{ articles(first: 1) { totalCount } }' });
    expect(status).toBe(200);
    expect(body.data.articles.totalCount).toBe(5);
  });

  test('ADMIN_TOKEN unset: writes disabled with WRITES_DISABLED (403), even with a token', async () => {
    const closed = await startTestApp({ seed: false });
    try {
      const res = await fetch(closed.url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(TOKENS[0]!) }, body: JSON.stringify({ query: INGEST, variables: { input: { text: freshText('h') } } }) });
      const body = (await res.json()) as any;
      expect(res.status).toBe(403);
      expect(body.errors[0].extensions.code).toBe('WRITES_DISABLED');
      expect(body.errors[0].message).toMatch(/ADMIN_TOKEN/);
      expect(closed.statements.filter((s) => /\binsert\b/i.test(s))).toEqual([]);
      expect(await closed.db.prisma.article.count()).toBe(0);
    } finally {
      await closed.close();
    }
  });
});

describe('ingestArticle', () => {
  test('each token of the rotated list writes; the same text again is the same article, nothing new', async () => {
    const before = await articleCount();
    const input = { text: freshText('rotation'), title: 'Rotated', url: 'https://example.org/news/1', publisher: 'Example Daily', publishedOn: '2024-05-02' };
    const first = await post({ query: INGEST, variables: { input } }, bearer(TOKENS[0]!));
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const created = first.body.data.ingestArticle;
    expect(created.userErrors).toEqual([]);
    expect(created.warnings).toEqual([]);
    expect(created.alreadyExisted).toBe(false);
    expect(created.article).toMatchObject({ title: 'Rotated', url: 'https://example.org/news/1', publisher: 'Example Daily', publishedOn: '2024-05-02' });
    expect(await articleCount()).toBe(before + 1);

    let again!: { status: number; body: any };
    const sql = await sqlDuring(async () => (again = await post({ query: INGEST, variables: { input } }, bearer(TOKENS[1]!))));
    const repeat = again.body.data.ingestArticle;
    expect(repeat.alreadyExisted).toBe(true);
    expect(repeat.article.id).toBe(created.article.id);
    expect(Object.values(repeat.createdRecords).every((n) => n === 0)).toBe(true);
    // The only insert is the article row's ON CONFLICT DO NOTHING, which finds the stored copy and writes nothing.
    const inserts = sql.filter((s) => /\binsert\b/i.test(s));
    expect(inserts.filter((s) => !/^\s*INSERT INTO articles [^;]*ON CONFLICT \(content_hash\) DO NOTHING RETURNING id\s*$/.test(s))).toEqual([]);
    expect(await articleCount()).toBe(before + 1);
  });

  test("the README's example text is stored, with a warning that it yields no records", async () => {
    const { body } = await post({ query: INGEST, variables: { input: { text: 'Seoul, 2 May 2024 — ...', url: 'https://example.org/a', publishedOn: '2024-05-02' } } }, bearer(TOKENS[0]!));
    const payload = body.data.ingestArticle;
    expect(payload).toMatchObject({ alreadyExisted: false, userErrors: [], warnings: [NO_RECORDS_WARNING] });
    expect(payload.article).not.toBeNull();
    expect(Object.values(payload.createdRecords).every((n) => n === 0)).toBe(true);
  });

  test('the seed text itself merges into what the seed created: alreadyExisted, nothing created', async () => {
    const { body } = await post({ query: INGEST, variables: { input: { text: SEED_TEXT } } }, bearer(TOKENS[0]!));
    expect(body.data.ingestArticle.alreadyExisted).toBe(true);
  });

  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['empty text', { text: '' }, 'text', 'BLANK'],
    ['whitespace-only text', { text: ' \n\t ' }, 'text', 'BLANK'],
    ['oversized text', { text: 'word '.repeat(190_000) }, 'text', 'TOO_LARGE'],
    ['text with NUL bytes', { text: `PK\u0003\u0004\u0000\u0000 ${SEED_TEXT}` }, 'text', 'BINARY'],
    ['a date that is not a date', { text: freshText('d1'), publishedOn: 'yesterday' }, 'publishedOn', 'INVALID_DATE'],
    ['a date that does not exist', { text: freshText('d2'), publishedOn: '2024-02-30' }, 'publishedOn', 'INVALID_DATE'],
    ['a URL that is not one', { text: freshText('u1'), url: 'not a url' }, 'url', 'INVALID_URL'],
    ['a URL that is not http(s)', { text: freshText('u2'), url: 'javascript:alert(1)' }, 'url', 'INVALID_URL'],
    ['an overlong title', { text: freshText('t1'), title: 'T'.repeat(1001) }, 'title', 'TOO_LONG'],
  ];

  test.each(invalid)('%s: a userError on that field, nothing written', async (_, input, field, code) => {
    const before = await articleCount();
    let response!: { status: number; body: any };
    const sql = await sqlDuring(async () => (response = await post({ query: INGEST, variables: { input } }, bearer(TOKENS[0]!))));
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data.ingestArticle;
    expect(payload.article).toBeNull();
    expect(payload.userErrors).toEqual([{ field: ['input', field], code, message: expect.stringContaining(field) }]);
    expect(sql).toEqual([]);
    expect(await articleCount()).toBe(before);
  });

  test('every problem is reported at once', async () => {
    const { body } = await post({ query: INGEST, variables: { input: { text: '', url: 'nope', publishedOn: '2024-13-01' } } }, bearer(TOKENS[0]!));
    expect(body.data.ingestArticle.userErrors.map((e: { code: string }) => e.code)).toEqual(['BLANK', 'INVALID_URL', 'INVALID_DATE']);
  });

  test('20 parallel calls with the same new text create exactly one article', async () => {
    const before = await articleCount();
    const input = { text: freshText('parallel') };
    const responses = await Promise.all(Array.from({ length: 20 }, () => post({ query: INGEST, variables: { input } }, bearer(TOKENS[0]!))));
    const payloads = responses.map((r) => r.body.data.ingestArticle);
    expect(new Set(payloads.map((p) => p.article.id)).size).toBe(1);
    expect(payloads.filter((p) => p.alreadyExisted === false)).toHaveLength(1);
    expect(await articleCount()).toBe(before + 1);
  }, 60_000);
});

describe('4 parallel seed runs = 1 (in process; tests/integration/load.test.ts runs 4 seed processes)', () => {
  test('loadArticleFiles on the seed folder 4 times at once ends with the seeded counts', async () => {
    const database = await createTestDatabase();
    const db = createDatabase(database.url);
    try {
      const files = await collectArticleFiles([SEED_DIR]);
      const runs = await Promise.all([1, 2, 3, 4].map(() => loadArticleFiles(db.prisma, files)));
      expect(runs.reduce((n, r) => n + r.articlesNew, 0)).toBe(5);
      expect(runs.every((r) => r.failed === 0)).toBe(true);
      expect(await tableCounts(db)).toEqual(seededOnce);
    } finally {
      await db.close();
      await database.drop();
    }
  }, 60_000);
});

describe('merge corrections', () => {
  const MERGE_ORGS = `mutation M($input: MergeInput!) { mergeOrganizations(input: $input) {
    organization { id name aliases evidence(first: 100) { totalCount } agreements(first: 100) { totalCount } statements(first: 100) { totalCount } }
    audit { id kind targetId sourceIds sourceNames reason requestId mergedAt }
    userErrors { field code message } } }`;
  const MERGE_PERSONS = `mutation M($input: MergeInput!) { mergePersons(input: $input) {
    person { id name aliases evidence(first: 100) { totalCount } }
    audit { id kind targetId sourceIds sourceNames }
    userErrors { field code message } } }`;

  /** Organizations and persons with the most references, from the seeds. */
  async function busiest(list: 'organizations' | 'persons', n: number): Promise<{ id: string; name: string; evidence: number }[]> {
    const { body } = await t.gql(`{ ${list}(first: 100) { nodes { id name evidence(first: 1) { totalCount } } } }`);
    return body.data[list].nodes
      .map((o: any) => ({ id: o.id, name: o.name, evidence: o.evidence.totalCount }))
      .sort((a: any, b: any) => b.evidence - a.evidence)
      .slice(0, n);
  }

  test('mergeOrganizations moves every reference, deletes the sources, keeps an audit; repeating it is a no-op', async () => {
    const [target, source] = await busiest('organizations', 2);
    const refs = async (id: string) => (await t.gql(`{ node(id: "${id}") { ... on Organization { agreements(first: 100) { totalCount } statements(first: 100) { totalCount } evidence(first: 1) { totalCount } } } }`)).body.data.node;
    const [t0, s0] = [await refs(target!.id), await refs(source!.id)];
    const input = { targetId: target!.id, sourceIds: [source!.id], reason: 'Same company, two spellings (ticket 42)' };

    const anonymous = await t.gql(MERGE_ORGS, { input });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await post({ query: MERGE_ORGS, variables: { input } }, { ...bearer(TOKENS[0]!), 'x-request-id': 'merge-test-1' });
    const payload = res.body.data.mergeOrganizations;
    expect(payload.userErrors).toEqual([]);
    expect(payload.organization.evidence.totalCount).toBe(t0.evidence.totalCount + s0.evidence.totalCount);
    expect(payload.organization.agreements.totalCount).toBeGreaterThanOrEqual(Math.max(t0.agreements.totalCount, s0.agreements.totalCount));
    expect(payload.organization.statements.totalCount).toBeGreaterThanOrEqual(Math.max(t0.statements.totalCount, s0.statements.totalCount));
    expect(payload.organization.aliases).toContain(source!.name);
    expect(payload.audit).toMatchObject({ kind: 'ORGANIZATION', targetId: target!.id, sourceIds: [source!.id], sourceNames: [source!.name], reason: input.reason, requestId: 'merge-test-1' });
    expect((await t.gql(`{ node(id: "${source!.id}") { id } }`)).body.data.node).toBeNull();
    const dangling = await t.db.pool.query(
      `SELECT (SELECT count(*) FROM evidence WHERE organization_id = $1) + (SELECT count(*) FROM agreement_party_organizations WHERE organization_id = $1)
        + (SELECT count(*) FROM statements WHERE speaker_organization_id = $1) + (SELECT count(*) FROM persons WHERE organization_id = $1) AS n`,
      [Number(Buffer.from(source!.id, 'base64url').toString().split(':')[1])],
    );
    expect(Number(dangling.rows[0].n)).toBe(0);

    // The same merge again: nothing to do, the earlier audit answers.
    const again = (await post({ query: MERGE_ORGS, variables: { input } }, bearer(TOKENS[0]!))).body.data.mergeOrganizations;
    expect(again.userErrors).toEqual([]);
    expect(again.audit.id).toBe(payload.audit.id);
    const audits = (await t.gql('{ mergeAudits(filter: { kinds: [ORGANIZATION] }) { totalCount nodes { id sourceNames } } }')).body.data.mergeAudits;
    expect(audits).toEqual({ totalCount: 1, nodes: [{ id: payload.audit.id, sourceNames: [source!.name] }] });
  });

  test('mergePersons moves evidence and signatures and deletes the source', async () => {
    const [target, source] = await busiest('persons', 2);
    const res = await post({ query: MERGE_PERSONS, variables: { input: { targetId: target!.id, sourceIds: [source!.id], reason: 'one person' } } }, bearer(TOKENS[1]!));
    const payload = res.body.data.mergePersons;
    expect(payload.userErrors).toEqual([]);
    expect(payload.person.evidence.totalCount).toBe(target!.evidence + source!.evidence);
    expect(payload.person.aliases).toContain(source!.name);
    expect(payload.audit).toMatchObject({ kind: 'PERSON', sourceIds: [source!.id] });
    expect((await t.gql(`{ node(id: "${source!.id}") { id } }`)).body.data.node).toBeNull();
  });

  test.each([
    ['organizations', MERGE_ORGS, 'mergeOrganizations', 'organization_id'],
    ['persons', MERGE_PERSONS, 'mergePersons', 'person_id'],
  ] as const)('after merging %s, an article naming the merged-away one resolves to the target, not a new duplicate', async (list, mutation, field, evidenceColumn) => {
    const [target, source] = await busiest(list, 2);
    const rowId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
    // The body of an article the source was drawn from, read before the merge moves its evidence.
    const { rows: [sourceArticle] } = await t.db.pool.query(
      `SELECT a.body FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.${evidenceColumn} = $1 ORDER BY a.id LIMIT 1`,
      [rowId(source!.id)],
    );
    const merged = await post({ query: mutation, variables: { input: { targetId: target!.id, sourceIds: [source!.id], reason: 'duplicate' } } }, bearer(TOKENS[0]!));
    expect(merged.body.data[field].userErrors).toEqual([]);
    const evidenceOf = async (): Promise<number> => Number((await t.db.pool.query(`SELECT count(*) FROM evidence WHERE ${evidenceColumn} = $1`, [rowId(target!.id)])).rows[0].count);
    const evidenceBefore = await evidenceOf();

    // That article with one more line: a new content hash, so it loads again and names the merged-away source.
    const res = await post({ query: INGEST, variables: { input: { text: `${sourceArticle.body}\nUpdated after a merge correction of ${list}.` } } }, bearer(TOKENS[0]!));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestArticle).toMatchObject({ alreadyExisted: false, userErrors: [] });
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM ${list} WHERE name = $1`, [source!.name])).rows[0].n).toBe(0);
    expect(await evidenceOf()).toBeGreaterThan(evidenceBefore);
  });

  test('bad ids are userErrors naming the input, and nothing changes', async () => {
    const [org] = await busiest('organizations', 1);
    const [person] = await busiest('persons', 1);
    const unknownOrg = Buffer.from('Organization:999999').toString('base64url');
    const cases: [Record<string, unknown>, { field: string[]; code: string }[]][] = [
      [{ targetId: org!.id, sourceIds: ['garbage'], reason: 'r' }, [{ field: ['input', 'sourceIds', '0'], code: 'NOT_FOUND' }]],
      [{ targetId: org!.id, sourceIds: [person!.id], reason: 'r' }, [{ field: ['input', 'sourceIds', '0'], code: 'NOT_FOUND' }]],
      [{ targetId: org!.id, sourceIds: [org!.id], reason: 'r' }, [{ field: ['input', 'sourceIds'], code: 'TARGET_IN_SOURCES' }]],
      [{ targetId: org!.id, sourceIds: [], reason: ' ' }, [{ field: ['input', 'sourceIds'], code: 'BLANK' }, { field: ['input', 'reason'], code: 'BLANK' }]],
      [{ targetId: org!.id, sourceIds: [unknownOrg], reason: 'r' }, [{ field: ['input', 'sourceIds', '0'], code: 'NOT_FOUND' }]],
      [{ targetId: unknownOrg, sourceIds: [org!.id], reason: 'r' }, [{ field: ['input', 'targetId'], code: 'NOT_FOUND' }]],
    ];
    const auditsBefore = await t.db.prisma.mergeAudit.count();
    const orgsBefore = await t.db.prisma.organization.count();
    for (const [input, expected] of cases) {
      const { body } = await post({ query: MERGE_ORGS, variables: { input } }, bearer(TOKENS[0]!));
      expect(body.data.mergeOrganizations.organization).toBeNull();
      expect(body.data.mergeOrganizations.userErrors.map(({ field, code }: any) => ({ field, code }))).toEqual(expected);
    }
    expect(await t.db.prisma.mergeAudit.count()).toBe(auditsBefore);
    expect(await t.db.prisma.organization.count()).toBe(orgsBefore);
  });
});
