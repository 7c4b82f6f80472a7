/** The per-request context: database, fresh loaders, request id and a logger that carries it. */
import type { Database } from './db/client';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

export interface Context {
  readonly requestId: string;
  readonly db: Database;
  readonly loaders: Loaders;
  readonly logger: Logger;
}

export function createContext(db: Database, logger: Logger, requestId: string): Context {
  return { requestId, db, loaders: createLoaders(db.pool), logger: logger.child({ requestId }) };
}
