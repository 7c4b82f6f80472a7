// A PostgreSQL 15 streaming replica of a test primary (tests/support/postgres15.ts):
// pg_basebackup -R (standby.signal and primary_conninfo written for us) with a
// physical replication slot, then `postgres` on that copy on a free port,
// through src/db/embeddedPostgres.ts with PG15's binaries (as the OS user
// `postgres` when run as root). stop() and start() stop it and start it
// again on the same port (it resumes streaming from its slot); close() stops
// it and removes its directory.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embeddedPostgres';
import { PG15_BIN_DIR } from './postgres15';

export interface StreamingReplica {
  /** postgresql:// URL of the replica's copy of the primary's database (same user and database). */
  url: string;
  port: number;
  dataDir: string;
  /** Runs `sql` on the replica as the superuser, e.g. `SELECT pg_wal_replay_pause()`. */
  query<R extends pg.QueryResultRow = any>(sql: string, values?: unknown[]): Promise<R[]>;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const osUser = (): { uid: number; gid: number } | undefined =>
  process.getuid?.() === 0
    ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()) }
    : undefined;

function run(command: string, args: string[], options: { env: NodeJS.ProcessEnv; uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}:\n${out}`))));
  });
}

/** A streaming replica of `primary` (a PG15 server started by the suite); it catches up by streaming once started. */
export async function startStreamingReplica(primary: { url: string; port: number }): Promise<StreamingReplica> {
  const user = osUser();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pg15-replica-'));
  if (user) chownSync(dataDir, user.uid, user.gid);
  chmodSync(dataDir, 0o700);
  const primaryUrl = new URL(primary.url);
  const databaseName = decodeURIComponent(primaryUrl.pathname.slice(1));
  const slot = `replica_${path.basename(dataDir).replace(/\W/g, '_').toLowerCase()}`;
  let server: EmbeddedPostgres | undefined;
  try {
    await run(
      path.join(PG15_BIN_DIR, 'pg_basebackup'),
      ['-h', '127.0.0.1', '-p', String(primary.port), '-U', decodeURIComponent(primaryUrl.username), '-D', dataDir, '-R', '-X', 'stream', '-C', '-S', slot, '--no-sync'],
      { env: { ...process.env, PGPASSWORD: decodeURIComponent(primaryUrl.password), LC_ALL: 'C' }, ...user },
    );
    server = await startEmbeddedPostgres({ dataDir, binDir: PG15_BIN_DIR, ephemeral: true, databaseName });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = server.port;
  const url = server.url;
  const query: StreamingReplica['query'] = async (sql, values) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    url,
    port,
    dataDir,
    query,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async start() {
      server ??= await startEmbeddedPostgres({ dataDir, binDir: PG15_BIN_DIR, ephemeral: true, databaseName, port });
    },
    async close() {
      try {
        await server?.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
