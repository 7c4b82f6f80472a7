/**
 * The load stage: keys every record of an extracted article (src/ingest/resolve.ts)
 * and hands it to the database writer (src/db/articleWriter.ts), which stores
 * the article and its records in one transaction, merging on those keys.
 */
import type { PrismaClient } from '../generated/prisma/client';
import { writeArticle, type ArticleToWrite, type LoadResult } from '../db/articleWriter';
import type { ExtractedArticle } from './types';
import { agreementKey, factKey, organizationKey, personKey, regionKey, statementKey } from './resolve';

/** The article's records with the keys the writer merges on; a fact's subject names one of the article's countries or none. */
export function keyedArticle(x: ExtractedArticle): ArticleToWrite {
  return {
    article: x.article,
    countries: x.countries,
    regions: x.regions.map((r) => ({ ...r, key: regionKey(r.name) })),
    organizations: x.organizations.map((o) => ({ ...o, key: organizationKey(o.name) })),
    persons: x.persons.map((p) => ({ ...p, key: personKey(p.name) })),
    agreements: x.agreements.map((g) => ({ ...g, key: agreementKey(g) })),
    statements: x.statements.map((s) => ({ ...s, key: statementKey(s) })),
    facts: x.facts.map((f) => ({
      ...f,
      key: factKey(f),
      subjectCountry: x.countries.find((c) => c.name === f.subject || c.aliasesSeen.includes(f.subject))?.iso2 ?? null,
    })),
  };
}

export function loadArticle(prisma: PrismaClient, extracted: ExtractedArticle, options: { timeoutMs?: number } = {}): Promise<LoadResult> {
  return writeArticle(prisma, keyedArticle(extracted), options);
}
