/**
 * One parallel loader of `npm run bench:ingest -- --workers N` (a child
 * process, so N loaders really use N cores): loads shard `index` of `of` of
 * the generated corpus into DATABASE_URL through the real pipeline.
 *
 * Talks to bench/ingest.ts over IPC: 'ready' once connected, then waits for
 * 'go' (so start-up is not timed), sends { done } every 25 articles and
 * { result } at the end, or { error }.
 */
import { parseArgs } from 'node:util';
import { createDatabase } from '../src/db/client';
import { positiveIntFlag } from './corpus';
import { loadCorpus, type LoadCorpusResult } from './load-corpus';

export type LoaderMessage = { ready: true } | { done: number } | { result: LoadCorpusResult } | { error: string };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' }, index: { type: 'string' }, of: { type: 'string' }, url: { type: 'string' }, 'extract-thread': { type: 'string' } } });
  const send = (m: LoaderMessage) => new Promise<void>((resolve) => process.send!(m, undefined, {}, () => resolve()));
  const db = createDatabase(values.url!);
  try {
    await db.pool.query('SELECT 1');
    const go = new Promise<void>((resolve) => process.once('message', () => resolve()));
    await send({ ready: true });
    await go;
    const result = await loadCorpus(db, {
      articles: positiveIntFlag(values.articles, '--articles', 1000),
      seed: positiveIntFlag(values.seed, '--seed', 1),
      shard: { index: Number(values.index), of: positiveIntFlag(values.of, '--of', 1) },
      onProgress: (done) => void (done % 25 === 0 && send({ done })),
      extractThread: values['extract-thread'] !== 'off',
    });
    await send({ result });
  } catch (e) {
    await send({ error: (e as Error).message });
    process.exitCode = 1;
  } finally {
    await db.close();
    process.disconnect();
  }
}

void main();
