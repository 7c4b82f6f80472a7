/**
 * Extraction on a worker thread, so that a loader extracts the next article
 * while the current one's transaction is in flight (src/ingest/files.ts
 * loadArticles). Extraction is pure CPU (about a third of a load's time)
 * and a load mostly waits on Postgres; on one thread the two take turns.
 *
 * Used by the batch loaders (`npm run seed`, bench:ingest), which have the
 * next article at hand; one article at a time (ingestArticle, a queue job)
 * gains nothing from it and extracts in place. The thread runs this very
 * module (under tsx, as the CLIs do), so it exists only where the sources do.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ArticleFileError, extractArticleText, extractInPlace, type Extractor } from './files';
import type { SourceMetadata } from './pipeline';
import type { ExtractedArticle } from './types';

interface Request {
  id: number;
  text: string;
  file: string;
  source: SourceMetadata;
}
type Reply = { id: number; extracted: ExtractedArticle } | { id: number; error: { file?: string; reason?: string; message: string } };

const THREAD = 'kca-extract';

if (!isMainThread && (workerData as { role?: string } | null)?.role === THREAD) {
  parentPort!.on('message', (m: Request) => {
    let reply: Reply;
    try {
      reply = { id: m.id, extracted: extractArticleText(m.text, m.file, m.source) };
    } catch (e) {
      reply = { id: m.id, error: e instanceof ArticleFileError ? { file: e.file, reason: e.reason, message: e.message } : { message: (e as Error).message } };
    }
    parentPort!.postMessage(reply);
  });
}

/** The batch loader's extractor: on a thread of its own (`onThread`), or in place (one core per loader, for several loaders per machine). */
export function startBatchExtractor(onThread: boolean): Extractor & { close(): Promise<void> } {
  return onThread ? startExtractionThread() : { ...extractInPlace, close: async () => undefined };
}

/** An extractor on its own thread; `close()` ends the thread. */
export function startExtractionThread(): Extractor & { close(): Promise<void> } {
  // A thread does not inherit tsx's hooks for its entry file: from the TypeScript sources, it registers them first.
  const entry = __filename.endsWith('.ts') ? `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(__filename)});` : __filename;
  const worker = new Worker(entry, { eval: entry !== __filename, workerData: { role: THREAD } });
  const pending = new Map<number, { resolve(x: ExtractedArticle): void; reject(e: Error): void; file: string }>();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (e: Error) => {
    failure = e;
    for (const p of pending.values()) p.reject(new Error(`${p.file}: the extraction thread failed (${e.message})`));
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('extracted' in reply) p.resolve(reply.extracted);
    else p.reject(reply.error.file !== undefined && reply.error.reason !== undefined ? new ArticleFileError(reply.error.file, reply.error.reason) : new Error(reply.error.message));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`exited with code ${code}`)));
  return {
    inParallel: true,
    extract(text, file, source) {
      if (failure) return Promise.reject(new Error(`${file}: the extraction thread failed (${failure.message})`));
      const id = nextId++;
      return new Promise<ExtractedArticle>((resolve, reject) => {
        pending.set(id, { resolve, reject, file });
        worker.postMessage({ id, text, file, source } satisfies Request);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
