/**
 * WEB_CONCURRENCY=1: everything in one process, as before the cluster
 * existed: database, seed, the HTTP server, re-extraction in the background.
 * SIGINT/SIGTERM/SIGHUP drain in-flight requests, close the pool and stop the
 * embedded Postgres (Postgres has a process group of its own and is stopped
 * after the drain). If the embedded Postgres cannot be restarted, exit 1.
 */
import type { Config } from '../config';
import type { OpenDatabase } from '../db/bootstrap';
import type { Logger } from '../logger';
import { registerEmbeddedPostgresMetrics } from '../metrics';
import { createApp } from '../server';
import { prepareDatabase, reextractInBackground } from './database';
import { graphqlUrl, listen } from './listen';
import { serverShutdown, type Held } from './shutdown';

export async function runSingleProcess(config: Config, logger: Logger): Promise<void> {
  const held: Held = {};
  const shutdown = serverShutdown(config, logger, held);
  try {
    let opened: OpenDatabase | undefined;
    const { supervisor } = await prepareDatabase(config, logger, shutdown, (o) => {
      opened = o;
      held.close = o.close;
    }, { readReplica: true });
    const app = (held.app = await createApp({ config, db: opened!.db, databaseUrl: opened!.url, logger, replica: opened!.replica }));
    if (supervisor) registerEmbeddedPostgresMetrics(app.metrics.registry, supervisor);
    const url = graphqlUrl(config, await listen(app.server, config));
    logger.info({ url }, `GraphQL API and IDE ready at ${url}`);
    if (config.reextractOnStart) void reextractInBackground(opened!, logger);
  } catch (e) {
    // One line, where failures go (the JSON log on stdout only says it is shutting down).
    console.error(`error: ${(e as Error).message}`);
    await shutdown('startup failed', 1);
  }
}
