/**
 * The ingest queue on a real Postgres: pg-boss's schema comes with the migrations (the template database), enqueuing the same file
 * twice makes one job, a worker loads it, and a file that keeps failing ends DEAD with its error after its
 * retries (with backoff), visible in `npm run queue`. The two-process kill test is tests/e2e/queue-workers.test.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../src/db/client';
import { openIngestQueue, type IngestQueue } from '../../src/db/queue';
import { enqueueArticleFiles, startWorker, type RunningWorker } from '../../src/ingest/queue';
import { createLogger } from '../../src/logger';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { run, PROJECT_ROOT } from '../support/processes';
import { waitFor } from '../support/waitFor';

const ARTICLE = 'Seoul, 2 May 2024 — Korea and Uzbekistan signed a memorandum of understanding on critical minerals in Tashkent.\n\nThe Korea Trade-Investment Promotion Agency (KOTRA) will open an office in Samarkand.\n';
/** Only site chrome: readable text, so it is enqueued, but cleaning leaves nothing: every attempt fails. */
const BOILERPLATE_ONLY = 'Back to top\nAdvertisement\nShare this article\nLatest news\n';

let database: TestDatabase;
let db: Database;
let queue: IngestQueue;
let dir: string;
let worker: RunningWorker | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase(database.url, { poolMax: 4, acquireTimeoutMs: 30_000 });
  // Jobs with one retry and a 1 s first delay: the dead-letter test takes seconds, not minutes.
  queue = openIngestQueue(db.pool, { retryLimit: 1, retryDelaySeconds: 1, jobTimeoutSeconds: 30 });
  dir = await mkdtemp(path.join(tmpdir(), 'queue-test-'));
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

afterAll(async () => {
  await queue?.stop();
  await db?.close();
  await database?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const count = async (sql: string): Promise<number> => Number((await db.pool.query<{ n: string }>(sql)).rows[0]!.n);

it('enqueues a file once however often it is enqueued, and a worker loads it once', async () => {
  const file = path.join(dir, 'minerals.txt');
  await writeFile(file, ARTICLE);
  const [first] = await enqueueArticleFiles(queue, [file]);
  const [again] = await enqueueArticleFiles(queue, [file]);
  expect(first).toMatchObject({ created: true, job: { state: 'QUEUED', file, attempts: 0, maxAttempts: 2 } });
  expect(again).toMatchObject({ created: false, job: { id: first!.job!.id } });
  expect((await queue.counts()).QUEUED).toBe(1);

  worker = startWorker(queue, db.prisma, { concurrency: 1, pollIntervalMs: 500, logger: createLogger('silent') });
  await waitFor('the job to be loaded', async () => (await queue.job(first!.job!.id))?.state === 'LOADED', 30_000, 100);
  const job = (await queue.job(first!.job!.id))!;
  expect(job).toMatchObject({ state: 'LOADED', attempts: 1, error: null, result: { status: 'created' } });
  expect(await count(`SELECT count(*) AS n FROM articles WHERE id = ${job.result!.articleId}`)).toBe(1);
  // Enqueued again after loading: the same job, already LOADED; nothing new to do.
  const [afterLoad] = await enqueueArticleFiles(queue, [file]);
  expect(afterLoad).toMatchObject({ created: false, job: { id: job.id, state: 'LOADED' } });
});

it('refuses an unreadable file at enqueue time, naming it', async () => {
  const empty = path.join(dir, 'empty.txt');
  await writeFile(empty, '  \n');
  const [outcome] = await enqueueArticleFiles(queue, [empty]);
  expect(outcome).toEqual({ file: empty, error: `${empty}: is empty` });
});

it('retries a file that keeps failing with backoff, then keeps it DEAD with its error (npm run queue shows it)', async () => {
  const file = path.join(dir, 'chrome-only.txt');
  await writeFile(file, BOILERPLATE_ONLY);
  const [outcome] = await enqueueArticleFiles(queue, [file]);
  const id = outcome!.job!.id;
  const started = Date.now();
  worker = startWorker(queue, db.prisma, { concurrency: 1, pollIntervalMs: 500, logger: createLogger('silent') });
  await waitFor('the first failure', async () => (await queue.job(id))?.state === 'RETRYING', 20_000, 50);
  const retrying = (await queue.job(id))!;
  expect(retrying).toMatchObject({ attempts: 1, maxAttempts: 2, error: `${file}: has no article text left after cleaning` });
  // Backoff: the retry is scheduled 1-2 s after the failure (retryDelay 1 s, doubled with jitter per retry).
  expect(retrying.runAfter!.getTime()).toBeGreaterThan(Date.now() - 200);
  await waitFor('the job to be dead', async () => (await queue.job(id))?.state === 'DEAD', 30_000, 100);
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  const dead = (await queue.job(id))!;
  expect(dead).toMatchObject({ state: 'DEAD', attempts: 2, maxAttempts: 2, error: `${file}: has no article text left after cleaning`, result: null });
  expect(worker.failed).toBe(2);
  expect((await queue.counts()).DEAD).toBe(1);
  expect(await count(`SELECT count(*) AS n FROM articles WHERE source_file = 'chrome-only.txt'`)).toBe(0);

  await worker.stop();
  worker = undefined;
  const env = { DATABASE_URL: database.url, LOG_LEVEL: 'silent' };
  const status = await run(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/queue.ts'], env);
  expect(status.stderr).toBe('');
  expect(status.stdout).toContain('ingest queue: queued 0, active 0, retrying 0, loaded 1, dead 1, cancelled 0');
  expect(status.stdout).toMatch(new RegExp(`DEAD\\s+${id}\\s+attempt 2/2\\s+${file.replace(/[.]/g, '\\.')}\\n\\s+${file.replace(/[.]/g, '\\.')}: has no article text left after cleaning`));

  // `retry --dead` gives it one more attempt (which fails again: the file is what it is).
  const retried = await run(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/queue.ts', 'retry', '--dead'], env);
  expect(retried.stdout).toContain('1 dead job(s) queued for another attempt.');
  expect((await queue.job(id))).toMatchObject({ state: 'RETRYING', maxAttempts: 3 });
});
