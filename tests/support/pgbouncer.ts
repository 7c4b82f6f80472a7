// PgBouncer (Debian's pgbouncer package, 1.18) in front of a test database,
// for the tests of DATABASE_POOLER=transaction. Tests on it run where the
// binary is installed; elsewhere they are skipped with a message saying how
// to enable them, except with CI=true (.ci/run installs the package), where a
// missing binary fails the test instead.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const PGBOUNCER_BIN = '/usr/sbin/pgbouncer';
export const HAVE_PGBOUNCER = existsSync(PGBOUNCER_BIN);
const IN_CI = process.env.CI === 'true';
export const PGBOUNCER_HOW_TO_ENABLE = `pgbouncer not found at ${PGBOUNCER_BIN}: apt-get install --no-install-recommends pgbouncer enables this test`;

/** `describe` when pgbouncer is installed; otherwise a failing test with CI=true, else skipped with a warning. */
export function describeOnPgbouncer(name: string, body: () => void): void {
  if (HAVE_PGBOUNCER) {
    describe(name, body);
  } else if (IN_CI) {
    describe(name, () => {
      test('requires pgbouncer with CI=true', () => {
        throw new Error(`CI=true requires the pgbouncer tests: ${PGBOUNCER_HOW_TO_ENABLE}`);
      });
    });
  } else {
    console.warn(`"${name}" skipped. ${PGBOUNCER_HOW_TO_ENABLE}.`);
    describe.skip(`${name} (skipped: ${PGBOUNCER_HOW_TO_ENABLE})`, body);
  }
}

export interface Pgbouncer {
  /** `serverUrl` with pgbouncer's host and port instead (same user, password and database). */
  url: string;
  port: number;
  /** Everything pgbouncer printed (all its runs). */
  output(): string;
  /** Stops the process (SIGTERM, then SIGKILL); the port is kept for start(). Idempotent. */
  stop(): Promise<void>;
  /** Starts it again on the same port after stop(). */
  start(): Promise<void>;
  /** stop(), and removes its directory. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Every pgbouncer still running when the test process exits is killed (no leftovers, even on a crash). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

const iniValue = (value: string) => value.replace(/[\s'"\\]/g, (c) => `\\${c}`);

/**
 * pgbouncer on a free 127.0.0.1 port in front of `serverUrl`'s server, every
 * database passed through (`* =`), logging in to Postgres as the URL's user.
 * Clients are not authenticated (auth_type=any), as on a private network.
 * `defaultPoolSize` below the app's pool size makes clients share server
 * connections, which is what breaks session state.
 */
export async function startPgbouncer(serverUrl: string, options: { poolMode?: 'transaction' | 'session'; defaultPoolSize?: number } = {}): Promise<Pgbouncer> {
  const server = new URL(serverUrl);
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgbouncer-'));
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  const ini = [
    '[databases]',
    `* = host=${server.hostname} port=${server.port || 5432} user=${iniValue(decodeURIComponent(server.username))} password=${iniValue(decodeURIComponent(server.password))}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = any',
    `pool_mode = ${options.poolMode ?? 'transaction'}`,
    `default_pool_size = ${options.defaultPoolSize ?? 4}`,
    'max_client_conn = 200',
    // As an operator would run it: no ignore_startup_parameters, so a client sending session settings at startup is refused.
    'server_reset_query =',
    'log_connections = 0',
    'log_disconnections = 0',
    // pgbouncer refuses to run as root: it drops to the `postgres` user the embedded server also runs as.
    ...(asRoot ? ['user = postgres'] : []),
  ].join('\n');
  const iniFile = path.join(dir, 'pgbouncer.ini');
  writeFileSync(iniFile, `${ini}\n`, { mode: 0o644 });

  let child: ChildProcess | undefined;
  let out = '';
  const start = async () => {
    if (child) return;
    const started = spawn(PGBOUNCER_BIN, [iniFile], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    child = started;
    running.add(started);
    started.stdout!.on('data', (d) => (out += d));
    started.stderr!.on('data', (d) => (out += d));
    started.once('exit', () => {
      running.delete(started);
      if (child === started) child = undefined;
    });
    const deadline = Date.now() + 15_000;
    while (!(await accepts(port))) {
      if (!child) throw new Error(`pgbouncer exited at start:\n${out}`);
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`pgbouncer did not listen on ${port} within 15 s:\n${out}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async () => {
    const current = child;
    if (!current) return;
    const exited = new Promise<void>((resolve) => (current.exitCode !== null || current.signalCode !== null ? resolve() : current.once('exit', () => resolve())));
    current.kill('SIGTERM');
    const timer = setTimeout(() => current.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  await start().catch((error) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const url = new URL(serverUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    port,
    output: () => out,
    stop,
    start,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** pgbouncer's version line (`PgBouncer 1.18.0`), for the test's name and log. */
export function pgbouncerVersion(): string {
  const result = spawnSync(PGBOUNCER_BIN, ['--version'], { encoding: 'utf8' });
  return (result.stdout ?? '').split('\n')[0]?.trim() ?? '';
}
