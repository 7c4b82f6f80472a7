/**
 * Faults, against a real server and a real Postgres:
 *
 * 1. The database dies (SIGKILL of the postmaster, in a Postgres this test
 *    owns) in the middle of loading articles through the app's own pool: no
 *    partial article survives, requests meanwhile fail fast with
 *    DATABASE_UNAVAILABLE and /readyz says 503, and once Postgres is back on
 *    the same port the same server answers again, with no restart.
 * 2. A pool exhausted by slow queries makes new GraphQL requests fail with
 *    DATABASE_BUSY within the acquire timeout, instead of hanging.
 *
 * Everything listens on 127.0.0.1 only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { createDatabase, type Database } from '../../src/db/client';
import { processesInDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embeddedPostgres';
import { applyMigrations } from '../../src/db/migrate';
import { collectArticleFiles, loadArticleFiles } from '../../src/ingest/files';
import { createLogger } from '../../src/logger';
import { createApp, type App } from '../../src/server';
import { SEED_DIR, startTestApp } from '../support/app';
import { createTestDatabase } from '../support/database';
import { waitFor } from '../support/waitFor';

const TABLES = ['articles', 'evidence', 'countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts'];

async function tableCounts(pool: pg.Pool): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  return out;
}

/**
 * A pg client that, on the Nth statement matching `pattern`, runs `fire`
 * (kills the database) before sending it: a deterministic "middle of a load".
 */
interface Trap {
  pattern: RegExp;
  remaining: number;
  fire: () => Promise<void>;
  fired: boolean;
}
function trappingClientClass(trap: Trap): typeof pg.Client {
  return class TrappingClient extends pg.Client {
    override query(...args: unknown[]): any {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | null)?.text ?? '');
      const usesCallback = typeof args[args.length - 1] === 'function';
      if (!trap.fired && !usesCallback && trap.pattern.test(text) && --trap.remaining === 0) {
        trap.fired = true;
        return trap.fire().then(() => (super.query as (...a: unknown[]) => Promise<unknown>)(...args));
      }
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
  };
}

async function gql(url: string, query: string) {
  const started = Date.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] };
  return { status: res.status, body, ms: Date.now() - started };
}

describe('the database killed in the middle of a load', () => {
  let dataDir: string;
  let postgres: EmbeddedPostgres | undefined;
  let restarted: EmbeddedPostgres | undefined;
  let db: Database | undefined;
  let app: App | undefined;

  afterAll(async () => {
    await app?.stop();
    await db?.close().catch(() => undefined);
    await (restarted ?? postgres)?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('leaves no partial article; the server fails fast while it is down and recovers without a restart', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'faults-pg-'));
    // Durable (not ephemeral): with synchronous_commit=off a COMMIT is
    // acknowledged before its WAL is written, so the kill could lose an
    // article the loader was told had committed.
    postgres = await startEmbeddedPostgres({ dataDir, ephemeral: false });
    await applyMigrations(postgres.url);
    const killed = postgres;

    // Die while writing the third article's evidence: its article row and records are written, not committed.
    const trap: Trap = {
      // The loader writes an article's evidence, claims and join rows in one WITH statement.
      pattern: /\bINSERT INTO evidence \(/,
      remaining: 3,
      fired: false,
      async fire() {
        process.kill(killed.pid, 'SIGKILL');
        // Backends exit once they notice the postmaster is gone; only then is the database really down.
        await waitFor('the Postgres processes to exit', () => processesInDataDir(dataDir).length === 0, 15_000);
      },
    };
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_POOL_ACQUIRE_TIMEOUT_MS: '2000' });
    db = createDatabase(postgres.url, { poolMax: 4, acquireTimeoutMs: 2000, client: trappingClientClass(trap) });
    app = await createApp({ config, db, databaseUrl: postgres.url, logger: createLogger(process.env.FAULTS_LOG ?? 'silent') });
    await new Promise<void>((resolve) => app!.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const url = `${base}/graphql`;

    const files = await collectArticleFiles([SEED_DIR]);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const summary = await loadArticleFiles(db.prisma, files);
    expect(trap.fired).toBe(true);
    const committed = summary.files.filter((f) => f.result?.status === 'created').map((f) => f.file);
    expect(committed).toEqual(files.slice(0, 2));
    expect(summary.failed).toBe(files.length - 2);

    // Down: GraphQL fails fast with a clear, unmasked code; readiness says 503.
    const down = await gql(url, '{ articles(first: 5) { totalCount } }');
    expect(down.status).toBe(200);
    expect(down.body.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', requestId: expect.any(String) });
    expect(down.body.errors?.[0]?.message).toMatch(/database is unreachable/);
    expect(down.ms).toBeLessThan(2000);
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { database: string }).database).toMatch(/^unreachable/);

    // Back on the same port, with crash recovery. The same app and pool, no restart.
    restarted = await startEmbeddedPostgres({ dataDir, ephemeral: false, port: killed.port });
    await waitFor('/readyz to say 200', async () => (await fetch(`${base}/readyz`)).status === 200, 10_000);
    const up = await gql(url, '{ articles(first: 10) { totalCount nodes { title evidence(first: 1) { totalCount } } } }');
    expect(up.body.errors).toBeUndefined();
    expect(up.body.data.articles.totalCount).toBe(2);
    for (const article of up.body.data.articles.nodes) expect(article.evidence.totalCount).toBeGreaterThan(0);

    // No partial article: the same rows as a clean load of exactly the articles that committed.
    const afterCrash = await tableCounts(db.pool);
    const clean = await createTestDatabase();
    const cleanDb = createDatabase(clean.url);
    try {
      await loadArticleFiles(cleanDb.prisma, committed);
      expect(afterCrash).toEqual(await tableCounts(cleanDb.pool));
      // And the interrupted load, run again through the recovered pool, completes the set like a clean full load.
      const rerun = await loadArticleFiles(db.prisma, files);
      expect(rerun.failed).toBe(0);
      expect(rerun.articlesNew).toBe(files.length - 2);
      await loadArticleFiles(cleanDb.prisma, files);
      expect(await tableCounts(db.pool)).toEqual(await tableCounts(cleanDb.pool));
    } finally {
      await cleanDb.close();
      await clean.drop();
    }
  }, 120_000);
});

describe('a pool exhausted by slow queries', () => {
  test('new requests fail with DATABASE_BUSY within the acquire timeout, and succeed once connections free up', async () => {
    const t = await startTestApp({ seed: false, env: { DB_POOL_MAX: '2', DB_POOL_ACQUIRE_TIMEOUT_MS: '1000' } });
    try {
      const slow = [t.db.pool.query('SELECT pg_sleep(4)'), t.db.pool.query('SELECT pg_sleep(4)')];
      await waitFor('both connections to be busy', () => t.db.pool.totalCount === 2 && t.db.pool.idleCount === 0, 5_000);

      const busy = await gql(t.url, '{ articles(first: 1) { totalCount } }');
      expect(busy.body.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_BUSY', requestId: expect.any(String) });
      expect(busy.body.errors?.[0]?.message).toBe('All 2 database connections stayed busy for 1000 ms (DB_POOL_ACQUIRE_TIMEOUT_MS), so this was not run. Try again shortly.');
      expect(busy.ms).toBeGreaterThanOrEqual(950);
      expect(busy.ms).toBeLessThan(1000 + 1000);

      await Promise.all(slow);
      const after = await gql(t.url, '{ articles(first: 1) { totalCount } }');
      expect(after.body.errors).toBeUndefined();
      expect(after.body.data.articles.totalCount).toBe(0);
    } finally {
      await t.close();
    }
  }, 60_000);
});
