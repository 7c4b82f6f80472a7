/**
 * The load stage: keys every record of an extracted article (src/ingest/resolve.ts)
 * and hands it to the database writer (src/db/articleWriter.ts), which stores
 * the article and its records in one transaction, merging on those keys.
 */
import type { PrismaClient } from '../generated/prisma/client';
import { writeArticle, type ArticleToWrite, type LoadResult } from '../db/articleWriter';
import type { KeyedRecord } from '../db/articleWriter';
import { ADDED_KINDS } from './pipeline';
import type { AddedKind, ExtractedArticle } from './types';
import { agreementKey, factKey, organizationKey, personKey, regionKey, statementKey } from './resolve';
import { extractorVersion } from './version';

/**
 * The article's records with the keys the writer merges on; a fact's subject names one of the article's countries or none.
 * `version`: the extractor version the records are stored under (the running one; tests pass an older one).
 */
export function keyedArticle(x: ExtractedArticle, version: string = extractorVersion()): ArticleToWrite {
  return {
    article: { ...x.article, extractorVersion: version },
    countries: x.countries,
    regions: x.regions.map((r) => ({ ...r, key: regionKey(r.name) })),
    organizations: x.organizations.map((o) => ({ ...o, key: organizationKey(o.name) })),
    persons: x.persons.map((p) => ({ ...p, key: personKey(p.name) })),
    agreements: x.agreements.map((g) => ({ ...g, key: agreementKey(g) })),
    statements: x.statements.map((s) => ({ ...s, key: statementKey(s) })),
    facts: x.facts.map((f) => ({
      key: factKey(f),
      fields: { subject: f.subject, metric: f.metric, value: f.value, unit: f.unit, date: f.date },
      // The subject as one of the article's countries (by name or alias) or organizations (by name), when it is one.
      refs: { subjectCountryId: x.countries.find((c) => c.name === f.subject || c.aliasesSeen.includes(f.subject))?.iso2 ?? null, subjectOrganizationId: f.subject },
      evidence: f.evidence,
      extraction: f.extraction,
    })),
    ...addedKinds(x),
  };
}

/** The records of the kinds added since the gold-shaped ones, as they are: their extractors key them (src/ingest/pipeline.ts EXTRACTORS). */
function addedKinds(x: ExtractedArticle): { [K in AddedKind]: KeyedRecord<K>[] } {
  return Object.fromEntries(ADDED_KINDS.map((kind) => [kind, x[kind]])) as { [K in AddedKind]: KeyedRecord<K>[] };
}

export function loadArticle(prisma: PrismaClient, extracted: ExtractedArticle, options: { timeoutMs?: number; extractorVersion?: string } = {}): Promise<LoadResult> {
  return writeArticle(prisma, keyedArticle(extracted, options.extractorVersion), options);
}
