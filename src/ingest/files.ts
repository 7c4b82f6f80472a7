/**
 * Loading article files: the shared path of `npm run seed` and `npm start`.
 * Reads and checks each file, runs the pure pipeline, then the loader.
 * A bad file is reported by name and skipped; the others still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import { emptyCounts, type KindCounts, type LoadResult } from '../db/articleWriter';
import { RECORD_KINDS } from '../db/registry';
import { loadArticle } from './load';
import { extractArticle, type SourceMetadata } from './pipeline';
import type { ExtractedArticle, ExtractedRecords, StageFailure } from './types';

/** Largest article file accepted. News articles are a few KB; 2 MB leaves room for long reports. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class ArticleFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleFileError';
  }
}

/** Expands folders (non-recursive, `.txt` files, sorted) and keeps files as given. */
export async function collectArticleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new ArticleFileError(p, 'no such file or folder');
    }
    if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else {
      files.push(p);
    }
  }
  return files;
}

/** Why a text cannot be an article, shared by files and the ingestArticle mutation; null when it can. */
export type ArticleTextProblem = { code: 'EMPTY' | 'TOO_LARGE' | 'BINARY'; reason: string };

export function articleTextProblem(text: string, maxBytes: number = MAX_ARTICLE_BYTES): ArticleTextProblem | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return { code: 'TOO_LARGE', reason: `is ${bytes} bytes; the limit is ${maxBytes} bytes` };
  if (text.includes('\0')) return { code: 'BINARY', reason: 'looks binary (contains NUL bytes), not a text article' };
  if (text.trim().length === 0) return { code: 'EMPTY', reason: 'is empty' };
  return null;
}

/** Reads one article file as UTF-8 text, refusing what cannot be an article. */
export async function readArticleFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_ARTICLE_BYTES) throw new ArticleFileError(file, `is ${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes`);
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof ArticleFileError) throw e;
    throw new ArticleFileError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFileError(file, 'is not valid UTF-8 text');
  }
  const problem = articleTextProblem(text);
  if (problem) throw new ArticleFileError(file, problem.reason);
  return text;
}

/** One article through the pipeline and the loader: what was written, and any extraction stage that failed. */
export interface ArticleLoad extends LoadResult {
  /** Stages that threw on this text: their records are missing (see the extraction logs). */
  stageFailures: StageFailure[];
  /** Things the caller should hear about that did not stop the load (NO_RECORDS_WARNING). */
  warnings: string[];
}

/** Said by `seed`, `extract` and `ingestArticle` when an article loads (or extracts) but yields no record of any kind. */
export const NO_RECORDS_WARNING = 'no records were extracted: no country, region, organization, person, agreement, statement or fact was recognised in the text';

/** NO_RECORDS_WARNING when an extraction found nothing at all; otherwise no warning. */
export function extractionWarnings(records: ExtractedRecords): string[] {
  return RECORD_KINDS.every((kind) => records[kind].length === 0) ? [NO_RECORDS_WARNING] : [];
}

/**
 * One article's text through the pure pipeline, refusing a text that cleaning
 * leaves empty: what `seed` (below) and `extract` (src/cli/extract.ts) share.
 */
export function extractArticleText(text: string, file: string, source: SourceMetadata = { sourceFile: path.basename(file) }): ExtractedArticle {
  const extracted = extractArticle(text, source);
  if (extracted.article.body.trim().length === 0) throw new ArticleFileError(file, 'has no article text left after cleaning');
  return extracted;
}

export interface FileOutcome {
  file: string;
  result?: ArticleLoad;
  error?: string;
}

export interface SeedSummary {
  files: FileOutcome[];
  articlesNew: number;
  articlesUnchanged: number;
  failed: number;
  created: KindCounts;
  merged: KindCounts;
}

/**
 * One article's text through the pipeline into the database: the per-file step
 * of `loadArticleFiles`, also used by the benchmark corpus loader (bench/load-corpus.ts)
 * and the ingestArticle mutation (`file` names the text in errors; `source` is
 * metadata the caller knows, which wins over what the text says).
 */
export async function loadArticleText(prisma: PrismaClient, text: string, file: string, source: SourceMetadata = { sourceFile: path.basename(file) }): Promise<ArticleLoad> {
  return loadExtracted(prisma, extractArticleText(text, file, source));
}

/** An extracted article into the database, with what extraction had to say about it. */
async function loadExtracted(prisma: PrismaClient, extracted: ExtractedArticle): Promise<ArticleLoad> {
  return { ...(await loadArticle(prisma, extracted)), stageFailures: extracted.stageFailures, warnings: extractionWarnings(extracted) };
}

/** How a loader extracts: in place (the default), or on a thread of its own (src/ingest/extractThread.ts), `inParallel`. */
export interface Extractor {
  inParallel: boolean;
  extract(text: string, file: string, source: SourceMetadata): Promise<ExtractedArticle>;
}

export const extractInPlace: Extractor = { inParallel: false, extract: async (text, file, source) => extractArticleText(text, file, source) };

/** One article for `loadArticles`: its name (messages, errors, the default source file) and how to get its text. */
export interface ArticleInput {
  file: string;
  text(): Promise<string>;
  source?: SourceMetadata;
}

/**
 * Loads articles in turn, one transaction each, calling `onArticle` after
 * each in their order (progress). Never throws for a bad article. With an
 * extractor `inParallel`, the next article is read and extracted while the
 * current one is written: a pipeline one article deep, so extraction (CPU)
 * and the load's waits on Postgres overlap, and no more than two articles
 * are in memory at once.
 */
export async function loadArticles(prisma: PrismaClient, inputs: Iterable<ArticleInput>, onArticle: (outcome: FileOutcome, index: number) => void, extractor: Extractor = extractInPlace): Promise<void> {
  const iterator = inputs[Symbol.iterator]();
  const start = (): { input: ArticleInput; extracted: Promise<ExtractedArticle> } | undefined => {
    const next = iterator.next();
    if (next.done) return undefined;
    const input = next.value;
    const extracted = input.text().then((text) => extractor.extract(text, input.file, input.source ?? { sourceFile: path.basename(input.file) }));
    extracted.catch(() => undefined); // awaited below, in turn; never left unhandled meanwhile
    return { input, extracted };
  };
  let next = extractor.inParallel ? start() : undefined;
  for (let index = 0; ; index++) {
    const current = extractor.inParallel ? next : start();
    if (!current) return;
    if (extractor.inParallel) next = start();
    const { file } = current.input;
    let outcome: FileOutcome;
    try {
      outcome = { file, result: await loadExtracted(prisma, await current.extracted) };
    } catch (e) {
      outcome = { file, error: e instanceof ArticleFileError ? e.message : `${file}: ${(e as Error).message}` };
    }
    onArticle(outcome, index);
  }
}

/** Loads each file in turn, calling `onFile` after each (progress). Never throws for a bad file. `extractor`: see loadArticles. */
export async function loadArticleFiles(
  prisma: PrismaClient,
  files: readonly string[],
  onFile: (outcome: FileOutcome, index: number, total: number) => void = () => undefined,
  extractor?: Extractor,
): Promise<SeedSummary> {
  const summary: SeedSummary = { files: [], articlesNew: 0, articlesUnchanged: 0, failed: 0, created: emptyCounts(), merged: emptyCounts() };
  const inputs = files.map((file): ArticleInput => ({ file, text: () => readArticleFile(file) }));
  await loadArticles(
    prisma,
    inputs,
    (outcome, index) => {
      const result = outcome.result;
      if (!result) summary.failed += 1;
      else {
        if (result.status === 'created') summary.articlesNew += 1;
        else summary.articlesUnchanged += 1;
        for (const kind of RECORD_KINDS) {
          summary.created[kind] += result.created[kind];
          summary.merged[kind] += result.merged[kind];
        }
      }
      summary.files.push(outcome);
      onFile(outcome, index, files.length);
    },
    extractor,
  );
  return summary;
}

/** How `seed` and `extract` tell the user a stage failed: "extraction stage persons failed (TypeError: …); its records are missing". */
export function stageFailureWarning(failure: StageFailure): string {
  return `extraction stage ${failure.stage} failed (${failure.message}); its records are missing`;
}

export function describeCounts(counts: KindCounts): string {
  return RECORD_KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`).join(', ') || 'nothing';
}
