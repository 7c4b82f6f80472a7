/**
 * The ingestion queue: pg-boss 10 (README "Loading articles", "Operations")
 * on the same Postgres, in its own schema `pgboss`. pg-boss claims jobs with
 * FOR UPDATE SKIP LOCKED, retries with exponential backoff, fails a job whose
 * worker went silent for longer than its timeout (the maintenance step of any
 * running worker), and keeps a job that used up its retries in state `failed`
 * with its error: our DEAD. Everything here is SQL or pg-boss; what a job does
 * (load an article) is src/ingest/queueWorker.ts.
 *
 * No session state: pg-boss 10 polls (no LISTEN/NOTIFY) and takes only
 * transaction-level advisory locks, so it runs on our pool, also behind a
 * transaction-mode pooler (src/db/client.ts).
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { Config } from '../config';

export const QUEUE_SCHEMA = 'pgboss';
export const INGEST_QUEUE = 'ingest-article';

/** Retry and timeout settings of a job: those of the process that enqueues it (its QUEUE_* configuration). */
export interface QueueSettings {
  /** Retries after the first failed attempt before the job is dead. */
  retryLimit: number;
  /** First retry's delay; each later one doubles, with jitter. */
  retryDelaySeconds: number;
  /** An active job older than this lost its worker: it is failed (and retried) by the next maintenance. */
  jobTimeoutSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { retryLimit: 3, retryDelaySeconds: 10, jobTimeoutSeconds: 120 };

/** The queue settings of a validated config (QUEUE_RETRY_LIMIT, QUEUE_RETRY_DELAY_SECONDS, QUEUE_JOB_TIMEOUT_SECONDS). */
export function queueSettings(config: Pick<Config, 'queue'>): QueueSettings {
  return { retryLimit: config.queue.retryLimit, retryDelaySeconds: config.queue.retryDelaySeconds, jobTimeoutSeconds: config.queue.jobTimeoutSeconds };
}

/** What an ingest job carries: the text itself, so a worker on any machine needs no shared files. */
export interface IngestJobData {
  text: string;
  /** Names the text in messages and `npm run queue`: the file as enqueued, or "ingestArticle". */
  file: string;
  /** Metadata the enqueuer knows; wins over what the text says (as for ingestArticle). */
  source: { sourceFile: string | null; title?: string | null; url?: string | null; publisher?: string | null; publishedOn?: string | null };
  /** The request that enqueued it (ingestArticle), so worker logs can be joined to it. */
  requestId?: string;
}

/** What a worker stores when a job is done. */
export interface IngestJobResult {
  articleId: number;
  status: 'created' | 'unchanged';
  /** The worker's warnings (no records, failed extraction stages). */
  warnings: string[];
}

export type IngestJobState = 'QUEUED' | 'ACTIVE' | 'RETRYING' | 'LOADED' | 'DEAD' | 'CANCELLED';

const STATE_OF: Record<string, IngestJobState> = {
  created: 'QUEUED',
  retry: 'RETRYING',
  active: 'ACTIVE',
  completed: 'LOADED',
  failed: 'DEAD',
  cancelled: 'CANCELLED',
};

export const INGEST_JOB_STATES: readonly IngestJobState[] = ['QUEUED', 'ACTIVE', 'RETRYING', 'LOADED', 'DEAD', 'CANCELLED'];

export interface IngestJob {
  id: string;
  state: IngestJobState;
  file: string;
  /** Attempts started so far (a retry waiting to run counts the ones that failed). */
  attempts: number;
  maxAttempts: number;
  /** The last failure: the error of a RETRYING or DEAD job, or of the attempt before the one running. */
  error: string | null;
  result: IngestJobResult | null;
  requestId: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** When a QUEUED or RETRYING job may run next. */
  runAfter: Date | null;
}

/** A job taken by a worker: what to load and which attempt this is. */
export interface TakenJob {
  id: string;
  data: IngestJobData;
  attempt: number;
  maxAttempts: number;
}

/**
 * The job id of a text: a UUID made of its sha256, so enqueuing the same text again while its job is
 * in the queue (waiting, running, retrying, dead, or done and not yet archived) finds that job instead of adding one.
 */
export function ingestJobId(text: string): string {
  const h = createHash('sha256').update(text, 'utf8').digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** pg-boss's per-job options for `settings`. */
const jobOptions = (s: QueueSettings) => ({ retryLimit: s.retryLimit, retryDelay: s.retryDelaySeconds, retryBackoff: true, expireInSeconds: s.jobTimeoutSeconds });

/**
 * Installs or upgrades pg-boss's schema (SQL shipped inside the package: no network) and creates the
 * ingest queue. Idempotent and safe to run concurrently (pg-boss takes a transaction-level advisory
 * lock). Runs with the migrations (src/db/migrate.ts).
 */
export async function installQueue(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 1, schema: QUEUE_SCHEMA, migrate: true, supervise: false, schedule: false, application_name: 'kca-queue-install' });
  let error: unknown;
  boss.on('error', (e) => (error ??= e));
  await boss.start();
  try {
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'standard', ...jobOptions(DEFAULT_QUEUE_SETTINGS) });
  } finally {
    await boss.stop({ graceful: false });
  }
  if (error) throw error;
}

/** pg-boss on one of our pools. */
function bossOn(pool: Pool, options: PgBoss.ConstructorOptions = {}): PgBoss {
  const db: PgBoss.Db = { executeSql: (text, values) => pool.query(text, values) };
  return new PgBoss({ db, schema: QUEUE_SCHEMA, migrate: false, supervise: false, schedule: false, ...options });
}

interface JobRow {
  id: string;
  state: string;
  file: string | null;
  requestId: string | null;
  retryCount: number;
  retryLimit: number;
  output: Record<string, unknown> | null;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  startAfter: Date | null;
}

const TIMEOUT_MESSAGE = 'job failed by timeout in active state';

function errorOf(output: Record<string, unknown> | null): string | null {
  if (!output) return null;
  const value = output.value as { message?: unknown } | undefined;
  const message = typeof output.message === 'string' ? output.message : typeof value?.message === 'string' ? value.message : null;
  if (message === TIMEOUT_MESSAGE) return 'timed out: its worker stopped answering (killed, crashed or stuck) for longer than QUEUE_JOB_TIMEOUT_SECONDS';
  return message;
}

function toJob(row: JobRow): IngestJob {
  const state = STATE_OF[row.state] ?? 'QUEUED';
  const isResult = state === 'LOADED' && row.output && typeof row.output.articleId === 'number';
  return {
    id: row.id,
    state,
    file: row.file ?? '',
    attempts: row.startedOn ? row.retryCount + 1 : 0,
    maxAttempts: row.retryLimit + 1,
    error: state === 'LOADED' ? null : errorOf(row.output),
    result: isResult ? (row.output as unknown as IngestJobResult) : null,
    requestId: row.requestId,
    createdAt: row.createdOn,
    startedAt: row.startedOn,
    finishedAt: row.completedOn,
    runAfter: state === 'QUEUED' || state === 'RETRYING' ? row.startAfter : null,
  };
}

/** A job's columns, without its text (up to 2 MB): status reads never fetch it. */
const JOB_COLUMNS = `id, state::text AS state, data->>'file' AS file, data->>'requestId' AS "requestId", retry_count AS "retryCount", retry_limit AS "retryLimit", output,
  created_on AS "createdOn", started_on AS "startedOn", completed_on AS "completedOn", start_after AS "startAfter"`;

export type QueueCounts = Record<IngestJobState, number>;

export interface Enqueued {
  job: IngestJob;
  /** False when the same text already had a job (returned as it is now). */
  created: boolean;
}

export interface IngestQueue {
  enqueue(data: IngestJobData): Promise<Enqueued>;
  /** A job by id (archived ones too); null for an unknown or malformed id. */
  job(id: string): Promise<IngestJob | null>;
  counts(): Promise<QueueCounts>;
  /** The latest failures (RETRYING and DEAD jobs), newest first. */
  failures(limit: number): Promise<IngestJob[]>;
  /** Gives DEAD jobs one more attempt (all of them when `ids` is omitted); how many were dead. */
  retryDead(ids?: readonly string[]): Promise<number>;
  /** Claims the next runnable job (SKIP LOCKED: each job goes to one worker), or null. */
  take(): Promise<TakenJob | null>;
  complete(id: string, result: IngestJobResult): Promise<void>;
  /** Records a failed attempt: RETRYING after a backoff, or DEAD when its retries are used up. */
  fail(id: string, message: string): Promise<void>;
  /** Starts pg-boss's maintenance (timed-out jobs retried, finished ones archived) in this process. */
  startMaintenance(options: { intervalSeconds: number; onError(error: Error): void }): Promise<void>;
  stop(): Promise<void>;
}

/** Completed jobs stay visible (and keep their id taken) this long before pg-boss archives them. */
const ARCHIVE_COMPLETED_AFTER_SECONDS = 12 * 3600;
/** Dead jobs stay in the queue, visible with their errors, for two weeks. */
const ARCHIVE_DEAD_AFTER_SECONDS = 14 * 24 * 3600;

/** The queue on `pool`; jobs it enqueues get `settings` (retries, backoff, timeout). */
export function openIngestQueue(pool: Pool, settings: QueueSettings = DEFAULT_QUEUE_SETTINGS): IngestQueue {
  let boss = bossOn(pool);
  const query = async <T>(text: string, values: unknown[]): Promise<T[]> => (await pool.query(text, values)).rows as T[];
  const find = async (id: string): Promise<IngestJob | null> => {
    if (!UUID.test(id)) return null;
    // The live job first: a text enqueued again after its job was archived has both.
    for (const table of ['job', 'archive']) {
      const [row] = await query<JobRow>(`SELECT ${JOB_COLUMNS} FROM ${QUEUE_SCHEMA}.${table} WHERE name = $1 AND id = $2`, [INGEST_QUEUE, id]);
      if (row) return toJob(row);
    }
    return null;
  };
  return {
    async enqueue(data) {
      const id = ingestJobId(data.text);
      const sent = await boss.send(INGEST_QUEUE, data, { id, ...jobOptions(settings) });
      const job = await find(id);
      if (!job) throw new Error(`job ${id} was enqueued but cannot be read back`);
      return { job, created: sent !== null };
    },
    job: find,
    async counts() {
      const rows = await query<{ state: string; n: number }>(`SELECT state::text AS state, count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE]);
      const counts = Object.fromEntries(INGEST_JOB_STATES.map((s) => [s, 0])) as QueueCounts;
      for (const row of rows) counts[STATE_OF[row.state] ?? 'QUEUED'] += row.n;
      return counts;
    },
    async failures(limit) {
      const rows = await query<JobRow>(
        `SELECT ${JOB_COLUMNS} FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('retry', 'failed')
         ORDER BY COALESCE(completed_on, started_on, created_on) DESC LIMIT $2`,
        [INGEST_QUEUE, limit],
      );
      return rows.map(toJob);
    },
    async retryDead(ids) {
      const dead = await query<{ id: string }>(`SELECT id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed'`, [INGEST_QUEUE]);
      const chosen = dead.map((r) => r.id).filter((id) => !ids || ids.includes(id));
      if (chosen.length) await boss.retry(INGEST_QUEUE, chosen);
      return chosen.length;
    },
    async take() {
      const [job] = await boss.fetch<IngestJobData>(INGEST_QUEUE, { includeMetadata: true });
      if (!job) return null;
      return { id: job.id, data: job.data, attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 };
    },
    async complete(id, result) {
      await boss.complete(INGEST_QUEUE, id, result);
    },
    async fail(id, message) {
      await boss.fail(INGEST_QUEUE, id, { message });
    },
    async startMaintenance({ intervalSeconds, onError }) {
      boss = bossOn(pool, {
        supervise: true,
        maintenanceIntervalSeconds: intervalSeconds,
        archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_AFTER_SECONDS,
        archiveFailedAfterSeconds: ARCHIVE_DEAD_AFTER_SECONDS,
      });
      boss.on('error', onError);
      await boss.start();
    },
    async stop() {
      await boss.stop({ graceful: false, close: false });
    },
  };
}
