/**
 * /readyz and migrations: an app on a database where no migration has been
 * applied answers 503 naming every pending migration; once they are applied,
 * 200 — same process, no restart. /healthz stays 200 throughout. A read path
 * that fails while SELECT 1 answers makes it 503 too (issue 17).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../../src/db/migrate';
import { startTestApp, type TestApp } from '../support/app';

const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');
const migrationNames = readdirSync(MIGRATIONS_DIR)
  .filter((name) => statSync(path.join(MIGRATIONS_DIR, name)).isDirectory())
  .sort();

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ migrated: false });
});
afterAll(async () => {
  await t?.close();
});

const get = async (route: string) => {
  const res = await fetch(new URL(route, t.url), { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
};

test('503 naming the pending migrations, then 200 once they are applied', async () => {
  expect(migrationNames.length).toBeGreaterThanOrEqual(2);
  expect(await get('/readyz')).toEqual({
    status: 503,
    body: { status: 'not ready', ready: false, database: 'ok', migrations: `pending: ${migrationNames.join(', ')}` },
  });
  expect((await get('/healthz')).status).toBe(200);

  await applyMigrations(t.database.url);

  expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready', ready: true, database: 'ok', migrations: 'ok' } });
  expect((await t.gql('{ countries(first: 1) { totalCount } }')).body).toMatchObject({ data: { countries: { totalCount: 0 } } });
});

test('503 "queries failing" when the read path fails while the database still answers SELECT 1 (here: its table is renamed), 200 once it works again', async () => {
  const admin = new pg.Client({ connectionString: t.database.url });
  await admin.connect();
  try {
    await admin.query('ALTER TABLE countries RENAME TO countries_away');
    const failing = await get('/readyz');
    expect(failing.status).toBe(503);
    expect(failing.body).toMatchObject({ ready: false, migrations: 'ok' });
    expect(failing.body.database).toMatch(/^queries failing: .*countries/);
  } finally {
    await admin.query('ALTER TABLE IF EXISTS countries_away RENAME TO countries');
    await admin.end();
  }
  expect((await get('/readyz')).status).toBe(200);
});
