/**
 * Behind a pooler (issue 17): Debian's pgbouncer 1.18 in pool_mode=transaction
 * (4 server connections for the app's 10) in front of a fresh test database,
 * and the product started the way `npm start` does with DATABASE_URL pointing
 * at pgbouncer and DATABASE_POOLER=transaction (it seeds through it;
 * migrations go to DATABASE_DIRECT_URL, the database itself). Shown:
 * - without the setting, the product stops at start (pgbouncer refuses our
 *   session settings), as a user saw it;
 * - 10 concurrent clients running a representative part of the API (nested
 *   lists with paging and cursors, by-id lookups, search, counts, the IDE's
 *   read examples) get exactly the answers of the suite's usual server on a
 *   direct connection; then 10 concurrent ingestArticle calls and a merge;
 * - DB_STATEMENT_TIMEOUT_MS really applies through pgbouncer (a longer query
 *   is cancelled, in and outside a transaction) and leaves nothing behind in
 *   pgbouncer's server sessions;
 * - /readyz says 503 while pgbouncer is stopped and 200 again once it is back.
 *
 * Needs Debian's pgbouncer (tests/support/pgbouncer.ts): skipped with a
 * message without it, failing instead with CI=true. pgbouncer is stopped in
 * afterAll, and killed on exit if a crash skips that.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import pg from 'pg';
import { OPERATIONS } from '../../bench/operations';
import { loadConfig } from '../../src/config';
import { createDatabase, poolOptions } from '../../src/db/client';
import { EXAMPLE_QUERIES } from '../../src/ide';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { describeOnPgbouncer, pgbouncerVersion, startPgbouncer, type Pgbouncer } from '../support/pgbouncer';
import { runToExit, startProduct, stopProduct, type StartedProduct } from '../support/product';
import { waitFor } from '../support/waitFor';

const ADMIN_TOKEN = 'pgbouncer-e2e-token-0123456789abcdef0123456789';
const CLIENTS = 10;
const ROUNDS = 3;

const isRead = (query: string) => parse(query).definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || (d.operation === 'query' && !d.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'corrections')));

async function post(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
}

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

describeOnPgbouncer(`npm start through ${pgbouncerVersion() || 'pgbouncer'} in pool_mode=transaction with DATABASE_POOLER=transaction`, () => {
  let database: TestDatabase | undefined;
  let bouncer: Pgbouncer | undefined;
  let product: StartedProduct | undefined;
  let reference: TestApp | undefined;
  let unusedDataDir: string | undefined;
  const productEnv = () => ({ DATABASE_URL: bouncer!.url, DATABASE_DIRECT_URL: database!.url, HOST: '127.0.0.1', ADMIN_TOKEN, DATA_DIR: unusedDataDir!, REEXTRACT_ON_START: 'false', DB_POOL_MAX: String(CLIENTS) });

  beforeAll(async () => {
    unusedDataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-pgbouncer-unused-'));
    await Promise.all([
      (async () => {
        database = await createTestDatabase();
        bouncer = await startPgbouncer(database.url, { poolMode: 'transaction', defaultPoolSize: 4 });
      })(),
      startTestApp({ seed: true }).then((app) => (reference = app)),
    ]);
    product = await startProduct({ ...productEnv(), DATABASE_POOLER: 'transaction' });
  }, 150_000);

  afterAll(async () => {
    const stopped = await Promise.allSettled([product ? stopProduct(product.child) : undefined, reference?.close()]);
    await bouncer?.close(); // after the product: its pool closes first
    await database?.drop();
    if (unusedDataDir) rmSync(unusedDataDir, { recursive: true, force: true });
    for (const result of stopped) if (result.status === 'rejected') throw result.reason;
  }, 60_000);

  test('without DATABASE_POOLER=transaction the product stops at start: pgbouncer refuses the session settings it sends', async () => {
    const { code, output } = await runToExit({ ...productEnv(), PORT: '0', LOG_LEVEL: 'info' });
    expect(code).toBe(1);
    expect(output).toMatch(/unsupported startup parameter/);
    // With it, migrations need a direct connection: the pooler would keep their session locks.
    const { DATABASE_DIRECT_URL: _direct, ...withoutDirect } = productEnv();
    const refused = await runToExit({ ...withoutDirect, DATABASE_POOLER: 'transaction', PORT: '0', LOG_LEVEL: 'info' });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/DATABASE_DIRECT_URL.*must be set with DATABASE_POOLER=transaction/);
  }, 60_000);

  test('/readyz is ready through pgbouncer and the five seed articles were loaded through it', async () => {
    const ready = await fetch(new URL('/readyz', product!.url));
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready', ready: true, database: 'ok', migrations: 'ok' } });
    const { body } = await post(product!.url, '{ articles(first: 1) { totalCount } }');
    expect(body.data).toEqual({ articles: { totalCount: 5 } });
    // Migrations ran on DATABASE_DIRECT_URL: no session-level advisory lock is left behind on a server connection of pgbouncer's.
    const direct = new pg.Client({ connectionString: database!.url });
    await direct.connect();
    try {
      expect((await direct.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).rows).toEqual([{ n: 0 }]);
    } finally {
      await direct.end();
    }
  });

  test(`${CLIENTS} concurrent clients × ${ROUNDS} rounds of nested lists, paging, by-id lookups, search and counts: every answer the usual server's`, async () => {
    const ref = (query: string, variables?: Record<string, unknown>) => post(reference!.url, query, variables).then((r) => r.body.data);
    // Ids and cursors from the usual server: both databases hold the same seed articles, loaded in the same order.
    const agreements = (await ref('{ agreements(first: 100) { nodes { id } } }')).agreements.nodes as { id: string }[];
    const organizations = (await ref('{ organizations(first: 100) { nodes { id } } }')).organizations.nodes as { id: string }[];
    const firstPage = (await ref('{ agreements(first: 3) { pageInfo { endCursor } } }')).agreements.pageInfo.endCursor as string;
    expect(agreements.length).toBeGreaterThan(3);

    const operations: Operation[] = [
      { name: 'nested', query: OPERATIONS.nested.query },
      { name: 'paged KR', query: OPERATIONS.paged.query, variables: { filter: { parties: ['KR'] } } },
      { name: 'search', query: OPERATIONS.search.query, variables: { q: 'uranium' } },
      { name: 'aggregate', query: OPERATIONS.aggregate.query },
      ...agreements.slice(0, 8).map((a, i) => ({ name: `byId ${i}`, query: OPERATIONS.byId.query, variables: { id: a.id } })),
      {
        name: 'nodes(ids:) of organizations',
        query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organization { name agreements(first: 2) { totalCount nodes { id title } } } } }',
        variables: { ids: organizations.slice(0, 10).map((o) => o.id) },
      },
      {
        name: 'second page after a cursor, with counts',
        query: `query($after: String) { agreements(first: 3, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { cursor node { id title partyCountries { iso2 } evidence(first: 2) { totalCount nodes { sentence article { id } } } } } } }`,
        variables: { after: firstPage },
      },
      {
        name: 'countries → organizations → persons, backward page',
        query: '{ countries(last: 5) { totalCount nodes { iso2 organizations(first: 3) { totalCount nodes { name persons(first: 2) { nodes { name role } } } } } } }',
      },
      ...EXAMPLE_QUERIES.filter((e) => isRead(e.query)).map((e) => ({ name: `IDE ${e.title}`, query: e.query, variables: e.variables })),
    ];
    const expected = await Promise.all(operations.map((o) => post(reference!.url, o.query, o.variables)));
    for (const [i, answer] of expected.entries()) expect({ name: operations[i]!.name, status: answer.status, errors: answer.body.errors }).toEqual({ name: operations[i]!.name, status: 200, errors: undefined });

    const mismatches: string[] = [];
    let requests = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let round = 0; round < ROUNDS; round++) {
          for (let k = 0; k < operations.length; k++) {
            const i = (k + client * 3 + round) % operations.length; // each client its own order
            const operation = operations[i]!;
            const got = await post(product!.url, operation.query, operation.variables);
            requests++;
            if (got.status !== 200 || got.body.errors || JSON.stringify(got.body.data) !== JSON.stringify(expected[i]!.body.data)) {
              mismatches.push(`${operation.name}: ${got.status} ${JSON.stringify(got.body.errors ?? got.body.data).slice(0, 300)}`);
            }
          }
        }
      }),
    );
    expect(requests).toBe(CLIENTS * ROUNDS * operations.length);
    expect(mismatches).toEqual([]);
  }, 240_000);

  test(`${CLIENTS} concurrent ingestArticle calls, then a merge, through pgbouncer`, async () => {
    const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyExisted userErrors { code message } article { id title } } }`;
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        post(product!.url, ingest, {
          input: {
            text: `Korea and Uzbekistan signed memorandum number ${i + 1} on uranium supply in Tashkent on Monday. The Korea Electric Power Corporation will build plant ${i + 1}.`,
            title: `Pooler article ${i + 1}`,
            url: `https://example.org/pooler/${i + 1}`,
            publisher: 'Test',
            publishedOn: '2024-05-01',
          },
        }, ADMIN_TOKEN),
      ),
    );
    for (const [i, answer] of answers.entries()) {
      expect({ status: answer.status, errors: answer.body.errors }).toEqual({ status: 200, errors: undefined });
      expect(answer.body.data.ingestArticle).toMatchObject({ alreadyExisted: false, userErrors: [], article: { title: `Pooler article ${i + 1}` } });
    }
    const after = await post(product!.url, '{ articles(first: 1) { totalCount } }');
    expect(after.body.data).toEqual({ articles: { totalCount: 5 + CLIENTS } });

    const [target, source] = (await post(product!.url, '{ organizations(first: 2, orderBy: { field: NAME, direction: ASC }) { nodes { id } } }')).body.data.organizations.nodes as { id: string }[];
    const merged = await post(product!.url, `mutation($input: MergeInput!) { mergeOrganizations(input: $input) { userErrors { code message } } }`, { input: { sourceIds: [source!.id], targetId: target!.id, reason: 'pooler test' } }, ADMIN_TOKEN);
    expect(merged.body.data).toEqual({ mergeOrganizations: { userErrors: [] } });
    const gone = await post(product!.url, 'query($id: ID!) { node(id: $id) { id } }', { id: source!.id });
    expect(gone.body.data).toEqual({ node: null });
  }, 120_000);

  test('DB_STATEMENT_TIMEOUT_MS applies through pgbouncer (in and outside a transaction) and leaves pgbouncer’s server sessions as they were', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_POOLER: 'transaction', DB_STATEMENT_TIMEOUT_MS: '300', DB_POOL_MAX: '4' });
    const db = createDatabase(bouncer!.url, poolOptions(config));
    try {
      const timed = async (work: () => Promise<unknown>) => {
        const start = Date.now();
        const error = await work().then(() => undefined, (e: unknown) => e);
        return { ms: Date.now() - start, error };
      };
      // A plain statement (the read path), wrapped in a transaction of its own.
      const plain = await timed(() => db.pool.query('SELECT pg_sleep(3)'));
      expect((plain.error as { code?: string } | undefined)?.code).toBe('57014'); // query_canceled
      expect(String((plain.error as Error).message)).toMatch(/statement timeout/);
      expect(plain.ms).toBeLessThan(2500);
      // Prisma outside and inside an interactive transaction.
      const outside = await timed(() => db.prisma.$queryRaw`SELECT pg_sleep(3)`);
      expect(String((outside.error as Error | undefined)?.message)).toMatch(/statement timeout/);
      expect(outside.ms).toBeLessThan(2500);
      const inside = await timed(() => db.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(3)`));
      expect(String((inside.error as Error | undefined)?.message)).toMatch(/statement timeout/);
      expect(inside.ms).toBeLessThan(2500);
      // The settings as Postgres sees them, in both paths; shorter statements still run.
      expect((await db.pool.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '300ms' }]);
      expect((await db.pool.query('SHOW plan_cache_mode')).rows).toEqual([{ plan_cache_mode: 'force_custom_plan' }]);
      expect(await db.prisma.$transaction(async (tx) => tx.$queryRaw`SHOW statement_timeout`)).toEqual([{ statement_timeout: '300ms' }]);
      await Promise.all(Array.from({ length: 8 }, () => db.pool.query('SELECT pg_sleep(0.05)')));
    } finally {
      await db.close();
    }
    // SET LOCAL ends with each transaction: another client of the same server connections sees the server's defaults.
    const other = new pg.Client({ connectionString: bouncer!.url });
    await other.connect();
    try {
      const seen = await Promise.all(Array.from({ length: 6 }, () => other.query('SHOW statement_timeout')));
      expect(seen.map((r) => r.rows[0].statement_timeout)).toEqual(Array(6).fill('0'));
    } finally {
      await other.end();
    }
    // And the pool without the setting cannot even connect through pgbouncer.
    const plainPool = createDatabase(bouncer!.url, poolOptions(loadConfig({ NODE_ENV: 'test' })));
    try {
      await expect(plainPool.pool.query('SELECT 1')).rejects.toThrow(/unsupported startup parameter/);
    } finally {
      await plainPool.close();
    }
  }, 60_000);

  test('/readyz: 503 while pgbouncer is stopped, 200 again once it is back, and queries answer', async () => {
    const readyz = async () => {
      const res = await fetch(new URL('/readyz', product!.url), { signal: AbortSignal.timeout(15_000) });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect((await readyz()).status).toBe(200);
    await bouncer!.stop();
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ready: false });
    const failed = await post(product!.url, '{ articles(first: 1) { totalCount } }');
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    await bouncer!.start();
    await waitFor('/readyz to say 200 once pgbouncer is back', async () => (await readyz()).status === 200, 20_000);
    const { body } = await post(product!.url, '{ articles(first: 1) { totalCount } }');
    expect(body.data).toEqual({ articles: { totalCount: 5 + CLIENTS } });
  }, 60_000);
});
