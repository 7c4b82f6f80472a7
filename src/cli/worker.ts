/**
 * `npm run worker`: takes ingest jobs from the queue (src/db/queue.ts) and
 * loads them (src/ingest/queue.ts) until SIGTERM/SIGINT, which stop taking
 * jobs, let the ones being loaded finish and be marked, and exit 0. Run as
 * many as you like, on any machine that reaches the database (DATABASE_URL;
 * without it, the embedded Postgres of an `npm start` on the same DATA_DIR).
 * Logs are JSON lines (LOG_LEVEL), one per job, with the job id as request id.
 * Each worker also runs pg-boss's maintenance: jobs of a worker that was
 * killed are retried once QUEUE_JOB_TIMEOUT_SECONDS has passed.
 */
import { loadConfig } from '../config';
import { openIngestQueue } from '../db/queue';
import { startWorker } from '../ingest/queue';
import { createLogger } from '../logger';
import { openCliDatabase, runCli } from './database';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log('usage: npm run worker   (settings: WORKER_CONCURRENCY, QUEUE_* and DATABASE_URL; see README "Configuration")');
    return 0;
  }
  const opened = await openCliDatabase(config, logger, 'Working on');
  const queue = openIngestQueue(opened.db.pool);
  await queue.startMaintenance({ intervalSeconds: config.queue.maintenanceIntervalSeconds, onError: (err) => logger.warn({ err }, 'queue maintenance failed; it runs again next interval') });
  const worker = startWorker(queue, opened.db.prisma, { concurrency: config.queue.workerConcurrency, pollIntervalMs: config.queue.pollIntervalMs, logger });
  logger.info({ pid: process.pid, concurrency: config.queue.workerConcurrency }, `worker ${process.pid} ready: taking ingest jobs`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
  });
  logger.info('stopping: finishing the jobs in hand');
  await worker.stop();
  await queue.stop();
  await opened.close();
  logger.info({ loaded: worker.loaded, failed: worker.failed }, `worker ${process.pid} stopped: ${worker.loaded} loaded, ${worker.failed} failed attempt(s)`);
  return 0;
}

runCli(main);
