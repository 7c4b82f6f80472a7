/**
 * `npm start` with WEB_CONCURRENCY=2 (the compiled server, as `npm start`
 * runs it) on a real Postgres: the primary migrates and forks two workers
 * sharing one port; both serve requests (the access log's pid says which);
 * /metrics, whichever worker answers it, counts the requests of both; a
 * SIGKILLed worker is replaced; SIGTERM to the primary drains requests in
 * flight on both workers (none is lost) and everything exits 0. A cluster
 * whose workers cannot listen exits 1 with the reason said once.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { SEED_DIR } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { holdIngestLock, tryConnect } from '../support/ingestLock';
import { alive, buildServer, descendantsOf, exitOf, killTree, runToExit, startProduct, type StartedProduct } from '../support/product';
import { waitFor } from '../support/waitFor';

const TOKEN = 'cluster-test-token-0123456789';
const TEXT = readFileSync(path.join(SEED_DIR, '002_da98c90b56f972cd.txt'), 'utf8');

/** One POST on a connection of its own (no keep-alive), so node:cluster's round robin picks a worker for each. */
function post(url: string, body: object, headers: Record<string, string> = {}): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers } }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(data));
    }).on('error', reject);
  });
}

/** pid of the process that logged the access line of each request id. */
function servedBy(output: string, requestIds: string[]): Map<string, number> {
  const wanted = new Set(requestIds);
  const pids = new Map<string, number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; requestId?: string; pid?: number };
    if (entry.msg === 'request' && entry.requestId && wanted.has(entry.requestId)) pids.set(entry.requestId, entry.pid!);
  }
  return pids;
}

const metricValue = (text: string, series: string): number => Number(new RegExp(`^${series.replace(/[{}"=,/]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

describe('npm start with WEB_CONCURRENCY=2', () => {
  let db: TestDatabase;
  let product: StartedProduct | undefined;
  beforeAll(async () => {
    await buildServer();
    db = await createTestDatabase({ migrated: false });
  }, 120_000);
  afterAll(async () => {
    if (product && product.child.exitCode === null) killTree(product.child, 'SIGKILL');
    await db.drop();
  });

  test('two workers serve, /metrics sums both, a killed worker is replaced, SIGTERM drains both and exits 0', async () => {
    product = await startProduct(
      { DATABASE_URL: db.url, WEB_CONCURRENCY: '2', SEED_ON_START: 'false', REEXTRACT_ON_START: 'false', ADMIN_TOKEN: TOKEN, SHUTDOWN_TIMEOUT_MS: '20000', DB_STATEMENT_TIMEOUT_MS: '120000', REQUEST_TIMEOUT_MS: '120000' },
      120_000,
      { via: 'compiled' },
    );
    const { child, url, output } = product;
    const base = url.replace(/\/graphql$/, '');
    expect(output()).toMatch(/ready at http:\S+ \(2 worker processes\)/);
    const workers = descendantsOf(child.pid!).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dist/server/index.js'));
    expect(workers).toHaveLength(2);

    // Both workers answer, on one port.
    const ids = Array.from({ length: 12 }, (_, i) => `cluster-${i}`);
    for (const id of ids) {
      const res = await post(url, { query: '{ countries(first: 1) { totalCount } }' }, { 'x-request-id': id });
      expect(res.status).toBe(200);
    }
    await waitFor('the access log lines', () => servedBy(output(), ids).size === ids.length);
    const pids = new Set(servedBy(output(), ids).values());
    expect([...pids].sort()).toEqual([...workers].sort());

    // Whichever worker answers /metrics, it counts the requests of both.
    const metrics = await get(`${base}/metrics`);
    expect(metricValue(metrics, 'http_requests_total{method="POST",route="/graphql",status="200"}')).toBe(ids.length);
    expect(metricValue(metrics, 'cluster_workers')).toBe(2);
    expect(metricValue(metrics, 'db_pool_max_connections')).toBe(20); // 10 per worker

    // A worker killed outright is replaced, and the cluster serves on.
    const victim = workers[0]!;
    process.kill(victim, 'SIGKILL');
    await waitFor('the primary to see the worker exit', () => output().includes(`(pid ${victim}) exited`), 30_000);
    // Meanwhile (the replacement still starting) a scrape is answered at once, from the worker serving.
    const during = await get(`${base}/metrics`);
    expect(metricValue(during, 'cluster_workers')).toBe(1);
    await waitFor('a replacement worker', () => new RegExp(`worker \\d+ \\(pid (?!${victim}\\b)\\d+\\) listening[\\s\\S]*`).test(output().split(`pid ${victim}) exited`)[1] ?? ''), 60_000);
    expect(output()).toMatch(new RegExp(`worker \\d+ \\(pid ${victim}\\) exited \\(signal SIGKILL\\); starting a replacement`));
    const after = await get(`${base}/metrics`);
    expect(metricValue(after, 'cluster_workers')).toBe(2);
    expect(metricValue(after, 'cluster_worker_restarts_total')).toBe(1);
    const current = descendantsOf(child.pid!).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dist/server/index.js'));
    expect(current).toHaveLength(2);
    expect(current).not.toContain(victim);

    // SIGTERM with requests in flight on both workers: every one of them is answered. (They wait for the
    // lock inside a statement: the long statement timeout keeps a slow, busy machine from failing them.)
    const lock = await holdIngestLock(db.url);
    try {
      const inFlightIds = ['drain-0', 'drain-1', 'drain-2', 'drain-3'];
      const inFlight = inFlightIds.map((id) =>
        post(
          url,
          {
            query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyExisted userErrors { code } } }',
            variables: { input: { text: `${TEXT}\n(${id})`, title: `Cluster drain ${id}` } },
          },
          { authorization: `Bearer ${TOKEN}`, 'x-request-id': id },
        ),
      );
      await waitFor('all four ingestArticle requests to wait for the ingest lock', async () => (await lock.waiters()) === inFlightIds.length, 30_000);
      const exited = exitOf(child);
      process.kill(child.pid!, 'SIGTERM');
      await waitFor('new connections to be refused', async () => (await tryConnect(Number(new URL(url).port))) === 'ECONNREFUSED', 20_000);
      await lock.release();
      for (const res of await Promise.all(inFlight)) {
        expect(res.status).toBe(200);
        expect({ data: res.body.data, errors: res.body.errors }).toEqual({ data: { ingestArticle: { alreadyExisted: false, userErrors: [] } }, errors: undefined });
      }
      expect(new Set(servedBy(output(), inFlightIds).values()).size).toBe(2); // in flight on both workers
      expect(await exited).toBe(0);
      expect(output().match(/"msg":"stopped"/g)).toHaveLength(3); // two workers, then the primary
      for (const pid of current) expect(alive(pid)).toBe(false);
    } finally {
      await lock.release();
    }
  }, 240_000);

  test('workers that cannot listen stop the start: exit code 1, the reason said once', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, output } = await runToExit({ DATABASE_URL: db.url, WEB_CONCURRENCY: '2', PORT: String(port), SEED_ON_START: 'false', REEXTRACT_ON_START: 'false' });
      expect(code).toBe(1);
      expect(output.match(/already in use/g)).toHaveLength(1);
      expect(output).toMatch(new RegExp(`error: Port ${port} .*already in use`));
    } finally {
      blocker.close();
    }
  }, 120_000);
});
