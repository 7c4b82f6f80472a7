/**
 * The load stage on a real Postgres: evidence integrity for every record,
 * republished records merged, idempotency, concurrent loaders, and atomicity
 * (a failure or a killed loader leaves no partial article).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createDatabase, type Database } from '../../src/db/client';
import { collectArticleFiles, loadArticleFiles } from '../../src/ingest/files';
import { loadArticle } from '../../src/ingest/load';
import { extractArticle } from '../../src/ingest/pipeline';
import { SEED_DIR } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { checkEvidenceSlices, recordsWithoutEvidence, RECORD_TABLES, tableCounts } from '../support/evidence';

const ROOT = path.resolve(__dirname, '..', '..');
const counts = (db: Database) => tableCounts(db.pool);

async function withDatabase(work: (db: Database, database: TestDatabase) => Promise<void>): Promise<void> {
  const database = await createTestDatabase();
  const db = createDatabase(database.url);
  try {
    await work(db, database);
  } finally {
    await db.close();
    await database.drop();
  }
}

function runSeed(databaseUrl: string, options: { detached?: boolean } = {}) {
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/seed.ts', SEED_DIR], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, HOME: '/tmp', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // 'close', not 'exit': the output is read once the child's stdout and stderr are drained.
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })));
  return { child, done };
}

describe('loading the five seed articles', () => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDatabase(database.url);
    const summary = await loadArticleFiles(db.prisma, await collectArticleFiles([SEED_DIR]));
    expect(summary.failed).toBe(0);
    expect(summary.articlesNew).toBe(5);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  test('every record has evidence, and every evidence slices its article body to the stored sentence', async () => {
    expect(await recordsWithoutEvidence(db.pool)).toEqual(Object.fromEntries(RECORD_TABLES.map(([table]) => [table, 0])));
    const { checked, mismatches } = await checkEvidenceSlices(db.pool);
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  test('records republished by articles 002 and 003 are stored once, with evidence from both', async () => {
    const shared = async (table: string, column: string) => {
      const { rows } = await db.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT e.${column} FROM evidence e WHERE e.${column} IS NOT NULL GROUP BY e.${column} HAVING count(DISTINCT e.article_id) >= 2) x`,
      );
      return rows[0]!.n;
    };
    // The gold cross-article file lists 2 shared agreements and several shared quotes and facts.
    expect(await shared('agreements', 'agreement_id')).toBeGreaterThanOrEqual(2);
    expect(await shared('statements', 'statement_id')).toBeGreaterThanOrEqual(8);
    expect(await shared('facts', 'fact_id')).toBeGreaterThanOrEqual(4);

    // And no duplicate: each record key of 002 that 003 also yields maps to one row.
    const [a, b] = ['002_da98c90b56f972cd.txt', '003_0bee8f741032c28e.txt'].map((f) => extractArticle(readFileSync(path.join(SEED_DIR, f), 'utf8'), { sourceFile: f }));
    const titles = new Set(b!.agreements.map((g) => g.title));
    const common = a!.agreements.filter((g) => titles.has(g.title));
    expect(common.length).toBeGreaterThanOrEqual(2);
    for (const g of common) {
      const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM agreements WHERE title = $1', [g.title]);
      expect(rows[0]!.n).toBe(1);
    }
  });

  test('loading everything again changes no count', async () => {
    const before = await counts(db);
    const summary = await loadArticleFiles(db.prisma, await collectArticleFiles([SEED_DIR]));
    expect(summary.articlesUnchanged).toBe(5);
    expect(await counts(db)).toEqual(before);
  });
});

test('four seed processes at once end with the same counts as one', async () => {
  await withDatabase(async (single, singleDb) => {
    const one = await runSeed(singleDb.url).done;
    expect(one.code).toBe(0);
    const expected = await counts(single);
    await withDatabase(async (parallel, parallelDb) => {
      const runs = await Promise.all([1, 2, 3, 4].map(() => runSeed(parallelDb.url).done));
      for (const r of runs) expect(r.code).toBe(0);
      expect(await counts(parallel)).toEqual(expected);
    });
  });
}, 300_000);

test('a failure late in an article rolls back everything written for it', async () => {
  await withDatabase(async (db) => {
    const extracted = extractArticle(readFileSync(path.join(SEED_DIR, '001_6be1f264b80a52a9.txt'), 'utf8'));
    // Evidence is written last; a span the CHECK constraint refuses makes the final insert fail.
    const broken = { ...extracted, facts: [{ ...extracted.facts[0]!, evidence: [{ start: 5, end: 5, text: '' }] }] };
    await expect(loadArticle(db.prisma, broken)).rejects.toThrow();
    expect(await counts(db)).toEqual({ articles: 0, evidence: 0, countries: 0, regions: 0, organizations: 0, persons: 0, agreements: 0, statements: 0, facts: 0 });
    // The intact article then loads in full.
    expect((await loadArticle(db.prisma, extracted)).status).toBe('created');
  });
});

test('killing the loader mid-file leaves no partial article, and a rerun completes the load', async () => {
  await withDatabase(async (db, database) => {
    // Hold the evidence table so the loader blocks inside its first article's transaction, after writing its article row.
    const blocker = await db.pool.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE evidence IN ACCESS EXCLUSIVE MODE');
    const run = runSeed(database.url, { detached: true });
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const { rows } = await db.pool.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%evidence%'",
        );
        if (rows[0]!.n > 0) break;
        if (Date.now() > deadline) throw new Error('the loader never reached the evidence insert');
        await new Promise((r) => setTimeout(r, 100));
      }
      process.kill(-run.child.pid!, 'SIGKILL');
      await run.done;
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    // The killed backend's transaction is rolled back once Postgres notices the client is gone.
    const deadline = Date.now() + 30_000;
    while ((await db.pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kca-knowledge-api' AND state <> 'idle' AND pid <> pg_backend_pid()")).rows[0].n > 0) {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await counts(db)).articles).toBe(0);
    expect((await counts(db)).organizations).toBe(0);

    const rerun = await runSeed(database.url).done;
    expect(rerun.code).toBe(0);
    expect((await counts(db)).articles).toBe(5);
  });
}, 300_000);
