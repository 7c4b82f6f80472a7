/**
 * Unexpected failures end to end (src/http/errors.ts): a real SQL error in a
 * resolver — the test's own database loses a column the query reads — reaches
 * the client as "Internal server error" with code INTERNAL_SERVER_ERROR and
 * the request id, nothing of the SQL message; the log has an error-level line
 * with the same request id and the real cause.
 * A NUL character in client text is the client's error, and is said so.
 */
import { startTestApp, type TestApp } from '../support/app';
import { captureLogs } from '../support/logCapture';

const { logger, waitForLine } = captureLogs();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false, logger });
});
afterAll(async () => {
  await t?.close();
});

test('a real SQL error is masked for the client and logged in full with the same request id', async () => {
  const query = '{ countries(first: 5) { totalCount nodes { iso2 name } } }';
  const ok = await t.gql(query);
  expect(ok.body.errors).toBeUndefined();

  // This test's own database: the column the countries page reads is gone, so the next page statement fails in Postgres.
  await t.db.pool.query('ALTER TABLE countries RENAME COLUMN name TO name_renamed_by_test');
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'masking-1' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  const body = JSON.parse(text) as { data: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };

  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe('masking-1');
  expect(body.data).toBeNull(); // countries is non-null
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toEqual({ message: 'Internal server error', locations: expect.any(Array), path: ['countries'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'masking-1' } });
  // Nothing of the cause reaches the client: no SQL message, column name, SQLSTATE or stack.
  expect(text).not.toMatch(/does not exist|name_renamed|42703|stacktrace|\.ts:\d/i);

  const logged = await waitForLine((l) => l.requestId === 'masking-1' && l.level === 50);
  expect(logged.msg).toBe('unexpected error while executing a GraphQL operation');
  expect(logged.path).toEqual(['countries']);
  expect(JSON.stringify(logged.err)).toMatch(/column .*name.* does not exist/);
  expect(JSON.stringify(logged.err)).toMatch(/42703/);
  const access = await waitForLine((l) => l.requestId === 'masking-1' && l.msg === 'request');
  expect(access).toMatchObject({ status: 200, path: '/graphql' });
});

describe('a NUL character (U+0000) in client text, which Postgres text cannot hold', () => {
  let seeded: TestApp;
  beforeAll(async () => {
    seeded = await startTestApp({ env: { ADMIN_TOKEN: 'nul-test-token' } });
  });
  afterAll(async () => {
    await seeded?.close();
  });

  test.each([
    ['search', 'query($q: String!) { search(query: $q) { totalCount } }'],
    ['organizations filter', 'query($q: String) { organizations(filter: { search: $q }) { totalCount } }'],
    ['persons filter', 'query($q: String) { persons(filter: { search: $q }) { totalCount } }'],
    ['regions filter', 'query($q: String) { regions(filter: { search: $q }) { totalCount } }'],
  ])('in a %s is BAD_USER_INPUT that says so, not an internal error', async (_where, query) => {
    const { body } = await seeded.gql(query, { q: 'uranium\u0000' });
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/NUL character \(U\+0000\)/), extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } });
    // The same query without it answers.
    expect((await seeded.gql(query, { q: 'uranium' })).body.errors).toBeUndefined();
  });

  test('in ingestArticle title, publisher or url is a userError and writes nothing', async () => {
    const before = (await seeded.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]!.n;
    const res = await fetch(seeded.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer nul-test-token' },
      body: JSON.stringify({
        query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } userErrors { field code message } } }',
        variables: { input: { text: 'Korea and Kazakhstan signed a memorandum on uranium supply.', title: 'Uranium\u0000', publisher: 'X\u0000', url: 'https://example.org/\u0000' } },
      }),
    });
    const body = (await res.json()) as { data: { ingestArticle: { article: unknown; userErrors: { field: string[]; code: string }[] } } };
    expect(body.data.ingestArticle.article).toBeNull();
    expect(body.data.ingestArticle.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual(expect.arrayContaining([['input.title', 'BINARY'], ['input.publisher', 'BINARY'], ['input.url', 'BINARY']]));
    expect((await seeded.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]!.n).toBe(before);
  });
});
