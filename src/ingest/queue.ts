/**
 * Ingesting through the queue (src/db/queue.ts): enqueue article files
 * (`npm run seed -- --queue`), and the worker loop (`npm run worker`) that
 * takes one job at a time, runs it through the same load entry point as
 * `seed` (loadArticleText), and marks it loaded, or failed with its error
 * (retried with backoff, dead after QUEUE_RETRY_LIMIT retries).
 *
 * Nothing is loaded twice: a job that ran but whose worker died before it
 * was marked loaded runs again, and its article (keyed by the sha256 of its
 * cleaned body) comes back `unchanged`, creating nothing.
 */
import type { PrismaClient } from '../generated/prisma/client';
import type { IngestJob, IngestQueue, TakenJob } from '../db/queue';
import type { Logger } from '../logger';
import path from 'node:path';
import { ArticleFileError, loadArticleText, readArticleFile, stageFailureWarning } from './files';

export interface EnqueueOutcome {
  file: string;
  /** The file's job: new, or the one already there for the same text. */
  job?: IngestJob;
  created?: boolean;
  /** Why the file was not enqueued (unreadable, empty, binary, too large). */
  error?: string;
}

/** Reads and checks each file (as `seed` does), then enqueues its text; a bad file is reported and skipped. */
export async function enqueueArticleFiles(queue: IngestQueue, files: readonly string[], onFile: (o: EnqueueOutcome, index: number, total: number) => void = () => undefined): Promise<EnqueueOutcome[]> {
  const outcomes: EnqueueOutcome[] = [];
  for (const [index, file] of files.entries()) {
    let outcome: EnqueueOutcome;
    try {
      const text = await readArticleFile(file);
      const { job, created } = await queue.enqueue({ text, file, source: { sourceFile: path.basename(file) } });
      outcome = { file, job, created };
    } catch (e) {
      if (!(e instanceof ArticleFileError)) throw e;
      outcome = { file, error: e.message };
    }
    outcomes.push(outcome);
    onFile(outcome, index, files.length);
  }
  return outcomes;
}

export interface WorkerOptions {
  /** Jobs loaded at a time by this process (WORKER_CONCURRENCY). */
  concurrency: number;
  /** Wait between polls when the queue has nothing runnable (QUEUE_POLL_INTERVAL_MS). */
  pollIntervalMs: number;
  logger: Logger;
}

export interface RunningWorker {
  /** Jobs this process finished: loaded, and failed attempts. */
  readonly loaded: number;
  readonly failed: number;
  /** Stops taking jobs and waits for the ones being loaded to finish and be marked. */
  stop(): Promise<void>;
}

/** Loads one taken job and marks it; never throws (a failure to mark is logged: the job times out and runs again). */
async function runJob(queue: IngestQueue, prisma: PrismaClient, job: TakenJob, logger: Logger): Promise<boolean> {
  // The job id is this work's request id in every log line; an enqueuing request's id comes along.
  const log = logger.child({ requestId: job.id, file: job.data.file, attempt: job.attempt, ...(job.data.requestId ? { enqueuedBy: job.data.requestId } : {}) });
  const started = Date.now();
  log.debug('loading');
  try {
    const result = await loadArticleText(prisma, job.data.text, job.data.file, job.data.source);
    const warnings = [...result.stageFailures.map(stageFailureWarning), ...result.warnings];
    for (const failure of result.stageFailures) log.error({ articleId: result.articleId, ...failure }, 'extraction stage failed');
    await queue.complete(job.id, { articleId: result.articleId, status: result.status, warnings });
    log.info({ articleId: result.articleId, status: result.status, ms: Date.now() - started }, `${result.status}: ${job.data.file}`);
    return true;
  } catch (e) {
    const message = e instanceof ArticleFileError ? e.message : `${job.data.file}: ${(e as Error).message}`;
    const last = job.attempt >= job.maxAttempts;
    log[last ? 'error' : 'warn']({ err: e, ms: Date.now() - started }, `attempt ${job.attempt}/${job.maxAttempts} failed${last ? ', job is dead' : ', will retry'}: ${message}`);
    await queue.fail(job.id, message).catch((markError: unknown) => log.error({ err: markError }, 'could not record the failure; the job will time out and run again'));
    return false;
  }
}

/** Starts `concurrency` loops that take jobs until stopped. */
export function startWorker(queue: IngestQueue, prisma: PrismaClient, options: WorkerOptions): RunningWorker {
  let stopping = false;
  const sleepers = new Set<() => void>();
  const counts = { loaded: 0, failed: 0 };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
  const loop = async () => {
    while (!stopping) {
      let job: TakenJob | null = null;
      try {
        job = await queue.take();
      } catch (e) {
        options.logger.warn({ err: e }, 'could not take a job; trying again');
      }
      if (!job) {
        await sleep(options.pollIntervalMs);
        continue;
      }
      if (await runJob(queue, prisma, job, options.logger)) counts.loaded += 1;
      else counts.failed += 1;
    }
  };
  const loops = Array.from({ length: options.concurrency }, loop);
  return {
    get loaded() {
      return counts.loaded;
    },
    get failed() {
      return counts.failed;
    },
    async stop() {
      stopping = true;
      for (const wake of [...sleepers]) wake();
      await Promise.all(loops);
    },
  };
}
