/**
 * Re-extraction: every stored article that another extractor version made
 * gets the running version's records (src/db/reextract.ts does one article
 * per transaction). Articles are taken in id order, so a run that is killed
 * resumes where it stopped: the done ones carry the new version and are
 * skipped. The shared path of `npm run reextract`, `npm start` (when
 * REEXTRACT_ON_START is on) and the reextractArticles mutation.
 */
import type { PrismaClient } from '../generated/prisma/client';
import { articlesToReextract, countArticlesToReextract, replaceArticleRecords, type ReextractOutcome, type StoredArticle } from '../db/reextract';
import { keyedArticle } from './load';
import { extractStoredArticle } from './pipeline';
import type { ExtractedArticle } from './types';
import { extractorVersion } from './version';

export interface ReextractOptions {
  /** Do everything and roll each article back: report what would change. */
  dryRun?: boolean;
  /** The version to bring articles to (default: the running extractor's). */
  version?: string;
  /** The extraction to run (default: the pipeline); tests pass a variant. */
  extract?: (stored: StoredArticle) => ExtractedArticle;
  /** Stop after this many articles (default: all). */
  limit?: number;
  /** Called after each article, with its position among those to do. */
  onArticle?: (outcome: ReextractOutcome & { article: StoredArticle; error?: string }, done: number, total: number) => void;
}

export interface ReextractSummary {
  version: string;
  /** Articles extracted anew (or, in a dry run, that would be). */
  articles: number;
  added: number;
  changed: number;
  removed: number;
  /** Articles whose re-extraction failed (rolled back: they keep their old records). */
  failed: number;
}

const BATCH = 50;

export async function reextractArticles(prisma: PrismaClient, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const version = options.version ?? extractorVersion();
  const extract = options.extract ?? extractStoredArticle;
  const summary: ReextractSummary = { version, articles: 0, added: 0, changed: 0, removed: 0, failed: 0 };
  const total = Math.min(await countArticlesToReextract(prisma, version), options.limit ?? Infinity);
  let afterId = 0;
  let done = 0;
  while (done < total) {
    const batch = await articlesToReextract(prisma, version, afterId, Math.min(BATCH, total - done));
    if (batch.length === 0) break;
    for (const article of batch) {
      afterId = article.id;
      done += 1;
      try {
        const outcome = await replaceArticleRecords(prisma, article.id, keyedArticle(extract(article), version), { dryRun: options.dryRun });
        if (outcome.status === 'reextracted') {
          summary.articles += 1;
          summary.added += outcome.added;
          summary.changed += outcome.changed;
          summary.removed += outcome.removed;
        }
        options.onArticle?.({ ...outcome, article }, done, total);
      } catch (error) {
        summary.failed += 1;
        options.onArticle?.({ articleId: article.id, status: 'current', added: 0, changed: 0, removed: 0, article, error: error instanceof Error ? error.message : String(error) }, done, total);
      }
    }
  }
  return summary;
}
