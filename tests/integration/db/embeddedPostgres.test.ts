// src/db/embeddedPostgres.ts: lifecycle, restarts, and recovery from killed runs.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../../src/db/embeddedPostgres';
import { startFixture } from '../../support/processes';
import { waitFor } from '../../support/waitFor';

/** Pids of processes whose command line names this data directory (`postgres -D dir` and its children's titles do not, so pid file + cwd scan too). */
function postgresProcessesFor(dataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `postgres -D ${dataDir}`], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let root: string;
  const servers: EmbeddedPostgres[] = [];
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'embedded-pg-test-'));
    chmodSync(root, 0o755); // mkdtemp makes it 0700: the `postgres` OS user must get through
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(root, { recursive: true, force: true });
  });
  const start = async (dataDir: string, options: { maxConnections?: number } = {}) => {
    const server = await startEmbeddedPostgres({ dataDir, ephemeral: true, ...options });
    servers.push(server);
    return server;
  };

  it('initialises a new directory, serves the app database on 127.0.0.1, and stop() leaves no process', async () => {
    const dataDir = path.join(root, 'fresh', 'nested'); // created if missing
    const server = await start(dataDir);
    expect(server.url).toMatch(/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/app$/);
    expect((await query(server.url, 'SELECT current_database() AS db')).rows[0].db).toBe('app');
    expect(postgresProcessesFor(dataDir)).toEqual([server.pid]);

    await server.stop();
    await server.stop(); // idempotent
    expect(isAlive(server.pid)).toBe(false);
    expect(postgresProcessesFor(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('takes max_connections from the caller (npm start makes room for every cluster worker\'s pool)', async () => {
    const server = await start(path.join(root, 'connections'), { maxConnections: 157 });
    expect((await query(server.url, 'SHOW max_connections')).rows[0].max_connections).toBe('157');
    await server.stop();
  });

  it('restarts on an existing data directory with its data', async () => {
    const dataDir = path.join(root, 'restart');
    const first = await start(dataDir);
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await start(dataDir);
    expect((await query(second.url, 'SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
    await second.stop();
  });

  it('takes over from a run whose Node process was SIGKILLed (Postgres left running)', async () => {
    const dataDir = path.join(root, 'orphan');
    const { child, ready } = await startFixture<{ url: string; pid: number }>('runEmbeddedPostgres.ts', [dataDir]);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(isAlive(ready.pid)).toBe(true); // the orphan

    const server = await start(dataDir);
    expect(isAlive(ready.pid)).toBe(false);
    expect((await query(server.url, 'SELECT 1 AS ok')).rows[0].ok).toBe(1);
    await server.stop();
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });

  it('starts over a stale postmaster.pid after Postgres itself was SIGKILLed', async () => {
    const dataDir = path.join(root, 'stale');
    const first = await start(dataDir);
    process.kill(first.pid, 'SIGKILL');
    await waitFor('the first server to exit', () => !isAlive(first.pid));
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

    const second = await start(dataDir);
    expect((await query(second.url, 'SELECT 1 AS ok')).rows[0].ok).toBe(1);
    await second.stop();
    await first.stop(); // already dead: must not throw
  });

  it('starts over a postmaster.pid naming a recycled pid of an unrelated live process', async () => {
    const dataDir = path.join(root, 'recycled');
    const first = await start(dataDir);
    await first.stop();
    // Postgres alone would refuse: it takes any live pid in the file for a running server.
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n`);
    const second = await start(dataDir);
    expect((await query(second.url, 'SELECT 1 AS ok')).rows[0].ok).toBe(1);
    await second.stop();
  });

  it('refuses a data directory that another live process is serving', async () => {
    const dataDir = path.join(root, 'busy');
    const first = await start(dataDir);
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already running on data directory/);
    await first.stop();
  });

  it('explains an unusable data directory in one line', async () => {
    if (process.getuid?.() === 0) {
      const locked = mkdtempSync(path.join(os.tmpdir(), 'embedded-pg-locked-')); // 0700, owned by root
      await expect(startEmbeddedPostgres({ dataDir: path.join(locked, 'db') })).rejects.toThrow(/is not writable by the OS user "postgres"/);
      rmSync(locked, { recursive: true, force: true });
    }

    const notPostgres = path.join(root, 'not-postgres');
    mkdirSync(notPostgres);
    writeFileSync(path.join(notPostgres, 'notes.txt'), 'hello');
    await expect(startEmbeddedPostgres({ dataDir: notPostgres })).rejects.toThrow(/neither empty nor a Postgres data directory/);

    const underAFile = path.join(root, 'not-postgres', 'notes.txt', 'db');
    await expect(startEmbeddedPostgres({ dataDir: underAFile })).rejects.toThrow(/^Cannot create the Postgres data directory .*ENOTDIR$/);
  });
});
