// The product's own start path as a child process, for tests that run it the way a user does:
// `npm start` itself, the compiled server it execs (`node dist/server/index.js`, built by
// src/build/server.mjs), or the same entry from source (`node --import tsx src/index.ts`,
// `npm run start:tsx`; no build needed, the default here).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** What `npm start` runs: the server compiled by src/build/server.mjs. */
export const COMPILED_ENTRY = path.join(ROOT, 'dist', 'server', 'index.js');

/** Builds dist/server/index.js when a source changed since the last build (as `npm start`'s prestart does); rejects with the build's output if it fails. */
export function buildServer(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'src', 'build', 'server.mjs'), '--if-stale'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the server failed (exit ${code}):\n${out}`))));
  });
}

export interface SpawnOptions {
  /**
   * `node`: the server's entry from source through tsx (default). `compiled`: the command `npm start`
   * execs, spawned directly (call buildServer() first). `npm`: `npm start` itself (which builds when stale).
   */
  via?: 'node' | 'compiled' | 'npm';
  /** A process group of its own (its pid is the group id), to signal the group as a terminal does. */
  detached?: boolean;
}

export interface StartedProduct {
  child: ChildProcess;
  /** The GraphQL URL the process logged, e.g. http://127.0.0.1:40123/graphql. */
  url: string;
  output: () => string;
}

/**
 * `npm start`'s command with only PATH and HOME from outside plus `env`; its stdout and stderr collected.
 * One process (WEB_CONCURRENCY=1) unless `env` asks for workers: the tests of the cluster do.
 */
function spawnProduct(env: Record<string, string>, options: SpawnOptions = {}): { child: ChildProcess; output: () => string } {
  const [command, args] =
    options.via === 'npm'
      ? ['npm', ['start']]
      : options.via === 'compiled'
        ? [process.execPath, ['--enable-source-maps', COMPILED_ENTRY]]
        : [process.execPath, ['--import', 'tsx', 'src/index.ts']];
  const child = spawn(command, args as string[], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', WEB_CONCURRENCY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, output: () => out };
}

/** Runs the product until it exits by itself (startup errors): its exit code and everything it printed. */
export async function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnProduct(env);
  return { code: await exitOf(child), output: output() };
}

/**
 * Spawns the product with PORT=0 and LOG_LEVEL=info plus `env`, and resolves
 * once it logs that it is ready (killed if it does not within `timeoutMs`).
 */
export function startProduct(env: Record<string, string>, timeoutMs = 150_000, options: SpawnOptions = {}): Promise<StartedProduct> {
  const { child, output } = spawnProduct({ PORT: '0', LOG_LEVEL: 'info', ...env }, options);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killTree(child, 'SIGKILL'); // nothing to hand back to stop it later
      reject(new Error(`no URL logged within ${timeoutMs / 1000} s:\n${output()}`));
    }, timeoutMs);
    const check = () => {
      const m = /ready at (http:\/\/\S+\/graphql)/.exec(output());
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output });
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving:\n${output()}`));
    });
  });
}

/**
 * The child's exit code, once its output has been read to the end ('close'), so a test can check its last lines:
 * at 'exit' the pipes may still hold them. Bounded: if something else keeps the pipes open, 5 s after 'exit'.
 */
export function exitOf(child: ChildProcess): Promise<number | null> {
  const drained = () => (child.stdout?.readableEnded ?? true) && (child.stderr?.readableEnded ?? true);
  return new Promise((resolve) => {
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (exited && drained()) return resolve(child.exitCode);
    child.once('close', () => resolve(child.exitCode));
    const bound = () => setTimeout(() => resolve(child.exitCode), 5_000).unref();
    if (exited) bound();
    else child.once('exit', bound);
  });
}

/** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves with the exit code. */
export async function stopProduct(child: ChildProcess, graceMs = 30_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = exitOf(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => killTree(child, 'SIGKILL'), graceMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a process with this id exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Process ids below `pid` (Linux /proc; none elsewhere). */
export function descendantsOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      children.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    }
  } catch {
    // Gone already, or no /proc.
  }
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

/**
 * Signals the child and everything it started (npm's node child, tsx's
 * esbuild service, the embedded Postgres): nobody relays SIGKILL.
 */
export function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  for (const pid of [...descendantsOf(child.pid).reverse(), child.pid]) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}
