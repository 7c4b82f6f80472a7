/**
 * The record registry: every record type the API serves, said once. Each
 * entry is keyed by the GraphQL type name (which is also the type in its
 * global id) and gives its table, the column of every field of its Prisma row
 * type, and what it takes part in: evidence (the EvidenceRecord union, the
 * evidence column pointing at it, the ingest counts, how articles' claims
 * fold into a record and its join tables), full-text search (the SearchNode
 * union and SearchKind), correction merges (MergeKind) and analyst
 * corrections (CorrectionTarget).
 *
 * Global ids (src/lib/globalId.ts), the read SQL (records.ts, lists.ts,
 * search.ts, merge.ts), the article writer and re-extraction (articleWriter.ts,
 * claims.ts), codegen's row mappers (codegen.ts), the generated SDL
 * (src/schema/registrySdl.ts) and the resolvers every record type has
 * (src/schema/records.ts) derive from it;
 * tests/integration/registry.test.ts checks the GraphQL schema's unions and
 * enums and the database's columns against it.
 */
import type * as Prisma from '../generated/prisma/client';

/** The Prisma row type of each record type. */
interface PrismaRows {
  Article: Prisma.Article;
  Country: Prisma.Country;
  Region: Prisma.Region;
  Organization: Prisma.Organization;
  Person: Prisma.Person;
  Agreement: Prisma.Agreement;
  Statement: Prisma.Statement;
  Fact: Prisma.Fact;
  Evidence: Prisma.Evidence;
}

export type NodeType = keyof PrismaRows;

/** Generated columns only SQL reads (date order): never selected, as every selected column is parsed for every row of every page. */
type SqlOnlyField = 'sortDate';

/** The fields a record's row carries: its Prisma row type's, less the SQL-only ones. */
export type RowField<T extends NodeType> = Exclude<keyof PrismaRows[T], SqlOnlyField>;

/** A record as the read path returns it: its Prisma row (less SQL-only fields) and `__typename` (Node, unions). */
export type RowOf<T extends NodeType> = Pick<PrismaRows[T], RowField<T>> & { __typename: T };

/** Each record type's row under a plain name, for codegen's mappers (codegen.ts maps GraphQL type X to XRow). */
export type ArticleRow = RowOf<'Article'>;
export type CountryRow = RowOf<'Country'>;
export type RegionRow = RowOf<'Region'>;
export type OrganizationRow = RowOf<'Organization'>;
export type PersonRow = RowOf<'Person'>;
export type AgreementRow = RowOf<'Agreement'>;
export type StatementRow = RowOf<'Statement'>;
export type FactRow = RowOf<'Fact'>;
export type EvidenceRow = RowOf<'Evidence'>;

/** The evidence columns (Evidence row fields) that point at a record: every `...Id` column but the article's. */
export type EvidenceField = Exclude<Extract<keyof Prisma.Evidence, `${string}Id`>, 'articleId'>;

/** Columns every extracted record has: how sure the extractor is and which rule and version made it (its strongest claim). */
type ProvenanceField = 'confidence' | 'extractionMethod' | 'extractionVersion';

/**
 * What articles say about a record of type T: its row's fields less its id, its key (a country's is `iso2`),
 * its provenance and an analyst's `rejected`. Articles give them; their claims fold into the record (`fold`).
 */
export type FieldsOfType<T extends NodeType> = Omit<Pick<PrismaRows[T], RowField<T>>, 'id' | 'key' | 'iso2' | ProvenanceField | 'rejected'>;

/** A join table that holds a list field: its record column (`own`) and referenced column (`other`). */
export interface JoinSpec {
  table: string;
  own: string;
  other: string;
}

/** The join tables of list-valued record fields (claims, corrections and the article writer fill them). */
export const JOINS = {
  regionMembers: { table: 'region_members', own: 'region_id', other: 'country_id' },
  agreementPartyCountries: { table: 'agreement_party_countries', own: 'agreement_id', other: 'country_id' },
  agreementPartyOrganizations: { table: 'agreement_party_organizations', own: 'agreement_id', other: 'organization_id' },
  agreementSignatories: { table: 'agreement_signatories', own: 'agreement_id', other: 'person_id' },
  statementMentionCountries: { table: 'statement_mention_countries', own: 'statement_id', other: 'country_id' },
  statementMentionOrganizations: { table: 'statement_mention_organizations', own: 'statement_id', other: 'organization_id' },
} as const satisfies Record<string, JoinSpec>;

/**
 * How a kind's claims fold into its record (src/db/recordFolds.ts foldRecord, in any order): `lists` are unions,
 * kept sorted; `fill` are fields a claim may lack, the record's being the first non-null by a fixed order (the
 * earliest date, the smallest text, the row with the smallest key); every other field comes with the strongest claim.
 */
export interface FoldSpec<F> {
  lists: readonly (keyof F & string)[];
  fill: readonly (keyof F & string)[];
}

interface RecordSpec<T extends NodeType> {
  table: string;
  /** Field of the row → its column, with a cast where pg cannot parse the column itself (`sectors::text[]`). Every row field must be here. */
  columns: Record<RowField<T>, string>;
  /**
   * Records that articles support: the evidence column that points here (EvidenceRecord member), their plural name
   * (ingest counts, the root list, `Article.<plural>`), how articles' claims fold into a record's fields (`fold`, which
   * the article writer and re-extraction share) and, for list fields, their join tables
   * (`joins`, by the claim field that holds the ids).
   */
  evidence?: { field: EvidenceField; plural: string; fold: FoldSpec<FieldsOfType<T>>; joins?: Record<string, JoinSpec> };
  /**
   * Full-text searchable (SearchNode member, SearchKind = the type name in upper case): `mainText`, the text snippets are cut
   * from, over alias `t`; `describes`, what the search matches (the SearchKind value's description).
   */
  search?: { mainText: string; describes: string };
  /** Correction merges fold duplicates of this type (MergeKind = the type name in upper case). */
  merge?: true;
  /** Analysts correct and reject records of this type (CorrectionTarget = the type name in upper case); its row has `rejected`. */
  correct?: true;
}

/** Columns every extracted record has: how sure the extractor is and which rule and version made it (its strongest claim). */
const PROVENANCE = { confidence: 'confidence', extractionMethod: 'extraction_method', extractionVersion: 'extraction_version' } as const;
/** Columns of records analysts can correct and reject (src/db/corrections.ts). */
const CORRECTABLE = { ...PROVENANCE, rejected: 'rejected' } as const;

export const RECORD_TYPES = {
  Article: {
    table: 'articles',
    columns: {
      id: 'id', contentHash: 'content_hash', title: 'title', publisher: 'publisher', publishedOn: 'published_on',
      body: 'body', sourceFile: 'source_file', url: 'url', createdAt: 'created_at', extractorVersion: 'extractor_version', extractedAt: 'extracted_at',
    },
    search: { mainText: 't.body', describes: 'News articles (title and body).' },
  },
  Country: {
    table: 'countries',
    columns: { id: 'id', iso2: 'iso2', iso3: 'iso3', name: 'name', aliases: 'aliases', ...PROVENANCE },
    evidence: {
      field: 'countryId',
      plural: 'countries',
      fold: { lists: ['aliases'], fill: [] },
    },
  },
  Region: {
    table: 'regions',
    columns: { id: 'id', key: 'key', name: 'name', aliases: 'aliases', ...PROVENANCE },
    evidence: {
      field: 'regionId',
      plural: 'regions',
      fold: { lists: ['aliases'], fill: [] },
      joins: { memberIds: JOINS.regionMembers },
    },
  },
  Organization: {
    table: 'organizations',
    columns: { id: 'id', key: 'key', name: 'name', aliases: 'aliases', acronyms: 'acronyms', kind: 'kind', countryId: 'country_id', ...CORRECTABLE },
    evidence: {
      field: 'organizationId',
      plural: 'organizations',
      fold: { lists: ['aliases', 'acronyms'], fill: ['countryId'] },
    },
    search: { mainText: 't.name', describes: 'Organizations (name, aliases and acronyms).' },
    merge: true,
    correct: true,
  },
  Person: {
    table: 'persons',
    columns: { id: 'id', key: 'key', name: 'name', aliases: 'aliases', role: 'role', countryId: 'country_id', organizationId: 'organization_id', ...CORRECTABLE },
    evidence: {
      field: 'personId',
      plural: 'persons',
      fold: { lists: ['aliases'], fill: ['role', 'countryId', 'organizationId'] },
    },
    search: { mainText: 't.name', describes: 'People (name, aliases and role).' },
    merge: true,
    correct: true,
  },
  Agreement: {
    table: 'agreements',
    columns: {
      id: 'id', key: 'key', title: 'title', kind: 'kind', status: 'status', date: 'date', dateStart: 'date_start',
      quantity: 'quantity', sectors: 'sectors::text[]', ...CORRECTABLE,
    },
    evidence: {
      field: 'agreementId',
      plural: 'agreements',
      fold: { lists: ['sectors'], fill: ['date', 'quantity'] },
      joins: { partyCountryIds: JOINS.agreementPartyCountries, partyOrganizationIds: JOINS.agreementPartyOrganizations, signatoryIds: JOINS.agreementSignatories },
    },
    search: { mainText: 't.title', describes: 'Agreements (title and quantity).' },
    correct: true,
  },
  Statement: {
    table: 'statements',
    columns: {
      id: 'id', key: 'key', kind: 'kind', text: 'text', date: 'date', dateStart: 'date_start', occasion: 'occasion',
      sectors: 'sectors::text[]', speakerPersonId: 'speaker_person_id', speakerOrganizationId: 'speaker_organization_id', ...CORRECTABLE,
    },
    evidence: {
      field: 'statementId',
      plural: 'statements',
      fold: { lists: ['sectors'], fill: ['date', 'occasion'] },
      joins: { mentionCountryIds: JOINS.statementMentionCountries, mentionOrganizationIds: JOINS.statementMentionOrganizations },
    },
    search: { mainText: 't.text', describes: 'Statements (text and occasion).' },
    correct: true,
  },
  Fact: {
    table: 'facts',
    columns: {
      id: 'id', key: 'key', subject: 'subject', subjectCountryId: 'subject_country_id', subjectOrganizationId: 'subject_organization_id',
      metric: 'metric', value: 'value', unit: 'unit', date: 'date', dateStart: 'date_start', ...CORRECTABLE,
    },
    evidence: {
      field: 'factId',
      plural: 'facts',
      // Its fields are its key: a fact found again gains evidence (and the strongest claim's provenance).
      fold: { lists: [], fill: [] },
    },
    search: { mainText: `t.subject || ' ' || t.metric`, describes: 'Facts (subject, metric and unit).' },
    correct: true,
  },
  Evidence: {
    table: 'evidence',
    columns: {
      id: 'id', articleId: 'article_id', start: 'start', end: 'end', sentence: 'sentence', countryId: 'country_id', regionId: 'region_id',
      organizationId: 'organization_id', personId: 'person_id', agreementId: 'agreement_id', statementId: 'statement_id', factId: 'fact_id',
    },
  },
} as const satisfies { [T in NodeType]: RecordSpec<T> };

type Registry = typeof RECORD_TYPES;

export const NODE_TYPES = Object.keys(RECORD_TYPES) as NodeType[];

/** Record types that articles support (each evidence row points at exactly one). */
export type EvidenceRecordType = { [T in NodeType]: Registry[T] extends { evidence: object } ? T : never }[NodeType];
/** Record types full-text search covers. */
export type SearchType = { [T in NodeType]: Registry[T] extends { search: object } ? T : never }[NodeType];
/** Record types correction merges fold. */
export type MergeType = { [T in NodeType]: Registry[T] extends { merge: true } ? T : never }[NodeType];
/** Record types analysts correct and reject. */
export type CorrectableType = { [T in NodeType]: Registry[T] extends { correct: true } ? T : never }[NodeType];
/** The plural names ingest counts records by (`createdRecords { countries ... }`). */
export type RecordKind = { [T in EvidenceRecordType]: Registry[T]['evidence']['plural'] }[EvidenceRecordType];

/** The record type of a record kind (plural name). */
export type TypeOfKind<K extends RecordKind> = { [T in EvidenceRecordType]: Registry[T]['evidence']['plural'] extends K ? T : never }[EvidenceRecordType];

/** What articles say about a record of kind K (FieldsOfType, by plural name). */
export type FieldsOf<K extends RecordKind> = FieldsOfType<TypeOfKind<K>>;

/** The join rows of a record of kind K: the ids of the rows each list field points at. */
export type JoinsOf<K extends RecordKind> = Registry[TypeOfKind<K>]['evidence'] extends { joins: infer J } ? { [F in keyof J]: number[] } : Record<never, number[]>;

/** How claims fold into a record of kind K (the registry entry's `fold`). */
export function foldOf(kind: RecordKind): FoldSpec<Record<string, unknown>> {
  return RECORD_TYPES[TYPE_OF_KIND[kind]].evidence.fold as FoldSpec<Record<string, unknown>>;
}

/** The join tables of a record kind, by the claim field holding the ids (none for most kinds). */
export function joinsOf(kind: RecordKind): Record<string, JoinSpec> {
  const evidence = RECORD_TYPES[TYPE_OF_KIND[kind]].evidence;
  return 'joins' in evidence ? evidence.joins : {};
}

const typesWith = <K extends 'evidence' | 'search' | 'merge' | 'correct'>(key: K) => NODE_TYPES.filter((t) => key in RECORD_TYPES[t]);

export const EVIDENCE_RECORD_TYPES = typesWith('evidence') as EvidenceRecordType[];
export const SEARCH_TYPES = typesWith('search') as SearchType[];
export const MERGE_TYPES = typesWith('merge') as MergeType[];
export const CORRECTABLE_TYPES = typesWith('correct') as CorrectableType[];

/** The evidence column pointing at each record type, in registry order. */
export const EVIDENCE_FIELDS = EVIDENCE_RECORD_TYPES.map((type) => [RECORD_TYPES[type].evidence.field, type] as const);

/** The evidence (and claim) column pointing at each record kind. */
export const RECORD_COLUMN = Object.fromEntries(EVIDENCE_RECORD_TYPES.map((t) => [RECORD_TYPES[t].evidence.plural, RECORD_TYPES[t].evidence.field])) as Record<RecordKind, EvidenceField>;

/** The record type of each record kind (plural name). */
export const TYPE_OF_KIND = Object.fromEntries(EVIDENCE_RECORD_TYPES.map((t) => [RECORD_TYPES[t].evidence.plural, t])) as Record<RecordKind, EvidenceRecordType>;

/** The unique key column of a kind's table: a country's is its ISO alpha-2 code, every other record's is `key`. */
export const keyColumnOf = (kind: RecordKind): 'iso2' | 'key' => (kind === 'countries' ? 'iso2' : 'key');

/** Where a record kind lives: its table and the evidence (and claim) column pointing at it, in SQL names. */
export function tableOfKind(kind: RecordKind): { table: string; column: string } {
  return { table: RECORD_TYPES[TYPE_OF_KIND[kind]].table, column: evidenceColumn(RECORD_COLUMN[kind]) };
}

/** Ingest's record kinds (plural names), in registry order. */
export const RECORD_KINDS = EVIDENCE_RECORD_TYPES.map((type) => RECORD_TYPES[type].evidence.plural) as RecordKind[];

/** A type's enum value in SearchKind / MergeKind: its name in upper case. */
export const kindOf = <T extends NodeType>(type: T) => type.toUpperCase() as Uppercase<T>;

/** The searchable record types as SearchKind values. */
export const SEARCH_KINDS = SEARCH_TYPES.map(kindOf);
export type SearchKind = Uppercase<SearchType>;

/** The record type of a SearchKind / MergeKind value. */
export function typeOfKind<T extends NodeType>(types: readonly T[], kind: string): T {
  const type = types.find((t) => kindOf(t) === kind);
  if (!type) throw new Error(`No record type for kind ${kind}`);
  return type;
}

/** The SQL column (no cast) of a field of the evidence table. */
export function evidenceColumn(field: EvidenceField): string {
  return RECORD_TYPES.Evidence.columns[field];
}
