/**
 * A read replica (issue 17): a PostgreSQL 15 primary and a streaming replica
 * made from it with pg_basebackup -R (tests/support/replica.ts), and the
 * product started the way `npm start` does with DATABASE_URL on the primary
 * and DATABASE_READ_URL on the replica (it migrates and seeds the primary;
 * the replica gets both by streaming). Shown:
 * - reads run on the replica: its pg_stat_activity shows the API's read
 *   pool running the search statement, which never reaches the primary;
 * - with the replica's replay paused, a correction (a mutation) answers with
 *   the corrected record (its reads are the primary's), and its response
 *   carries x-read-after: a query sending it back (header or cookie) sees the
 *   correction, a query without it sees the replica's older title — the
 *   proof of where each read went;
 * - once the paused replica is more than DATABASE_READ_MAX_LAG_MS behind,
 *   every read goes to the primary and /readyz says `lagging`; resumed, the
 *   replica serves again, a client's earlier position included;
 * - the replica stopped: reads keep answering from the primary (the first
 *   statements fall back on their connection errors), /readyz stays 200 and
 *   says `unreachable`; started again, it serves again;
 * - the same behind pgbouncer in transaction mode (DATABASE_POOLER=transaction,
 *   one pgbouncer per server), when pgbouncer is installed.
 *
 * Needs Debian's postgresql-15 (and pgbouncer for the last part): skipped
 * with a message without them, failing instead with CI=true.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describeOnPgbouncer, startPgbouncer, type Pgbouncer } from '../support/pgbouncer';
import { describeOnPostgres15, startPostgres15, type Postgres15 } from '../support/postgres15';
import { startProduct, stopProduct, type StartedProduct } from '../support/product';
import { startStreamingReplica, type StreamingReplica } from '../support/replica';
import { waitFor } from '../support/waitFor';

const ADMIN_TOKEN = 'replica-e2e-token-0123456789abcdef0123456789';
const MAX_LAG_MS = 4000;
const READ_POOL = 'kca-knowledge-api (reads)';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

async function readyz(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(20_000) });
  return { status: res.status, body: await res.json() };
}

async function onServer<R extends pg.QueryResultRow = any>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

const TITLE = 'query($id: ID!) { node(id: $id) { ... on Agreement { title } } }';
const CORRECT = 'mutation($input: CorrectAgreementInput!) { correctAgreement(input: $input, reason: "replica test") { agreement { title } userErrors { code message } } }';
const SEARCH = '{ search(query: "uranium", first: 3) { totalCount } }';

const lsn = (text: string) => {
  const [hi, lo] = text.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
};

/** db_read_statements_total by target, from /metrics. */
async function readCounts(url: string): Promise<{ replica: number; primary: number }> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const count = (target: string) => Number(new RegExp(`^db_read_statements_total\\{target="${target}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  return { replica: count('replica'), primary: count('primary') };
}

/** What each server's read pool last ran (pg_stat_activity.query of the API's reader connections). */
const lastStatements = (url: string) => onServer<{ query: string }>(url, `SELECT query FROM pg_stat_activity WHERE application_name = '${READ_POOL}' OR application_name = 'kca-knowledge-api'`).then((rows) => rows.map((r) => r.query));

describeOnPostgres15('a PostgreSQL 15 primary and a streaming replica (pg_basebackup -R): DATABASE_READ_URL', () => {
  let primary: Postgres15 | undefined;
  let replica: StreamingReplica | undefined;
  let product: StartedProduct | undefined;
  let unusedDataDir: string | undefined;
  let agreementId: string;
  const productEnv = (): Record<string, string> => ({
    DATABASE_URL: primary!.url,
    DATABASE_READ_URL: replica!.url,
    DATABASE_READ_MAX_LAG_MS: String(MAX_LAG_MS),
    DATABASE_READ_CHECK_INTERVAL_MS: '200',
    HOST: '127.0.0.1',
    ADMIN_TOKEN,
    DATA_DIR: unusedDataDir!,
    REEXTRACT_ON_START: 'false',
  });
  const title = async (headers: Record<string, string> = {}) => {
    const answer = await post(product!.url, TITLE, { id: agreementId }, headers);
    expect({ status: answer.status, errors: answer.body.errors }).toEqual({ status: 200, errors: undefined });
    return answer.body.data.node.title as string;
  };

  beforeAll(async () => {
    unusedDataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-replica-unused-'));
    primary = await startPostgres15();
    replica = await startStreamingReplica(primary);
    product = await startProduct(productEnv());
    await waitFor('/readyz to report the replica serving', async () => (await readyz(product!.url)).body.replica?.serving === true, 30_000);
    // "Serving" allows up to DATABASE_READ_MAX_LAG_MS of lag, so on a busy machine the replica may not have replayed
    // the seed yet; the tests below read seeded records from it, so first let it replay what the start wrote.
    const seeded = (await onServer<{ lsn: string }>(primary!.url, 'SELECT pg_current_wal_insert_lsn()::text AS lsn'))[0]!.lsn;
    await waitFor('the replica to replay the seed', async () => {
      const replayed = (await replica!.query<{ lsn: string }>('SELECT pg_last_wal_replay_lsn()::text AS lsn'))[0]!.lsn;
      return lsn(replayed) >= lsn(seeded);
    }, 60_000);
    agreementId = (await post(product!.url, '{ agreements(first: 1, orderBy: { field: TITLE, direction: ASC }) { nodes { id } } }')).body.data.agreements.nodes[0].id;
  }, 180_000);

  afterAll(async () => {
    const stopped = await Promise.allSettled([product ? stopProduct(product.child) : undefined]);
    await replica?.close();
    await primary?.stop();
    if (unusedDataDir) rmSync(unusedDataDir, { recursive: true, force: true });
    for (const result of stopped) if (result.status === 'rejected') throw result.reason;
  }, 90_000);

  test('/readyz reports the primary and the replica (a standby, its lag, its replayed position); reads run on the replica, never on the primary', async () => {
    const ready = await readyz(product!.url);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ready: true, database: 'ok', migrations: 'ok', replica: { state: 'ok', serving: true } });
    expect(ready.body.replica.lagMs).toBeLessThanOrEqual(MAX_LAG_MS);
    expect(ready.body.replica.replayLsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect((await onServer<{ standby: boolean }>(replica!.url, 'SELECT pg_is_in_recovery() AS standby'))[0]!.standby).toBe(true);

    const found = await post(product!.url, SEARCH);
    expect(found.body.data.search.totalCount).toBeGreaterThan(0);
    expect((await lastStatements(replica!.url)).some((q) => q.includes('websearch_to_tsquery'))).toBe(true);
    expect((await lastStatements(primary!.url)).some((q) => q.includes('websearch_to_tsquery'))).toBe(false);
  });

  test('read-your-writes: with replay paused, a correction answers and is read back with x-read-after (header or cookie) from the primary, while reads without it still get the replica’s older title', async () => {
    const before = await title();
    await replica!.query('SELECT pg_wal_replay_pause()');
    try {
      const corrected = `${before} (corrected while the replica is paused)`;
      const answer = await post(product!.url, CORRECT, { input: { id: agreementId, title: corrected } }, { authorization: `Bearer ${ADMIN_TOKEN}` });
      expect(answer.body.errors).toBeUndefined();
      // The mutation's own payload is read after its write, from the primary.
      expect(answer.body.data.correctAgreement).toEqual({ agreement: { title: corrected }, userErrors: [] });
      const position = answer.headers.get('x-read-after');
      expect(position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(answer.headers.get('set-cookie')).toContain(`kca_read_after=${position}`);

      // Quickly, within DATABASE_READ_MAX_LAG_MS: the replica still serves, but not this client's next reads.
      expect(await title({ 'x-read-after': position! })).toBe(corrected);
      expect(await title({ cookie: `theme=dark; kca_read_after=${position}` })).toBe(corrected);
      expect(await title()).toBe(before); // the replica's copy: it has not replayed the correction

      // A malformed position is refused, naming what is wrong.
      const bad = await post(product!.url, TITLE, { id: agreementId }, { 'x-read-after': 'yesterday' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.[0]?.message).toMatch(/x-read-after header must be a WAL position/);

      // Beyond the bound, every read goes to the primary, and /readyz says why.
      await waitFor('/readyz to report the paused replica lagging', async () => (await readyz(product!.url)).body.replica?.state === 'lagging', 20_000);
      const lagging = await readyz(product!.url);
      expect(lagging).toMatchObject({ status: 200, body: { ready: true, replica: { state: 'lagging', serving: false } } });
      expect(lagging.body.replica.lagMs).toBeGreaterThan(MAX_LAG_MS);
      expect(await title()).toBe(corrected);

      await replica!.query('SELECT pg_wal_replay_resume()');
      // Serving again, and (the primary runs synchronous_commit=off, so its position may wait for a WAL flush) past the correction.
      await waitFor('/readyz to report the replica serving again, past the correction', async () => {
        const { replica: status } = (await readyz(product!.url)).body;
        return status?.serving === true && lsn(status.replayLsn) >= lsn(position!);
      }, 30_000);
      const counted = await readCounts(product!.url);
      expect(await title({ 'x-read-after': position! })).toBe(corrected);
      expect(await readCounts(product!.url)).toEqual({ replica: counted.replica + 1, primary: counted.primary });
    } finally {
      await replica!.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    }
  }, 60_000);

  test('the replica stopped: reads keep answering from the primary, /readyz stays 200 and reports it unreachable; started again, it serves again', async () => {
    const expected = await post(product!.url, SEARCH);
    await replica!.stop();
    try {
      // At once: no request fails.
      const answers = await Promise.all(Array.from({ length: 10 }, () => post(product!.url, SEARCH)));
      for (const answer of answers) expect({ status: answer.status, errors: answer.body.errors, data: answer.body.data }).toEqual({ status: 200, errors: undefined, data: expected.body.data });
      const down = await readyz(product!.url);
      expect(down).toMatchObject({ status: 200, body: { ready: true, database: 'ok', replica: { state: 'unreachable', serving: false } } });
      expect(await title()).toMatch(/corrected while the replica is paused/);
      // (Whether the check or a statement's connection error noticed first; the fallback itself: tests/integration/db/replica.test.ts.)
      expect(await (await fetch(new URL('/metrics', product!.url))).text()).toMatch(/^db_replica_serving 0$/m);
    } finally {
      await replica!.start();
    }
    await waitFor('/readyz to report the restarted replica serving', async () => (await readyz(product!.url)).body.replica?.serving === true, 30_000);
    expect((await post(product!.url, SEARCH)).body.data).toEqual(expected.body.data);
    expect((await lastStatements(replica!.url)).some((q) => q.includes('websearch_to_tsquery'))).toBe(true);
  }, 90_000);

  describeOnPgbouncer('behind pgbouncer in transaction mode (DATABASE_POOLER=transaction, one pgbouncer per server)', () => {
    let toPrimary: Pgbouncer | undefined;
    let toReplica: Pgbouncer | undefined;
    let pooled: StartedProduct | undefined;

    beforeAll(async () => {
      [toPrimary, toReplica] = await Promise.all([startPgbouncer(primary!.url), startPgbouncer(replica!.url)]);
      pooled = await startProduct({ ...productEnv(), DATABASE_URL: toPrimary.url, DATABASE_DIRECT_URL: primary!.url, DATABASE_READ_URL: toReplica.url, DATABASE_POOLER: 'transaction' });
      await waitFor('/readyz to report the replica serving through pgbouncer', async () => (await readyz(pooled!.url)).body.replica?.serving === true, 30_000);
    }, 120_000);

    afterAll(async () => {
      if (pooled) await stopProduct(pooled.child);
      await Promise.all([toPrimary?.close(), toReplica?.close()]);
    }, 60_000);

    test('10 concurrent clients read through the replica’s pgbouncer, and a correction is read back with its x-read-after while replay is paused', async () => {
      const expected = await post(product!.url, SEARCH);
      const answers = await Promise.all(Array.from({ length: 10 }, () => post(pooled!.url, SEARCH)));
      for (const answer of answers) expect({ errors: answer.body.errors, data: answer.body.data }).toEqual({ errors: undefined, data: expected.body.data });
      // pgbouncer's server connections to the replica ran the search (pgbouncer passes application_name on).
      expect((await lastStatements(replica!.url)).some((q) => q.includes('websearch_to_tsquery'))).toBe(true);

      await replica!.query('SELECT pg_wal_replay_pause()');
      try {
        const before = (await post(pooled!.url, TITLE, { id: agreementId })).body.data.node.title as string;
        const corrected = `${before.replace(/ \(.*\)$/, '')} (corrected through pgbouncer)`;
        const answer = await post(pooled!.url, CORRECT, { input: { id: agreementId, title: corrected } }, { authorization: `Bearer ${ADMIN_TOKEN}` });
        expect(answer.body.data.correctAgreement).toEqual({ agreement: { title: corrected }, userErrors: [] });
        const position = answer.headers.get('x-read-after')!;
        expect((await post(pooled!.url, TITLE, { id: agreementId }, { 'x-read-after': position })).body.data.node.title).toBe(corrected);
        expect((await post(pooled!.url, TITLE, { id: agreementId })).body.data.node.title).toBe(before);
      } finally {
        await replica!.query('SELECT pg_wal_replay_resume()');
      }
    }, 60_000);
  });
});
