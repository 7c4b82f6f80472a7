/**
 * npm run bench:ingest -- --articles N [--workers 1,2,4] [--seed S] [--baseline GIT_REF] [--extract-thread on|off] [--out FILE]
 *
 * Ingestion benchmark: N generated articles (bench/corpus.ts) through the
 * REAL pipeline, once per entry of --workers, each time into a fresh
 * database of its own, with that many loader processes in parallel (each
 * loads every w-th article: bench/ingest-loader.ts). Prints progress every
 * 1,000 articles, then per run articles/s, peak RSS and rows per table;
 * checks that every run ends with exactly the records of the first (a
 * canonical snapshot naming rows by key: tests/support/recordSnapshot.ts);
 * ends with `INGEST w1=<articles/s> w2=... same=<true|false>`.
 *
 * Each loader extracts in place, one core per loader (INGEST_EXTRACT_THREAD=off,
 * as queue workers always do); --extract-thread on measures `npm run seed`'s
 * default instead, extraction on a thread a step ahead of the writes.
 *
 * --baseline GIT_REF also runs that commit's own bench:ingest (one loader,
 * same corpus, a fresh database on the same server) in a temporary git
 * worktree, so a speed-up is measured against a baseline of the same run.
 *
 * Database: with DATABASE_URL unset, a fresh embedded Postgres under
 * .bench/pg-ingest (wiped first; never the dev database under .data); with
 * DATABASE_URL set, that server (the database must hold no articles, and
 * the role must be allowed to create the per-run databases).
 */
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../src/db/client';
import { applyMigrations } from '../src/db/migrate';
import { recordSnapshot, snapshotDiff } from '../tests/support/recordSnapshot';
import { DEFAULT_CORPUS_SEED, positiveIntFlag as positiveInt } from './corpus';
import type { LoaderMessage } from './ingest-loader';
import { openEmptyBenchDatabase, type LoadCorpusResult } from './load-corpus';

const BENCH_DATA_DIR = '.bench/pg-ingest';
const ROOT = path.resolve(__dirname, '..');

/** Tables whose row counts the result reports (rows per article size the 1M-article estimate). */
const TABLES = [
  'articles', 'countries', 'regions', 'region_members', 'organizations', 'persons', 'agreements', 'agreement_party_countries',
  'agreement_party_organizations', 'agreement_signatories', 'statements', 'statement_mention_countries', 'statement_mention_organizations', 'facts', 'claims', 'evidence',
] as const;

/** The same server and credentials, another database. */
function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, migrated database `name` on the bench server. */
async function freshDatabase(admin: { query(sql: string): Promise<unknown> }, serverUrl: string, name: string, migrate = true): Promise<string> {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = databaseUrl(serverUrl, name);
  if (migrate) await applyMigrations(url);
  return url;
}

interface RunResult {
  workers: number;
  articles: number;
  created: number;
  unchanged: number;
  ms: number;
  articlesPerSecond: number;
  /** The largest peak RSS of any one loader process. */
  peakRssMb: number;
}

/** `workers` loader processes, each loading its shard of the corpus into `url`, started together; timed from 'go' to the last one done. */
async function runLoaders(url: string, workers: number, articles: number, seed: number, extractThread: boolean): Promise<RunResult> {
  const children = Array.from({ length: workers }, (_, index) =>
    fork(path.join(__dirname, 'ingest-loader.ts'), ['--url', url, '--articles', String(articles), '--seed', String(seed), '--index', String(index), '--of', String(workers), '--extract-thread', extractThread ? 'on' : 'off'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const done = new Array<number>(workers).fill(0);
  let reported = 0;
  let windowStart = 0;
  const progress = () => {
    const total = done.reduce((a, b) => a + b, 0);
    if (Math.floor(total / 1000) <= Math.floor(reported / 1000)) return;
    const now = performance.now();
    console.log(`  ${total}/${articles} articles  ${(((total - reported) / (now - windowStart)) * 1000).toFixed(1)} articles/s  load ${os.loadavg()[0]!.toFixed(1)}`);
    [reported, windowStart] = [total, now];
  };
  const ready: Promise<void>[] = [];
  const finished = children.map((child, i) => {
    let signalReady!: () => void;
    ready.push(new Promise<void>((resolve) => (signalReady = resolve)));
    return new Promise<LoadCorpusResult>((resolve, reject) => {
      let result: LoadCorpusResult | undefined;
      child.on('message', (m: LoaderMessage) => {
        if ('ready' in m) signalReady();
        else if ('done' in m) (done[i] = m.done), progress();
        else if ('result' in m) (result = m.result), (done[i] = m.result.articles);
        else reject(new Error(`loader ${i + 1} of ${workers}: ${m.error}`));
      });
      child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`loader ${i + 1} of ${workers} exited with ${code} before finishing`))));
    });
  });
  try {
    await Promise.race([Promise.all(ready), Promise.all(finished)]);
    const started = performance.now();
    windowStart = started;
    for (const child of children) child.send('go');
    const results = await Promise.all(finished);
    const ms = performance.now() - started;
    const sum = (f: (r: LoadCorpusResult) => number) => results.reduce((a, r) => a + f(r), 0);
    return {
      workers,
      articles: sum((r) => r.articles),
      created: sum((r) => r.created),
      unchanged: sum((r) => r.unchanged),
      ms,
      articlesPerSecond: Math.round((sum((r) => r.articles) / (ms / 1000)) * 10) / 10,
      peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/** GIT_REF's own bench:ingest (one loader), from a temporary worktree, into a fresh empty database `url`: its articles/s. */
async function runBaseline(ref: string, url: string, articles: number, seed: number): Promise<number> {
  const dir = path.join(ROOT, '.bench', 'baseline-src');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  await rm(dir, { recursive: true, force: true });
  git('worktree', 'prune');
  git('worktree', 'add', '--detach', dir, ref);
  try {
    await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const env = { ...process.env, DATABASE_URL: url };
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ingest.ts', '--articles', String(articles), '--seed', String(seed)], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      process.stdout.write(`  [baseline] ${d.toString().trimEnd().split('\n').join('\n  [baseline] ')}\n`);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Its last line: `INGEST articles=N articles/s=R ...` before --workers existed, `INGEST w1=R ...` since.
    const m = /^INGEST (?:articles=\d+ articles\/s=([\d.]+)|w1=([\d.]+))/m.exec(output);
    const rate = m?.[1] ?? m?.[2];
    if (code !== 0 || !rate) throw new Error(`the baseline bench at ${ref} failed (exit ${code})`);
    return Number(rate);
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, workers: { type: 'string' }, baseline: { type: 'string' }, 'extract-thread': { type: 'string' } } });
  // Default off: each loader process extracts in place on one core, as queue workers do, so w2 and w4 compare loaders, not threads.
  const threadFlag = values['extract-thread'] ?? 'off';
  if (threadFlag !== 'on' && threadFlag !== 'off') throw new Error(`--extract-thread must be on or off, got ${JSON.stringify(threadFlag)}`);
  const extractThread = threadFlag === 'on';
  const articles = positiveInt(values.articles, '--articles', 1000);
  const seed = positiveInt(values.seed, '--seed', DEFAULT_CORPUS_SEED);
  const workerCounts = (values.workers ?? '1').split(',').map((w) => positiveInt(w.trim(), '--workers', 1));
  const out = values.out ?? `.bench/ingest-${articles}.json`;

  const server = await openEmptyBenchDatabase(BENCH_DATA_DIR, 'bench:ingest');
  const admin = server.db.pool;
  try {
    console.log(`bench:ingest: ${articles} generated articles (seed ${seed}) through the real pipeline; loaders in parallel: ${workerCounts.join(', ')}; extraction ${extractThread ? 'on a thread a step ahead of the writes' : 'in place (INGEST_EXTRACT_THREAD=off)'}; ${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
    let baseline: number | undefined;
    if (values.baseline) {
      console.log(`baseline: ${values.baseline}'s bench:ingest, one loader`);
      baseline = await runBaseline(values.baseline, await freshDatabase(admin, server.url, 'ingest_baseline', false), articles, seed);
    }
    const runs: (RunResult & { rows: Record<string, number>; databaseBytes: number; loadAverage1m: number })[] = [];
    const snapshots: Record<string, string[]>[] = [];
    for (const workers of workerCounts) {
      const url = await freshDatabase(admin, server.url, `ingest_w${workers}`);
      console.log(`${workers} loader${workers === 1 ? '' : 's'}:`);
      const run = await runLoaders(url, workers, articles, seed, extractThread);
      const db = createDatabase(url);
      try {
        const rows: Record<string, number> = {};
        for (const table of TABLES) rows[table] = (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
        const databaseBytes = Number((await db.pool.query<{ n: string }>('SELECT pg_database_size(current_database())::text AS n')).rows[0]!.n);
        snapshots.push(await recordSnapshot(db.pool));
        runs.push({ ...run, rows, databaseBytes, loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10 });
        console.log(`  ${run.articlesPerSecond} articles/s (${(run.ms / 1000).toFixed(1)} s; ${run.created} created, ${run.unchanged} unchanged)  peak RSS per loader ${run.peakRssMb} MB  load ${os.loadavg()[0]!.toFixed(1)}`);
        console.log(`  rows: ${Object.entries(rows).map(([t, n]) => `${t}=${n}`).join(' ')}  database ${(databaseBytes / 1024 / 1024).toFixed(1)} MB`);
      } finally {
        await db.close();
      }
    }
    // Every run must hold exactly the records of the first: same keys, fields, join rows, evidence.
    const diffs = snapshots.slice(1).map((s) => snapshotDiff(snapshots[0]!, s));
    const same = diffs.every((d) => Object.keys(d).length === 0);
    diffs.forEach((d, i) => {
      for (const [table, { onlyFirst, onlySecond }] of Object.entries(d)) {
        console.log(`  DIFFERS w${workerCounts[0]} vs w${workerCounts[i + 1]}: ${table}: ${onlyFirst.length} rows only in the first, ${onlySecond.length} only in the second; e.g.\n    ${onlyFirst[0] ?? ''}\n    ${onlySecond[0] ?? ''}`);
      }
    });
    const summary = {
      benchmark: 'ingest',
      path: 'real pipeline (loadArticles, as npm run seed, one load transaction per article), N loader processes in parallel, a fresh database each',
      extraction: extractThread ? 'thread, a step ahead of the writes' : 'in place',
      seed,
      articles,
      baseline: values.baseline ? { ref: values.baseline, articlesPerSecond: baseline } : undefined,
      runs,
      same,
      node: process.version,
      // The machine is shared: a 1-minute load average far above the core count means the rates are floors.
      cores: os.availableParallelism(),
      at: new Date().toISOString(),
    };
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, JSON.stringify(summary, null, 2) + '\n');
    console.log(`  wrote ${out}`);
    if (baseline !== undefined) console.log(`BASELINE ${values.baseline} w1=${baseline} (ours w1=${runs[0]?.workers === 1 ? runs[0].articlesPerSecond : 'n/a'})`);
    console.log(`INGEST ${runs.map((r) => `w${r.workers}=${r.articlesPerSecond}`).join(' ')} same=${same}`);
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:ingest failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
