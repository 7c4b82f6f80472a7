// Counting the SQL statements that reach Postgres, for tests that guard
// against N+1 queries. Counting happens in node-postgres, below the Prisma
// driver adapter, so it sees exactly what a Prisma client (through
// @prisma/adapter-pg) or plain pg code sends, transaction BEGIN/COMMIT included.
//
//   const counted = createCountingPool(db.url);
//   const prisma = new PrismaClient({ adapter: new PrismaPg(counted.pool) });
//   const { count, statements } = await withStatementCounter(counted, () => prisma.article.findMany());
//   ...
//   await prisma.$disconnect(); await counted.pool.end();
//
// (Prisma's `$on('query')` events would also work, but they describe what the
// client intends, not what the server receives, and miss raw pg use.)
import pg from 'pg';
import { pgConfigFromUrl } from '../../src/db/schemaEngine';

export interface StatementLog {
  /** SQL text of every statement sent since creation or the last reset(), in order. */
  readonly statements: string[];
  readonly count: number;
  reset(): void;
}

export interface CountingPool extends StatementLog {
  pool: pg.Pool;
}

function sqlOf(queryArgument: unknown): string {
  if (typeof queryArgument === 'string') return queryArgument;
  const text = (queryArgument as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '<unknown>';
}

/** A pg.Client subclass that appends the SQL of every statement it sends to `statements`. */
export function countingClientClass(statements: string[]): typeof pg.Client {
  return class CountingClient extends pg.Client {
    override query(...args: unknown[]): any {
      statements.push(sqlOf(args[0]));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
  };
}

/** A pg.Pool for `databaseUrl` whose every statement is recorded. */
export function createCountingPool(databaseUrl: string, poolConfig: pg.PoolConfig = {}): CountingPool {
  const statements: string[] = [];
  const CountingClient = countingClientClass(statements);
  const pool = new pg.Pool({ ...pgConfigFromUrl(databaseUrl), ...poolConfig, Client: CountingClient } as pg.PoolConfig);
  return {
    pool,
    statements,
    get count() {
      return statements.length;
    },
    reset() {
      statements.length = 0;
    },
  };
}

/** Runs `work` and reports the statements it sent through `log` (other work on the same pool in the meantime counts too). */
export async function withStatementCounter<T>(
  log: StatementLog,
  work: () => Promise<T>,
): Promise<{ result: T; count: number; statements: string[] }> {
  const start = log.statements.length;
  const result = await work();
  const statements = log.statements.slice(start);
  return { result, count: statements.length, statements };
}
