/**
 * npm run bench:data -- --articles N [--out DIR] [--seed S]
 *
 * Writes the synthetic corpus (bench/corpus.ts) as article files, one .txt per
 * article (default folder .bench/corpus-N, git-ignored), streaming: memory
 * stays flat for any N. The files load like any others: `npm run seed -- DIR`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_SEED, generateArticles, positiveIntFlag as positiveInt } from './corpus';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const articles = positiveInt(values.articles, '--articles', 1000);
  const seed = positiveInt(values.seed, '--seed', DEFAULT_CORPUS_SEED);
  const dir = path.resolve(values.out ?? `.bench/corpus-${articles}`);
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  let bytes = 0;
  let done = 0;
  const progress = (final: boolean) =>
    process.stdout.write(`\r  ${done}/${articles} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s${final ? '\n' : ''}`);
  console.log(`bench:data: ${articles} articles (seed ${seed}) -> ${path.relative(process.cwd(), dir) || '.'}`);
  for (const article of generateArticles({ articles, seed })) {
    await writeFile(path.join(dir, article.fileName), article.text);
    bytes += Buffer.byteLength(article.text);
    done++;
    if (done % 500 === 0) progress(false);
  }
  progress(true);
}

main().catch((e: unknown) => {
  console.error(`bench:data failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
