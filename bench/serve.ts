/**
 * The benchmark's server process (forked by bench/run.ts, so the load
 * generator never shares an event loop with what it measures). It serves,
 * on three free ports of 127.0.0.1:
 *   ours     createApp from src/server.ts on the benchmark database, production config;
 *   ceiling  bench/ceiling.ts, one hand-written statement per request;
 *   memory   createApp again, its pool answering from a snapshot (bench/memory.ts).
 * Every statement each pool sends is counted (the tests' counting pg client);
 * the runner asks for the counts over IPC.
 *
 * Usage (by run.ts): tsx bench/serve.ts <database url> [JSON object of settings, e.g. {"GRAPHQL_EXECUTOR":"graphql-js"}]
 */
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/client';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server';
import { countingClientClass } from '../tests/support/statementCounter';
import { createCeilingServer } from './ceiling';
import { createSnapshotPool, snapshotDatabase } from './memory';

export interface ServeReady {
  kind: 'ready';
  ports: { ours: number; ceiling: number; memory: number };
}

/** Statements sent since the previous stats message (the logs are cleared on every read). */
export interface ServeStats {
  kind: 'stats';
  ours: number;
  ceiling: number;
  memoryMisses: number;
  oursSql: string[];
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url) throw new Error('usage: tsx bench/serve.ts <database url>');
  // The defaults a deployment gets (NODE_ENV=production, LOG_LEVEL=info: one log line per request); stdout goes to .bench/server.log.
  const overrides = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;
  const config = loadConfig({ NODE_ENV: 'production', SEED_ON_START: 'false', ...overrides });
  const logger = createLogger(config.logLevel);

  const oursSql: string[] = [];
  const db = createDatabase(url, { poolMax: config.db.poolMax, client: countingClientClass(oursSql), applicationName: 'bench-ours' });
  const ceilingSql: string[] = [];
  const ceilingDb = createDatabase(url, { poolMax: config.db.poolMax, client: countingClientClass(ceilingSql), applicationName: 'bench-ceiling' });
  const snapshot = createSnapshotPool(db.pool);

  const ours = await createApp({ config, db, databaseUrl: url, logger });
  const memory = await createApp({ config, db: snapshotDatabase(snapshot), databaseUrl: url, logger });
  const ceiling = createCeilingServer(ceilingDb.pool);
  const ports = { ours: await listen(ours.server), ceiling: await listen(ceiling), memory: await listen(memory.server) };

  let lastMisses = 0;
  process.on('message', (message: { kind: string }) => {
    if (message.kind === 'stats') {
      const stats: ServeStats = { kind: 'stats', ours: oursSql.length, ceiling: ceilingSql.length, memoryMisses: snapshot.misses - lastMisses, oursSql: oursSql.slice(0, 20) };
      oursSql.length = 0;
      ceilingSql.length = 0;
      lastMisses = snapshot.misses;
      process.send!(stats);
    } else if (message.kind === 'stop') {
      void (async () => {
        ceiling.close();
        await Promise.all([ours.stop(), memory.stop()]);
        await Promise.all([db.close(), ceilingDb.close()]);
        process.exit(0);
      })();
    }
  });
  process.send!({ kind: 'ready', ports } satisfies ServeReady);
}

main().catch((e: unknown) => {
  console.error(`bench server failed: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
