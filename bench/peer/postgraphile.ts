/**
 * The benchmark's PEER process: PostGraphile 5 on the benchmark database,
 * forked by bench/run.ts as a process of its own (as bench/serve.ts is for
 * our server), so that CPU is compared process for process.
 *
 * Off-the-shelf setup: the amber preset, @graphile/simplify-inflection and
 * @graphile-contrib/pg-many-to-many (agreement ↔ countries/organizations
 * through the party join tables, orderable by the far table's columns), the
 * `public` schema introspected at start, production mode (NODE_ENV=production
 * from the runner), no GraphiQL, no watch, no explain. Its pool has the same
 * size as ours (DB_POOL_MAX, default 10) and counts the statements it sends.
 *
 * Node 20 lacks Promise.withResolvers, which PostGraphile 5 uses: the shim is
 * this process's first import, and only this process loads it.
 *
 * Usage (by run.ts): tsx bench/peer/postgraphile.ts <database url>
 * IPC: sends {kind:'ready', port}; answers {kind:'stats'} with the statement
 * count since the last stats; exits on {kind:'stop'}.
 */
import './with-resolvers';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { countingClientClass } from '../../tests/support/statementCounter';

/* The package's subpath exports (presets, grafserv adaptors) have no types under this project's node10 module resolution. */
/* eslint-disable @typescript-eslint/no-require-imports */
const { postgraphile } = require('postgraphile') as { postgraphile: (preset: unknown) => PostGraphileInstance };
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber') as { PostGraphileAmberPreset: unknown };
const { makePgService } = require('postgraphile/adaptors/pg') as { makePgService: (options: Record<string, unknown>) => unknown };
const { grafserv } = require('postgraphile/grafserv/node') as { grafserv: unknown };
const { PgSimplifyInflectionPreset } = require('@graphile/simplify-inflection') as { PgSimplifyInflectionPreset: unknown };
const { PgManyToManyPreset } = require('@graphile-contrib/pg-many-to-many') as { PgManyToManyPreset: unknown };

interface PostGraphileInstance {
  createServ(grafserv: unknown): { addTo(server: http.Server): Promise<void> | void; ready(): Promise<void>; release(): Promise<void> };
  getSchema(): Promise<unknown>;
  release(): Promise<void>;
}

export interface PeerReady {
  kind: 'ready';
  port: number;
}

export interface PeerStats {
  kind: 'stats';
  statements: number;
  sql: string[];
}

/** The preset the benchmark runs PostGraphile with (also used by tests/integration/bench-peer.test.ts). */
export function peerPreset(pool: pg.Pool): unknown {
  return {
    extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PgManyToManyPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false },
    grafast: { explain: false },
  };
}

/** PostGraphile served by node:http on a free port of 127.0.0.1. */
export async function startPeer(pool: pg.Pool): Promise<{ server: http.Server; port: number; stop(): Promise<void> }> {
  const pgl = postgraphile(peerPreset(pool));
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  await serv.addTo(server);
  await serv.ready();
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  return {
    server,
    port,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await pgl.release(); // releases the grafserv instance too
    },
  };
}

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url) throw new Error('usage: tsx bench/peer/postgraphile.ts <database url>');
  const sql: string[] = [];
  const poolMax = Number(process.env.DB_POOL_MAX ?? 10);
  const pool = new pg.Pool({ connectionString: url, max: poolMax, application_name: 'bench-postgraphile', Client: countingClientClass(sql) });
  const peer = await startPeer(pool);
  process.on('message', (message: { kind: string }) => {
    if (message.kind === 'stats') {
      const stats: PeerStats = { kind: 'stats', statements: sql.length, sql: sql.slice(0, 20) };
      sql.length = 0;
      process.send!(stats);
    } else if (message.kind === 'stop') {
      void (async () => {
        await peer.stop();
        await pool.end();
        process.exit(0);
      })();
    }
  });
  process.send!({ kind: 'ready', port: peer.port } satisfies PeerReady);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`PostGraphile peer failed: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  });
}
