/**
 * The embedded Postgres of `npm start` supervised (src/db/embeddedSupervisor.ts):
 * SIGKILL its postmaster and /readyz turns 503, an error-level line says it
 * died, it is started again on the same port, /readyz is 200 again and
 * queries answer, from the same API process (not restarted), and
 * embedded_postgres_restarts_total counts it. When it cannot be started
 * again, the process exits 1 saying why instead of serving errors forever.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runningEmbeddedPostgres } from '../../src/db/embeddedPostgres';
import { alive, exitOf, killTree, startProduct, type StartedProduct } from '../support/product';
import { waitFor } from '../support/waitFor';

const readyz = async (url: string) => (await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(10_000) })).status;

describe('the embedded Postgres killed under a running server', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-restart-'));
  let product: StartedProduct | undefined;
  afterAll(async () => {
    if (product && product.child.exitCode === null) {
      killTree(product.child, 'SIGKILL');
      await exitOf(product.child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('is restarted: readiness 503 then 200, same API process, queries answer, restart counted', async () => {
    product = await startProduct({ DATA_DIR: dataDir, HOST: '127.0.0.1' });
    const { url, child, output } = product;
    expect(await readyz(url)).toBe(200);
    const before = runningEmbeddedPostgres(dataDir)!;
    expect(before.ownerPid).toBe(child.pid);

    process.kill(before.postmasterPid, 'SIGKILL');
    await waitFor('/readyz to say 503', async () => (await readyz(url)) === 503, 10_000, 10);
    await waitFor('/readyz to be 200 again', async () => (await readyz(url)) === 200, 60_000, 200);

    expect(child.exitCode).toBeNull();
    expect(alive(child.pid!)).toBe(true);
    const after = runningEmbeddedPostgres(dataDir)!;
    expect(after.postmasterPid).not.toBe(before.postmasterPid);
    expect(new URL(after.url).port).toBe(new URL(before.url).port);

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(await res.json()).toMatchObject({ data: { articles: { totalCount: 5 } } });

    const deathLine = output()
      .split('\n')
      .find((line) => line.includes('died (signal SIGKILL)'));
    expect(deathLine).toBeDefined();
    expect(JSON.parse(deathLine!)).toMatchObject({ level: 50, pid: before.postmasterPid });
    const metrics = await (await fetch(new URL('/metrics', url))).text();
    expect(metrics).toMatch(/^embedded_postgres_restarts_total 1$/m);
    expect(metrics).toMatch(/^embedded_postgres_deaths_total 1$/m);
  }, 240_000);

  test('that cannot be started again ends the process with exit code 1 and the reason', async () => {
    const { child, output } = product!;
    const { postmasterPid } = runningEmbeddedPostgres(dataDir)!;
    // A data directory without its control file: every restart attempt fails.
    renameSync(path.join(dataDir, 'global', 'pg_control'), path.join(dataDir, 'global', 'pg_control.moved'));
    process.kill(postmasterPid, 'SIGKILL');
    expect(await exitOf(child)).toBe(1);
    expect(output()).toMatch(/could not be restarted after 5 attempts/);
    expect(output()).toMatch(/"level":60/);
  }, 120_000);
});
