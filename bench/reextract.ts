/**
 * npm run bench:reextract -- --articles N [--seed S]
 *
 * Re-extraction benchmark (issue 14): N generated articles (bench/corpus.ts)
 * loaded through the real pipeline into a database of its own (that load's
 * articles/s is printed alongside, measured in the same run), then
 * `reextractArticles` (the code of `npm run reextract`) timed twice:
 *
 * - "upgrade": every article marked as made by another extractor version,
 *   rules unchanged: extraction plus the claim diff, few records folded anew
 *   (what an upgrade costs when it changes little);
 * - "first upgrade": also every claim removed, as in a database loaded
 *   before claims existed: every record of every article is folded anew
 *   (the worst case).
 *
 * Prints articles/s and the peak RSS of this process for each, and a
 * REEXTRACT_BENCH line. Database: a fresh embedded Postgres under
 * .bench/pg-reextract (DATABASE_URL unset), or DATABASE_URL's, which must be empty.
 */
import { parseArgs } from 'node:util';
import type { Database } from '../src/db/client';
import { reextractArticles } from '../src/ingest/reextract';
import { DEFAULT_CORPUS_SEED, positiveIntFlag as positiveInt } from './corpus';
import { loadCorpus, openEmptyBenchDatabase, rssSampler } from './load-corpus';

const BENCH_DATA_DIR = '.bench/pg-reextract';

async function timed(db: Database, label: string): Promise<{ rate: number; peakRssMb: number; changed: number; seconds: number }> {
  const rss = rssSampler();
  const started = performance.now();
  const summary = await reextractArticles(db.prisma, {
    onArticle: (_o, done, total) => {
      if (done % 250 === 0 || done === total) console.log(`  ${label}: ${done}/${total}  rss ${(process.memoryUsage.rss() / 1024 / 1024).toFixed(0)} MB`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (summary.failed) throw new Error(`${summary.failed} article(s) failed to re-extract`);
  return { rate: summary.articles / seconds, peakRssMb: rss.stop(), changed: summary.added + summary.changed + summary.removed, seconds };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' } } });
  const articles = positiveInt(values.articles, '--articles', 1000);
  const seed = positiveInt(values.seed, '--seed', DEFAULT_CORPUS_SEED);
  const database = await openEmptyBenchDatabase(BENCH_DATA_DIR, 'bench:reextract');
  try {
    const { db } = database;
    console.log(`bench:reextract: ${articles} generated articles (seed ${seed})`);
    const loadRss = rssSampler();
    const load = await loadCorpus(db, { articles, seed });
    const ingestRate = load.created / (load.ms / 1000);
    const ingestRss = loadRss.stop();
    console.log(`  load (real pipeline): ${load.created} articles, ${ingestRate.toFixed(1)} articles/s, peak RSS ${ingestRss.toFixed(0)} MB`);

    await db.pool.query(`UPDATE articles SET extractor_version = 'bench-older'`);
    const upgrade = await timed(db, 'upgrade');
    await db.pool.query(`UPDATE articles SET extractor_version = 'bench-older'`);
    await db.pool.query('DELETE FROM claims');
    const first = await timed(db, 'first upgrade');

    const row = (name: string, rate: number, rss: number, extra = '') => console.log(`  ${name.padEnd(36)} ${rate.toFixed(1).padStart(7)} articles/s   peak RSS ${rss.toFixed(0).padStart(4)} MB ${extra}`);
    console.log('');
    row('ingest (same corpus, same run)', ingestRate, ingestRss);
    row('reextract, rules unchanged', upgrade.rate, upgrade.peakRssMb, `(${upgrade.seconds.toFixed(1)} s, ${upgrade.changed} records changed)`);
    row('reextract, no claims yet (worst)', first.rate, first.peakRssMb, `(${first.seconds.toFixed(1)} s, ${first.changed} records changed)`);
    console.log(
      `REEXTRACT_BENCH articles=${load.created} ingest/s=${ingestRate.toFixed(1)} reextract/s=${upgrade.rate.toFixed(1)} firstReextract/s=${first.rate.toFixed(1)} peakRssMb=${Math.round(Math.max(upgrade.peakRssMb, first.peakRssMb))}`,
    );
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:reextract failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
