/**
 * The whole extraction as one pure function: raw text (+ known metadata) -> ExtractedArticle.
 * clean -> segment -> countries/regions -> organizations -> persons -> statements,
 * agreements, facts. It never throws: a stage that fails yields no records, and is
 * named in `stageFailures` so that callers can log it, count it and tell the user.
 */
import { createHash } from 'node:crypto';
import type { KeyedRecord } from '../db/articleWriter';
import type { AddedKind, CleanArticle, ExtractedArticle, ExtractedRecords, ExtractionStage, GoldShapedRecords, PartialDate, StageFailure } from './types';
import { isCalendarDate } from '../lib/calendarDate';
import { cleanArticle, paragraphsOf } from './clean';
import { segmentSentences } from './segment';
import { makeContext, type ArticleContext } from './extract/context';
import { countryLabel, extractCountries } from './extract/countries';
import { extractRegions } from './extract/regions';
import { extractOrganizations, type OrganizationExtraction } from './extract/organizations';
import { extractPersons, type PersonExtraction } from './extract/persons';
import { extractStatements } from './extract/statements';
import { extractAgreements } from './extract/agreements';
import { extractFacts } from './extract/facts';
import { findDates } from './extract/dates';

export interface SourceMetadata {
  sourceFile?: string | null;
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
}


/**
 * The extractor of every kind added after the gold-shaped seven (src/ingest/types.ts AddedKind), by the registry's
 * plural name: each runs after those seven, on the article and their records, and returns its records keyed, as the
 * writer takes them. The compiler wants one for every such kind; a kind whose extractor throws is a stage failure.
 */
const EXTRACTORS: { [K in AddedKind]: (ctx: ArticleContext, found: GoldShapedRecords) => KeyedRecord<K>[] } = {};

/** The added kinds, in EXTRACTORS' order. */
export const ADDED_KINDS = Object.keys(EXTRACTORS) as AddedKind[];

/** Records of the added kinds, each extractor run as its own stage. */
function extractAdded(stages: StageRunner, ctx: ArticleContext, found: GoldShapedRecords): ExtractedRecords {
  const run = (kind: AddedKind) => stages.run(kind, () => (EXTRACTORS[kind] as (ctx: ArticleContext, found: GoldShapedRecords) => unknown[])(ctx, found), []);
  return { ...found, ...(Object.fromEntries(ADDED_KINDS.map((kind) => [kind, run(kind)])) as { [K in AddedKind]: KeyedRecord<K>[] }) };
}

function emptyRecords(): ExtractedRecords {
  const none = Object.fromEntries(ADDED_KINDS.map((kind) => [kind, []])) as { [K in AddedKind]: [] };
  return { countries: [], regions: [], organizations: [], persons: [], agreements: [], statements: [], facts: [], ...none };
}

/**
 * Runs stages so that hostile input never throws out of the pipeline: a stage that throws
 * yields its fallback and is recorded (stage name and error message) for the caller to report.
 */
class StageRunner {
  readonly failures: StageFailure[] = [];

  run<T>(stage: ExtractionStage, work: () => T, fallback: T): T {
    try {
      return work();
    } catch (error) {
      this.failures.push({ stage, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return fallback;
    }
  }
}

/** The date the reported events happened: the first exact date in the opening paragraphs, not after publication. */
function eventDate(ctx: ArticleContext): PartialDate | null {
  const opening = ctx.sentences.filter((s) => s.paragraph <= 1);
  for (const s of opening) {
    for (const d of findDates(s.text, ctx.referenceDate)) {
      if (d.date.length === 10 && (!ctx.referenceDate || d.date <= ctx.referenceDate)) return d.date;
    }
  }
  return null;
}

/** The Korea–partner pair an article is about: Korea and the most mentioned other country. */
function mainCountries(records: Pick<ExtractedRecords, 'countries'>): string[] {
  const sorted = [...records.countries].sort((a, b) => b.evidence.length - a.evidence.length);
  const codes = sorted.map((c) => c.iso2);
  const partner = codes.find((c) => c !== 'KR');
  return codes.includes('KR') ? ['KR', ...(partner ? [partner] : [])] : codes.slice(0, 2);
}

/** A foreign ministry named without its country belongs to the country of the article's foreign minister. */
function linkUnplacedMinistries(orgs: OrganizationExtraction, people: PersonExtraction): void {
  for (const org of orgs.organizations) {
    if (org.country || !/^Ministry of Foreign Affairs$/.test(org.name)) continue;
    const minister = people.persons.find((p) => p.role && /^Foreign Minister$|^Minister of Foreign Affairs$/i.test(p.role) && p.country);
    if (!minister?.country) continue;
    org.country = minister.country;
    org.name = `Ministry of Foreign Affairs of ${countryLabel(minister.country)}`;
    minister.organization ??= org.name;
  }
}

function extractRecords(article: CleanArticle, stages: StageRunner): ExtractedRecords {
  const sentences = stages.run('segment', () => segmentSentences(article), []);
  const ctx = makeContext(article, sentences);
  const countries = stages.run('countries', () => extractCountries(ctx), []);
  const regions = stages.run('regions', () => extractRegions(ctx), []);
  const orgs = stages.run('organizations', () => extractOrganizations(ctx), { organizations: [], mentions: [] });
  const people = stages.run('persons', () => extractPersons(ctx, orgs), { persons: [], mentions: [] });
  stages.run('persons', () => linkUnplacedMinistries(orgs, people), undefined);
  const event = stages.run('dates', () => eventDate(ctx), null);
  const dateOf = (): PartialDate | null => event ?? article.publishedOn;
  const main = mainCountries({ countries });
  const agreements = stages.run('agreements', () => extractAgreements(ctx, orgs, people, dateOf, main), []);
  const pairName = main.length === 2 ? main.map((c) => (c === 'KR' ? 'Korea' : countries.find((x) => x.iso2 === c)?.name ?? c)).join('–') : null;
  const found: GoldShapedRecords = {
    countries,
    regions,
    organizations: orgs.organizations,
    persons: people.persons,
    statements: stages.run('statements', () => extractStatements(ctx, orgs, people, dateOf), []),
    agreements,
    facts: stages.run('facts', () => extractFacts(ctx, dateOf, pairName, agreements), []),
  };
  return extractAdded(stages, ctx, found);
}

/** The records of a cleaned article, with the stage failures of its cleaning (if any) and of extraction. */
function extractCleaned(stages: StageRunner, article: CleanArticle, identity: { contentHash: string; sourceFile: string | null; url: string | null }): ExtractedArticle {
  const records = stages.run('records', () => extractRecords(article, stages), emptyRecords());
  return { ...records, stageFailures: stages.failures, article: { ...article, ...identity } };
}

export function extractArticle(rawText: string, source: SourceMetadata = {}): ExtractedArticle {
  const raw = typeof rawText === 'string' ? rawText : '';
  const stages = new StageRunner();
  const cleaned = stages.run('clean', () => cleanArticle(raw), { title: null, publisher: null, publishedOn: null, body: '', paragraphs: [] } as CleanArticle);
  // Explicit metadata wins over what the text says.
  const article: CleanArticle = {
    ...cleaned,
    title: source.title ?? cleaned.title,
    publisher: source.publisher ?? cleaned.publisher,
    publishedOn: source.publishedOn && isCalendarDate(source.publishedOn) ? source.publishedOn : cleaned.publishedOn,
  };
  return extractCleaned(stages, article, { contentHash: createHash('sha256').update(article.body).digest('hex'), sourceFile: source.sourceFile ?? null, url: source.url ?? null });
}

/**
 * The records of an article cleaned and stored before (re-extraction): its
 * body is not cleaned again, because cleaning a cleaned body is not always a
 * no-op and the body (its hash) is the article's identity.
 */
export function extractStoredArticle(stored: { title: string | null; publisher: string | null; publishedOn: string | null; body: string; contentHash: string; sourceFile: string | null; url: string | null }): ExtractedArticle {
  const article: CleanArticle = { title: stored.title, publisher: stored.publisher, publishedOn: stored.publishedOn, body: stored.body, paragraphs: paragraphsOf(stored.body) };
  return extractCleaned(new StageRunner(), article, { contentHash: stored.contentHash, sourceFile: stored.sourceFile, url: stored.url });
}
