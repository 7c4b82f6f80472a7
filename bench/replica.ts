/**
 * `npm run bench:replica`: what a read replica (DATABASE_READ_URL) costs and
 * how fresh it is, on PostgreSQL 15 (Debian's postgresql-15, as the tests).
 * A primary (synchronous_commit on, as in production) and a streaming replica
 * made with pg_basebackup -R, and two products started as `npm start` does on
 * the same primary, seeded with the five seed articles: `primary` reads the
 * primary, `replica` has DATABASE_READ_URL. Measured in the same run:
 * - latency of the nested read and of a by-id read, one request at a time,
 *   the two products interleaved (`--requests N` each, default 300);
 * - after a correction through `replica` (`--writes N`, default 40): how
 *   long until the replica has replayed the position its response carried
 *   (polled every 2 ms), i.e. how long that client's reads stay on the primary.
 * Ends with a line `REPLICA nested_ms primary=<median> replica=<median> byid_ms primary=.. replica=.. catch_up_ms median=.. p90=..`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startPostgres15, HAVE_PG15, PG15_HOW_TO_ENABLE } from '../tests/support/postgres15';
import { startProduct, stopProduct, type StartedProduct } from '../tests/support/product';
import { startStreamingReplica } from '../tests/support/replica';
import { OPERATIONS } from './operations';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg('requests', 300);
const WRITES = arg('writes', 40);
const TOKEN = 'bench-replica-token-0123456789abcdef0123456789';

const lsn = (text: string) => {
  const [hi, lo] = text.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
};

async function post(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`errors from ${url}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return { headers: res.headers, data: body.data };
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), mean: s.reduce((a, b) => a + b, 0) / s.length, p90: at(0.9) };
};
const fmt = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  if (!HAVE_PG15) throw new Error(PG15_HOW_TO_ENABLE);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-bench-replica-'));
  const primary = await startPostgres15();
  const products: StartedProduct[] = [];
  let replica: Awaited<ReturnType<typeof startStreamingReplica>> | undefined;
  try {
    // The test cluster commits asynchronously; production does not, and the position a write hands out depends on it.
    const admin = new pg.Client({ connectionString: primary.url });
    await admin.connect();
    await admin.query('ALTER SYSTEM SET synchronous_commit = on');
    await admin.query('SELECT pg_reload_conf()');
    await admin.end();
    replica = await startStreamingReplica(primary);
    const base = { DATABASE_URL: primary.url, HOST: '127.0.0.1', ADMIN_TOKEN: TOKEN, DATA_DIR: dataDir, REEXTRACT_ON_START: 'false' };
    const onPrimary = await startProduct(base);
    products.push(onPrimary);
    const withReplica = await startProduct({ ...base, SEED_ON_START: 'false', DATABASE_READ_URL: replica.url });
    products.push(withReplica);
    for (let i = 0; i < 100; i++) {
      const ready = (await (await fetch(new URL('/readyz', withReplica.url))).json()) as { replica?: { serving: boolean } };
      if (ready.replica?.serving) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const id = (await post(onPrimary.url, '{ agreements(first: 1) { nodes { id } } }')).data.agreements.nodes[0].id as string;

    const latencies = { nested: { primary: [] as number[], replica: [] as number[] }, byId: { primary: [] as number[], replica: [] as number[] } };
    const timed = async (url: string, query: string, variables?: Record<string, unknown>) => {
      const start = process.hrtime.bigint();
      await post(url, query, variables);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 20; i++) await Promise.all([timed(onPrimary.url, OPERATIONS.nested.query), timed(withReplica.url, OPERATIONS.nested.query)]); // warm-up
    for (let i = 0; i < REQUESTS; i++) {
      const order = i % 2 ? (['primary', 'replica'] as const) : (['replica', 'primary'] as const);
      for (const side of order) {
        const url = side === 'primary' ? onPrimary.url : withReplica.url;
        latencies.nested[side].push(await timed(url, OPERATIONS.nested.query));
        latencies.byId[side].push(await timed(url, OPERATIONS.byId.query, { id }));
      }
    }

    const replicaClient = new pg.Client({ connectionString: replica.url });
    await replicaClient.connect();
    const catchUp: number[] = [];
    try {
      for (let i = 0; i < WRITES; i++) {
        const { headers } = await post(withReplica.url, 'mutation($input: CorrectAgreementInput!) { correctAgreement(input: $input) { userErrors { code } } }', { input: { id, title: `Bench title ${i}` } }, { authorization: `Bearer ${TOKEN}` });
        const start = process.hrtime.bigint();
        const position = lsn(headers.get('x-read-after')!);
        while (lsn((await replicaClient.query<{ l: string }>('SELECT pg_last_wal_replay_lsn()::text AS l')).rows[0]!.l) < position) await new Promise((r) => setTimeout(r, 2));
        catchUp.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    } finally {
      await replicaClient.end();
    }

    const counts = await (await fetch(new URL('/metrics', withReplica.url))).text();
    const n = stats(latencies.nested.primary), r = stats(latencies.nested.replica), bp = stats(latencies.byId.primary), br = stats(latencies.byId.replica), c = stats(catchUp);
    console.log(`load: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (1/5/15 min), ${os.cpus().length} cores`);
    console.log(`nested, ${REQUESTS} requests each: primary median ${fmt(n.median)} ms (mean ${fmt(n.mean)}, p90 ${fmt(n.p90)}); with replica median ${fmt(r.median)} ms (mean ${fmt(r.mean)}, p90 ${fmt(r.p90)})`);
    console.log(`byId, ${REQUESTS} requests each: primary median ${fmt(bp.median)} ms (mean ${fmt(bp.mean)}, p90 ${fmt(bp.p90)}); with replica median ${fmt(br.median)} ms (mean ${fmt(br.mean)}, p90 ${fmt(br.p90)})`);
    console.log(`replica caught up with a correction's x-read-after after: median ${fmt(c.median)} ms, p90 ${fmt(c.p90)} ms, max ${fmt(Math.max(...catchUp))} ms (${WRITES} corrections)`);
    console.log(counts.split('\n').filter((l) => l.startsWith('db_read_statements_total{') || l.startsWith('db_replica_')).join('\n'));
    console.log(`REPLICA nested_ms primary=${fmt(n.median)} replica=${fmt(r.median)} byid_ms primary=${fmt(bp.median)} replica=${fmt(br.median)} catch_up_ms median=${fmt(c.median)} p90=${fmt(c.p90)}`);
  } finally {
    await Promise.allSettled(products.map((p) => stopProduct(p.child)));
    await replica?.close();
    await primary.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
});
