/**
 * What one article load needs around the writer (src/db/articleWriter.ts):
 * its article row, keyed by content hash, claimed with INSERT … ON CONFLICT
 * so two loaders of the same text never both write it; and a retry of the
 * whole transaction when Postgres gives up on it (deadlock, serialization
 * failure), which rolls back whole, so retrying writes nothing twice.
 */
import { Prisma } from '../generated/prisma/client';
import { loadLockQuery } from './locks';
import { partialDateStart } from './recordFolds';

type Tx = Prisma.TransactionClient;
const { sql } = Prisma;

/** An article row's own fields, as a load writes them. */
export interface ArticleFields {
  contentHash: string;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
  body: string;
  sourceFile: string | null;
  url: string | null;
  /** The extractor version (src/ingest/version.ts) that made its records. */
  extractorVersion: string;
}

/** The metadata a copy carries, in the order copies are compared (nulls last): the least copy's metadata is kept. */
function metadataOf(a: { publishedOn: string | null; title: string | null; publisher: string | null; url: string | null; sourceFile: string | null }): (string | null)[] {
  return [a.publishedOn, a.title, a.publisher, a.url, a.sourceFile];
}

function lessThan(a: (string | null)[], b: (string | null)[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === null) return false;
    if (b[i] === null) return true;
    return a[i]! < b[i]!;
  }
  return false;
}

/**
 * Takes the ingest lock shared, then inserts the article row unless its content hash is stored (or is being
 * stored by a concurrent load, which this waits for). Returns the new id, or
 * null when it was there: then the copy's metadata replaces the stored one's
 * if it is the lesser (publication date, title, publisher, URL, file), so a
 * republished verbatim copy leaves the same article row whichever copy came first.
 */
export async function insertArticleRow(tx: Tx, a: ArticleFields): Promise<number | null> {
  // The ingest lock (shared) is taken by the same statement, one round trip fewer: the INSERT reads no
  // table an exclusive holder writes (its ON CONFLICT check sees the latest committed rows whatever its snapshot).
  const [inserted] = await tx.$queryRaw<{ id: number }[]>(sql`
    INSERT INTO articles (content_hash, title, publisher, published_on, body, source_file, url, extractor_version)
    SELECT ${a.contentHash}, ${a.title}, ${a.publisher}, ${partialDateStart(a.publishedOn)}::date, ${a.body}, ${a.sourceFile}, ${a.url}, ${a.extractorVersion}
    FROM (${loadLockQuery()}) AS shared_ingest_lock
    ON CONFLICT (content_hash) DO NOTHING RETURNING id`);
  if (inserted) return inserted.id;
  const [stored] = await tx.$queryRaw<{ id: number; publishedOn: string | null; title: string | null; publisher: string | null; url: string | null; sourceFile: string | null }[]>(sql`
    SELECT id, to_char(published_on, 'YYYY-MM-DD') AS "publishedOn", title, publisher, url, source_file AS "sourceFile"
    FROM articles WHERE content_hash = ${a.contentHash} FOR NO KEY UPDATE`);
  const publishedOn = partialDateStart(a.publishedOn)?.toISOString().slice(0, 10) ?? null;
  const copy = { ...a, publishedOn };
  if (stored && lessThan(metadataOf(copy), metadataOf(stored))) {
    await tx.$executeRaw(sql`UPDATE articles SET published_on = ${publishedOn}::date, title = ${a.title}, publisher = ${a.publisher}, url = ${a.url}, source_file = ${a.sourceFile} WHERE id = ${stored.id}`);
  }
  return null;
}

/** Deadlock (40P01) or serialization failure (40001), however the driver adapter wraps it. */
export function isRetryable(error: unknown): boolean {
  for (let e = error as { code?: unknown; meta?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === 'P2034' || e.code === '40P01' || e.code === '40001') return true;
    const meta = e.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
    const original = meta?.driverAdapterError?.cause?.originalCode ?? meta?.code;
    if (original === '40P01' || original === '40001') return true;
    if (typeof e.message === 'string' && /deadlock detected|could not serialize access/.test(e.message)) return true;
  }
  return false;
}

/** Runs `attempt` again (up to `tries` times, with a short random pause) while it fails with a retryable error. */
export async function withRetry<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * i));
    }
  }
}
