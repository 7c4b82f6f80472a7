/**
 * The article load's one read (src/db/articleReads.ts) on the seed articles:
 * it finds stored rows by key, by acronym and through a merge redirect, with
 * the fields Prisma would return for them, and says whether a correction
 * names a row the load may touch (the load skips re-applying corrections
 * only when none does).
 */
import { createDatabase, type Database } from '../../src/db/client';
import { readStoredForArticle, type ArticleKeys } from '../../src/db/articleReads';
import { setRejected } from '../../src/db/corrections';
import { mergeOrganizations } from '../../src/db/merge';
import { RECORD_KINDS, RECORD_TYPES } from '../../src/db/registry';
import { collectArticleFiles, loadArticleFiles } from '../../src/ingest/files';
import { SEED_DIR } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase(database.url);
  expect((await loadArticleFiles(db.prisma, await collectArticleFiles([SEED_DIR]))).failed).toBe(0);
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

const keys = (some: Partial<ArticleKeys>): ArticleKeys => ({ ...Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])), acronyms: [], ...some }) as ArticleKeys;
const read = (some: Partial<ArticleKeys>) => db.prisma.$transaction((tx) => readStoredForArticle(tx, keys(some)));
const META = { reason: 'test', actor: 'test', requestId: null };

test('stored rows come with the fields Prisma reads (dates as UTC Dates, enum arrays, floats)', async () => {
  const agreements = await db.prisma.agreement.findMany({ where: { dateStart: { not: null } }, take: 5 });
  const statements = await db.prisma.statement.findMany({ take: 5 });
  const facts = await db.prisma.fact.findMany({ take: 5 });
  expect(agreements.length * statements.length * facts.length).toBeGreaterThan(0);
  const stored = await read({ agreements: agreements.map((r) => r.key), statements: statements.map((r) => r.key), facts: facts.map((r) => r.key), countries: ['KR', 'XX'] });
  const asRead = (type: 'Agreement' | 'Statement' | 'Fact', rows: Record<string, unknown>[]) =>
    rows.map((row) => ({ id: row.id, key: row.key, fields: Object.fromEntries(Object.keys(RECORD_TYPES[type].columns).filter((f) => !['id', 'key', 'rejected'].includes(f)).map((f) => [f, row[f]])) })).sort((a, b) => (a.id as number) - (b.id as number));
  expect(stored.rows.agreements).toEqual(asRead('Agreement', agreements));
  expect(stored.rows.statements).toEqual(asRead('Statement', statements));
  expect(stored.rows.facts).toEqual(asRead('Fact', facts));
  expect(stored.rows.countries.map((c) => c.key)).toEqual(['KR']);
  expect(stored.corrected).toBe(false);
});

test('organizations by acronym and through a merge; a correction of the row reached is noticed', async () => {
  const { rows: orgs } = await db.pool.query<{ id: number; key: string; acronyms: string[] }>('SELECT id, key, acronyms FROM organizations ORDER BY id');
  const withAcronym = orgs.find((o) => o.acronyms.length > 0)!;
  expect(withAcronym).toBeDefined();
  const byAcronym = await read({ organizations: ['no such organization'], acronyms: [withAcronym.acronyms[0]!] });
  expect(byAcronym.rows.organizations.map((r) => r.id)).toContain(withAcronym.id);

  const [source, target] = orgs.filter((o) => o.id !== withAcronym.id).slice(-2);
  expect((await read({ organizations: [source!.key] })).corrected).toBe(false);
  expect((await setRejected(db.prisma, { type: 'Organization', id: target!.id }, true, META)).ok).toBe(true);
  expect((await mergeOrganizations(db.prisma, { sourceIds: [source!.id], targetId: target!.id, reason: 'same body', requestId: null })).ok).toBe(true);
  // The article names the merged-away key only: the read resolves it to the target, whose correction must be re-applied.
  const merged = await read({ organizations: [source!.key] });
  expect(merged.merged.organizations.get(source!.key)).toBe(target!.id);
  expect(merged.rows.organizations.map((r) => r.id)).toEqual([target!.id]);
  expect(merged.corrected).toBe(true);
  // An article naming other rows does not pay for it.
  expect((await read({ organizations: [withAcronym.key], agreements: ['no such agreement'] })).corrected).toBe(false);
});
