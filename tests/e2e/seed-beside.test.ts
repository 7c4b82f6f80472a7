/**
 * `npm run seed` beside a running `npm start` on the same DATA_DIR (no
 * DATABASE_URL, as in the README's quick start): it finds the running
 * server's embedded Postgres from the owner file in DATA_DIR and loads
 * through it, instead of refusing; the server answers with the new articles
 * at once, and stopping the server afterwards leaves no Postgres behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processesInDataDir } from '../../src/db/embeddedPostgres';
import { run } from '../support/processes';
import { exitOf, killTree, startProduct, stopProduct } from '../support/product';

const articleCount = async (url: string) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ articles { totalCount } }' }) });
  return ((await res.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
};

test('npm run seed loads into the running server’s embedded Postgres', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-seed-beside-'));
  const server = await startProduct({ DATA_DIR: dataDir, HOST: '127.0.0.1', SEED_ON_START: 'false' });
  try {
    expect(await articleCount(server.url)).toBe(0);
    const seeded = await run('npm', ['run', '--silent', 'seed'], { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' });
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain(`Loading into the embedded Postgres of the server running on ${dataDir} (process ${server.child.pid})`);
    expect(seeded.stdout).toMatch(/5 new, 0 unchanged, 0 failed/);
    expect(await articleCount(server.url)).toBe(5);
    expect(server.child.exitCode).toBeNull();
    expect(await stopProduct(server.child)).toBe(0);
    expect(processesInDataDir(dataDir)).toEqual([]);
  } finally {
    if (server.child.exitCode === null) killTree(server.child, 'SIGKILL');
    await exitOf(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);
