/**
 * "Ours, all workers" for `npm run bench`: the product itself as `npm start`
 * runs it (the compiled server, WEB_CONCURRENCY = CPUs, node:cluster workers
 * sharing one port) on the bench database, production settings, no seeding
 * or re-extraction. Its answers are compared with ours (one process) before
 * timing, like every other target's (bench/run.ts). Statements are not
 * counted here: the workers are separate processes with their own pools; the
 * one-process server's count is the same code's.
 */
import { spawn } from 'node:child_process';
import { open } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

export interface AllWorkers {
  url: string;
  workers: number;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Builds the server if a source is newer than the last build (as `npm start` does). */
async function buildIfStale(): Promise<void> {
  const build = spawn(process.execPath, ['src/build/server.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  const code = await new Promise((resolve) => build.once('exit', resolve));
  if (code !== 0) throw new Error('building the server (src/build/server.mjs) failed');
}

/** Starts the cluster; resolves once every worker serves (cluster_workers on /metrics). Its log goes to `logFile`. */
export async function startAllWorkers(databaseUrl: string, serverEnv: Record<string, string>, logFile: string): Promise<AllWorkers> {
  await buildIfStale();
  const workers = os.availableParallelism();
  const port = await freePort();
  const log = await open(logFile, 'w');
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/index.js'], {
    cwd: ROOT,
    // As deployed (LOG_LEVEL=info: one line per request, like the one-process server in bench/serve.ts).
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', WEB_CONCURRENCY: String(workers), SEED_ON_START: 'false', REEXTRACT_ON_START: 'false', ...serverEnv },
    stdio: ['ignore', log.fd, log.fd],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await log.close();
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the cluster exited with code ${child.exitCode} before it was ready: see ${path.relative(ROOT, logFile)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the cluster was not ready within 120 s: see ${path.relative(ROOT, logFile)}`);
    }
    const serving = await fetch(`http://127.0.0.1:${port}/metrics`)
      .then(async (r) => Number(/^cluster_workers (\d+)$/m.exec(await r.text())?.[1] ?? 0))
      .catch(() => 0);
    if (serving === workers) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}/graphql`, workers, stop };
}
