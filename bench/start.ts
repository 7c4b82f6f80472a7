/**
 * npm run bench:start: start-up time and memory of `npm start`, before and
 * after issue 16, in one run on one database:
 *
 *   tsx, 1 process        node --import tsx src/index.ts, WEB_CONCURRENCY=1 (what `npm start` ran before)
 *   compiled, 1 process   node dist/server/index.js, WEB_CONCURRENCY=1
 *   compiled, N workers   node dist/server/index.js, WEB_CONCURRENCY=N (N = CPUs: `npm start`'s default)
 *
 * Each is started `--runs` times (alternating) with NODE_ENV=production and
 * DATABASE_URL set to a database of its own (embedded Postgres under
 * .bench/pg-start, seeded once beforehand), so the time measured is the
 * server's own: spawn → first 200 from /readyz (polled every 10 ms), which
 * includes migrations check, seed check (5 unchanged articles), schema, pool
 * and, with workers, forking them. RSS is the sum of VmRSS over the process
 * and its workers: at ready, and after `--seconds` of load (10 connections, a
 * nested query). Medians are printed as a Markdown table and a START line.
 *
 *   npm run bench:start [-- --runs 3 --seconds 5]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/bootstrap';
import { createLogger } from '../src/logger';
import { freePort } from './targets';

const ROOT = path.resolve(__dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 3);
const SECONDS = arg('seconds', 5);
const WORKERS = os.availableParallelism();
const QUERY = '{ countries(first: 20) { nodes { iso2 name organizations(first: 10) { nodes { name agreements(first: 5) { nodes { title } } } } } } }';

interface Variant {
  name: string;
  args: string[];
  workers: number;
}

const VARIANTS: Variant[] = [
  { name: 'tsx, 1 process (before)', args: ['--import', 'tsx', 'src/index.ts'], workers: 1 },
  { name: 'compiled, 1 process', args: ['--enable-source-maps', 'dist/server/index.js'], workers: 1 },
  { name: `compiled, ${WORKERS} workers (npm start's default here)`, args: ['--enable-source-maps', 'dist/server/index.js'], workers: WORKERS },
];

const rssMb = (pid: number): number => {
  try {
    return Number(/^VmRSS:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

function treeOf(pid: number): number[] {
  const out = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number)) out.push(...treeOf(child));
    }
  } catch {
    // gone
  }
  return out;
}

const treeRss = (pid: number) => treeOf(pid).reduce((sum, p) => sum + rssMb(p), 0);

async function waitReady(port: number, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface Sample {
  readyMs: number;
  rssReadyMb: number;
  rssLoadedMb: number;
  requestsPerSecond: number;
}

async function runOnce(variant: Variant, databaseUrl: string): Promise<Sample> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, variant.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, PORT: String(port), WEB_CONCURRENCY: String(variant.workers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitReady(port, child, () => out);
    const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
    // With workers, /readyz answers once the first listens; give the rest (and the first's GC) a moment.
    await new Promise((r) => setTimeout(r, 1000));
    const rssReadyMb = treeRss(child.pid!);
    const load = await autocannon({ url: `http://127.0.0.1:${port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }), connections: 10, duration: SECONDS });
    if (load.non2xx || load.errors) throw new Error(`${variant.name}: ${load.non2xx} non-2xx, ${load.errors} errors under load`);
    return { readyMs, rssReadyMb, rssLoadedMb: treeRss(child.pid!), requestsPerSecond: load.requests.average };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const build = spawn(process.execPath, ['src/build/server.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if ((await new Promise((resolve) => build.once('exit', resolve))) !== 0) throw new Error('building the server failed');
  const config = loadConfig({ ...process.env, DATA_DIR: path.join(ROOT, '.bench', 'pg-start'), LOG_LEVEL: 'warn', DATABASE_URL: '' });
  const opened = await openDatabase(config, createLogger('warn'));
  try {
    // Seeds the database once, so every measured start finds the 5 articles unchanged.
    await runOnce(VARIANTS[1]!, opened.url);
    const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.name, []]));
    for (let r = 0; r < RUNS; r++) {
      for (const variant of VARIANTS) {
        const s = await runOnce(variant, opened.url);
        samples.get(variant.name)!.push(s);
        console.log(`run ${r + 1} ${variant.name}: ready in ${s.readyMs.toFixed(0)} ms, RSS ${s.rssReadyMb.toFixed(0)} MB at ready, ${s.rssLoadedMb.toFixed(0)} MB after ${SECONDS} s load (${s.requestsPerSecond.toFixed(0)} req/s)`);
      }
    }
    const rows = VARIANTS.map((v) => {
      const s = samples.get(v.name)!;
      return `| ${v.name} | ${median(s.map((x) => x.readyMs)).toFixed(0)} | ${median(s.map((x) => x.rssReadyMb)).toFixed(0)} | ${median(s.map((x) => x.rssLoadedMb)).toFixed(0)} | ${median(s.map((x) => x.requestsPerSecond)).toFixed(0)} |`;
    });
    const med = (i: number, f: (s: Sample) => number) => median(samples.get(VARIANTS[i]!.name)!.map(f)).toFixed(0);
    console.log(
      [
        '',
        `Start-up, ${new Date().toISOString()}: median of ${RUNS} runs, ${os.cpus().length} CPUs, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
        '',
        `| start | spawn → /readyz 200 (ms) | RSS at ready (MB) | RSS after ${SECONDS} s load (MB) | req/s during that load (nested) |`,
        '|---|---:|---:|---:|---:|',
        ...rows,
        '',
        `START tsxMs=${med(0, (s) => s.readyMs)} compiledMs=${med(1, (s) => s.readyMs)} allMs=${med(2, (s) => s.readyMs)} tsxRss=${med(0, (s) => s.rssReadyMb)} compiledRss=${med(1, (s) => s.rssReadyMb)} allRss=${med(2, (s) => s.rssReadyMb)}`,
      ].join('\n'),
    );
  } finally {
    await opened.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:start failed: ${(e as Error).message}`);
  process.exit(1);
});
