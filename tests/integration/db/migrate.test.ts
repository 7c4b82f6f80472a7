// src/db/migrate.ts, the init migration's hand-written SQL, and the offline Prisma CLI.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations, migrationStatus } from '../../../src/db/migrate';
import { MIGRATIONS_DIR, migrationNames } from '../../../src/db/schemaEngine';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { describeOnPostgres15, startPostgres15 } from '../../support/postgres15';
import { run, runFixture } from '../../support/processes';

const ALL_MIGRATIONS = migrationNames();

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The `_prisma_migrations` columns that do not depend on when or with which random id a migration ran. */
const historyOf = (url: string) =>
  withClient(url, async (client) => (await client.query(
    `SELECT migration_name, checksum, logs, rolled_back_at, applied_steps_count, finished_at IS NOT NULL AS finished
       FROM _prisma_migrations ORDER BY migration_name`,
  )).rows);

const prismaOffline = (args: string[], databaseUrl: string) =>
  run(process.execPath, [path.join('prisma', 'prisma-offline.js'), ...args], { DATABASE_URL: databaseUrl });

describe('applyMigrations', () => {
  const databases: TestDatabase[] = [];
  const emptyDatabase = async () => {
    const db = await createTestDatabase({ migrated: false });
    databases.push(db);
    return db;
  };
  afterAll(async () => {
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('applies every migration to an empty database, then nothing on a second run', async () => {
    const db = await emptyDatabase();
    expect(await migrationStatus(db.url)).toEqual({ upToDate: false, pending: ALL_MIGRATIONS, failed: [] });
    expect(await applyMigrations(db.url)).toEqual({ applied: ALL_MIGRATIONS });
    expect(await applyMigrations(db.url)).toEqual({ applied: [] });
    expect(await migrationStatus(db.url)).toEqual({ upToDate: true, pending: [], failed: [] });
  });

  it('is safe when two processes apply at once: both succeed, each migration runs once', async () => {
    const db = await emptyDatabase();
    const results = await Promise.all([runFixture('applyMigrations.ts', [db.url]), runFixture('applyMigrations.ts', [db.url])]);
    for (const result of results) expect(result).toMatchObject({ code: 0 });
    const applied = results.map((result) => (JSON.parse(result.stdout) as { applied: string[] }).applied);
    expect(applied.flat().sort()).toEqual(ALL_MIGRATIONS);
    expect((await historyOf(db.url)).map((row) => row.migration_name)).toEqual(ALL_MIGRATIONS);
  });

  it('writes the same _prisma_migrations rows as `prisma migrate deploy`', async () => {
    const ours = await emptyDatabase();
    const theirs = await emptyDatabase();
    await applyMigrations(ours.url);
    const deploy = await prismaOffline(['migrate', 'deploy'], theirs.url);
    expect(deploy.code).toBe(0);

    const history = await historyOf(ours.url);
    expect(history).toEqual(await historyOf(theirs.url));
    for (const row of history) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row).toMatchObject({ finished: true, rolled_back_at: null, applied_steps_count: 1 });
    }
  });
});

describe('the offline Prisma CLI (prisma/prisma-offline.js + schema-engine-offline.js)', () => {
  it('answers `prisma migrate status` without a network', async () => {
    const migrated = await createTestDatabase();
    const empty = await createTestDatabase({ migrated: false });
    try {
      const upToDate = await prismaOffline(['migrate', 'status'], migrated.url);
      expect(upToDate.stdout).toContain('Database schema is up to date!');
      expect(upToDate.code).toBe(0);

      const behind = await prismaOffline(['migrate', 'status'], empty.url);
      expect(behind.stdout).toMatch(/have not yet been applied/);
      expect(behind.stdout).toContain(ALL_MIGRATIONS[0]);
      expect(behind.code).toBe(1);
    } finally {
      await Promise.all([migrated.drop(), empty.drop()]);
    }
  });
});

describe('prisma/schema.prisma and the migrations', () => {
  it('agree: `prisma migrate diff` from the migrations to the schema is empty (no drift either way)', async () => {
    // The diff replays the migrations in a shadow database on the server DATABASE_URL names.
    const scratch = await createTestDatabase({ migrated: false });
    try {
      const diff = await prismaOffline(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script'], scratch.url);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toContain('-- This is an empty migration.');
    } finally {
      await scratch.drop();
    }
  });
});

describe('the init migration', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      INSERT INTO countries (id, iso2, iso3, name) VALUES (1, 'UZ', 'UZB', 'Uzbekistan');
      INSERT INTO organizations (id, key, name, kind, aliases, acronyms) VALUES (1, 'kepco', 'Korea Electric Power Corporation', 'COMPANY', NULL, '{KEPCO}');
      INSERT INTO persons (id, key, name) VALUES (1, 'kim', 'Kim Min-jun');
      INSERT INTO articles (id, content_hash, title, body) VALUES (1, 'h1', NULL, 'Uranium supply agreement signed in Tashkent.');
    `);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const rejects = (sql: string, constraint: string) => expect(client.query(sql)).rejects.toMatchObject({ code: '23514', constraint });

  it('keeps search vectors generated, weighted, and non-NULL when optional inputs are NULL', async () => {
    const { rows } = await client.query(`
      SELECT (SELECT search::text FROM organizations WHERE id = 1) AS organization,
             (SELECT search::text FROM persons WHERE id = 1) AS person,
             (SELECT search::text FROM articles WHERE id = 1) AS article`);
    expect(rows[0].organization).toContain("'kepco':5B");
    expect(rows[0].person).toContain("'kim':1A");
    expect(rows[0].article).toContain("'uranium':1B");
    await expect(client.query("UPDATE articles SET search = to_tsvector('x') WHERE id = 1")).rejects.toThrow(/can only be updated to DEFAULT/);
    const found = await client.query("SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', 'uranium agreements')");
    expect(found.rows).toEqual([{ id: 1 }]);
  });

  it('requires exactly one speaker on a statement', async () => {
    await rejects("INSERT INTO statements (key, kind, text) VALUES ('s0', 'REPORTED', 'no speaker')", 'statements_one_speaker_check');
    await rejects(
      "INSERT INTO statements (key, kind, text, speaker_person_id, speaker_organization_id) VALUES ('s2', 'REPORTED', 'two', 1, 1)",
      'statements_one_speaker_check',
    );
    await client.query("INSERT INTO statements (key, kind, text, speaker_person_id) VALUES ('s1', 'DIRECT_QUOTE', 'one', 1)");
  });

  it('requires exactly one record and a sane span on evidence', async () => {
    const evidence = (columns: string, values: string) =>
      `INSERT INTO evidence (article_id, start, "end", sentence${columns}) VALUES (1, ${values})`;
    await rejects(evidence('', "0, 10, 'none'"), 'evidence_one_record_check');
    await rejects(evidence(', country_id, person_id', "0, 10, 'two', 1, 1"), 'evidence_one_record_check');
    await rejects(evidence(', country_id', "-1, 10, 'negative start', 1"), 'evidence_span_check');
    await rejects(evidence(', country_id', "5, 5, 'empty span', 1"), 'evidence_span_check');
    await client.query(evidence(', country_id', "0, 10, 'fine', 1"));
  });
});

// The migrations must also run on PostgreSQL 15 (Debian's; required with CI=true, see tests/support/postgres15.ts).
describeOnPostgres15('on PostgreSQL 15', () => {
  it('applies the migrations', async () => {
    const server = await startPostgres15();
    try {
      expect(await applyMigrations(server.url)).toEqual({ applied: ALL_MIGRATIONS });
      const version = await withClient(server.url, async (client) => (await client.query('SHOW server_version_num')).rows[0].server_version_num);
      expect(Math.floor(Number(version) / 10000)).toBe(15);
    } finally {
      await server.stop();
    }
  });
});
