/**
 * The IN-MEMORY variant: our real server (same schema, resolvers, loaders,
 * Apollo, router) whose pool answers from memory instead of Postgres.
 *
 * The pool is a snapshot read once: the first time a statement (SQL text +
 * bind values) is seen it goes to Postgres and its rows are kept; every later
 * identical statement is answered from that snapshot without a round trip.
 * The runner sends every request body once before measuring, so under load
 * nothing reaches the database (`misses` proves it). What remains is exactly
 * our own cost: HTTP, Apollo, graphql-js execution, DataLoader batching,
 * SQL building and row mapping in the loaders. So in the results table
 *   ceiling vs in-memory  = the price of GraphQL + batching in Node, and
 *   in-memory vs ours     = the price of the database round trips.
 */
import type { Pool, QueryResult, QueryResultRow } from 'pg';
import type { Database } from '../src/db/client';

export interface SnapshotPool {
  /** Stands in for the pg Pool in `Database.pool` (only `query(text, values)` is used on the read path). */
  readonly pool: Pool;
  /** Statements that had to go to Postgres (first sightings). */
  readonly misses: number;
  readonly size: number;
}

export function createSnapshotPool(real: Pick<Pool, 'query'>): SnapshotPool {
  const snapshot = new Map<string, QueryResult>();
  let misses = 0;
  const query = async (text: string | { text: string; values?: unknown[] }, values?: unknown[]): Promise<QueryResult> => {
    const sql = typeof text === 'string' ? text : text.text;
    const params = typeof text === 'string' ? values : text.values;
    const key = params?.length ? `${sql}\u0000${JSON.stringify(params)}` : sql;
    const kept = snapshot.get(key);
    if (kept) return kept;
    misses++;
    const result = await real.query<QueryResultRow>(sql, params);
    snapshot.set(key, result);
    return result;
  };
  return {
    pool: { query } as unknown as Pool,
    get misses() {
      return misses;
    },
    get size() {
      return snapshot.size;
    },
  };
}

/** A `Database` for createApp whose reads come from the snapshot; Prisma (writes only) is not available. */
export function snapshotDatabase(snapshot: SnapshotPool): Database {
  const prisma = new Proxy(
    {},
    {
      get(_, prop) {
        throw new Error(`The in-memory benchmark server has no Prisma client (prisma.${String(prop)} was used on the read path).`);
      },
    },
  ) as Database['prisma'];
  return { pool: snapshot.pool, prisma, close: async () => undefined };
}
