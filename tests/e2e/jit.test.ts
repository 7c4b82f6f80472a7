/**
 * The graphql-jit executor (the default; GRAPHQL_EXECUTOR=graphql-js turns it
 * off) answers exactly like graphql-js: same data, and errors keep their codes (graphql-jit's own error
 * type has no `extensions`, which Apollo would otherwise mask).
 */
import { startTestApp, type TestApp } from '../support/app';

let jit: TestApp;
let plain: TestApp;
beforeAll(async () => {
  [jit, plain] = await Promise.all([startTestApp({ env: { GRAPHQL_EXECUTOR: 'jit' } }), startTestApp({ env: { GRAPHQL_EXECUTOR: 'graphql-js' } })]);
});
afterAll(async () => Promise.all([jit?.close(), plain?.close()]));

const QUERIES = [
  '{ countries(first: 20) { totalCount nodes { iso2 organizations(first: 10) { nodes { name agreements(first: 5) { nodes { title partyCountries { iso2 } partyOrganizations { name } } } } } } } }',
  '{ statements(first: 10) { nodes { text speaker { __typename ... on Person { name role } ... on Organization { name } } evidence(first: 1) { nodes { sentence } } } } }',
  '{ relation(between: ["KR", "UZ"]) { agreements { totalCount nodes { title } } statements { totalCount } } }',
];

test.each(QUERIES)('same data as graphql-js: %s', async (query) => {
  const [a, b] = await Promise.all([jit.gql(query), plain.gql(query)]);
  expect(a.body.errors).toBeUndefined();
  expect(a.body.data).toEqual(b.body.data);
});

test('a resolver error keeps its code and message, and carries the request id', async () => {
  const { body } = await jit.gql('{ countries(first: 1000) { totalCount } }');
  expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(body.errors?.[0]?.message).toMatch(/first/);
  expect(body.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  // Same locations and path as graphql-js gives.
  const where = (e: unknown) => ({ locations: (e as { locations?: unknown }).locations, path: (e as { path?: unknown }).path });
  const plainError = (await plain.gql('{ countries(first: 1000) { totalCount } }')).body.errors?.[0];
  expect(where(body.errors?.[0])).toEqual(where(plainError));
  expect(where(body.errors?.[0])).toEqual({ locations: [{ line: 1, column: 3 }], path: ['countries'] });
  const relation = await jit.gql('{ relation(between: ["KR"]) { countries { iso2 } } }');
  expect(relation.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
