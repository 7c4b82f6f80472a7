/**
 * One pg pool per process, shared by Prisma (writes, simple reads) and the
 * hand-written SQL of the read path (reads.ts, paging.ts, lists.ts, search.ts,
 * aggregates.ts): one place bounds the
 * connections, the acquire timeout and the statement timeout.
 *
 * Behind a transaction-mode pooler (DATABASE_POOLER=transaction, e.g.
 * PgBouncer with pool_mode=transaction) a connection of ours is a different
 * server connection for every transaction, so nothing may live in the
 * session: no startup parameters (`statement_timeout`, `options`), no named
 * statements. Connections then send every statement unnamed, and apply the
 * statement timeout and plan setting with SET LOCAL at the start of every
 * transaction; a statement outside a transaction gets one of its own.
 */
import { Client as PgClient, Pool, types as pgTypes, type Client, type QueryConfig } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import type { Config } from '../config';

export interface DatabaseOptions {
  poolMax?: number;
  /** How long a request waits for a free connection before failing. */
  acquireTimeoutMs?: number;
  /** Postgres statement_timeout for every connection. */
  statementTimeoutMs?: number;
  applicationName?: string;
  /** `transaction`: a transaction-mode pooler is in between (no session state; see the top of this file). */
  pooler?: 'none' | 'transaction';
  /** A pg.Client subclass for every connection (tests use one that counts statements). */
  client?: typeof Client;
}

/**
 * Row values as Prisma returns them: DATE and TIMESTAMP (stored in UTC by
 * Prisma) become UTC Dates whatever the machine's time zone. Prisma's adapter
 * passes its own parsers per query, so this only shapes our hand-written SQL.
 */
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return (v: string) => new Date(`${v}T00:00:00Z`);
    if (oid === TIMESTAMP_OID) return (v: string) => new Date(`${v.replace(' ', 'T')}Z`);
    return pgTypes.getTypeParser(oid, format as 'text');
  }) as typeof pgTypes.getTypeParser,
};

export interface Database {
  readonly pool: Pool;
  readonly prisma: PrismaClient;
  close(): Promise<void>;
}

/** The pool settings of a validated config (DB_POOL_MAX, DB_POOL_ACQUIRE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS, DATABASE_POOLER). */
export function poolOptions(config: Pick<Config, 'db'>): DatabaseOptions {
  return { poolMax: config.db.poolMax, acquireTimeoutMs: config.db.acquireTimeoutMs, statementTimeoutMs: config.db.statementTimeoutMs, pooler: config.db.pooler };
}

// Postgres's default: a named statement keeps a generic plan once it costs no more than planning each
// time. Which statements may (no filter values) and which are planned per execution (sent unnamed) is
// chosen per statement in src/db/prepared.ts. Set explicitly so a role's or server's setting cannot
// change it (force_custom_plan was the setting here before: planning every execution cost ~0.5 ms of
// Postgres CPU per statement). Behind a transaction-mode pooler every statement is unnamed, and a
// plan per execution is what unnamed statements should get whatever the server's setting.
const PLAN_CACHE_MODE = 'auto';
const PLAN_CACHE_MODE_BEHIND_POOLER = 'force_custom_plan';

const BEGINS_TRANSACTION = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;

type QueryArgs = [config: string | QueryConfig, values?: unknown[] | ((...a: unknown[]) => void), callback?: (...a: unknown[]) => void];

/**
 * A pg.Client for a transaction-mode pooler: every statement unnamed; after
 * BEGIN, `setLocal` (SET LOCAL statement_timeout and plan_cache_mode); a
 * statement sent outside a transaction runs inside `BEGIN; setLocal` …
 * COMMIT (ROLLBACK when it fails), so the pooler keeps the settings and the
 * statement on one server connection. Where we are is Postgres's own word:
 * the transaction status of its last ReadyForQuery.
 */
export function transactionScopedClient(Base: typeof Client, setLocal: string): typeof Client {
  return class TransactionScopedClient extends Base {
    /** 'I' idle, 'T' in a transaction, 'E' in a failed one. */
    private transactionStatus = 'I';
    /** One statement (or wrapped statement) at a time, so the status read before each is current. */
    private queue: Promise<unknown> = Promise.resolve();

    constructor(...args: ConstructorParameters<typeof Client>) {
      super(...args);
      (this as unknown as { connection: NodeJS.EventEmitter }).connection.on('readyForQuery', (message: { status?: string }) => {
        if (message.status) this.transactionStatus = message.status;
      });
    }

    override query(...args: unknown[]): any {
      const [config, valuesOrCallback, maybeCallback] = args as QueryArgs;
      // Submittables (cursors, streams) are left alone: the product sends none.
      if (config !== null && typeof config === 'object' && typeof (config as { submit?: unknown }).submit === 'function') {
        return (super.query as (...a: unknown[]) => unknown)(...args);
      }
      const callback = typeof valuesOrCallback === 'function' ? valuesOrCallback : maybeCallback;
      const values = typeof valuesOrCallback === 'function' ? undefined : valuesOrCallback;
      const unnamed: QueryConfig = typeof config === 'string' ? { text: config, values } : { ...config, name: undefined, values: values ?? config.values };
      const send = (c: string | QueryConfig) => (super.query as (c: string | QueryConfig) => Promise<unknown>)(c);
      const run = async () => {
        if (BEGINS_TRANSACTION.test(unnamed.text)) {
          const begun = await send(unnamed);
          await send(setLocal);
          return begun;
        }
        if (this.transactionStatus !== 'I') return send(unnamed);
        await send(`BEGIN; ${setLocal}`);
        let result: unknown;
        try {
          result = await send(unnamed);
        } catch (error) {
          await send('ROLLBACK').catch(() => undefined);
          throw error;
        }
        await send('COMMIT');
        return result;
      };
      const done = this.queue.then(run, run);
      this.queue = done.catch(() => undefined);
      if (!callback) return done;
      done.then((result) => callback(null, result), (error: unknown) => callback(error));
      return undefined;
    }
  };
}

/** The pg pool alone (the read replica's needs no Prisma): DB_POOL_MAX, timeouts, and the pooler mode of `options`. */
export function createPool(url: string, options: DatabaseOptions = {}): Pool {
  const statementTimeoutMs = options.statementTimeoutMs ?? 15_000;
  const base = options.client ?? PgClient;
  const behindPooler = options.pooler === 'transaction';
  const pool = new Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    ...(behindPooler
      ? { Client: transactionScopedClient(base, `SET LOCAL statement_timeout = ${Math.trunc(statementTimeoutMs)}; SET LOCAL plan_cache_mode = ${PLAN_CACHE_MODE_BEHIND_POOLER}`) }
      : { statement_timeout: statementTimeoutMs, options: `-c plan_cache_mode=${PLAN_CACHE_MODE}`, Client: base }),
    application_name: options.applicationName ?? 'kca-knowledge-api',
    types: typeParsers,
  });
  // An idle client losing its connection (database restart) must not crash the process;
  // the pool drops it and the next checkout opens a fresh one.
  pool.on('error', () => undefined);
  return pool;
}

export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  const pool = createPool(url, options);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: false }) });
  let closed: Promise<void> | undefined;
  return {
    pool,
    prisma,
    close() {
      closed ??= (async () => {
        await prisma.$disconnect();
        await pool.end();
      })();
      return closed;
    },
  };
}
