/**
 * Keeps the embedded Postgres of `npm start` running. When the postmaster
 * dies without being asked to (killed, crashed, OOM), an error-level log line
 * says so and it is started again on the same port and data directory, so the
 * pool reconnects to the same URL and /readyz turns 200 again without
 * restarting the API. Attempts are bounded, with exponential backoff; when
 * every attempt fails, `onGiveUp` is called (src/index.ts exits 1 with the
 * reason) rather than serving DATABASE_UNAVAILABLE forever.
 *
 * An outage's attempt count starts afresh after a successful restart, so a
 * server that keeps dying is restarted each time; each death is logged.
 */
import type { EmbeddedPostgres } from './embeddedPostgres';

export interface SupervisorLogger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface SupervisorOptions {
  logger: SupervisorLogger;
  /** Restart attempts per outage before giving up. Default 5. */
  maxAttempts?: number;
  /** Wait before the first attempt, doubled after each failure. Default 250 ms. */
  initialDelayMs?: number;
  /** Longest wait between attempts. Default 8 s. */
  maxDelayMs?: number;
  /** Every attempt failed: the server cannot serve from this database any more. */
  onGiveUp(error: Error): void;
}

export interface EmbeddedPostgresSupervisor {
  /** Successful restarts since start. */
  readonly restarts: number;
  /** Unexpected exits of the postmaster since start. */
  readonly deaths: number;
  /** True while the postmaster is down and being restarted. */
  readonly restarting: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function superviseEmbeddedPostgres(postgres: EmbeddedPostgres, options: SupervisorOptions): EmbeddedPostgresSupervisor {
  const { logger } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const initialDelayMs = options.initialDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 8_000;
  const state = { restarts: 0, deaths: 0, restarting: false };

  const recover = async (pid: number, how: string) => {
    state.deaths += 1;
    state.restarting = true;
    logger.error({ pid, exit: how }, `Embedded Postgres (pid ${pid}) died (${how}); restarting it (up to ${maxAttempts} attempts)`);
    let delay = initialDelayMs;
    let lastError: Error = new Error('no attempt made');
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await sleep(delay);
      if (postgres.stopped) break; // the server is shutting down: nothing to restart for
      try {
        await postgres.restart();
        state.restarts += 1;
        state.restarting = false;
        logger.info({ pid: postgres.pid, attempt }, `Embedded Postgres is back (pid ${postgres.pid}) after ${attempt} attempt(s)`);
        return;
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
        logger.warn({ attempt, err: lastError }, `Restarting the embedded Postgres failed (attempt ${attempt} of ${maxAttempts}): ${lastError.message}`);
        delay = Math.min(delay * 2, maxDelayMs);
      }
    }
    state.restarting = false;
    if (postgres.stopped) return;
    options.onGiveUp(new Error(`The embedded Postgres died (${how}) and could not be restarted after ${maxAttempts} attempts: ${lastError.message}`));
  };

  postgres.onUnexpectedExit((how) => void recover(postgres.pid, how));
  return {
    get restarts() {
      return state.restarts;
    },
    get deaths() {
      return state.deaths;
    },
    get restarting() {
      return state.restarting;
    },
  };
}
