/**
 * Loading the synthetic corpus (bench/corpus.ts) into a benchmark database.
 *
 * Two paths, and the benchmark results say which one made the data:
 * - `loadCorpus`: every generated article through the REAL pipeline
 *   (`loadArticles`: clean → segment → extract on the extraction thread →
 *   resolve → one load transaction), exactly like `npm run seed`. Its articles/s and peak RSS are
 *   the ingestion numbers of `npm run bench:ingest`.
 * - `multiplyCorpus`: copies what is already loaded N times straight in SQL
 *   (new ids and keys, same shapes, join rows and evidence included), for data
 *   sizes where the pipeline would take too long. Rows made this way say
 *   nothing about ingestion speed; they only give the read benchmarks more data.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { openDatabase, type OpenDatabase } from '../src/db/bootstrap';
import type { Database } from '../src/db/client';
import { createLogger } from '../src/logger';
import { loadArticles, type ArticleInput } from '../src/ingest/files';
import { startBatchExtractor } from '../src/ingest/extractThread';
import { generateArticles } from './corpus';

export interface LoadCorpusOptions {
  articles: number;
  seed?: number;
  /** Load only article i with i % of === index (parallel loaders each take one shard of the same corpus). */
  shard?: { index: number; of: number };
  onProgress?: (done: number, total: number) => void;
  /** Extract on a thread a step ahead of the writes (the product's default), or in place (INGEST_EXTRACT_THREAD=off). */
  extractThread?: boolean;
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

/** Streams `articles` generated articles (or one shard of them) through the real ingest pipeline into `db`, one at a time. */
export async function loadCorpus(db: Database, opts: LoadCorpusOptions): Promise<LoadCorpusResult> {
  const rss = rssSampler();
  const started = performance.now();
  const shard = opts.shard ?? { index: 0, of: 1 };
  const total = Math.floor(opts.articles / shard.of) + (shard.index < opts.articles % shard.of ? 1 : 0);
  let index = -1;
  let done = 0;
  let created = 0;
  let unchanged = 0;
  let failed = 0;
  let firstError: string | undefined;
  // The product's batch loader (as `npm run seed`): by default the next article extracted on its own thread while the current one is written.
  const extractor = startBatchExtractor(opts.extractThread ?? true);
  function* shardOf(): Generator<ArticleInput> {
    for (const article of generateArticles({ articles: opts.articles, seed: opts.seed })) {
      if (++index % shard.of === shard.index) yield { file: article.fileName, text: async () => article.text };
    }
  }
  try {
    await loadArticles(
      db.prisma,
      shardOf(),
      (outcome) => {
        if (outcome.result?.status === 'created') created++;
        else if (outcome.result) unchanged++;
        else {
          failed++;
          firstError ??= outcome.error;
        }
        done++;
        opts.onProgress?.(done, total);
      },
      extractor,
    );
  } finally {
    rss.stop();
    await extractor.close();
  }
  // A generated article that does not load is a bug in the generator or the pipeline, not noise to average over.
  if (failed > 0) throw new Error(`loadCorpus: ${failed} of ${done} generated articles failed to load; first: ${firstError}`);
  return { articles: done, created, unchanged, failed, ms: performance.now() - started, peakRssMb: Math.round(rss.peakMb() * 10) / 10 };
}

/**
 * The copied tables, parents first, and how each copy rewrites a column:
 * `id` and foreign keys into copied tables are shifted by that table's
 * offset, unique keys get a copy suffix. Countries and regions are a fixed
 * world and are shared by every copy; other columns are copied as they are
 * (found in information_schema, so a column added later is copied too;
 * generated columns such as `search` are recomputed by Postgres).
 */
const COPIED: ReadonlyArray<{ table: string; rewrite: Record<string, (n: string) => string> }> = [
  { table: 'articles', rewrite: { id: (n) => `id + ${n} * $articles`, content_hash: (n) => `encode(sha256(convert_to(content_hash || ':copy' || ${n}, 'UTF8')), 'hex')` } },
  { table: 'organizations', rewrite: { id: (n) => `id + ${n} * $organizations`, key: (n) => `key || ' #' || ${n}` } },
  { table: 'persons', rewrite: { id: (n) => `id + ${n} * $persons`, key: (n) => `key || ' #' || ${n}`, organization_id: (n) => `organization_id + ${n} * $organizations` } },
  { table: 'agreements', rewrite: { id: (n) => `id + ${n} * $agreements`, key: (n) => `key || '#' || ${n}` } },
  { table: 'agreement_party_countries', rewrite: { agreement_id: (n) => `agreement_id + ${n} * $agreements` } },
  { table: 'agreement_party_organizations', rewrite: { agreement_id: (n) => `agreement_id + ${n} * $agreements`, organization_id: (n) => `organization_id + ${n} * $organizations` } },
  { table: 'agreement_signatories', rewrite: { agreement_id: (n) => `agreement_id + ${n} * $agreements`, person_id: (n) => `person_id + ${n} * $persons` } },
  {
    table: 'statements',
    rewrite: {
      id: (n) => `id + ${n} * $statements`,
      key: (n) => `key || '#' || ${n}`,
      speaker_person_id: (n) => `speaker_person_id + ${n} * $persons`,
      speaker_organization_id: (n) => `speaker_organization_id + ${n} * $organizations`,
    },
  },
  { table: 'statement_mention_countries', rewrite: { statement_id: (n) => `statement_id + ${n} * $statements` } },
  { table: 'statement_mention_organizations', rewrite: { statement_id: (n) => `statement_id + ${n} * $statements`, organization_id: (n) => `organization_id + ${n} * $organizations` } },
  { table: 'facts', rewrite: { id: (n) => `id + ${n} * $facts`, key: (n) => `key || '#' || ${n}`, subject_organization_id: (n) => `subject_organization_id + ${n} * $organizations` } },
  {
    table: 'evidence',
    rewrite: {
      id: (n) => `id + ${n} * $evidence`,
      article_id: (n) => `article_id + ${n} * $articles`,
      organization_id: (n) => `organization_id + ${n} * $organizations`,
      person_id: (n) => `person_id + ${n} * $persons`,
      agreement_id: (n) => `agreement_id + ${n} * $agreements`,
      statement_id: (n) => `statement_id + ${n} * $statements`,
      fact_id: (n) => `fact_id + ${n} * $facts`,
    },
  },
];
const ID_TABLES = ['articles', 'organizations', 'persons', 'agreements', 'statements', 'facts', 'evidence'] as const;

export interface MultiplyResult {
  factor: number;
  ms: number;
  /** Rows per copied table after multiplying. */
  rows: Record<string, number>;
}

/**
 * The BULK path: makes the loaded corpus `factor` times as large (the rows
 * already there, plus factor - 1 copies) straight in SQL, one transaction per
 * copy. Each copy has new ids (the original id + copy × the table's highest
 * id, so references stay inside the copy), new unique keys and content
 * hashes, and the same shapes: join rows and evidence included. Numbers
 * measured on such data are read-path numbers; ingestion speed comes only
 * from `loadCorpus`.
 */
export async function multiplyCorpus(db: Database, factor: number): Promise<MultiplyResult> {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`multiplyCorpus: factor must be a whole number >= 1, got ${factor}`);
  const started = performance.now();
  const pool = db.pool;
  const maxId: Record<string, number> = {};
  for (const table of ID_TABLES) maxId[table] = (await pool.query<{ n: number }>(`SELECT COALESCE(max(id), 0)::int AS n FROM ${table}`)).rows[0]!.n;
  const highest = Math.max(...ID_TABLES.map((t) => maxId[t]! * factor));
  if (highest > 2_147_483_647) throw new Error(`multiplyCorpus: ${factor} copies would push ids past the int4 range (highest ${highest})`);

  const columns = new Map<string, string[]>();
  for (const { table } of COPIED) {
    const { rows } = await pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    );
    columns.set(table, rows.map((r) => r.column_name));
  }
  const offsets = (sql: string) => sql.replace(/\$(\w+)/g, (_, t: string) => String(maxId[t]));
  // Only the original rows are copied: every table's ids <= its max before the first copy.
  const originalOnly: Record<string, string> = {
    articles: 'id <= $articles', organizations: 'id <= $organizations', persons: 'id <= $persons', agreements: 'id <= $agreements',
    agreement_party_countries: 'agreement_id <= $agreements', agreement_party_organizations: 'agreement_id <= $agreements', agreement_signatories: 'agreement_id <= $agreements',
    statements: 'id <= $statements', statement_mention_countries: 'statement_id <= $statements', statement_mention_organizations: 'statement_id <= $statements',
    facts: 'id <= $facts', evidence: 'id <= $evidence',
  };

  for (let copy = 1; copy < factor; copy++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // A copy is one bulk statement per table, not a request: the pool's statement timeout would cut it on a busy machine.
      await client.query('SET LOCAL statement_timeout = 0');
      for (const { table, rewrite } of COPIED) {
        const cols = columns.get(table)!;
        const select = cols.map((c) => (rewrite[c] ? `${rewrite[c]!(String(copy))}` : `"${c}"`)).join(', ');
        await client.query(offsets(`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) SELECT ${select} FROM ${table} WHERE ${originalOnly[table]}`));
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new Error(`multiplyCorpus: copy ${copy} of ${factor - 1} failed: ${(e as Error).message}`);
    } finally {
      client.release();
    }
  }
  // Later inserts (the pipeline, tests) continue after the copies.
  for (const table of ID_TABLES) await pool.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`);
  await pool.query('ANALYZE');
  const rows: Record<string, number> = {};
  for (const { table } of COPIED) rows[table] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  return { factor, ms: performance.now() - started, rows };
}

/**
 * A benchmark's own empty database: a fresh embedded Postgres under `dataDir`
 * (wiped first, never the dev database under .data), or DATABASE_URL's,
 * which must hold no articles yet (`benchmark` names the command in the error).
 */
export async function openEmptyBenchDatabase(dataDir: string, benchmark: string): Promise<OpenDatabase> {
  const config = loadConfig();
  const dir = path.resolve(dataDir);
  if (!config.databaseUrl) await rm(dir, { recursive: true, force: true });
  const database = await openDatabase({ ...config, dataDir: dir }, createLogger('warn'));
  const existing = (await database.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]!.n;
  if (existing > 0) {
    await database.close();
    throw new Error(`${benchmark} needs an empty database; ${database.url.replace(/\/\/[^@]*@/, '//')} already holds ${existing} articles`);
  }
  return database;
}
