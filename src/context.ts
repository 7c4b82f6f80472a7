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

export function createContext(db: Database, logger: Logger, requestId: string, metrics: Metrics, caller: Caller = ANONYMOUS): Context {
  let requestLogger: Logger | undefined;
  return {
    requestId,
    db,
    loaders: createLoaders(db.pool),
    // Built on first use: most requests log nothing of their own (the access log line is written by src/server.ts).
    get logger() {
      return (requestLogger ??= logger.child({ requestId }));
    },
    metrics,
    caller,
  };
}
