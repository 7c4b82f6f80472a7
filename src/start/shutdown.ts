/**
 * One shutdown per process, whatever asks for it first (a signal, a failed
 * start, the embedded Postgres given up on): run the process's own steps
 * (drain, close), log "stopped", exit with the code. If the steps hang, a
 * backstop exits 1 after `backstopMs`.
 */
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { App } from '../server';

export type Shutdown = (reason: string, code: number) => Promise<void>;

export function createShutdown(logger: Logger, backstopMs: number, steps: (reason: string) => Promise<void>): Shutdown {
  let stopping: Promise<void> | undefined;
  return (reason, code) => {
    stopping ??= (async () => {
      logger.info({ reason }, 'shutting down');
      const timer = setTimeout(() => {
        logger.error(`shutdown took longer than ${backstopMs} ms; exiting`);
        process.exit(1);
      }, backstopMs);
      timer.unref();
      await steps(reason);
      logger.info('stopped');
      process.exit(code);
    })();
    return stopping;
  };
}

/** SIGINT, SIGTERM and SIGHUP each start the shutdown, exit code 0. */
export function shutdownOnSignals(shutdown: Shutdown): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));
}

/** Time after the drain's grace period (SHUTDOWN_TIMEOUT_MS) for closing the database before the process exits anyway. */
export const SHUTDOWN_BACKSTOP_MARGIN_MS = 5_000;

/** What a serving process has to stop, filled in as its start gets that far. */
export interface Held {
  app?: App;
  /** Closes the pool (and, where this process started it, the embedded Postgres). */
  close?: () => Promise<void>;
}

/**
 * The shutdown of a process that serves HTTP (the only one, or a cluster
 * worker), started by the usual signals: drain in-flight requests (at most
 * SHUTDOWN_TIMEOUT_MS, src/http/apollo.ts), then close the database. The
 * backstop only fires when closing hangs too.
 */
export function serverShutdown(config: Config, logger: Logger, held: Held): Shutdown {
  const shutdown = createShutdown(logger, config.shutdownTimeoutMs + SHUTDOWN_BACKSTOP_MARGIN_MS, async () => {
    await held.app?.stop().catch((e) => logger.error({ err: e }, 'error while draining requests'));
    await held.close?.().catch((e) => logger.error({ err: e }, 'error while closing the database'));
  });
  shutdownOnSignals(shutdown);
  return shutdown;
}
