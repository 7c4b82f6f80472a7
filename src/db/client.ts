/**
 * One pg pool per process, shared by Prisma (writes, simple reads) and the
 * hand-written SQL of the read path (src/db/queries/*): one place bounds the
 * connections, the acquire timeout and the statement timeout.
 */
import { Pool } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export interface DatabaseOptions {
  poolMax?: number;
  /** How long a request waits for a free connection before failing. */
  acquireTimeoutMs?: number;
  /** Postgres statement_timeout for every connection. */
  statementTimeoutMs?: number;
  applicationName?: string;
}

export interface Database {
  readonly pool: Pool;
  readonly prisma: PrismaClient;
  close(): Promise<void>;
}

export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  const pool = new Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    application_name: options.applicationName ?? 'kca-knowledge-api',
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
