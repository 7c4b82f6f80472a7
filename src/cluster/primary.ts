/**
 * The cluster's primary (WEB_CONCURRENCY > 1). Once, before any worker
 * exists: the database (embedded Postgres or DATABASE_URL), migrations, the
 * seed articles. Then it forks the workers, handing each the database URL
 * (DATABASE_URL in the worker's environment: a worker never starts Postgres or
 * migrates), and when all listen, logs the ready line and starts the
 * background re-extraction. It serves no HTTP itself: node:cluster's primary
 * owns the listening socket and hands each connection to a worker in turn.
 *
 * - A worker that exits unexpectedly is replaced after a backoff; too many
 *   crashes in a minute and the primary gives up and exits 1
 *   (restartPolicy.ts). A worker that cannot start at all at first (port in
 *   use, database unreachable) stops the whole start: its one-line reason,
 *   exit code 1.
 * - SIGINT/SIGTERM/SIGHUP (to the primary, or to the whole group): every
 *   worker gets SIGTERM and drains its in-flight requests; when all have
 *   exited, the primary closes its pool, stops the embedded Postgres and
 *   exits 0.
 * - GET /metrics, answered by a worker, is the whole cluster's (metrics.ts).
 */
import cluster, { type Worker } from 'node:cluster';
import { Registry } from 'prom-client';
import type { Config } from '../config';
import type { OpenDatabase } from '../db/bootstrap';
import type { Logger } from '../logger';
import { registerEmbeddedPostgresMetrics } from '../metrics';
import { prepareDatabase, reextractInBackground } from '../start/database';
import { graphqlUrl } from '../start/listen';
import { createShutdown, shutdownOnSignals, SHUTDOWN_BACKSTOP_MARGIN_MS } from '../start/shutdown';
import { isMessage, type FailedMessage, type ReadyMessage } from './messages';
import { primaryMetrics } from './metrics';
import { onCrash } from './restartPolicy';

interface Member {
  worker: Worker;
  ready: boolean;
  exited: Promise<void>;
}

export async function runPrimary(config: Config, logger: Logger): Promise<void> {
  const members = new Map<number, Member>();
  let opened: OpenDatabase | undefined;
  let stopping = false;
  const crashTimes: number[] = [];
  const metrics = primaryMetrics(new Registry(), () => [...members.values()].filter((m) => m.ready).map((m) => m.worker));
  /** Settles the first start: every worker listening, or the first that could not. */
  let startup: { resolve(port: number): void; reject(e: Error): void; pending: number } | undefined;

  // Workers drain for up to SHUTDOWN_TIMEOUT_MS and close their pools; then the primary closes its own and Postgres.
  const shutdown = createShutdown(logger, config.shutdownTimeoutMs + 2 * SHUTDOWN_BACKSTOP_MARGIN_MS, async () => {
    stopping = true;
    const all = [...members.values()];
    for (const { worker } of all) if (!worker.isDead()) worker.process.kill('SIGTERM');
    await Promise.all(all.map((m) => m.exited));
    await opened?.close().catch((e) => logger.error({ err: e }, 'error while closing the database'));
  });
  shutdownOnSignals(shutdown);

  function fork(databaseUrl: string): void {
    const worker = cluster.fork({ DATABASE_URL: databaseUrl });
    const member: Member = { worker, ready: false, exited: new Promise((resolve) => worker.once('exit', () => resolve())) };
    members.set(worker.id, member);
    let failure: string | undefined;
    worker.on('message', (message: unknown) => {
      metrics.answer(worker, message);
      if (isMessage<FailedMessage>(message, 'kca:failed')) failure = message.message;
      if (!isMessage<ReadyMessage>(message, 'kca:ready')) return;
      member.ready = true;
      logger.info({ worker: worker.id, workerPid: worker.process.pid }, `worker ${worker.id} (pid ${worker.process.pid}) listening`);
      if (startup && --startup.pending === 0) startup.resolve(message.port);
    });
    worker.once('exit', (code, signal) => {
      members.delete(worker.id);
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (startup) {
        startup.reject(new Error(failure ?? `worker ${worker.id} (pid ${worker.process.pid}) exited (${how}) before it was listening`));
        return;
      }
      const decision = onCrash(crashTimes, Date.now());
      if (decision.giveUp) {
        logger.fatal({ workerPid: worker.process.pid, exit: how, crashes: decision.crashes }, `worker ${worker.id} exited (${how}); ${decision.crashes} workers died within a minute, giving up`);
        void shutdown('workers keep crashing', 1);
        return;
      }
      logger.error(
        { workerPid: worker.process.pid, exit: how, reason: failure, delayMs: decision.delayMs },
        `worker ${worker.id} (pid ${worker.process.pid}) exited (${how})${failure ? `: ${failure}` : ''}; starting a replacement in ${decision.delayMs} ms`,
      );
      setTimeout(() => {
        if (stopping) return;
        metrics.restarts.inc();
        fork(databaseUrl);
      }, decision.delayMs);
    });
  }

  try {
    const { supervisor } = await prepareDatabase(config, logger, shutdown, (o) => (opened = o), { readReplica: false }); // the workers serve reads
    if (supervisor) registerEmbeddedPostgresMetrics(metrics.registry, supervisor);
    const port = await new Promise<number>((resolve, reject) => {
      startup = { resolve, reject, pending: config.webConcurrency };
      for (let i = 0; i < config.webConcurrency; i++) fork(opened!.url);
    });
    startup = undefined;
    const url = graphqlUrl(config, port);
    logger.info({ url, workers: config.webConcurrency }, `GraphQL API and IDE ready at ${url} (${config.webConcurrency} worker processes)`);
    if (config.reextractOnStart) void reextractInBackground(opened!, logger);
  } catch (e) {
    startup = undefined;
    console.error(`error: ${(e as Error).message}`);
    await shutdown('startup failed', 1);
  }
}
