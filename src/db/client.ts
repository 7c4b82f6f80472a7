/**
 * One pg pool per process, shared by Prisma (writes, simple reads) and the
 * hand-written SQL of the read path (reads.ts, paging.ts, lists.ts, search.ts,
 * aggregates.ts): one place bounds the
 * connections, the acquire timeout and the statement timeout.
 */
import { Pool, types as pgTypes, type Client } from 'pg';
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

/** The pool settings of a validated config (DB_POOL_MAX, DB_POOL_ACQUIRE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS). */
export function poolOptions(config: Pick<Config, 'db'>): DatabaseOptions {
  return { poolMax: config.db.poolMax, acquireTimeoutMs: config.db.acquireTimeoutMs, statementTimeoutMs: config.db.statementTimeoutMs };
}

export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  const pool = new Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    // Plan every execution with its values. Our named statements are reused with very different
    // parameters (one parent or a hundred, a page of 5 or 100), and after five runs Postgres may keep a
    // generic plan that cannot see them: for an organization's agreements in date order it chose to walk
    // the whole sort_date index (143 ms a statement under load instead of ~1). Parsing is still saved.
    options: '-c plan_cache_mode=force_custom_plan',
    application_name: options.applicationName ?? 'kca-knowledge-api',
    types: typeParsers,
    ...(options.client ? { Client: options.client } : {}),
  });
  // An idle client losing its connection (database restart) must not crash the process;
  // the pool drops it and the next checkout opens a fresh one.
  pool.on('error', () => undefined);
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
