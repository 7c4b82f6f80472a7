/**
 * src/db/replica.ts without a standby (the PostgreSQL 15 primary and
 * streaming replica are tests/e2e/replica.test.ts): what the monitor says of
 * a server that is not a standby and of one that does not answer, and how a
 * request's reader falls back to the primary when the replica cannot run a
 * statement, then stays there.
 */
import { createDatabase, type Database } from '../../../src/db/client';
import { openReadReplica, parseLsn, type ReadReplica } from '../../../src/db/replica';
import { createTestDatabase, deadUrl, type TestDatabase } from '../../support/database';

let database: TestDatabase;
let primary: Database;
const opened: ReadReplica[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
  primary = createDatabase(database.url);
});
afterAll(async () => {
  await Promise.all(opened.map((r) => r.close()));
  await primary?.close();
  await database?.drop();
});

async function open(url: string): Promise<ReadReplica> {
  const replica = await openReadReplica(url, primary.pool, { maxLagMs: 1000, checkIntervalMs: 60_000, acquireTimeoutMs: 2000 });
  opened.push(replica);
  return replica;
}

test('parseLsn reads Postgres positions and nothing else', () => {
  expect(parseLsn('0/3000148')).toBe(0x3000148n);
  expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
  expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
  for (const bad of ['', '3000148', '0/', 'x/1', '0/123456789', '0/1; DROP']) expect(parseLsn(bad)).toBeUndefined();
});

test('a server that is not a standby (here: the primary itself) never serves reads', async () => {
  const replica = await open(database.url);
  expect(replica.status()).toMatchObject({ state: 'not a standby', serving: false });
  expect(replica.canServe()).toBe(false);
  expect(replica.canServe(1n)).toBe(false);
});

test('an unreachable replica: reported, and a reader that tried it runs the statement on the primary, then stays there', async () => {
  const replica = await open(await deadUrl());
  expect(replica.status()).toMatchObject({ state: 'unreachable', serving: false });
  // The context asks for the replica anyway (as it would between two checks): the statement falls back.
  const reader = replica.readerFor(primary.pool, () => true);
  expect((await reader.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  expect(reader.target).toBe('primary');
  expect((await reader.query('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
  expect(replica.counts).toEqual({ replica: 1, primary: 2, fallbacks: 1 });
});

test("a statement's own error on the replica is not retried on the primary", async () => {
  const replica = await open(database.url);
  const reader = replica.readerFor(primary.pool, () => true);
  await expect(reader.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
  expect(reader.target).toBe('replica');
  expect(replica.counts).toEqual({ replica: 1, primary: 0, fallbacks: 0 });
});
