/**
 * The advisory lock that serializes every write touching entity keys: article
 * loads (src/db/articleWriter.ts) and correction merges (src/db/merge.ts).
 * Transaction-scoped, so it goes away with the transaction, however it ends.
 */
import type { Prisma } from '../generated/prisma/client';

/** Arbitrary but fixed: "kca1". */
export const INGEST_LOCK_KEY = 0x6b636131;

/** Waits for the ingest lock; held until the transaction `tx` ends. */
export async function takeIngestLock(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY}::bigint)`;
}
