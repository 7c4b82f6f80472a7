/**
 * One HTTP worker of the cluster (forked by src/cluster/primary.ts, which
 * opened and migrated the database and put its URL in DATABASE_URL). It
 * opens its own pool, serves the API on the shared port and tells the
 * primary it is listening, or why it cannot (the primary prints that one
 * line; the worker prints nothing, so N workers failing alike say it once).
 *
 * SIGTERM (from the primary, or the group's signal) drains in-flight
 * requests, closes the pool and exits 0. If the primary dies, the worker
 * stops too: nobody hands it connections any more.
 */
import type { Config } from '../config';
import { connectDatabase, openReplicaOf } from '../db/bootstrap';
import type { Logger } from '../logger';
import { createApp } from '../server';
import { listen } from '../start/listen';
import { serverShutdown, type Held } from '../start/shutdown';
import type { WorkerStatus } from './messages';
import { clusterMetricsFromWorker } from './metrics';

const tell = (status: WorkerStatus) => {
  if (process.connected) process.send!(status);
};

export async function runWorker(config: Config, logger: Logger): Promise<void> {
  const held: Held = {};
  const shutdown = serverShutdown(config, logger, held);
  process.on('disconnect', () => void shutdown('the primary process is gone', 1));

  try {
    if (!config.databaseUrl) throw new Error('a cluster worker needs the database URL from its primary (DATABASE_URL)');
    const db = await connectDatabase(config, config.databaseUrl);
    held.close = () => db.close();
    const replica = await openReplicaOf(config, db, logger);
    held.close = async () => {
      await replica?.close().catch(() => undefined);
      await db.close();
    };
    let metricsText: (() => Promise<string>) | undefined;
    const app = (held.app = await createApp({ config, db, databaseUrl: config.databaseUrl, logger, replica, metricsText: () => metricsText!() }));
    metricsText = clusterMetricsFromWorker(app.metrics.registry);
    tell({ type: 'kca:ready', port: await listen(app.server, config) });
  } catch (e) {
    tell({ type: 'kca:failed', message: (e as Error).message });
    await shutdown('startup failed', 1);
  }
}
