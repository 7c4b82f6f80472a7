/**
 * Hostile text through the real loader on a real Postgres, property-tested
 * with fast-check (fixed seed LOADER_PROPERTY_SEED). Each generated article
 * goes the seed CLI's way (a file, readArticleFile, loadArticleText — the
 * function ingestArticle calls too). Properties:
 * - the only error is the documented ArticleFileError, for input that is
 *   empty, binary, not UTF-8, too large, or has no text left after cleaning;
 * - a refused or failed load leaves no rows behind (a failure injected at the
 *   last insert of the transaction included);
 * - in SQL, every stored evidence row slices its article's body at its
 *   offsets to its stored sentence (tests/support/evidence.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createDatabase, type Database } from '../../src/db/client';
import { ArticleFileError, loadArticleText, MAX_ARTICLE_BYTES, readArticleFile } from '../../src/ingest/files';
import type { LoadResult } from '../../src/db/articleWriter';
import { extractArticle, type SourceMetadata } from '../../src/ingest/pipeline';
import type { ExtractedArticle } from '../../src/ingest/types';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { checkEvidenceSlices, recordsWithoutEvidence, RECORD_TABLES, tableCounts } from '../support/evidence';
import { hostileMetadata, hostileText, LOADER_PROPERTY_SEED } from '../support/hostileText';

/** Marks an article whose evidence insert the test database refuses (see the trigger below). */
const FAIL_MARKER = 'FAIL-THIS-LOAD';

let database: TestDatabase;
let db: Database;
let dir: string;
let fileNumber = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase(database.url);
  dir = mkdtempSync(path.join(os.tmpdir(), 'kca-hostile-'));
  // A failure at the very end of an article's transaction: evidence is written last.
  await db.pool.query(`
    CREATE FUNCTION fail_marked_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT strpos(body, '${FAIL_MARKER}') > 0 FROM articles WHERE id = NEW.article_id) THEN
        RAISE EXCEPTION 'injected failure for a marked article';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER fail_marked_evidence BEFORE INSERT ON evidence FOR EACH ROW EXECUTE FUNCTION fail_marked_evidence();`);
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Outcome = { loaded: LoadResult } | { refused: ArticleFileError } | { failed: unknown };

/** What `npm run seed` does for one file (loadArticleFiles' step), keeping the error itself. */
async function loadAsSeedFile(content: string | Uint8Array, source?: SourceMetadata): Promise<Outcome> {
  const file = path.join(dir, `hostile-${++fileNumber}.txt`);
  writeFileSync(file, content);
  try {
    const text = await readArticleFile(file);
    return { loaded: await loadArticleText(db.prisma, text, file, source ?? { sourceFile: path.basename(file) }) };
  } catch (error) {
    return error instanceof ArticleFileError ? { refused: error } : { failed: error };
  } finally {
    rmSync(file, { force: true });
  }
}

const hasEvidence = (x: ExtractedArticle) =>
  [x.countries, x.regions, x.organizations, x.persons, x.agreements, x.statements, x.facts].some((list) => (list as { evidence: unknown[] }[]).some((r) => r.evidence.length > 0));

const noRecordsWithoutEvidence = Object.fromEntries(RECORD_TABLES.map(([table]) => [table, 0]));

async function expectStoredEvidenceSound(articleId?: number): Promise<number> {
  const { checked, mismatches } = await checkEvidenceSlices(db.pool, articleId);
  expect(mismatches).toEqual([]);
  return checked;
}

describe('hostile files through the seed loader', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\n\t \r\n'],
    ['NUL bytes (binary)', 'Korea\u0000and Kazakhstan signed a memorandum.'],
    ['only site boilerplate', 'Back To Top\n\nShare this article\n\nAdvertisement\n'],
  ])('refuses %s with an ArticleFileError and writes nothing', async (_name, text) => {
    const before = await tableCounts(db.pool);
    const outcome = await loadAsSeedFile(text);
    expect(outcome).toMatchObject({ refused: expect.any(ArticleFileError) });
    expect(await tableCounts(db.pool)).toEqual(before);
  });

  it('refuses bytes that are not UTF-8, and a file over the size limit', async () => {
    const before = await tableCounts(db.pool);
    expect(await loadAsSeedFile(Uint8Array.from([0x4b, 0x6f, 0xff, 0xfe, 0xc3, 0x28, 0x20, 0x61]))).toMatchObject({ refused: expect.any(ArticleFileError) });
    expect(await loadAsSeedFile('Korea '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 6) + 1))).toMatchObject({ refused: expect.any(ArticleFileError) });
    expect(await tableCounts(db.pool)).toEqual(before);
  });

  it('refuses 1 MB of one word (cleaning drops runs of 200+ non-spaces, leaving no text)', async () => {
    const before = await tableCounts(db.pool);
    expect(await loadAsSeedFile('Korea'.repeat(200_000))).toMatchObject({ refused: expect.any(ArticleFileError) });
    expect(await tableCounts(db.pool)).toEqual(before);
  });

  it('loads long repeated prose, and astral characters before the evidence, with sound offsets', async () => {
    // 33 KB: the SQL check slices a multibyte body once per evidence row, which grows with the square of
    // the length; 1 MB through the pipeline is tests/unit/ingest/robustness.test.ts's.
    const paragraph = 'President Kassym-Jomart Tokayev said that “Korea is a partner,” and 11 agreements were signed for $6 billion. ';
    const astral = '😀😀 Korea and Kazakhstan signed a memorandum. 𝒜 Uzbekistan signed a $6 billion deal, President Tokayev said.';
    for (const text of [paragraph.repeat(300), astral]) {
      const outcome = await loadAsSeedFile(text);
      expect(outcome).toMatchObject({ loaded: { status: 'created' } });
      expect(await expectStoredEvidenceSound((outcome as { loaded: LoadResult }).loaded.articleId)).toBeGreaterThan(0);
    }
  });

  it('the SQL check itself: it counts UTF-16 units as the pipeline does, and reports a span that is off', async () => {
    const check = await createTestDatabase();
    const other = createDatabase(check.url);
    try {
      await other.pool.query(`
        INSERT INTO countries (id, iso2, iso3, name) VALUES (1, 'KR', 'KOR', 'Korea');
        INSERT INTO articles (id, content_hash, body) VALUES (1, 'h', '😀 Korea signed. Ok');
        INSERT INTO evidence (article_id, start, "end", sentence, country_id) VALUES (1, 3, 16, 'Korea signed.', 1);`);
      expect(await checkEvidenceSlices(other.pool)).toEqual({ checked: 1, mismatches: [] });
      // Offsets in code points (as Postgres counts) are one short here, and a span past the end is outside the body.
      await other.pool.query(`INSERT INTO evidence (article_id, start, "end", sentence, country_id) VALUES (1, 2, 15, 'Korea signed.', 1), (1, 17, 30, 'Ok', 1)`);
      const { checked, mismatches } = await checkEvidenceSlices(other.pool);
      expect(checked).toBe(3);
      expect(mismatches.map((m) => [m.start, m.end])).toEqual([[2, 15], [17, 30]]);
    } finally {
      await other.close();
      await check.drop();
    }
  });
});

describe('loader properties (fast-check, seed LOADER_PROPERTY_SEED)', () => {
  const NUM_RUNS = 40;

  /** Mostly generated articles; now and then one marked to fail at its last insert, binary junk, or text with nothing in it. */
  const input = fc.oneof(
    { weight: 8, arbitrary: fc.record({ text: hostileText(100), source: fc.option(hostileMetadata, { nil: undefined }), failLate: fc.constant(false) }) },
    { weight: 2, arbitrary: fc.record({ text: hostileText(60).map((t) => `${t}\n\nKorea and Kazakhstan signed a memorandum ${FAIL_MARKER}.`), source: fc.constant(undefined), failLate: fc.constant(true) }) },
    { weight: 1, arbitrary: fc.record({ text: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('', ' \n ', '\u0000', 'Back To Top')), source: fc.constant(undefined), failLate: fc.constant(false) }) },
  );

  it('never throws anything but ArticleFileError, leaves nothing behind when it fails, and stores only sound evidence', async () => {
    const outcomes = { created: 0, unchanged: 0, refused: 0, injectedFailures: 0 };
    await fc.assert(
      fc.asyncProperty(input, async ({ text, source, failLate }) => {
        const before = await tableCounts(db.pool);
        const outcome = await loadAsSeedFile(text, source);
        const after = await tableCounts(db.pool);
        // The trigger fires only when the marked article has evidence to write.
        const injected = failLate && typeof text === 'string' && hasEvidence(extractArticle(text));
        if ('failed' in outcome) {
          if (!injected) throw outcome.failed;
          expect(String((outcome.failed as Error).message)).toMatch(/injected failure/);
          expect(after).toEqual(before);
          outcomes.injectedFailures += 1;
        } else if ('refused' in outcome) {
          expect(injected).toBe(false);
          expect(after).toEqual(before);
          outcomes.refused += 1;
        } else {
          expect(injected).toBe(false);
          outcomes[outcome.loaded.status] += 1;
          if (outcome.loaded.status === 'unchanged') expect(after).toEqual(before);
          else expect(after.articles).toBe(before.articles! + 1);
        }
        if ('loaded' in outcome) await expectStoredEvidenceSound(outcome.loaded.articleId);
        expect(await recordsWithoutEvidence(db.pool)).toEqual(noRecordsWithoutEvidence);
      }),
      { seed: LOADER_PROPERTY_SEED, numRuns: NUM_RUNS },
    );
    // The generator reaches every branch: articles stored, input refused, and a failure rolled back.
    expect(outcomes.created).toBeGreaterThan(NUM_RUNS / 2);
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.injectedFailures).toBeGreaterThan(0);
    // And once more over every row stored by this file.
    expect(await expectStoredEvidenceSound()).toBeGreaterThan(100);
  }, 120_000);
});
