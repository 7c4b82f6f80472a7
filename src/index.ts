/**
 * `npm start` (compiled to dist/server/index.js by src/build/server.mjs; `npm
 * run start:tsx` runs this file from source): config, then one of
 * - WEB_CONCURRENCY=1: one process does everything (src/start/single.ts);
 * - WEB_CONCURRENCY=N>1 (default: one per CPU): the cluster's primary opens,
 *   migrates and seeds the database once and forks N HTTP workers sharing the
 *   port (src/cluster/primary.ts); each worker (this same file, forked by
 *   node:cluster) serves with its own pool (src/cluster/worker.ts).
 * Any startup failure is one line on stderr (`error: …`) and exit code 1.
 */
import cluster from 'node:cluster';
import { loadConfig, type Config } from './config';
import { createLogger } from './logger';

// Each role loads only its own modules (imported when chosen; the bundle initialises them lazily too):
// the primary never loads Apollo, graphql or the schema, which keeps its memory down.
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) return (await import('./cluster/worker')).runWorker(config, logger);
  if (config.webConcurrency > 1) return (await import('./cluster/primary')).runPrimary(config, logger);
  return (await import('./start/single')).runSingleProcess(config, logger);
}

void main();
