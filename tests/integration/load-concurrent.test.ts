/**
 * Loading without a global lock (issue 17) on a real Postgres: several
 * loaders writing overlapping articles at once (the same countries,
 * organizations, persons, agreements and quotes across articles, republished
 * copies, the same text twice) end with exactly the records, claims and
 * evidence of one serial load, in any order; and the writes that still
 * exclude loads (merges, corrections, re-extraction) wait for the loads in
 * flight and keep their guarantees when loads run around them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticles } from '../../bench/corpus';
import { createDatabase, type Database } from '../../src/db/client';
import { correctRecord } from '../../src/db/corrections';
import { takeLoadLock } from '../../src/db/locks';
import { mergeOrganizations } from '../../src/db/merge';
import { collectArticleFiles, extractArticleText } from '../../src/ingest/files';
import { loadArticle } from '../../src/ingest/load';
import type { ExtractedArticle } from '../../src/ingest/types';
import { SEED_DIR } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { checkEvidenceSlices, recordsWithoutEvidence, RECORD_TABLES } from '../support/evidence';
import { holdIngestLock } from '../support/ingestLock';
import { recordSnapshot, snapshotDiff } from '../support/recordSnapshot';

jest.setTimeout(300_000);

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'articles');

/** What each article says about each record, by article hash and record key (claims name rows by key). */
async function claimSnapshot(db: Database): Promise<string[]> {
  const { rows } = await db.pool.query<{ line: string }>(`
    SELECT concat_ws(' | ', a.content_hash, coalesce(co.iso2, r.key, o.key, p.key, g.key, s.key, f.key), c.fields::text, c.method, c.confidence::text) AS line
    FROM claims c JOIN articles a ON a.id = c.article_id
      LEFT JOIN countries co ON co.id = c.country_id LEFT JOIN regions r ON r.id = c.region_id LEFT JOIN organizations o ON o.id = c.organization_id
      LEFT JOIN persons p ON p.id = c.person_id LEFT JOIN agreements g ON g.id = c.agreement_id LEFT JOIN statements s ON s.id = c.statement_id
      LEFT JOIN facts f ON f.id = c.fact_id`);
  return rows.map((r) => r.line).sort();
}

/** A fresh test database and a client for it, dropped afterwards. */
async function withDatabase<T>(work: (db: Database, database: TestDatabase) => Promise<T>): Promise<T> {
  const database = await createTestDatabase();
  return usingDatabase(database.url, (db) => work(db, database)).finally(() => database.drop());
}

/** A client (its own connection pool) for `url`, closed afterwards. */
async function usingDatabase<T>(url: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = createDatabase(url);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** `loaders` loaders at once, each with its own connection pool, each taking every n-th article of `articles`. */
async function loadConcurrently(url: string, articles: readonly ExtractedArticle[], loaders: number): Promise<void> {
  const dbs = Array.from({ length: loaders }, () => createDatabase(url));
  try {
    await Promise.all(
      dbs.map(async (db, i) => {
        for (let j = i; j < articles.length; j += loaders) await loadArticle(db.prisma, articles[j]!);
      }),
    );
  } finally {
    await Promise.all(dbs.map((db) => db.close()));
  }
}

let articles: ExtractedArticle[];

beforeAll(async () => {
  const files = [...(await collectArticleFiles([SEED_DIR])), ...(await collectArticleFiles([FIXTURES]))];
  const texts = files.map((f) => ({ text: readFileSync(f, 'utf8'), file: f }));
  // Generated articles share a heavy-tailed set of organizations and persons, and republish each other (~3 %).
  for (const g of generateArticles({ articles: 80, seed: 17 })) texts.push({ text: g.text, file: g.fileName });
  const extracted = texts.map(({ text, file }) => extractArticleText(text, file));
  // Each seed article twice more: once the same file (the same text, to be skipped), once a copy under other metadata.
  const seeds = extracted.slice(0, 5);
  articles = [...extracted, ...seeds, ...seeds.map((x) => ({ ...x, article: { ...x.article, sourceFile: `copy-of-${x.article.sourceFile}`, url: 'https://example.org/copy' } }))];
});

test('four loaders at once, on overlapping articles, end with exactly the records, claims and evidence of one serial load; so does a serial load in reverse', async () => {
  const [serial, serialClaims] = await withDatabase(async (db) => {
    for (const x of articles) await loadArticle(db.prisma, x);
    return [await recordSnapshot(db.pool), await claimSnapshot(db)] as const;
  });
  expect(serial.articles!.length).toBeGreaterThan(80);
  expect(serialClaims.length).toBeGreaterThan(1000);

  const reversed = await withDatabase(async (db) => {
    for (const x of [...articles].reverse()) await loadArticle(db.prisma, x);
    return [await recordSnapshot(db.pool), await claimSnapshot(db)] as const;
  });
  expect(snapshotDiff(reversed[0], serial)).toEqual({});
  expect(reversed[1]).toEqual(serialClaims);

  await withDatabase(async (db, database) => {
    // Reversed within each loader too, so loaders meet the shared records in another order than the serial load.
    await loadConcurrently(database.url, [...articles].reverse(), 4);
    expect(snapshotDiff(await recordSnapshot(db.pool), serial)).toEqual({});
    expect(await claimSnapshot(db)).toEqual(serialClaims);
    expect(await recordsWithoutEvidence(db.pool)).toEqual(Object.fromEntries(RECORD_TABLES.map(([table]) => [table, 0])));
    expect((await checkEvidenceSlices(db.pool)).mismatches).toEqual([]);
  });
});

test('the same new article loaded by several loaders at once is stored once', async () => {
  await withDatabase(async (db, database) => {
    const one = articles[0]!;
    const dbs = Array.from({ length: 4 }, () => createDatabase(database.url));
    try {
      const results = await Promise.all(dbs.map((d) => loadArticle(d.prisma, one)));
      expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
      expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    } finally {
      await Promise.all(dbs.map((d) => d.close()));
    }
    expect((await db.pool.query('SELECT count(*)::int AS n FROM articles')).rows[0].n).toBe(1);
  });
});

test('loads share the ingest lock with each other; a merge or correction waits for a load in flight, and loads wait for an exclusive holder', async () => {
  await withDatabase(async (db, database) => {
    await loadArticle(db.prisma, articles[0]!);
    // A load in flight: a transaction holding the ingest lock shared, as writeArticle does.
    let finishLoad!: () => void;
    const inFlight = db.prisma.$transaction(async (tx) => {
      await takeLoadLock(tx);
      await new Promise<void>((resolve) => (finishLoad = resolve));
    });
    await new Promise((r) => setTimeout(r, 200));
    // Another load runs meanwhile.
    expect((await loadArticle(db.prisma, articles[1]!)).status).toBe('created');
    // A correction must wait for the load in flight.
    const agreement = await db.prisma.agreement.findFirstOrThrow({ select: { id: true } });
    let corrected = false;
    const correction = correctRecord(db.prisma, { type: 'Agreement', id: agreement.id }, { title: 'Checked title' }, { reason: 'checked', actor: 'analyst', requestId: 't' }).then((r) => ((corrected = true), r));
    await new Promise((r) => setTimeout(r, 500));
    expect(corrected).toBe(false);
    finishLoad();
    await inFlight;
    expect((await correction).ok).toBe(true);

    // An exclusive holder (what merges, corrections and re-extraction take) holds loads back until it lets go.
    const exclusive = await holdIngestLock(database.url);
    let loaded = false;
    const load = loadArticle(db.prisma, articles[2]!).then((r) => ((loaded = true), r));
    await new Promise((r) => setTimeout(r, 500));
    expect(loaded).toBe(false);
    expect(await exclusive.waiters()).toBeGreaterThan(0);
    await exclusive.release();
    expect((await load).status).toBe('created');
  });
});

test('merges and corrections while several loaders run: the correction stays, the merged-away key never comes back, no article is half-written', async () => {
  await withDatabase(async (db, database) => {
    const half = Math.floor(articles.length / 2);
    for (const x of articles.slice(0, half)) await loadArticle(db.prisma, x);
    const [target, source] = await db.prisma.organization.findMany({ where: { kind: 'COMPANY' }, orderBy: { key: 'asc' }, take: 2, select: { id: true, key: true, name: true } });
    // The most widely shared agreement: later articles fold into it while the correction runs.
    const { rows } = await db.pool.query<{ id: number; key: string }>('SELECT g.id, g.key FROM agreements g JOIN evidence e ON e.agreement_id = g.id GROUP BY g.id ORDER BY count(DISTINCT e.article_id) DESC, g.key LIMIT 1');
    const agreement = rows[0]!;
    const loading = loadConcurrently(database.url, articles.slice(half), 3);
    await new Promise((r) => setTimeout(r, 300));
    const meta = { reason: 'checked against the source', actor: 'analyst', requestId: 'concurrent-test' };
    const [merged, corrected] = await Promise.all([
      mergeOrganizations(db.prisma, { targetId: target!.id, sourceIds: [source!.id], reason: 'duplicate', requestId: null }),
      correctRecord(db.prisma, { type: 'Agreement', id: agreement.id }, { title: 'Corrected by an analyst', sectors: ['TOURISM'] }, meta),
    ]);
    expect(merged.ok && corrected.ok).toBe(true);
    await loading;
    // Everything loads again on top (republished copies of it all): nothing may undo the decisions.
    await loadConcurrently(database.url, articles, 3);

    const g = await db.prisma.agreement.findUniqueOrThrow({ where: { key: agreement.key }, select: { title: true, sectors: true } });
    expect(g).toEqual({ title: 'Corrected by an analyst', sectors: ['TOURISM'] });
    expect(await db.prisma.organization.count({ where: { key: source!.key } })).toBe(0);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: target!.id }, select: { aliases: true } })).aliases).toContain(source!.name);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM articles')).rows[0].n).toBe(new Set(articles.map((x) => x.article.contentHash)).size);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.article_id = a.id)')).rows[0].n).toBe(0);
    expect((await checkEvidenceSlices(db.pool)).mismatches).toEqual([]);
  });
});
