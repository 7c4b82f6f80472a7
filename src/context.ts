/** The per-request context: database, fresh loaders, request id and a logger that carries it. */
import type { Database } from './db/client';
import { writtenLsn, type ReadReplica, type Reader, type RoutedReader } from './db/replica';
import { createLoaders, type Loaders } from './loaders';
import type { IngestJobs } from './loaders/queue';
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
  /** Where its reads go, with a read replica (DATABASE_READ_URL): see RequestReads. */
  readonly reads: RequestReads;
  /** The ingest queue (ingestArticle with `async: true`, the ingestJob query). */
  readonly queue: IngestJobs;
}

/** A request's way to the replica (src/server.ts): the replica, and the WAL position of the client's last write, if it sent one. */
export interface ReadRouting {
  replica: ReadReplica;
  minLsn?: bigint | undefined;
}

/**
 * Read-your-writes, decided here at the API's edge: a request reads the
 * replica only when it writes nothing (a mutation pins it to the primary
 * before its first resolver, so its payload shows what it just wrote) and
 * the replica has replayed the client's last write (`minLsn`, the position a
 * mutation's response handed out); otherwise, or when the replica does not
 * serve (down, lagging, failing), the primary. Without a replica everything
 * is the primary's. An own-property object, so Apollo's per-operation copies
 * of the context share it.
 */
export class RequestReads {
  private wrote = false;
  /** The loaders' reader: the database's pool, or a routed reader with a replica. */
  readonly reader: Reader;
  private readonly routed: RoutedReader | undefined;

  constructor(
    private readonly db: Database,
    private readonly routing?: ReadRouting,
  ) {
    this.routed = routing?.replica.readerFor(db.pool, () => !this.wrote && routing.replica.canServe(routing.minLsn));
    this.reader = this.routed ?? db.pool;
  }

  /** The request writes: all its reads on the primary. */
  pinToPrimary(): void {
    this.wrote = true;
  }

  /** Where its reads went ('replica' or 'primary'); undefined without a replica or before the first read. */
  get target(): 'replica' | 'primary' | undefined {
    return this.routed?.target;
  }

  /** After a write, with a replica: the primary's WAL position that covers it, for the client to send back on its next reads. */
  async positionAfterWrite(): Promise<string | undefined> {
    return this.wrote && this.routing ? writtenLsn(this.db.pool) : undefined;
  }
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
  readonly reads: RequestReads;
  private requestLogger: Logger | undefined = undefined;

  constructor(
    readonly db: Database,
    private readonly appLogger: Logger,
    readonly requestId: string,
    readonly metrics: Metrics,
    readonly queue: IngestJobs,
    readonly caller: Caller,
    routing: ReadRouting | undefined,
  ) {
    this.reads = new RequestReads(db, routing);
    this.loaders = createLoaders(this.reads.reader);
  }

  get logger(): Logger {
    return (this.requestLogger ??= this.appLogger.child({ requestId: this.requestId }));
  }
}

export function createContext(db: Database, logger: Logger, requestId: string, metrics: Metrics, queue: IngestJobs, caller: Caller = ANONYMOUS, routing?: ReadRouting): Context {
  return new RequestContext(db, logger, requestId, metrics, queue, caller, routing);
}
