/**
 * Loading the synthetic corpus (bench/corpus.ts) into a benchmark database.
 *
 * Two paths, and the benchmark results say which one made the data:
 * - `loadCorpus`: every generated article through the REAL pipeline
 *   (`loadArticleText`: clean → segment → extract → resolve → one load
 *   transaction), exactly like `npm run seed`. Its articles/s and peak RSS are
 *   the ingestion numbers of `npm run bench:ingest`.
 * - `multiplyCorpus`: copies what is already loaded N times straight in SQL
 *   (new ids and keys, same shapes, join rows and evidence included), for data
 *   sizes where the pipeline would take too long. Rows made this way say
 *   nothing about ingestion speed; they only give the read benchmarks more data.
 */
import type { Database } from '../src/db/client';
import { loadArticleText } from '../src/ingest/files';
import { generateArticles } from './corpus';

export interface LoadCorpusOptions {
  articles: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadCorpusResult {
  /** Generated articles handed to the pipeline. */
  articles: number;
  /** New articles stored (republished verbatim copies are recognised by content hash and skipped). */
  created: number;
  unchanged: number;
  failed: number;
  ms: number;
  /** Highest resident set size of this process seen while loading (sampled every 50 ms and after each article). */
  peakRssMb: number;
}

const MB = 1024 * 1024;

/** Tracks the peak RSS of this process until stopped. */
export function rssSampler(intervalMs = 50): { peakMb(): number; stop(): number } {
  let peak = process.memoryUsage.rss();
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    peakMb() {
      sample();
      return peak / MB;
    },
    stop() {
      clearInterval(timer);
      sample();
      return peak / MB;
    },
  };
}

/** Streams `articles` generated articles through the real ingest pipeline into `db`, one at a time. */
export async function loadCorpus(db: Database, opts: LoadCorpusOptions): Promise<LoadCorpusResult> {
  const rss = rssSampler();
  const started = performance.now();
  let done = 0;
  let created = 0;
  let unchanged = 0;
  let failed = 0;
  let firstError: string | undefined;
  try {
    for (const article of generateArticles({ articles: opts.articles, seed: opts.seed })) {
      try {
        const result = await loadArticleText(db.prisma, article.text, article.fileName);
        if (result.status === 'created') created++;
        else unchanged++;
      } catch (e) {
        failed++;
        firstError ??= `${article.fileName}: ${(e as Error).message}`;
      }
      done++;
      opts.onProgress?.(done, opts.articles);
    }
  } finally {
    rss.stop();
  }
  // A generated article that does not load is a bug in the generator or the pipeline, not noise to average over.
  if (failed > 0) throw new Error(`loadCorpus: ${failed} of ${done} generated articles failed to load; first: ${firstError}`);
  return { articles: done, created, unchanged, failed, ms: performance.now() - started, peakRssMb: Math.round(rss.peakMb() * 10) / 10 };
}
