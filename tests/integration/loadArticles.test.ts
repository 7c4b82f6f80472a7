/**
 * The batch loader with extraction on its own thread (src/ingest/files.ts
 * loadArticles, src/ingest/extractThread.ts): outcomes come in input order,
 * an article that fails in the thread is reported naming its file (as in
 * place), the others still load, and the database ends as an in-place load leaves it.
 */
import { createDatabase, type Database } from '../../src/db/client';
import { startBatchExtractor, startExtractionThread } from '../../src/ingest/extractThread';
import { loadConfig } from '../../src/config';
import { extractInPlace, loadArticles, type Extractor, type FileOutcome } from '../../src/ingest/files';
import { generateArticles } from '../../bench/corpus';
import { recordSnapshot } from '../support/recordSnapshot';
import { createTestDatabase } from '../support/database';

const articles = [...generateArticles({ articles: 6, seed: 7 })];
const inputs = () => [
  ...articles.slice(0, 3).map((a) => ({ file: a.fileName, text: async () => a.text })),
  { file: 'only-debris.txt', text: async () => 'Advertisement' },
  { file: 'unreadable.txt', text: () => Promise.reject(new Error('cannot be read (EACCES)')) },
  ...articles.slice(3).map((a) => ({ file: a.fileName, text: async () => a.text })),
];

async function load(extractor: Extractor): Promise<{ outcomes: FileOutcome[]; snapshot: Record<string, string[]> }> {
  const database = await createTestDatabase();
  const db: Database = createDatabase(database.url);
  try {
    const outcomes: FileOutcome[] = [];
    await loadArticles(db.prisma, inputs(), (o, index) => outcomes.push({ ...o, file: `${index}:${o.file}` }), extractor);
    return { outcomes, snapshot: await recordSnapshot(db.pool) };
  } finally {
    await db.close();
    await database.drop();
  }
}

test('on the extraction thread: in order, failures named by file, the records of an in-place load', async () => {
  const thread = startExtractionThread();
  let threaded;
  try {
    threaded = await load(thread);
  } finally {
    await thread.close();
  }
  const inPlace = await load(extractInPlace);
  const summary = (outcomes: FileOutcome[]) => outcomes.map((o) => o.error ?? `${o.file} ${o.result!.status}`);
  expect(threaded.outcomes.map((o) => o.file)).toEqual(inputs().map((input, i) => `${i}:${input.file}`));
  expect(threaded.outcomes[3]!.error).toBe('only-debris.txt: has no article text left after cleaning');
  expect(threaded.outcomes[4]!.error).toBe('unreadable.txt: cannot be read (EACCES)');
  expect(threaded.outcomes.filter((o) => o.result?.status === 'created')).toHaveLength(6);
  expect(summary(threaded.outcomes)).toEqual(summary(inPlace.outcomes));
  expect(threaded.snapshot).toEqual(inPlace.snapshot);
}, 120_000);

test('INGEST_EXTRACT_THREAD chooses the batch extractor: on (the default) a thread, off in place; anything else names the variable', async () => {
  expect(loadConfig({}).ingestExtractThread).toBe(true);
  expect(loadConfig({ INGEST_EXTRACT_THREAD: 'off' }).ingestExtractThread).toBe(false);
  expect(() => loadConfig({ INGEST_EXTRACT_THREAD: 'yes' })).toThrow(/INGEST_EXTRACT_THREAD.*must be on or off/s);
  const inPlace = startBatchExtractor(false);
  expect(inPlace.inParallel).toBe(false);
  await inPlace.close();
  const threaded = startBatchExtractor(true);
  try {
    expect(threaded.inParallel).toBe(true);
    const a = articles[0]!;
    const source = { sourceFile: a.fileName };
    expect(await threaded.extract(a.text, a.fileName, source)).toEqual(await inPlace.extract(a.text, a.fileName, source));
  } finally {
    await threaded.close();
  }
});
