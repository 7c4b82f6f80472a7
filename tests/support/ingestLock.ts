// Keeping a request in flight for as long as a test wants: another session
// holds the ingest advisory lock that ingestArticle's transaction takes first
// (src/db/locks.ts), so the request waits in Postgres until release().
import net from 'node:net';
import pg from 'pg';
import { pgConfigFromUrl } from '../../src/db/schemaEngine';
import { INGEST_LOCK_KEY } from '../../src/db/locks';

/** A second session holding the ingest advisory lock, and a view of who waits for it. */
export async function holdIngestLock(databaseUrl: string): Promise<{ waiters(): Promise<number>; release(): Promise<void> }> {
  const client = new pg.Client(pgConfigFromUrl(databaseUrl));
  await client.connect();
  await client.query('SELECT pg_advisory_lock($1::bigint)', [INGEST_LOCK_KEY]);
  let released = false;
  return {
    async waiters() {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      );
      return rows[0]!.n;
    },
    async release() {
      if (released) return;
      released = true;
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [INGEST_LOCK_KEY]).catch(() => undefined);
      await client.end();
    },
  };
}

/** Resolves with the error code of a TCP connect to 127.0.0.1:port, or 'connected'. */
export function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

