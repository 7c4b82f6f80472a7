/** /readyz: the database answers (within the acquire timeout) and every migration is applied. */
import { migrationStatus } from '../db/migrate';
import { ping } from '../db/reads';
import type { Database } from '../db/client';
import { withDeadline } from './deadline';

export interface Readiness {
  ready: boolean;
  database: string;
  migrations: string;
}

export async function readiness(db: Database, databaseUrl: string, timeoutMs: number): Promise<Readiness> {
  try {
    // Bounded: a database that hangs instead of refusing must not hang the probe.
    await withDeadline(ping(db.pool), timeoutMs, () => new Error(`no answer within ${timeoutMs} ms`));
  } catch (e) {
    return { ready: false, database: `unreachable: ${(e as Error).message}`, migrations: 'unknown' };
  }
  try {
    const status = await migrationStatus(databaseUrl);
    return { ready: status.upToDate, database: 'ok', migrations: status.upToDate ? 'ok' : `pending: ${status.pending.join(', ')}` };
  } catch (e) {
    return { ready: false, database: 'ok', migrations: `unknown: ${(e as Error).message}` };
  }
}
