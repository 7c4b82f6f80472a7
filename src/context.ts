/** The per-request context: database, fresh loaders, request id and a logger that carries it. */
import type { Database } from './db/client';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { ANONYMOUS, type Caller } from './auth';

export interface Context {
  readonly requestId: string;
  readonly db: Database;
  readonly loaders: Loaders;
  readonly logger: Logger;
  /** The app's metrics, e.g. `metrics.articlesIngested.inc({ outcome: 'created' })`. */
  readonly metrics: Metrics;
  /** Who is asking, from the Authorization header (src/auth): writes need `caller.canWrite`. */
  readonly caller: Caller;
}

/**
 * The context as a class so its logger is built on first use: most requests log
 * nothing of their own (the access log line is written by src/http/accessLog.ts). The
 * getter lives on the prototype because Apollo copies the context's own
 * properties into a fresh object per operation (Object.assign would call an
 * own getter right away).
 */
class RequestContext implements Context {
  readonly loaders: Loaders;
  private requestLogger: Logger | undefined = undefined;

  constructor(
    readonly db: Database,
    private readonly appLogger: Logger,
    readonly requestId: string,
    readonly metrics: Metrics,
    readonly caller: Caller,
  ) {
    this.loaders = createLoaders(db.pool);
  }

  get logger(): Logger {
    return (this.requestLogger ??= this.appLogger.child({ requestId: this.requestId }));
  }
}

export function createContext(db: Database, logger: Logger, requestId: string, metrics: Metrics, caller: Caller = ANONYMOUS): Context {
  return new RequestContext(db, logger, requestId, metrics, caller);
}
