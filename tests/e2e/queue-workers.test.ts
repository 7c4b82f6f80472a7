/**
 * Two real `npm run worker` processes drain a queue of 200 short article files (cut from the benchmark's
 * synthetic generator, bench/corpus.ts: no third-party text) enqueued with `npm run seed -- --queue`; one worker is
 * SIGKILLed in the middle of a job. The job it held times out, is retried by the other, and the run ends
 * with every file's job LOADED, no job dead, and every article created exactly once: the articles in the
 * database are exactly the distinct cleaned bodies of the files, and the jobs' `created` outcomes add up to them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateArticles } from '../../bench/corpus';
import { createDatabase, type Database } from '../../src/db/client';
import { INGEST_QUEUE, openIngestQueue, QUEUE_SCHEMA, type IngestQueue } from '../../src/db/queue';
import { cleanArticle } from '../../src/ingest/clean';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PROJECT_ROOT, run } from '../support/processes';
import { waitFor } from '../support/waitFor';

const FILES = 200;
/** Long enough that a slow load on a busy 2-core machine is not taken for a dead worker (its output would then be a re-run's). */
const JOB_TIMEOUT_SECONDS = 15;

jest.setTimeout(240_000);

interface Worker {
  child: ChildProcess;
  /** Parsed JSON log lines so far. */
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
}

function startWorkerProcess(databaseUrl: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'debug',
      QUEUE_MAINTENANCE_INTERVAL_SECONDS: '1',
      QUEUE_POLL_INTERVAL_MS: '500',
      DB_POOL_MAX: '3',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // 'close', not 'exit': a child can exit before its last stdout lines are read, and the test reads its last line.
  const worker: Worker = { child, lines: [], exited: new Promise((resolve) => child.on('close', (code) => resolve(code))) };
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) if (line.startsWith('{')) worker.lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr!.resume();
  return worker;
}

const loadedBy = (w: Worker) => w.lines.filter((l) => l.status === 'created' || l.status === 'unchanged');

let database: TestDatabase;
let db: Database;
let queue: IngestQueue;
let dir: string;
const workers: Worker[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase(database.url, { poolMax: 2 });
  queue = openIngestQueue(db.pool);
  dir = await mkdtemp(path.join(tmpdir(), 'queue-workers-'));
});

afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  await queue?.stop();
  await db?.close();
  await database?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('two workers drain 200 files while one is SIGKILLed mid-job: every article loaded exactly once, none dead', async () => {
  const bodies = new Set<string>();
  const texts = new Set<string>();
  for (const article of generateArticles({ articles: 2 * FILES, seed: 17 })) {
    // Short articles: the first four paragraphs of each generated page (site chrome, headline, two paragraphs; ~1 KB),
    // 200 files with different bytes (some republished pages still share a cleaned body: one article, loaded once).
    const text = article.text.split('\n\n').slice(0, 4).join('\n\n');
    if (texts.has(text)) continue;
    texts.add(text);
    await writeFile(path.join(dir, article.fileName), text);
    bodies.add(createHash('sha256').update(cleanArticle(text).body).digest('hex'));
    if (texts.size === FILES) break;
  }
  expect(texts.size).toBe(FILES);

  const enqueued = await run(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/seed.ts', '--queue', dir], {
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    // The jobs' settings are the enqueuer's: a killed worker's job times out 15 s after it started and is retried 1-2 s later.
    QUEUE_JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
    QUEUE_RETRY_DELAY_SECONDS: '1',
  });
  expect(enqueued.stderr).toBe('');
  expect(enqueued.stdout).toContain(`${FILES} file(s): ${FILES} queued, 0 already in the queue, 0 refused.`);
  expect(enqueued.code).toBe(0);
  expect((await queue.counts()).QUEUED).toBe(FILES);

  const started = Date.now();
  const victim = startWorkerProcess(database.url);
  const survivor = startWorkerProcess(database.url);
  workers.push(victim, survivor);

  // Mid-way, and mid-job: the victim has loaded 30 and logged that it is loading another it has not finished.
  let held: string | undefined;
  await waitFor(
    'the first worker to be in the middle of a job after 30 loaded',
    () => {
      if (loadedBy(victim).length < 30) return false;
      const last = victim.lines.at(-1)!;
      if (last.msg !== 'loading') return false;
      held = last.requestId as string;
      return true;
    },
    120_000,
    1,
  );
  victim.child.kill('SIGKILL');
  expect(await victim.exited).toBeNull();
  const killedAt = Date.now();

  try {
    await waitFor('the queue to drain', async () => {
      const c = await queue.counts();
      return c.LOADED + c.DEAD === FILES;
    }, 150_000, 250);
  } catch (e) {
    throw new Error(`${(e as Error).message}: ${JSON.stringify(await queue.counts())}; survivor loaded ${loadedBy(survivor).length}, its last lines: ${JSON.stringify(survivor.lines.slice(-3))}`);
  }
  const drainedAt = Date.now();

  const counts = await queue.counts();
  expect(counts).toEqual({ QUEUED: 0, ACTIVE: 0, RETRYING: 0, LOADED: FILES, DEAD: 0, CANCELLED: 0 });

  // The job the victim held ran again elsewhere, after its timeout.
  const rerun = (await queue.job(held!))!;
  expect(rerun).toMatchObject({ state: 'LOADED' });
  expect(rerun.attempts).toBeGreaterThanOrEqual(2);
  expect(loadedBy(survivor).some((l) => l.requestId === held)).toBe(true);

  // Every article exactly once: the articles are the distinct cleaned bodies of the files…
  const hashes = (await db.pool.query<{ content_hash: string }>('SELECT content_hash FROM articles')).rows.map((r) => r.content_hash);
  expect(hashes.sort()).toEqual([...bodies].sort());
  // …and each was created by exactly one attempt: the workers' `created` lines (written once an attempt's transaction
  // committed) add up to them. The held job's re-run says `unchanged` when the victim committed it before dying,
  // unlogged. (A job's stored output is its last attempt's, so it is not counted: an attempt that outlived the
  // timeout on a busy machine is re-run, and the re-run's `unchanged` replaces its `created`.)
  const outputs = (await db.pool.query<{ output: { articleId: number; status: string } }>(`SELECT output FROM ${QUEUE_SCHEMA}.job WHERE name = $1`, [INGEST_QUEUE])).rows.map((r) => r.output);
  expect(outputs).toHaveLength(FILES);
  expect(new Set(outputs.map((o) => o.articleId)).size).toBe(bodies.size);
  const createdLines = [...victim.lines, ...survivor.lines].filter((l) => l.status === 'created');
  const heldCreatedUnlogged = rerun.result!.status === 'unchanged' && !createdLines.some((l) => l.requestId === held) ? 1 : 0;
  expect(createdLines.length + heldCreatedUnlogged).toBe(bodies.size);

  survivor.child.kill('SIGTERM');
  expect(await survivor.exited).toBe(0);
  expect(survivor.lines.at(-1)!.msg).toMatch(/^worker \d+ stopped: \d+ loaded, 0 failed attempt\(s\)$/);
  console.log(
    `queue-workers: ${FILES} files (${bodies.size} distinct articles) drained by 2 workers in ${((drainedAt - started) / 1000).toFixed(1)} s ` +
      `(victim loaded ${loadedBy(victim).length} before SIGKILL; the survivor finished ${((drainedAt - killedAt) / 1000).toFixed(1)} s after it; job timeout ${JOB_TIMEOUT_SECONDS} s)`,
  );
});
