/**
 * Re-extraction, the database side: replaces one stored article's records
 * with what the running extractor makes of it, in ONE transaction under the
 * ingest advisory lock (so it is safe beside a running seed, server or
 * another re-extraction, and a kill leaves the article either fully old or
 * fully new).
 *
 * The article's claims and evidence are removed and its new extraction is
 * written as a load would (new records created, found ones folded into);
 * every record whose claim or evidence from this article changed is then
 * folded anew from all its claims (src/db/claims.ts), so records other
 * articles support keep exactly those articles' contributions, and records
 * no article supports any more are removed. Analysts' corrections are
 * re-applied on top last. The article's extractor version is set, which is
 * what makes a rerun skip it (idempotent, resumable).
 */
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { ArticleWriter, type ArticleToWrite } from './articleWriter';
import type { ArticleFields } from './loadTransaction';
import { rebuildRecords } from './claims';
import { takeIngestLock } from './locks';
import { RECORD_KINDS, tableOfKind, type RecordKind } from './registry';

type Tx = Prisma.TransactionClient;
const { sql, raw } = Prisma;

/** A stored article as re-extraction reads it: its cleaned body and the metadata it was loaded with. */
export interface StoredArticle extends ArticleFields {
  id: number;
}

export interface ReextractOutcome {
  articleId: number;
  /** 'current': already extracted by this version (nothing done); 'gone': deleted meanwhile. */
  status: 'reextracted' | 'current' | 'gone';
  /** Records this article's new extraction created. */
  added: number;
  /** Records that exist before and after whose fields, join rows, claim or evidence from this article changed. */
  changed: number;
  /** Records no article supports any more, deleted. */
  removed: number;
}

/** How many articles were not extracted by `version`. */
export async function countArticlesToReextract(prisma: PrismaClient, version: string): Promise<number> {
  return prisma.article.count({ where: { extractorVersion: { not: version } } });
}

/** The next articles (in id order, after `afterId`) not extracted by `version`. */
export async function articlesToReextract(prisma: PrismaClient, version: string, afterId: number, limit: number): Promise<StoredArticle[]> {
  const rows = await prisma.article.findMany({
    where: { extractorVersion: { not: version }, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit,
    select: { id: true, contentHash: true, title: true, publisher: true, publishedOn: true, body: true, sourceFile: true, url: true, extractorVersion: true },
  });
  return rows.map((r) => ({ ...r, publishedOn: r.publishedOn ? r.publishedOn.toISOString().slice(0, 10) : null }));
}

/** Thrown to roll a dry run back, carrying what it would have done. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ReextractOutcome) {
    super('dry run');
  }
}

/** Per record of one kind: a signature of what the article says about it (claims) and where (evidence spans). */
type Signatures = Map<number, string>;

async function articleSignatures(tx: Tx, articleId: number, kind: RecordKind): Promise<Signatures> {
  const { column } = tableOfKind(kind);
  const rows = await tx.$queryRaw<{ id: number; signature: string }[]>(sql`
    SELECT id, string_agg(part, '|' ORDER BY part) AS signature FROM (
      SELECT ${raw(column)} AS id, 'c' || fields::text || method || confidence::text AS part FROM claims WHERE article_id = ${articleId} AND ${raw(column)} IS NOT NULL
      UNION ALL
      SELECT ${raw(column)}, 'e' || start || ':' || "end" FROM evidence WHERE article_id = ${articleId} AND ${raw(column)} IS NOT NULL
    ) p GROUP BY id`);
  return new Map(rows.map((r) => [r.id, r.signature]));
}

/**
 * A record whose strongest claim is this article's, unchanged by the new
 * extraction, was not folded anew: it takes the new version here (a record
 * whose rule and confidence equal this article's claim and whose version is
 * this article's old one).
 */
async function carryVersion(tx: Tx, kind: RecordKind, articleId: number, oldVersion: string, newVersion: string): Promise<void> {
  const { table, column } = tableOfKind(kind);
  await tx.$executeRaw(sql`
    UPDATE ${raw(table)} t SET extraction_version = ${newVersion}
    FROM claims c WHERE c.article_id = ${articleId} AND c.${raw(column)} = t.id
      AND t.extraction_version = ${oldVersion} AND t.extraction_method = c.method AND t.confidence = c.confidence`);
}

/**
 * Replaces article `x` (stored as `articleId`, extracted by another version)
 * with its new extraction; `dryRun` does all of it and rolls back, reporting
 * what would change.
 */
export async function replaceArticleRecords(prisma: PrismaClient, articleId: number, x: ArticleToWrite, options: { dryRun?: boolean; timeoutMs?: number } = {}): Promise<ReextractOutcome> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        await takeIngestLock(tx);
        const [stored] = await tx.$queryRaw<{ version: string }[]>`SELECT extractor_version AS version FROM articles WHERE id = ${articleId} FOR UPDATE`;
        const outcome: ReextractOutcome = { articleId, status: 'reextracted', added: 0, changed: 0, removed: 0 };
        if (!stored) return { ...outcome, status: 'gone' };
        if (stored.version === x.article.extractorVersion) return { ...outcome, status: 'current' };

        const before = new Map<RecordKind, Signatures>();
        for (const kind of RECORD_KINDS) before.set(kind, await articleSignatures(tx, articleId, kind));
        await tx.claim.deleteMany({ where: { articleId } });
        await tx.evidence.deleteMany({ where: { articleId } });
        const writer = new ArticleWriter(tx, x, articleId);
        await writer.write();

        const rebuilt = new Map<RecordKind, number[]>();
        for (const kind of RECORD_KINDS) {
          const after = await articleSignatures(tx, articleId, kind);
          const old = before.get(kind)!;
          const created = writer.createdIds[kind];
          const differing = [...new Set([...old.keys(), ...after.keys()])].filter((id) => !created.has(id) && old.get(id) !== after.get(id));
          const { removed } = await rebuildRecords(tx, kind, differing);
          outcome.added += created.size;
          outcome.removed += removed.size;
          await carryVersion(tx, kind, articleId, stored.version, x.article.extractorVersion);
          const kept = differing.filter((id) => !removed.has(id));
          outcome.changed += kept.length;
          rebuilt.set(kind, kept);
        }
        await writer.reapplyCorrections(Object.fromEntries(rebuilt));
        await tx.article.update({ where: { id: articleId }, data: { extractorVersion: x.article.extractorVersion, extractedAt: new Date() }, select: { id: true } });
        if (options.dryRun) throw new DryRunRollback(outcome);
        return outcome;
      },
      { timeout: options.timeoutMs ?? 120_000, maxWait: options.timeoutMs ?? 120_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    throw error;
  }
}
