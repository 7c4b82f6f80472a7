/**
 * Graceful shutdown with a request in flight. The request is an
 * ingestArticle that waits in Postgres: another session holds the ingest
 * advisory lock its transaction takes first (src/ingest/load.ts), so the
 * request stays in flight for exactly as long as the test wants.
 *
 * - `npm start` as a process (src/index.ts): SIGTERM stops accepting (new
 *   connections are refused), the in-flight request still finishes with 200
 *   and its data, then the process exits 0.
 * - SHUTDOWN_TIMEOUT_MS is the drain's real grace period: a request still
 *   waiting when it runs out has its connection closed and stop() returns
 *   (Apollo's own default would wait 10 s).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { pgConfigFromUrl } from '../../src/db/schemaEngine';
import { SEED_DIR, startTestApp } from '../support/app';
import { createTestDatabase } from '../support/database';
import { holdIngestLock, tryConnect } from '../support/ingestLock';
import { exitOf, killTree, startProduct } from '../support/product';
import { waitFor } from '../support/waitFor';

const TOKEN = 'shutdown-test-token-0123456789';
const TEXT = readFileSync(path.join(SEED_DIR, '002_da98c90b56f972cd.txt'), 'utf8');
const INGEST = JSON.stringify({
  query: 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { title url } alreadyExisted userErrors { code } } }',
  variables: { input: { text: TEXT, title: 'Shutdown test', url: 'https://example.org/shutdown' } },
});

const ingest = (url: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: INGEST,
    signal: AbortSignal.timeout(30_000),
  });

test('SIGTERM: new connections are refused, the in-flight ingestArticle finishes with 200 and its data, then the process exits 0', async () => {
  const database = await createTestDatabase();
  // The server's entry from source, one process (`npm run start:tsx`; `npm start` runs the same code compiled).
  const { child, url, output: logged } = await startProduct({ DATABASE_URL: database.url, HOST: '127.0.0.1', SEED_ON_START: 'false', ADMIN_TOKEN: TOKEN, SHUTDOWN_TIMEOUT_MS: '20000' }, 60_000);
  const exited = exitOf(child);
  const lock = await holdIngestLock(database.url);
  try {
    const port = Number(new URL(url).port);

    let settled = false;
    const inFlight = ingest(url).finally(() => (settled = true));
    await waitFor('ingestArticle to wait for the ingest lock', async () => (await lock.waiters()) === 1);

    child.kill('SIGTERM');
    await waitFor('new connections to be refused', async () => (await tryConnect(port)) === 'ECONNREFUSED');
    expect(settled).toBe(false);
    expect(child.exitCode).toBeNull();

    await lock.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ ingestArticle: { article: { title: 'Shutdown test', url: 'https://example.org/shutdown' }, alreadyExisted: false, userErrors: [] } });
    expect(await exited).toBe(0);
    const output = logged();
    expect(output).toMatch(/"msg":"shutting down"/);
    expect(output).toMatch(/"msg":"stopped"/);
    expect(output).not.toMatch(/shutdown took longer/);
    // The article was committed before the pool closed.
    const rows = await new Promise<number>((resolve, reject) => {
      const client = new pg.Client(pgConfigFromUrl(database.url));
      client
        .connect()
        .then(() => client.query<{ n: number }>("SELECT count(*)::int AS n FROM articles WHERE title = 'Shutdown test'"))
        .then((r) => resolve(r.rows[0]!.n), reject)
        .finally(() => client.end());
    });
    expect(rows).toBe(1);
  } finally {
    await lock.release();
    if (child.exitCode === null) killTree(child, 'SIGKILL');
    await exited;
    await database.drop();
  }
}, 120_000);

test('SHUTDOWN_TIMEOUT_MS bounds the drain: a request still waiting then has its connection closed and stop() returns', async () => {
  const t = await startTestApp({ seed: false, env: { ADMIN_TOKEN: TOKEN, SHUTDOWN_TIMEOUT_MS: '1000' } });
  const lock = await holdIngestLock(t.database.url);
  try {
    const inFlight = ingest(t.url).then(
      (res) => `answered ${res.status}`,
      (e: Error) => `failed: ${e.message}`,
    );
    await waitFor('ingestArticle to wait for the ingest lock', async () => (await lock.waiters()) === 1);
    const started = Date.now();
    await t.app.stop();
    const took = Date.now() - started;
    // Apollo's default grace period is 10 s: stopping after about 1 s shows ours is the one in use.
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(5000);
    expect(await inFlight).toMatch(/^failed: /);
    expect(await tryConnect(Number(new URL(t.url).port))).toBe('ECONNREFUSED');
    // The abandoned ingest still ends in Postgres once the lock is free (one transaction), before the pool closes.
    await lock.release();
    await waitFor('the abandoned ingest to end', async () => (await t.db.prisma.article.count()) === 1);
  } finally {
    await lock.release();
    await t.close();
  }
}, 60_000);
