/**
 * `npm start`: config → database (embedded unless DATABASE_URL) → migrations
 * → seed articles (idempotent) → GraphQL over HTTP. SIGINT/SIGTERM/SIGHUP
 * drain in-flight requests, close the pool and stop the embedded Postgres
 * (`npm start` execs node, so npm's forwarded signal, one to this process and
 * one to the whole group all land here; Postgres has a process group of its
 * own and is stopped after the drain). The embedded Postgres is restarted if
 * it dies (src/db/embeddedSupervisor.ts); if it cannot be, the process exits 1.
 * Any startup failure is one line on stderr (`error: …`) and exit code 1.
 */
import { loadConfig, type Config } from './config';
import { reextractArticles } from './ingest/reextract';
import { openDatabase, type OpenDatabase } from './db/bootstrap';
import { superviseEmbeddedPostgres, type EmbeddedPostgresSupervisor } from './db/embeddedSupervisor';
import { collectArticleFiles, describeCounts, loadArticleFiles } from './ingest/files';
import { createLogger, type Logger } from './logger';
import { registerEmbeddedPostgresMetrics } from './metrics';
import { createApp, type App } from './server';

/**
 * After an upgrade, the articles an older extractor version made get the new
 * records while the API already serves (each article is one transaction, so
 * readers see an article's old records or its new ones; a stop midway
 * resumes at the next start). Off with REEXTRACT_ON_START=false, for those
 * who run `npm run reextract` deliberately.
 */
async function reextractInBackground(opened: OpenDatabase, logger: Logger): Promise<void> {
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

function listen(app: App, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          e.code === 'EADDRINUSE'
            ? `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT to a free port.`
            : e.code === 'EACCES'
              ? `Not allowed to listen on port ${config.port}: choose a port above 1023 with PORT.`
              : `Cannot listen on ${config.host}:${config.port}: ${e.message}`,
        ),
      );
    app.server.once('error', onError);
    app.server.listen(config.port, config.host, () => {
      app.server.off('error', onError);
      resolve();
    });
  });
}

/** Time after the drain's grace period for closing the database before the process exits anyway. */
const SHUTDOWN_BACKSTOP_MARGIN_MS = 5_000;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  let opened: OpenDatabase | undefined;
  let app: App | undefined;
  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string, code: number) => {
    stopping ??= (async () => {
      logger.info({ reason }, 'shutting down');
      // The drain itself gives up after SHUTDOWN_TIMEOUT_MS (src/http/apollo.ts); this backstop, a little later,
      // only fires when closing the pool afterwards hangs too.
      const backstopMs = config.shutdownTimeoutMs + SHUTDOWN_BACKSTOP_MARGIN_MS;
      const timer = setTimeout(() => {
        logger.error(`shutdown took longer than ${backstopMs} ms; exiting`);
        process.exit(1);
      }, backstopMs);
      timer.unref();
      await app?.stop().catch((e) => logger.error({ err: e }, 'error while draining requests'));
      await opened?.close().catch((e) => logger.error({ err: e }, 'error while closing the database'));
      logger.info('stopped');
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));

  try {
    // Its own process group: a group signal reaches this process only, which drains, then stops Postgres.
    opened = await openDatabase(config, logger, { ownProcessGroup: true, readReplica: true });
    let supervisor: EmbeddedPostgresSupervisor | undefined;
    if (opened.embedded) {
      supervisor = superviseEmbeddedPostgres(opened.embedded, {
        logger,
        onGiveUp: (error) => {
          logger.fatal({ err: error }, error.message);
          void shutdown('embedded Postgres could not be restarted', 1);
        },
      });
    }
    if (config.seedOnStart) await seed(config, opened, logger);
    app = await createApp({ config, db: opened.db, databaseUrl: opened.url, logger, replica: opened.replica });
    if (supervisor) registerEmbeddedPostgresMetrics(app.metrics.registry, supervisor);
    await listen(app, config);
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${shownHost}:${(app.server.address() as { port: number }).port}/graphql`;
    logger.info({ url }, `GraphQL API and IDE ready at ${url}`);
    if (config.reextractOnStart) void reextractInBackground(opened, logger);
  } catch (e) {
    // One line, where failures go (the JSON log on stdout only says it is shutting down).
    console.error(`error: ${(e as Error).message}`);
    await shutdown('startup failed', 1);
  }
}

void main();
