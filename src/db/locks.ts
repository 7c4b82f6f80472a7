/**
 * The ingest advisory lock, in two modes:
 * - article loads take it SHARED (src/db/articleWriter.ts): any number of
 *   loaders run at once; they keep each other right by themselves (INSERT …
 *   ON CONFLICT, row locks on the rows they change, an order-independent fold);
 * - correction merges (src/db/merge.ts), re-extraction (src/db/reextract.ts)
 *   and analysts' corrections (src/db/corrections.ts) take it EXCLUSIVE: they
 *   rewrite records and references across tables, so they wait for the loads
 *   in flight, and loads that start meanwhile wait for them (Postgres queues
 *   a shared request behind a waiting exclusive one, so they are not starved).
 * Transaction-scoped, so it goes away with the transaction, however it ends.
 */
import { Prisma } from '../generated/prisma/client';

/** Arbitrary but fixed: "kca1". */
export const INGEST_LOCK_KEY = 0x6b636131;

/** Waits for the ingest lock, exclusive; held until the transaction `tx` ends. */
export async function takeIngestLock(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY}::bigint)`;
}

/** Waits for the ingest lock, shared with other loads; held until the transaction `tx` ends. */
export async function takeLoadLock(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw(loadLockQuery());
}

/**
 * The query that takes the ingest lock shared, for a statement to take it as its first step (the article
 * load claims its article row in the same statement: src/db/loadTransaction.ts). Only for a statement
 * that reads nothing the exclusive holders write: its snapshot is taken before the lock is granted.
 */
export function loadLockQuery(): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock_shared(${INGEST_LOCK_KEY}::bigint)`;
}
