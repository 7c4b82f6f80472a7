/**
 * The queue behind Debian's pgbouncer 1.18 in pool_mode=transaction (2 server connections): `seed --queue`
 * and a real `npm run worker` connect through it (DATABASE_POOLER=transaction, migrations and pg-boss's schema
 * on DATABASE_DIRECT_URL), the worker loads the jobs and leaves a chrome-only file DEAD, and pg-boss's
 * maintenance (multi-statement transactions with SET LOCAL and a transaction-level advisory lock) runs through
 * the pooler every second without an error. Skipped without pgbouncer, failing with CI=true.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../src/db/client';
import { openIngestQueue, type IngestQueue } from '../../src/db/queue';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { describeOnPgbouncer, startPgbouncer, type Pgbouncer } from '../support/pgbouncer';
import { PROJECT_ROOT, run } from '../support/processes';
import { waitFor } from '../support/waitFor';

jest.setTimeout(120_000);

const ARTICLES = [
  'Seoul, 2 May 2024 — Korea and Uzbekistan signed a memorandum on critical minerals in Tashkent.\n',
  'Astana, 3 June 2024 — Kazakhstan and Korea agreed to expand cooperation in renewable energy, KOTRA said.\n',
  'Bishkek, 4 July 2024 — Kyrgyzstan and Korea opened a vocational training centre with KOICA support.\n',
];

describeOnPgbouncer('the ingest queue through pgbouncer in transaction mode', () => {
  let database: TestDatabase;
  let bouncer: Pgbouncer;
  let db: Database;
  let queue: IngestQueue;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    bouncer = await startPgbouncer(database.url, { poolMode: 'transaction', defaultPoolSize: 2 });
    db = createDatabase(database.url, { poolMax: 2 });
    queue = openIngestQueue(db.pool);
    dir = await mkdtemp(path.join(tmpdir(), 'queue-pgbouncer-'));
  });

  afterAll(async () => {
    await queue?.stop();
    await db?.close();
    await bouncer?.close();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('seed --queue and a worker through the pooler: jobs loaded, a bad file dead, maintenance without errors', async () => {
    for (const [i, text] of ARTICLES.entries()) await writeFile(path.join(dir, `a${i}.txt`), text);
    await writeFile(path.join(dir, 'chrome.txt'), 'Back to top\nAdvertisement\n');
    const env = {
      DATABASE_URL: bouncer.url,
      DATABASE_POOLER: 'transaction',
      DATABASE_DIRECT_URL: database.url,
      DB_POOL_MAX: '4',
      QUEUE_RETRY_LIMIT: '0',
      QUEUE_MAINTENANCE_INTERVAL_SECONDS: '1',
      QUEUE_POLL_INTERVAL_MS: '500',
    };
    const enqueued = await run(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/seed.ts', '--queue', dir], { ...env, LOG_LEVEL: 'silent' });
    expect(enqueued.stdout).toContain('4 file(s): 4 queued, 0 already in the queue, 0 refused.');

    const worker = spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], { cwd: PROJECT_ROOT, env: { ...process.env, ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    worker.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    worker.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => worker.on('close', (code) => resolve(code))); // its whole stdout is read below
    try {
      await waitFor('the queue to be worked off', async () => {
        const c = await queue.counts();
        return c.LOADED === 3 && c.DEAD === 1;
      }, 90_000, 250);
      // Let maintenance run a few more times through the pooler.
      await new Promise((r) => setTimeout(r, 3_000));
    } finally {
      worker.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(await queue.counts()).toMatchObject({ QUEUED: 0, ACTIVE: 0, RETRYING: 0, LOADED: 3, DEAD: 1 });
    expect(Number((await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n)).toBe(3);
    const problems = stdout.split('\n').filter((l) => /"level":(40|50|60)/.test(l) && !l.includes('chrome.txt'));
    expect({ problems, stderr }).toEqual({ problems: [], stderr: '' });
  });
});
