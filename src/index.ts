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
import { runPrimary } from './cluster/primary';
import { runWorker } from './cluster/worker';
import { runSingleProcess } from './start/single';

function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) return runWorker(config, logger);
  if (config.webConcurrency > 1) return runPrimary(config, logger);
  return runSingleProcess(config, logger);
}

void main();
