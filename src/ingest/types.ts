/**
 * The contract between the ingestion stages and the loader.
 *
 * Every record the pipeline produces carries `evidence`: spans of the cleaned
 * article body (character offsets, end exclusive) plus the sentence text, so
 * that `body.slice(start, end) === text` always holds. The loader stores these
 * spans as they are; the API serves them as "where does it say that?".
 *
 * Field names follow the hand-made gold files (tests/fixtures/gold/*.json) so
 * that `npm run extract` can print records in exactly that shape.
 */

// The closed sets a record's fields take: Prisma's generated enums (prisma/schema.prisma is their one source; the SDL repeats
// them and tests/integration/registry.test.ts checks it does so exactly).
import type { AgreementKind, AgreementStatus, OrganizationKind, Sector, StatementKind } from '../generated/prisma/enums';
export type { AgreementKind, AgreementStatus, OrganizationKind, Sector, StatementKind };
import type { KeyedRecord } from '../db/articleWriter';
import type { RecordKind } from '../db/registry';

/** A span of the cleaned body: [start, end) in UTF-16 code units, as String.prototype.slice counts. */
export interface Span {
  start: number;
  end: number;
}

/** Where the article says it: `body.slice(start, end) === text`. */
export interface Evidence extends Span {
  text: string;
}

/** Output of the clean stage. */
export interface CleanArticle {
  title: string | null;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) when the text states one; never invented. */
  publishedOn: string | null;
  /** Cleaned text: boilerplate and caption debris removed, paragraphs separated by a blank line. */
  body: string;
  /** Paragraph spans of `body`. */
  paragraphs: Span[];
}

/** Output of the segment stage. */
export interface Sentence extends Span {
  text: string;
  /** Index into CleanArticle.paragraphs. */
  paragraph: number;
}

/**
 * A date as precise as the text states it: "2024", "2024-06" or "2024-06-12".
 * Null when the text gives none.
 */
export type PartialDate = string;

/**
 * Provenance of a record: which rule produced it and how sure the extractor is.
 * - `method`: the stable dotted name of the rule, `<kind>.<rule>[.<detail>]`, e.g. `organizations.gazetteer`,
 *   `statements.quote.named-speaker`, `agreements.title`, `facts.money`. The names are listed in
 *   src/ingest/extract/methods.ts; a record merged from several candidates keeps the strongest one.
 * - `confidence`: 0..1, the calibrated probability that the record is right (the scorer matches it to a
 *   hand-made gold record), read from the table in src/ingest/confidence.ts (`npm run calibrate`), with a
 *   per-kind fallback for a method the calibration has not seen.
 */
export interface Extraction {
  method: string;
  confidence: number;
}

export interface CountryRecord {
  iso2: string;
  iso3: string;
  /** Canonical English name, e.g. "Republic of Korea". */
  name: string;
  aliasesSeen: string[];
  evidence: Evidence[];
  /** Which rule produced the record and how sure it is. */
  extraction: Extraction;
}

export interface RegionRecord {
  name: string;
  /** ISO alpha-2 codes of the member countries. */
  members: string[];
  aliasesSeen: string[];
  evidence: Evidence[];
  /** Which rule produced the record and how sure it is. */
  extraction: Extraction;
}

export interface OrganizationRecord {
  name: string;
  aliasesSeen: string[];
  /** Acronyms among the aliases ("KCCI"). */
  acronyms: string[];
  kind: OrganizationKind;
  /** ISO alpha-2 of the home country, when known. */
  country: string | null;
  evidence: Evidence[];
  /** Which rule produced the record and how sure it is. */
  extraction: Extraction;
}

export interface PersonRecord {
  name: string;
  aliasesSeen: string[];
  /** Role as stated at the time ("Ambassador of Uzbekistan to Korea"). */
  role: string | null;
  /** ISO alpha-2 of the role's country. */
  country: string | null;
  /** Canonical name of the role's organization (one of the article's organizations). */
  organization: string | null;
  evidence: Evidence[];
  /** Which rule produced the record and how sure it is. */
  extraction: Extraction;
}

export interface AgreementRecord {
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  date: PartialDate | null;
  parties: {
    /** ISO alpha-2 codes. */
    countries: string[];
    /** Canonical organization names. */
    organizations: string[];
  };
  /** Canonical person names. */
  signatories: string[];
  sectors: Sector[];
  /** Quantity as stated ("two cargo ships with a capacity of 6,100 tons", "11 agreements"). */
  quantity: string | null;
  evidence: Evidence[];
  /** Which rule produced the record and how sure it is. */
  extraction: Extraction;
}

export interface StatementRecord {
  /** Canonical name of a person or organization of the same article. */
  speaker: string;
  speakerType: 'PERSON' | 'ORGANIZATION';
  kind: StatementKind;
  /** Direct quote verbatim without quotation marks; reported speech as the reporting sentence. */
  text: string;
  date: PartialDate | null;
  occasion: string | null;
  mentions: {
    countries: string[];
    organizations: string[];
  };
  sectors: Sector[];
  evidence: Evidence[];
  /** Which rule produced the record and how sure it is. */
  extraction: Extraction;
}

export interface FactRecord {
  /** What the number is about: a country, a country pair, an organization, a project. */
  subject: string;
  metric: string;
  value: number;
  unit: string;
  date: PartialDate | null;
  evidence: Evidence[];
  /** Which rule produced the record and how sure it is. */
  extraction: Extraction;
}

/**
 * The kinds whose records keep the hand-made gold files' shape (the quality
 * scorer and `npm run extract` read it; src/ingest/load.ts keys them for the
 * writer).
 */
export interface GoldShapedRecords {
  countries: CountryRecord[];
  regions: RegionRecord[];
  organizations: OrganizationRecord[];
  persons: PersonRecord[];
  agreements: AgreementRecord[];
  statements: StatementRecord[];
  facts: FactRecord[];
}

/** Every other kind of the record registry: its extractor (src/ingest/pipeline.ts EXTRACTORS) returns records keyed and shaped as the writer takes them. */
export type AddedKind = Exclude<RecordKind, keyof GoldShapedRecords>;

/** Every kind's records (the registry's kinds, by plural name). */
export type ExtractedRecords = GoldShapedRecords & { [K in AddedKind]: KeyedRecord<K>[] };

/** The pipeline's stages, as named in logs, metrics and the seed's per-file line: one per record kind, and these. */
export type ExtractionStage = 'clean' | 'segment' | 'dates' | 'records' | RecordKind;

/** A stage that threw: its records are missing from this article, the rest still load. */
export interface StageFailure {
  stage: ExtractionStage;
  message: string;
}

/** Everything the pipeline knows about one article, ready for the loader. */
export interface ExtractedArticle extends ExtractedRecords {
  /** Stages that failed on this article (empty when all ran). */
  stageFailures: StageFailure[];
  article: CleanArticle & {
    /** sha256 (hex) of the cleaned body: the idempotency key. */
    contentHash: string;
    sourceFile: string | null;
    url: string | null;
  };
}
