// The benchmarks' bulk path (bench/load-corpus.ts multiplyCorpus) on a real Postgres:
// copies every corpus table with new ids and keys, keeps references inside each copy
// (join rows and evidence point at the copy's own rows), and leaves the sequences past the copies.
import { createDatabase, type Database } from '../../src/db/client';
import { collectArticleFiles, loadArticleFiles } from '../../src/ingest/files';
import { loadCorpus, multiplyCorpus } from '../../bench/load-corpus';
import { SEED_DIR } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';

const TABLES = ['articles', 'organizations', 'persons', 'agreements', 'agreement_party_countries', 'agreement_party_organizations', 'agreement_signatories', 'statements', 'statement_mention_countries', 'statement_mention_organizations', 'facts', 'evidence'];

async function counts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [...TABLES, 'countries', 'regions']) out[t] = (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n;
  return out;
}

describe('bench multiplyCorpus', () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDatabase(database.url);
    await loadArticleFiles(db.prisma, await collectArticleFiles([SEED_DIR]));
    const loaded = await loadCorpus(db, { articles: 5, seed: 3 });
    expect(loaded).toMatchObject({ articles: 5, failed: 0 });
  });

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('makes every corpus table three times as large, sharing countries and regions', async () => {
    const before = await counts(db);
    const result = await multiplyCorpus(db, 3);
    const after = await counts(db);
    for (const t of TABLES) expect(after[t]).toBe(before[t]! * 3);
    expect(after.countries).toBe(before.countries);
    expect(after.regions).toBe(before.regions);
    expect(result.rows.evidence).toBe(after.evidence);
  });

  it('keeps each copy self-contained: its evidence, parties and speakers are copies too', async () => {
    // Every evidence row and every party / speaker link of a copied agreement or statement
    // points into the same copy band of ids as the record itself.
    const { rows } = await db.pool.query<{ crossing: number }>(`
      WITH m AS (SELECT (SELECT max(id) / 3 FROM articles) AS art, (SELECT max(id) / 3 FROM agreements) AS agr,
                        (SELECT max(id) / 3 FROM organizations) AS org, (SELECT max(id) / 3 FROM statements) AS st, (SELECT max(id) / 3 FROM persons) AS per)
      SELECT (
        (SELECT count(*) FROM evidence e, m WHERE e.agreement_id IS NOT NULL AND (e.agreement_id - 1) / m.agr <> (e.article_id - 1) / m.art) +
        (SELECT count(*) FROM agreement_party_organizations j, m WHERE (j.agreement_id - 1) / m.agr <> (j.organization_id - 1) / m.org) +
        (SELECT count(*) FROM statements s, m WHERE s.speaker_person_id IS NOT NULL AND (s.id - 1) / m.st <> (s.speaker_person_id - 1) / m.per)
      )::int AS crossing`);
    expect(rows[0]!.crossing).toBe(0);
    const keys = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM agreements WHERE key LIKE '%#2'`);
    expect(keys.rows[0]!.n).toBe((await counts(db)).agreements! / 3);
  });

  it('leaves the pipeline able to load more articles after the copies', async () => {
    const before = await counts(db);
    await loadCorpus(db, { articles: 8, seed: 3 }); // the first 5 are already loaded: unchanged
    const after = await counts(db);
    expect(after.articles).toBe(before.articles! + 3);
  });
});
