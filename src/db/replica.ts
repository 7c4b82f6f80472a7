/**
 * A streaming read replica (DATABASE_READ_URL) beside the primary
 * (DATABASE_URL): its pool, a monitor that knows whether it may serve reads,
 * and readers that send a request's statements to it or to the primary.
 * Which requests may use it (no mutation, the client's last write already
 * replayed) is decided by the caller (src/context.ts); this file only knows
 * positions in the WAL.
 *
 * The monitor checks every `checkIntervalMs`: the primary's flushed WAL
 * position (a sample, with the time it was taken), then on the replica
 * pg_is_in_recovery(), pg_last_wal_replay_lsn() and the read path's own
 * statement. Lag is measured against the primary's samples, not the
 * replica's clock or its last-replayed timestamp (which grows while the
 * primary is idle and stays small while the replica is cut off): it is the
 * time since the primary had flushed WAL that the replica has not replayed
 * yet, 0 when it has replayed everything the last sample showed. The replica
 * serves reads while it is reachable, a standby, answers the read path and
 * is at most `maxLagMs` behind; otherwise reads go to the primary.
 */
import type { Pool } from 'pg';
import { withDeadline } from '../lib/deadline';
import { createPool, type DatabaseOptions } from './client';
import { databaseErrorCode } from './errors';
import { probeReadPath } from './paging';
import type { DbLogger } from './schemaEngine';

export type Reader = Pick<Pool, 'query'>;

export type ReplicaState = 'starting' | 'ok' | 'lagging' | 'unreachable' | 'queries failing' | 'not a standby';

export interface ReplicaStatus {
  state: ReplicaState;
  /** Reads may go to the replica (state ok). */
  serving: boolean;
  /** Milliseconds since the primary had flushed WAL the replica has not replayed (0: caught up at the last check); null when unknown. */
  lagMs: number | null;
  /** pg_last_wal_replay_lsn() at the last check. */
  replayLsn: string | null;
  /** Why it does not serve, when it does not. */
  detail?: string;
}

/** A request's reader: its first statement picks the replica or the primary, and the rest follow (see readerFor). */
export interface RoutedReader extends Reader {
  readonly target: 'replica' | 'primary' | undefined;
}

export interface ReadReplica {
  readonly pool: Pool;
  status(): ReplicaStatus;
  /** The replica serves reads and has replayed `minLsn` (a client's last write), when given. */
  canServe(minLsn?: bigint): boolean;
  /** Checks now (a check already running is joined) and returns the new status. */
  check(): Promise<ReplicaStatus>;
  /**
   * A reader for one request. Its first statement goes to the replica when
   * `mayUseReplica()` says so, else to the primary, and every later statement
   * follows (one request never reads the replica after the primary, which
   * could go back in time). A statement the replica cannot run (unreachable,
   * cancelled by a recovery conflict, no free connection) runs on the primary
   * instead, and the rest of the request stays there.
   */
  readerFor(primary: Reader, mayUseReplica: () => boolean): RoutedReader;
  /** Statements sent to each side by readers, and how many fell back. */
  readonly counts: { readonly replica: number; readonly primary: number; readonly fallbacks: number };
  close(): Promise<void>;
}

export interface ReadReplicaOptions extends DatabaseOptions {
  maxLagMs: number;
  checkIntervalMs: number;
  /** Each change of state is logged (warn when it stops serving, info when it serves again). */
  logger?: DbLogger;
}

/** A Postgres LSN (`16/B374D848`) as a number; undefined for anything else. */
export function parseLsn(text: string): bigint | undefined {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : undefined;
}

/**
 * Called on the primary after a write committed: a WAL position at or past
 * its commit record that a replica will reach. With synchronous_commit on (or
 * local, remote_*), the commit waited for its WAL to be flushed, so the flush
 * position covers it and is what a replica receives. With it off, the commit
 * may not be flushed yet: the insert position covers it, and is flushed
 * within a few wal_writer_delay.
 */
export async function writtenLsn(primary: Reader): Promise<string> {
  const { rows } = await primary.query<{ lsn: string }>(
    "SELECT (CASE WHEN current_setting('synchronous_commit') = 'off' THEN pg_current_wal_insert_lsn() ELSE pg_current_wal_flush_lsn() END)::text AS lsn",
  );
  return rows[0]!.lsn;
}

/** Recovery conflicts: a standby cancels a read whose rows replay must remove (serialization_failure, deadlock_detected). */
const RECOVERY_CONFLICT = new Set(['40001', '40P01']);

function fallsBack(error: unknown): boolean {
  const code = databaseErrorCode(error);
  return code === 'DATABASE_UNAVAILABLE' || code === 'DATABASE_BUSY' || RECOVERY_CONFLICT.has(String((error as { code?: unknown } | null)?.code));
}

type AnyQuery = (...args: unknown[]) => Promise<unknown>;

export async function openReadReplica(url: string, primary: Reader, options: ReadReplicaOptions): Promise<ReadReplica> {
  const { maxLagMs, checkIntervalMs, logger } = options;
  const pool = createPool(url, { ...options, applicationName: options.applicationName ?? 'kca-knowledge-api (reads)' });
  // Checks have a connection of their own: they never wait behind busy reads, nor take a reader's place.
  const checks = createPool(url, { ...options, poolMax: 1, applicationName: 'kca-knowledge-api (replica check)' });
  const timeoutMs = options.acquireTimeoutMs ?? 5000;
  const bounded = <T>(work: Promise<T>) => withDeadline(work, timeoutMs, () => new Error(`no answer within ${timeoutMs} ms`));
  const counts = { replica: 0, primary: 0, fallbacks: 0 };
  let current: ReplicaStatus = { state: 'starting', serving: false, lagMs: null, replayLsn: null, detail: 'not checked yet' };
  let replayed: bigint | undefined;
  /** The primary's flushed positions, oldest first, over the last maxLag and a few checks (the newest always kept). */
  const samples: { lsn: bigint; at: number }[] = [];

  const setStatus = (next: ReplicaStatus) => {
    if (next.state !== current.state) {
      const line = `read replica: ${current.state} → ${next.state}${next.detail ? ` (${next.detail})` : ''}`;
      if (next.serving) logger?.info(line);
      else logger?.warn(line);
    }
    current = next;
  };

  const lagAt = (now: number): number | null => {
    const newest = samples.at(-1);
    if (!newest || replayed === undefined) return null;
    if (replayed >= newest.lsn) return 0;
    return now - samples.find((s) => s.lsn > replayed!)!.at;
  };

  async function sampleReplica(): Promise<ReplicaStatus> {
    let row: { standby: boolean; replayed: string | null };
    try {
      row = (await bounded(checks.query<{ standby: boolean; replayed: string | null }>('SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed'))).rows[0]!;
    } catch (e) {
      return { state: 'unreachable', serving: false, lagMs: null, replayLsn: current.replayLsn, detail: (e as Error).message };
    }
    if (!row.standby || !row.replayed) {
      return { state: 'not a standby', serving: false, lagMs: null, replayLsn: null, detail: 'pg_is_in_recovery() is false: a primary (promoted?), not a replica of DATABASE_URL' };
    }
    replayed = parseLsn(row.replayed);
    const base = { replayLsn: row.replayed, lagMs: lagAt(Date.now()) };
    try {
      await bounded(probeReadPath(checks));
    } catch (e) {
      return { ...base, state: 'queries failing', serving: false, detail: (e as Error).message };
    }
    if (base.lagMs === null) return { ...base, state: 'starting', serving: false, detail: "the primary's position is not known yet" };
    if (base.lagMs > maxLagMs) return { ...base, state: 'lagging', serving: false, detail: `more than ${maxLagMs} ms behind the primary (DATABASE_READ_MAX_LAG_MS)` };
    return { ...base, state: 'ok', serving: true };
  }

  async function checkOnce(): Promise<ReplicaStatus> {
    // The primary first: a replica that has replayed this sample by the time it is asked is caught up.
    try {
      const { rows } = await bounded(primary.query<{ lsn: string }>('SELECT pg_current_wal_flush_lsn()::text AS lsn'));
      const lsn = parseLsn(rows[0]!.lsn);
      const now = Date.now();
      if (lsn !== undefined) samples.push({ lsn, at: now });
      while (samples.length > 1 && samples[0]!.at < now - maxLagMs - 3 * checkIntervalMs) samples.shift();
    } catch {
      // The primary's trouble is /readyz's `database` line; the lag is judged against the samples already taken.
    }
    const next = await sampleReplica();
    setStatus(next);
    return next;
  }

  let running: Promise<ReplicaStatus> | undefined;
  const check = () => (running ??= checkOnce().finally(() => (running = undefined)));

  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const loop = () => {
    timer = setTimeout(() => void check().finally(() => !closed && loop()), checkIntervalMs);
    timer.unref();
  };
  await check();
  loop();

  return {
    pool,
    counts,
    status: () => current,
    canServe: (minLsn) => current.serving && (minLsn === undefined || (replayed !== undefined && replayed >= minLsn)),
    check,
    readerFor(primaryReader, mayUseReplica) {
      let target: 'replica' | 'primary' | undefined;
      const onPrimary = (args: unknown[]) => {
        counts.primary++;
        return (primaryReader.query as AnyQuery).apply(primaryReader, args);
      };
      const query = (...args: unknown[]) => {
        target ??= mayUseReplica() ? 'replica' : 'primary';
        if (target === 'primary') return onPrimary(args);
        counts.replica++;
        return (pool.query as AnyQuery).apply(pool, args).catch((error: unknown) => {
          if (!fallsBack(error)) throw error;
          target = 'primary';
          counts.fallbacks++;
          // Seen before the next check: the following requests go to the primary at once.
          if (databaseErrorCode(error) === 'DATABASE_UNAVAILABLE') setStatus({ ...current, state: 'unreachable', serving: false, detail: (error as Error).message });
          return onPrimary(args);
        });
      };
      return {
        get target() {
          return target;
        },
        query: query as unknown as Pool['query'],
      };
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
      await Promise.all([pool.end(), checks.end()]);
    },
  };
}
