/**
 * npm run bench:ingest -- --articles N [--seed S] [--out FILE]
 *
 * Ingestion benchmark (issue 7, operation 6): N generated articles
 * (bench/corpus.ts) through the REAL pipeline into a database of its own,
 * printing progress every 1,000 articles, then articles/s, peak RSS and the
 * rows per table, and writing a JSON result (default .bench/ingest-N.json).
 *
 * Database: with DATABASE_URL unset, a fresh embedded Postgres under
 * .bench/pg-ingest (wiped first, so every run starts empty and never touches
 * the dev database under .data); with DATABASE_URL set, that database, which
 * must hold no articles yet.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_SEED, positiveIntFlag as positiveInt } from './corpus';
import { loadCorpus, openEmptyBenchDatabase, rssSampler } from './load-corpus';

const BENCH_DATA_DIR = '.bench/pg-ingest';

/** Tables whose row counts the result reports (rows per article size the 1M-article estimate). */
const TABLES = [
  'articles', 'countries', 'regions', 'region_members', 'organizations', 'persons', 'agreements', 'agreement_party_countries',
  'agreement_party_organizations', 'agreement_signatories', 'statements', 'statement_mention_countries', 'statement_mention_organizations', 'facts', 'evidence',
] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const articles = positiveInt(values.articles, '--articles', 1000);
  const seed = positiveInt(values.seed, '--seed', DEFAULT_CORPUS_SEED);
  const out = values.out ?? `.bench/ingest-${articles}.json`;

  const database = await openEmptyBenchDatabase(BENCH_DATA_DIR, 'bench:ingest');
  try {
    const { db } = database;

    console.log(`bench:ingest: ${articles} generated articles (seed ${seed}) through the real pipeline`);
    const overall = rssSampler();
    let windowStart = performance.now();
    const result = await loadCorpus(db, {
      articles,
      seed,
      onProgress(done, total) {
        if (done % 1000 !== 0 && done !== total) return;
        const now = performance.now();
        const size = done % 1000 === 0 ? 1000 : done % 1000;
        const rate = (size / (now - windowStart)) * 1000;
        windowStart = now;
        console.log(`  ${done}/${total} articles  ${rate.toFixed(1)} articles/s (last ${size})  rss ${(process.memoryUsage.rss() / 1024 / 1024).toFixed(0)} MB  load ${os.loadavg()[0]!.toFixed(1)}`);
      },
    });
    overall.stop();

    const rows: Record<string, number> = {};
    for (const table of TABLES) rows[table] = (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
    const bytes = (await db.pool.query<{ n: string }>('SELECT pg_database_size(current_database())::text AS n')).rows[0]!.n;
    const articlesPerSecond = result.articles / (result.ms / 1000);
    const summary = {
      benchmark: 'ingest',
      path: 'real pipeline (loadArticleText: extract + one load transaction per article)',
      seed,
      ...result,
      articlesPerSecond: Math.round(articlesPerSecond * 10) / 10,
      msPerArticle: Math.round((result.ms / result.articles) * 100) / 100,
      rows,
      databaseBytes: Number(bytes),
      node: process.version,
      // The machine is shared: a 1-minute load average far above the core count means the rate is a floor.
      cores: os.availableParallelism(),
      loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10,
      at: new Date().toISOString(),
    };
    console.log(`  rows: ${Object.entries(rows).map(([t, n]) => `${t}=${n}`).join(' ')}`);
    console.log(`  database size: ${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`);
    console.log(`INGEST articles=${result.articles} articles/s=${summary.articlesPerSecond} peakRssMb=${result.peakRssMb} seconds=${(result.ms / 1000).toFixed(1)}`);
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, JSON.stringify(summary, null, 2) + '\n');
    console.log(`  wrote ${out}`);
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:ingest failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
