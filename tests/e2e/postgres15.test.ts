/**
 * DATABASE_URL with PostgreSQL 15, the oldest server the README promises:
 * a throwaway PG15 cluster, the product started the way `npm start` does
 * (`tsx src/index.ts`, migrating and seeding that server), and over HTTP
 * every IDE example, every SDK operation, search("uranium") and
 * agreementCounts — no errors, data where the seeds have data, and the same
 * data as the suite's usual server (startTestApp, seeded the same way, on
 * the embedded PostgreSQL or the run's DATABASE_URL).
 *
 * Needs Debian's postgresql-15 (tests/support/postgres15.ts): skipped with a
 * message without it, failing instead with CI=true.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import pg from 'pg';
import { EXAMPLE_QUERIES } from '../../src/ide';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { describeOnPostgres15, startPostgres15, type Postgres15 } from '../support/postgres15';
import { startProduct, stopProduct, type StartedProduct } from '../support/product';
import { requiredVariables, sdkOperations, sdkSampleVariables } from '../support/sdkOperations';

const ADMIN_TOKEN = 'postgres15-e2e-token-0123456789abcdef0123456789';

const writes = (query: string) => parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
/** Reads of the corrections audit (a root `corrections` field): empty on a seeded database, so they run after the writes. */
const readsAudit = (query: string) =>
  parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query' && d.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'corrections'));
/** The IDE's read examples; its write examples (corrections), which run last with the token; and the audit, read after them. */
const EXAMPLE_READS = EXAMPLE_QUERIES.filter((e) => !writes(e.query) && !readsAudit(e.query));
const EXAMPLE_WRITES = EXAMPLE_QUERIES.filter((e) => writes(e.query));
const EXAMPLE_AUDIT = EXAMPLE_QUERIES.filter((e) => readsAudit(e.query));

/** An answer without the values each server makes up itself: when a correction was made, and the request id. */
function withoutClockAndRequest(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClockAndRequest);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'createdAt' && k !== 'requestId').map(([k, v]) => [k, withoutClockAndRequest(v)]));
}

async function post(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
}

/** Some record in the answer: a non-empty list, or an object with a value besides typenames, cursors, page info and zero counts. */
function hasData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some((item) => item !== null);
  if (typeof value !== 'object') return true;
  return Object.entries(value as Record<string, unknown>).some(([key, v]) => {
    if (key === '__typename' || key === 'cursor' || key === 'pageInfo') return false;
    if (key === 'totalCount' || key === 'count') return typeof v === 'number' && v > 0;
    return hasData(v);
  });
}

describeOnPostgres15('npm start with DATABASE_URL on PostgreSQL 15', () => {
  let pg15: Postgres15 | undefined;
  let product: StartedProduct | undefined;
  let reference: TestApp | undefined;
  let unusedDataDir: string | undefined;

  beforeAll(async () => {
    unusedDataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-pg15-unused-'));
    await Promise.all([
      startPostgres15().then((server) => (pg15 = server)),
      startTestApp({ seed: true, env: { ADMIN_TOKEN } }).then((app) => (reference = app)),
    ]);
    product = await startProduct({ DATABASE_URL: pg15!.url, HOST: '127.0.0.1', ADMIN_TOKEN, DATA_DIR: unusedDataDir });
  }, 120_000);

  afterAll(async () => {
    const stopped = await Promise.allSettled([
      product ? stopProduct(product.child) : undefined,
      reference?.close(),
    ]);
    await pg15?.stop(); // after the product: its pool closes first
    if (unusedDataDir) rmSync(unusedDataDir, { recursive: true, force: true });
    for (const result of stopped) if (result.status === 'rejected') throw result.reason;
  }, 60_000);

  /** The same operation to the product on PG15 and to the reference server: both answered without errors, PG15's data first. */
  async function both(query: string, variables?: Record<string, unknown> | ((server: 'pg15' | 'reference') => Promise<Record<string, unknown>>), token?: string) {
    const vars = async (server: 'pg15' | 'reference') => (typeof variables === 'function' ? variables(server) : variables);
    const [onPg15, onReference] = await Promise.all([post(product!.url, query, await vars('pg15'), token), post(reference!.url, query, await vars('reference'), token)]);
    expect({ status: onPg15.status, errors: onPg15.body.errors }).toEqual({ status: 200, errors: undefined });
    expect({ status: onReference.status, errors: onReference.body.errors }).toEqual({ status: 200, errors: undefined });
    return { pg15: onPg15.body.data, reference: onReference.body.data };
  }

  test('the product runs on that PostgreSQL 15 server: /readyz is ready, migrations and the five seed articles are there', async () => {
    const ready = await fetch(new URL('/readyz', product!.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok', migrations: 'ok' });
    const client = new pg.Client({ connectionString: pg15!.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string; articles: number }>("SELECT current_setting('server_version_num') AS version, (SELECT count(*)::int FROM articles) AS articles");
      expect(Math.floor(Number(rows[0]!.version) / 10000)).toBe(15);
      expect(rows[0]!.articles).toBe(5);
    } finally {
      await client.end();
    }
    expect(readdirSync(unusedDataDir!)).toEqual([]); // no Postgres of its own
  });

  test.each(EXAMPLE_READS.map((e) => [e.title, e] as const))('IDE example %s: data, the same as on the usual server', async (_title, example) => {
    const { pg15: data, reference: expected } = await both(example.query, example.variables);
    expect(hasData(data)).toBe(true);
    expect(data).toEqual(expected);
  });

  const operations = sdkOperations();
  const queries = operations.filter((o) => o.operation.operation === 'query' && !readsAudit(o.document));
  const auditQueries = operations.filter((o) => o.operation.operation === 'query' && readsAudit(o.document));
  const mutations = operations.filter((o) => o.operation.operation === 'mutation');

  /** Required variables from the shared samples; `id: ID!` is an article's id for ArticleRecords, a country's otherwise (each server's own). */
  const variablesFor = (operation: (typeof operations)[number]) => async (server: 'pg15' | 'reference') => {
    const url = server === 'pg15' ? product!.url : reference!.url;
    const list = operation.name === 'ArticleRecords' ? 'articles' : 'countries';
    const id: string = (await post(url, `{ ${list}(first: 1) { nodes { id } } }`)).body.data[list].nodes[0].id;
    const { variables, missing } = requiredVariables(operation.operation, sdkSampleVariables(id));
    expect({ operation: operation.name, missing }).toEqual({ operation: operation.name, missing: [] });
    return variables;
  };

  test.each(queries.map((o) => [o.name, o] as const))('SDK query %s: data, the same as on the usual server', async (_name, operation) => {
    const { pg15: data, reference: expected } = await both(operation.document, variablesFor(operation));
    expect(hasData(data)).toBe(true);
    expect(data).toEqual(expected);
  });

  test('search("uranium") and agreementCounts: data, the same as on the usual server', async () => {
    const { pg15: data, reference: expected } = await both(`{
      search(query: "uranium", first: 10) {
        totalCount
        edges { kind rank snippet node { __typename ... on Agreement { id title } ... on Statement { id text } ... on Fact { id subject } ... on Article { id articleTitle: title } } }
      }
      byCountryAndSector: agreementCounts(groupBy: [COUNTRY, SECTOR]) { count keys { country sector } }
      byYear: agreementCounts(groupBy: [YEAR, STATUS], filter: { parties: ["KR"] }) { count keys { year status } }
    }`);
    expect(data.search.totalCount).toBeGreaterThan(0);
    expect(data.byCountryAndSector.length).toBeGreaterThan(0);
    expect(data.byYear.length).toBeGreaterThan(0);
    expect(data).toEqual(expected);
  });

  // Last: they write. With the token, each server answers the same, userErrors included.
  test.each(mutations.map((o) => [o.name, o] as const))('SDK mutation %s with the admin token: the same answer as on the usual server', async (_name, operation) => {
    const { pg15: data, reference: expected } = await both(operation.document, variablesFor(operation), ADMIN_TOKEN);
    expect(hasData(data)).toBe(true);
    // The merge samples name a country, which no merge accepts: those answer with userErrors (on both servers).
    if (operation.name === 'IngestArticle') expect(data.ingestArticle).toMatchObject({ alreadyExisted: false, userErrors: [] });
    expect(data).toEqual(expected);
  });

  // The IDE's write examples name records of a seeded database: with the token, both servers correct the same record.
  test.each(EXAMPLE_WRITES.map((e) => [e.title, e] as const))('IDE write example %s with the admin token: done on both servers', async (_title, example) => {
    const { pg15: data, reference: expected } = await both(example.query, example.variables, ADMIN_TOKEN);
    const [payload, reference] = [Object.values(data)[0] as { userErrors: unknown[]; correction: unknown }, Object.values(expected)[0] as { userErrors: unknown[] }];
    expect([payload.userErrors, reference.userErrors]).toEqual([[], []]);
    expect(payload.correction).not.toBeNull();
  });

  // The audit, after those writes: the same corrections on both servers (each its own clock and request ids).
  const audits = [...EXAMPLE_AUDIT.map((e) => [`IDE example ${e.title}`, e.query, async () => e.variables ?? {}] as const), ...auditQueries.map((o) => [`SDK query ${o.name}`, o.document, variablesFor(o)] as const)];
  test.each(audits)('%s: the corrections just made, the same as on the usual server', async (_name, query, variables) => {
    const { pg15: data, reference: expected } = await both(query, variables);
    expect(hasData(data)).toBe(true);
    expect(withoutClockAndRequest(data)).toEqual(withoutClockAndRequest(expected));
  });
});
