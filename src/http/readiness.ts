/**
 * /readyz: the database answers (within the acquire timeout), every migration
 * is applied, and a real read through the pool works (the read path's own
 * statement on a real table: a pooler that breaks our statements, or tables
 * we cannot read, make it fail while `SELECT 1` still answers).
 *
 * With a read replica (DATABASE_READ_URL), `replica` reports a check made
 * now (state, lag, replayed position; the read path's statement runs there
 * too). It does not make the instance unready: reads then go to the primary.
 */
import { migrationStatus } from '../db/migrate';
import { probeReadPath } from '../db/paging';
import { ping } from '../db/reads';
import type { Database } from '../db/client';
import type { ReadReplica, ReplicaStatus } from '../db/replica';
import { withDeadline } from '../lib/deadline';

export interface Readiness {
  ready: boolean;
  database: string;
  migrations: string;
  replica?: ReplicaStatus;
}

export async function readiness(db: Database, databaseUrl: string, timeoutMs: number, replica?: ReadReplica): Promise<Readiness> {
  if (!replica) return primaryReadiness(db, databaseUrl, timeoutMs);
  const [primary, replicaStatus] = await Promise.all([primaryReadiness(db, databaseUrl, timeoutMs), replica.check()]);
  return { ...primary, replica: replicaStatus };
}

async function primaryReadiness(db: Database, databaseUrl: string, timeoutMs: number): Promise<Readiness> {
  // Bounded: a database that hangs instead of refusing must not hang the probe.
  const bounded = (work: Promise<void>) => withDeadline(work, timeoutMs, () => new Error(`no answer within ${timeoutMs} ms`));
  try {
    await bounded(ping(db.pool));
  } catch (e) {
    return { ready: false, database: `unreachable: ${(e as Error).message}`, migrations: 'unknown' };
  }
  let status: Awaited<ReturnType<typeof migrationStatus>>;
  try {
    status = await migrationStatus(databaseUrl);
  } catch (e) {
    return { ready: false, database: 'ok', migrations: `unknown: ${(e as Error).message}` };
  }
  if (!status.upToDate) return { ready: false, database: 'ok', migrations: `pending: ${status.pending.join(', ')}` };
  try {
    await bounded(probeReadPath(db.pool));
  } catch (e) {
    return { ready: false, database: `queries failing: ${(e as Error).message}`, migrations: 'ok' };
  }
  return { ready: true, database: 'ok', migrations: 'ok' };
}
