/**
 * The writer's multi-row insert (src/db/recordWrites.ts): rows with different fields present in one call each keep
 * their own fields, a field a row leaves out takes its column default (not NULL, not the neighbour's), keys that are
 * taken are skipped, and what is returned is what was inserted, in the order given.
 */
import { createDatabase, type Database } from '../../src/db/client';
import { insertRecordRows } from '../../src/db/recordWrites';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase(database.url);
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

test('rows with different fields present keep their own fields and the column defaults for the rest, in order', async () => {
  const base = { aliases: [], acronyms: [], kind: 'GOVERNMENT' as const };
  await db.prisma.organization.create({ data: { key: 'taken', name: 'Taken', ...base } });
  const inserted = await db.prisma.$transaction((tx) =>
    insertRecordRows(tx, 'organizations', [
      { key: 'a', fields: { name: 'A', ...base, confidence: 0.5 } },
      { key: 'b', fields: { name: 'B', ...base } },
      { key: 'taken', fields: { name: 'Not written', ...base } },
      { key: 'c', fields: { name: 'C', ...base, extractionMethod: 'organizations.test', acronyms: ['CC'] } },
      { key: 'd', fields: { name: 'D', ...base, extractionMethod: 'organizations.test', acronyms: ['DD'] } },
    ]),
  );
  expect(inserted.map((r) => r.key)).toEqual(['a', 'b', 'c', 'd']);
  expect(inserted.map((r) => r.id)).toEqual([...inserted.map((r) => r.id)].sort((x, y) => x - y));
  const rows = await db.prisma.organization.findMany({ orderBy: { key: 'asc' }, select: { key: true, name: true, acronyms: true, confidence: true, extractionMethod: true } });
  expect(rows).toEqual([
    { key: 'a', name: 'A', acronyms: [], confidence: 0.5, extractionMethod: 'unknown' },
    { key: 'b', name: 'B', acronyms: [], confidence: 1, extractionMethod: 'unknown' },
    { key: 'c', name: 'C', acronyms: ['CC'], confidence: 1, extractionMethod: 'organizations.test' },
    { key: 'd', name: 'D', acronyms: ['DD'], confidence: 1, extractionMethod: 'organizations.test' },
    { key: 'taken', name: 'Taken', acronyms: [], confidence: 1, extractionMethod: 'unknown' },
  ]);
});
