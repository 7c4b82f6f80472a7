/**
 * The database half of `npm start`, run once per start (by the only process,
 * or by the cluster's primary before any worker forks): the embedded Postgres
 * or DATABASE_URL, migrations, its supervision, the seed articles, and the
 * background re-extraction.
 */
import type { Config } from '../config';
import { reextractArticles } from '../ingest/reextract';
import { openDatabase, type OpenDatabase } from '../db/bootstrap';
import { superviseEmbeddedPostgres, type EmbeddedPostgresSupervisor } from '../db/embeddedSupervisor';
import { collectArticleFiles, describeCounts, loadArticleFiles } from '../ingest/files';
import type { Logger } from '../logger';
import type { Shutdown } from './shutdown';

export interface PreparedDatabase {
  opened: OpenDatabase;
  /** Set when the embedded Postgres is in use. */
  supervisor: EmbeddedPostgresSupervisor | undefined;
}

/**
 * Opens (and migrates) the database, supervises the embedded Postgres (if it
 * cannot be restarted, a fatal line and `shutdown` with exit code 1) and loads
 * the seed articles.
 * `hold` receives the open database as soon as there is one, so a failure
 * later in the start still closes it (and stops the embedded Postgres).
 * `readReplica`: also open DATABASE_READ_URL's replica (a process that serves reads).
 */
export async function prepareDatabase(config: Config, logger: Logger, shutdown: Shutdown, hold: (opened: OpenDatabase) => void, options: { readReplica: boolean }): Promise<PreparedDatabase> {
  // Its own process group: a group signal reaches this process only, which drains, then stops Postgres.
  const opened = await openDatabase(config, logger, { ownProcessGroup: true, readReplica: options.readReplica });
  hold(opened); // closed by the caller's shutdown from here on, even if seeding fails
  const onGiveUp = (error: Error) => {
    logger.fatal({ err: error }, error.message);
    void shutdown('embedded Postgres could not be restarted', 1);
  };
  const supervisor = opened.embedded ? superviseEmbeddedPostgres(opened.embedded, { logger, onGiveUp }) : undefined;
  if (config.seedOnStart) await seed(config, opened, logger);
  return { opened, supervisor };
}

async function seed(config: Config, opened: OpenDatabase, logger: Logger): Promise<void> {
  const files = await collectArticleFiles([config.seedDir]);
  const summary = await loadArticleFiles(opened.db.prisma, files, (outcome, i, total) => {
    if (outcome.error) logger.warn({ file: outcome.file }, `[${i + 1}/${total}] skipped ${outcome.error}`);
    else logger.info({ file: outcome.file }, `[${i + 1}/${total}] ${outcome.result!.status}: ${outcome.file}`);
  });
  logger.info(
    { articlesNew: summary.articlesNew, articlesUnchanged: summary.articlesUnchanged, failed: summary.failed },
    `seed: ${summary.articlesNew} new, ${summary.articlesUnchanged} unchanged, ${summary.failed} failed; created ${describeCounts(summary.created)}; merged ${describeCounts(summary.merged)}`,
  );
}

/**
 * After an upgrade, the articles an older extractor version made get the new
 * records while the API already serves (each article is one transaction, so
 * readers see an article's old records or its new ones; a stop midway
 * resumes at the next start). Off with REEXTRACT_ON_START=false, for those
 * who run `npm run reextract` deliberately.
 */
export async function reextractInBackground(opened: OpenDatabase, logger: Logger): Promise<void> {
  try {
    const summary = await reextractArticles(opened.db.prisma, {
      onArticle: (o, done, total) => {
        if (o.error) logger.error({ articleId: o.articleId, err: o.error }, 'reextract: article failed, it keeps its old records');
        else if (done % 100 === 0 || done === total) logger.info({ done, total }, `reextract: ${done}/${total} articles`);
      },
    });
    if (summary.articles || summary.failed) {
      logger.info(summary, `reextract: ${summary.articles} article(s) brought to extractor version ${summary.version}: records added ${summary.added}, changed ${summary.changed}, removed ${summary.removed}; ${summary.failed} failed`);
    }
  } catch (error) {
    // Shutting down mid-article rolls that article back; the next start resumes.
    logger.warn({ err: error }, 'reextract stopped; the next start resumes it');
  }
}
