import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ArticleRow, CountryRow, RegionRow, OrganizationRow, PersonRow, AgreementRow, StatementRow, FactRow, EvidenceRow } from '../db/registry';
import { MergeAudit as MergeAuditRow, Correction as CorrectionRow } from './prisma/client';
import { Page, Edge } from '../lib/connection';
import { CountryRelationParent } from '../schema/relation/parent';
import { IngestJob as IngestJobRow } from '../db/queue';
import { SearchConnectionRow, SearchEdgeRow } from '../schema/search/parent';
import { Context } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 in UTC. */
  DateTime: { input: Date; output: Date; }
};

/** A document or deal between parties reported as signed, concluded, agreed, reached, launched or upgraded. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  /** How likely the record is right, from 0 to 1: the calibrated confidence of its strongest claim (the best-supported extraction of it). */
  confidence: Scalars['Float']['output'];
  /** The analyst corrections of this record (corrected fields, rejections, restorations), newest first. Found by the record's key, so they outlive re-extraction. */
  corrections: CorrectionConnection;
  /** Date as precise as stated: `2024`, `2024-06` or `2024-06-12`; null when not stated. */
  date?: Maybe<Scalars['String']['output']>;
  /** Sentences that report it, across all articles. */
  evidence: EvidenceConnection;
  /** The rule and extractor version behind its strongest claim. */
  extraction: Extraction;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of agreement. */
  kind: AgreementKind;
  /** Countries that are parties. */
  partyCountries: Array<Country>;
  /** Organizations that are parties. */
  partyOrganizations: Array<Organization>;
  /** Quantity as stated, e.g. "11 agreements". */
  quantity?: Maybe<Scalars['String']['output']>;
  /** True when an analyst rejected this record as wrong: it is hidden from lists, nested lists, search and counts unless `includeRejected` is set. `node(id:)` still returns it. */
  rejected: Scalars['Boolean']['output'];
  /** Sectors it concerns. */
  sectors: Array<Sector>;
  /** People who signed it. */
  signatories: Array<Person>;
  /** Where it stands. */
  status: AgreementStatus;
  /** Short title. */
  title: Scalars['String']['output'];
};


/** A document or deal between parties reported as signed, concluded, agreed, reached, launched or upgraded. */
export type AgreementCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A document or deal between parties reported as signed, concluded, agreed, reached, launched or upgraded. */
export type AgreementEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The agreements on this page, with cursors. */
  edges: Array<AgreementEdge>;
  /** The agreements on this page, without cursors. */
  nodes: Array<Agreement>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many agreements the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the agreements with its cursor. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Agreement;
};

/** Narrows a list of agreements. Conditions combine with AND; values inside one list with OR, except `parties`. */
export type AgreementFilter = {
  /** Only agreements dated on or after this day. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only agreements dated on or before this day. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<AgreementKind>>;
  /** Only agreements to which ALL these countries (ISO alpha-2) are parties, e.g. ["KR", "UZ"]. */
  parties?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only agreements to which any of these organizations (global ids) is a party. */
  partyOrganizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Full-text search over titles and quantities. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements concerning any of these sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Only agreements signed by any of these people (global ids). */
  signatories?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<AgreementStatus>>;
};

/** Dimensions agreements can be counted by. */
export type AgreementGroupField =
  /** Party country (ISO alpha-2); an agreement counts once for each party country. */
  | 'COUNTRY'
  /** Kind of agreement. */
  | 'KIND'
  /** Sector; an agreement counts once for each sector it concerns. */
  | 'SECTOR'
  /** Where the agreement stands. */
  | 'STATUS'
  /** Year of the agreement's date. */
  | 'YEAR';

/** What kind of document or deal an agreement is. */
export type AgreementKind =
  /** Intergovernmental or other agreement. */
  | 'AGREEMENT'
  /** Commercial contract. */
  | 'CONTRACT'
  /** Joint statement or declaration. */
  | 'JOINT_STATEMENT'
  /** Joint venture or joint company. */
  | 'JOINT_VENTURE'
  /** Memorandum of understanding. */
  | 'MEMORANDUM'
  /** Other deals, e.g. a direct route launched as a deal. */
  | 'OTHER'
  /** Partnership established or upgraded. */
  | 'PARTNERSHIP'
  /** Work plan, roadmap or programme. */
  | 'PLAN';

/** Order of an agreement list. */
export type AgreementOrder = {
  /** Direction (default DESC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: AgreementOrderField;
};

/** Fields agreements can be ordered by. */
export type AgreementOrderField =
  /** Order of first appearance in the knowledge base. */
  | 'CREATED'
  /** Date (undated last when descending). */
  | 'DATE'
  /** Title. */
  | 'TITLE';

/** Where an agreement stands, as reported. */
export type AgreementStatus =
  /** Announced or reached, not reported as signed. */
  | 'ANNOUNCED'
  /** Carried out (e.g. a route launched, a project finished). */
  | 'COMPLETED'
  /** Planned for the future. */
  | 'PLANNED'
  /** Signed. */
  | 'SIGNED';

/** A news article as loaded: cleaned text plus metadata. */
export type Article = Node & {
  __typename?: 'Article';
  /** Agreements this article reports (each once). */
  agreements: AgreementConnection;
  /** Cleaned body: boilerplate removed, paragraphs kept. Evidence offsets point into it. */
  body: Scalars['String']['output'];
  /** sha256 of the cleaned body: the same article loaded twice is one article. */
  contentHash: Scalars['String']['output'];
  /** Countries this article mentions (each once). */
  countries: CountryConnection;
  /** Every piece of evidence drawn from it, in text order. */
  evidence: EvidenceConnection;
  /** When this article's records were last extracted (its first load, or a re-extraction). */
  extractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The extractor version (a hash of the extraction rules) that made this article's records; `unversioned` for articles loaded before versions existed. */
  extractorVersion: Scalars['String']['output'];
  /** Facts this article states (each once). */
  facts: FactConnection;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was loaded. */
  loadedAt: Scalars['DateTime']['output'];
  /** Organizations this article mentions (each once). */
  organizations: OrganizationConnection;
  /** People this article names (each once). */
  persons: PersonConnection;
  /** Publication date; null when the text does not state it (never invented). */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Outlet, when the text names it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Regions this article mentions (each once). */
  regions: RegionConnection;
  /** File it was loaded from, if any. */
  sourceFile?: Maybe<Scalars['String']['output']>;
  /** Statements this article reports (each once). */
  statements: StatementConnection;
  /** Headline, when the text has one. */
  title?: Maybe<Scalars['String']['output']>;
  /** URL it was loaded from, if any. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticleAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticleCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<CountryOrder>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticleEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticleFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<FactOrder>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticleOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticlePersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticleRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<RegionOrder>;
};


/** A news article as loaded: cleaned text plus metadata. */
export type ArticleStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles on this page, with cursors. */
  edges: Array<ArticleEdge>;
  /** The articles on this page, without cursors. */
  nodes: Array<Article>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many articles the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the articles with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Article;
};

/** Narrows a list of articles. Conditions combine with AND. */
export type ArticleFilter = {
  /** Only articles that mention any of these organizations (global ids): each has evidence in the article. */
  mentionedOrganizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only articles that mention ALL these countries (ISO alpha-2): each has evidence in the article. */
  mentions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only articles published on or after this day. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles published on or before this day. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles by these publishers. */
  publishers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full-text search over title and body. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Order of an article list. */
export type ArticleOrder = {
  /** Direction (default DESC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: ArticleOrderField;
};

/** Fields articles can be ordered by. */
export type ArticleOrderField =
  /** Order of loading into the knowledge base. */
  | 'CREATED'
  /** Publication date (undated last when descending). */
  | 'PUBLISHED';

/** Fields of an agreement to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectAgreementInput = {
  /** Date as precise as known: `2024`, `2024-06` or `2024-06-12`; null clears it. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the agreement. */
  id: Scalars['ID']['input'];
  /** What kind of agreement. */
  kind?: InputMaybe<AgreementKind>;
  /** The party countries, exactly, as ISO alpha-2 codes of countries in the knowledge base. */
  partyCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The party organizations, exactly, as global ids. */
  partyOrganizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Quantity as stated, e.g. "11 agreements"; null clears it. */
  quantity?: InputMaybe<Scalars['String']['input']>;
  /** The sectors, exactly (later articles add none while this correction stands). */
  sectors?: InputMaybe<Array<Sector>>;
  /** The signatories, exactly, as global ids of people. */
  signatories?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where it stands. */
  status?: InputMaybe<AgreementStatus>;
  /** Short title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of correctAgreement. */
export type CorrectAgreementPayload = {
  __typename?: 'CorrectAgreementPayload';
  /** The agreement as corrected. Null when `userErrors` is not empty. */
  agreement?: Maybe<Agreement>;
  /** The correction recorded. Null when `userErrors` is not empty. */
  correction?: Maybe<Correction>;
  /** Why nothing was corrected; empty on success. */
  userErrors: Array<UserError>;
};

/** Fields of a fact to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectFactInput = {
  /** Date as precise as known: `2024`, `2024-06` or `2024-06-12`; null clears it. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the fact. */
  id: Scalars['ID']['input'];
  /** What is measured. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** What the number is about. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Unit, e.g. USD, percent, tons. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The number, in `unit`s. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** The outcome of correctFact. */
export type CorrectFactPayload = {
  __typename?: 'CorrectFactPayload';
  /** The correction recorded. Null when `userErrors` is not empty. */
  correction?: Maybe<Correction>;
  /** The fact as corrected. Null when `userErrors` is not empty. */
  fact?: Maybe<Fact>;
  /** Why nothing was corrected; empty on success. */
  userErrors: Array<UserError>;
};

/** Fields of an organization to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectOrganizationInput = {
  /** Home country, as the ISO alpha-2 code of a country in the knowledge base; null clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the organization. */
  id: Scalars['ID']['input'];
  /** What kind of body it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** Canonical name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of correctOrganization. */
export type CorrectOrganizationPayload = {
  __typename?: 'CorrectOrganizationPayload';
  /** The correction recorded. Null when `userErrors` is not empty. */
  correction?: Maybe<Correction>;
  /** The organization as corrected. Null when `userErrors` is not empty. */
  organization?: Maybe<Organization>;
  /** Why nothing was corrected; empty on success. */
  userErrors: Array<UserError>;
};

/** Fields of a person to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectPersonInput = {
  /** Country of that role, as the ISO alpha-2 code of a country in the knowledge base; null clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the person. */
  id: Scalars['ID']['input'];
  /** Canonical name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organization of that role (global id); null clears it. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Role as stated at the time; null clears it. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of correctPerson. */
export type CorrectPersonPayload = {
  __typename?: 'CorrectPersonPayload';
  /** The correction recorded. Null when `userErrors` is not empty. */
  correction?: Maybe<Correction>;
  /** The person as corrected. Null when `userErrors` is not empty. */
  person?: Maybe<Person>;
  /** Why nothing was corrected; empty on success. */
  userErrors: Array<UserError>;
};

/** Fields of a statement to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectStatementInput = {
  /** Date as precise as known: `2024`, `2024-06` or `2024-06-12`; null clears it. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the statement. */
  id: Scalars['ID']['input'];
  /** Direct quote or reported speech. */
  kind?: InputMaybe<StatementKind>;
  /** The mentioned countries, exactly, as ISO alpha-2 codes of countries in the knowledge base. */
  mentionedCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The mentioned organizations, exactly, as global ids. */
  mentionedOrganizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Occasion when stated; null clears it. */
  occasion?: InputMaybe<Scalars['String']['input']>;
  /** The sectors, exactly. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Who said it: the global id of a person or an organization. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** The quote without quotation marks, or the reporting sentence. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of correctStatement. */
export type CorrectStatementPayload = {
  __typename?: 'CorrectStatementPayload';
  /** The correction recorded. Null when `userErrors` is not empty. */
  correction?: Maybe<Correction>;
  /** The statement as corrected. Null when `userErrors` is not empty. */
  statement?: Maybe<Statement>;
  /** Why nothing was corrected; empty on success. */
  userErrors: Array<UserError>;
};

/** Any record analysts can correct and reject. */
export type CorrectableRecord = Agreement | Fact | Organization | Person | Statement;

/**
 * An analyst's correction of one record, kept forever as the audit trail. It is
 * found by the record's key and re-applied whenever the record is written again
 * (a later article, a re-extraction), so the corrected values win.
 */
export type Correction = {
  __typename?: 'Correction';
  /** What the correction did. */
  action: CorrectionAction;
  /** Who: the label of the write token used (ADMIN_TOKEN `label:token`), never the token. */
  actor: Scalars['String']['output'];
  /** The fields it changed, each with its value before and after (a CORRECT lists every field it set, even one set to the value it had: that pins it against later extraction). */
  changes: Array<CorrectionChange>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque id of this correction (it is not a Node: `node(id:)` does not return it). */
  id: Scalars['ID']['output'];
  /** Why, as the analyst said. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The corrected record as it is now (found by its key, even when re-extraction gave it a new id); null when it no longer exists (e.g. merged into another). */
  record?: Maybe<CorrectableRecord>;
  /** The record's stable key (its resolver key), by which the correction is re-applied. */
  recordKey: Scalars['String']['output'];
  /** Request id of the mutation (also in the server log). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** What kind of record was corrected. */
  target: CorrectionTarget;
};

/** What a correction did. */
export type CorrectionAction =
  /** Set some fields of the record to the analyst's values. */
  | 'CORRECT'
  /** Marked the record as wrong: hidden from lists, search and counts. */
  | 'REJECT'
  /** Undid a rejection. */
  | 'RESTORE';

/** One field a correction changed, with its value before and after as JSON text (other records named by their stable keys: countries by ISO alpha-2, organizations and persons by key). */
export type CorrectionChange = {
  __typename?: 'CorrectionChange';
  /** The value after, as JSON text; null when the correction cleared the field. */
  after?: Maybe<Scalars['String']['output']>;
  /** The value before, as JSON text, e.g. `"MEMORANDUM"` or `["KR","UZ"]`; null when the field had no value. */
  before?: Maybe<Scalars['String']['output']>;
  /** The field, as named in the correction input (`title`, `partyCountries`, ...); `rejected` for rejections and restorations. */
  field: Scalars['String']['output'];
};

/** A page of corrections. */
export type CorrectionConnection = {
  __typename?: 'CorrectionConnection';
  /** The corrections on this page, with cursors. */
  edges: Array<CorrectionEdge>;
  /** The corrections on this page, without cursors. */
  nodes: Array<Correction>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many corrections the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the corrections with its cursor. */
export type CorrectionEdge = {
  __typename?: 'CorrectionEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Correction;
};

/** Narrows the corrections audit. Conditions combine with AND; values inside one list with OR. */
export type CorrectionFilter = {
  /** Only these actions. */
  actions?: InputMaybe<Array<CorrectionAction>>;
  /** Only corrections made with these token labels. */
  actors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only corrections of these kinds of record. */
  targets?: InputMaybe<Array<CorrectionTarget>>;
};

/** The record types analysts can correct and reject. */
export type CorrectionTarget =
  /** Agreements. */
  | 'AGREEMENT'
  /** Facts. */
  | 'FACT'
  /** Organizations. */
  | 'ORGANIZATION'
  /** Persons. */
  | 'PERSON'
  /** Statements. */
  | 'STATEMENT';

/** A sovereign state mentioned by the articles, by name, alias or demonym. */
export type Country = Node & {
  __typename?: 'Country';
  /** Agreements this country is a party to. */
  agreements: AgreementConnection;
  /** Names, aliases and demonyms seen in the articles ("South Korea", "Korean", "Seoul"). */
  aliases: Array<Scalars['String']['output']>;
  /** How likely the record is right, from 0 to 1: the calibrated confidence of its strongest claim (the best-supported extraction of it). */
  confidence: Scalars['Float']['output'];
  /** Sentences that mention this country. */
  evidence: EvidenceConnection;
  /** The rule and extractor version behind its strongest claim. */
  extraction: Extraction;
  /** Facts with numbers whose subject is this country. */
  facts: FactConnection;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code, e.g. `KR`. */
  iso2: Scalars['String']['output'];
  /** ISO 3166-1 alpha-3 code, e.g. `KOR`. */
  iso3: Scalars['String']['output'];
  /** Canonical English name, e.g. "Republic of Korea". */
  name: Scalars['String']['output'];
  /** Organizations based in this country. */
  organizations: OrganizationConnection;
  /** People whose stated role belongs to this country. */
  persons: PersonConnection;
  /** Regions this country belongs to. */
  regions: Array<Region>;
  /** Statements that mention this country. */
  statements: StatementConnection;
};


/** A sovereign state mentioned by the articles, by name, alias or demonym. */
export type CountryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/** A sovereign state mentioned by the articles, by name, alias or demonym. */
export type CountryEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state mentioned by the articles, by name, alias or demonym. */
export type CountryFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<FactOrder>;
};


/** A sovereign state mentioned by the articles, by name, alias or demonym. */
export type CountryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/** A sovereign state mentioned by the articles, by name, alias or demonym. */
export type CountryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


/** A sovereign state mentioned by the articles, by name, alias or demonym. */
export type CountryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/** A page of countries. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The countries on this page, with cursors. */
  edges: Array<CountryEdge>;
  /** The countries on this page, without cursors. */
  nodes: Array<Country>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many countries the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the countries with its cursor. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Country;
};

/** Narrows a list of countries. */
export type CountryFilter = {
  /** Only these ISO alpha-2 codes. */
  iso2?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full-text search over names and aliases. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Order of a country list. */
export type CountryOrder = {
  /** Direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: CountryOrderField;
};

/** Fields countries can be ordered by. */
export type CountryOrderField =
  /** ISO alpha-2 code. */
  | 'ISO2'
  /** Canonical name. */
  | 'NAME';

/**
 * The relation between two countries: the agreements both are party to, the
 * statements that involve both, and the facts about one reported alongside the
 * other, each list oldest first by default so it reads as a timeline.
 */
export type CountryRelation = {
  __typename?: 'CountryRelation';
  /** Agreements to which both countries are parties (default order: date ascending, undated first). */
  agreements: AgreementConnection;
  /** The two countries, in the order asked. */
  countries: Array<Country>;
  /** Facts about one of the two countries drawn from an article that names the other (default order: date ascending). */
  facts: FactConnection;
  /** Statements that involve both countries: each is mentioned or is the speaker's country (default order: date ascending). */
  statements: StatementConnection;
};


/**
 * The relation between two countries: the agreements both are party to, the
 * statements that involve both, and the facts about one reported alongside the
 * other, each list oldest first by default so it reads as a timeline.
 */
export type CountryRelationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/**
 * The relation between two countries: the agreements both are party to, the
 * statements that involve both, and the facts about one reported alongside the
 * other, each list oldest first by default so it reads as a timeline.
 */
export type CountryRelationFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<FactOrder>;
};


/**
 * The relation between two countries: the agreements both are party to, the
 * statements that involve both, and the facts about one reported alongside the
 * other, each list oldest first by default so it reads as a timeline.
 */
export type CountryRelationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/**
 * Where an article supports a record: the article, the character offsets into
 * its cleaned body (end exclusive) and the sentence itself.
 */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** The article the sentence comes from. */
  article: Article;
  /** Offset just past the last character (`body.slice(start, end) == sentence`). */
  end: Scalars['Int']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The record this sentence supports (exactly one). */
  record: EvidenceRecord;
  /** The supporting sentence, verbatim. */
  sentence: Scalars['String']['output'];
  /** Offset of the first character of the sentence in the article's cleaned body. */
  start: Scalars['Int']['output'];
};

/** A page of evidence. */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** The evidence on this page, with cursors. */
  edges: Array<EvidenceEdge>;
  /** The evidence on this page, without cursors. */
  nodes: Array<Evidence>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many pieces of evidence the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A piece of evidence with its cursor. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The evidence. */
  node: Evidence;
};

/** Any record that evidence can support. */
export type EvidenceRecord = Agreement | Country | Fact | Organization | Person | Region | Statement;

/** How a record was extracted: the rule and the extractor version behind its strongest claim. */
export type Extraction = {
  __typename?: 'Extraction';
  /** The extraction rule, e.g. `organizations.gazetteer`; `unknown` for records made before rules were recorded. */
  method: Scalars['String']['output'];
  /** The extractor version (a hash of the extraction rules) of the article that made its strongest claim; `unversioned` before versions existed. */
  version: Scalars['String']['output'];
};

/** A quantitative claim an analyst would chart, e.g. bilateral trade of $6 billion. */
export type Fact = Node & {
  __typename?: 'Fact';
  /** How likely the record is right, from 0 to 1: the calibrated confidence of its strongest claim (the best-supported extraction of it). */
  confidence: Scalars['Float']['output'];
  /** The analyst corrections of this record (corrected fields, rejections, restorations), newest first. Found by the record's key, so they outlive re-extraction. */
  corrections: CorrectionConnection;
  /** Date as precise as stated; null when not stated. */
  date?: Maybe<Scalars['String']['output']>;
  /** Sentences that state it, across all articles. */
  evidence: EvidenceConnection;
  /** The rule and extractor version behind its strongest claim. */
  extraction: Extraction;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What is measured. */
  metric: Scalars['String']['output'];
  /** True when an analyst rejected this record as wrong: it is hidden from lists, nested lists, search and counts unless `includeRejected` is set. `node(id:)` still returns it. */
  rejected: Scalars['Boolean']['output'];
  /** What the number is about: a country, a country pair, an organization, a project. */
  subject: Scalars['String']['output'];
  /** The subject as a country, when it is one. */
  subjectCountry?: Maybe<Country>;
  /** The subject as an organization, when it is one. */
  subjectOrganization?: Maybe<Organization>;
  /** Unit, e.g. USD, percent, tons, people. */
  unit: Scalars['String']['output'];
  /** The number, in `unit`s (e.g. 6000000000 for $6 billion). */
  value: Scalars['Float']['output'];
};


/** A quantitative claim an analyst would chart, e.g. bilateral trade of $6 billion. */
export type FactCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A quantitative claim an analyst would chart, e.g. bilateral trade of $6 billion. */
export type FactEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of facts. */
export type FactConnection = {
  __typename?: 'FactConnection';
  /** The facts on this page, with cursors. */
  edges: Array<FactEdge>;
  /** The facts on this page, without cursors. */
  nodes: Array<Fact>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many facts the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the facts with its cursor. */
export type FactEdge = {
  __typename?: 'FactEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Fact;
};

/** Narrows a list of facts. Conditions combine with AND; values inside one list with OR, except `involving`. */
export type FactFilter = {
  /** Only facts dated on or after this day. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only facts dated on or before this day. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only facts about one of these countries (ISO alpha-2) drawn from an article that names ALL of them: the facts of a relation. */
  involving?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full-text search over subject, metric and unit. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only facts whose subject is one of these countries (ISO alpha-2). */
  subjectCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only facts whose subject is one of these organizations (global ids). */
  subjectOrganizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these units. */
  units?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Dimensions facts can be counted by. */
export type FactGroupField =
  /** The country the fact is about (its subject country, ISO alpha-2). */
  | 'COUNTRY'
  /** Unit of the fact's value, e.g. USD, percent, tons. */
  | 'UNIT'
  /** Year of the fact's date. */
  | 'YEAR';

/** Order of a fact list. */
export type FactOrder = {
  /** Direction (default DESC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: FactOrderField;
};

/** Fields facts can be ordered by. */
export type FactOrderField =
  /** Order of first appearance in the knowledge base. */
  | 'CREATED'
  /** Date (undated last when descending). */
  | 'DATE'
  /** The number, whatever its unit (narrow by `units` to compare like with like). */
  | 'VALUE';

/** How many records fall in one group. */
export type GroupCount = {
  __typename?: 'GroupCount';
  /** Number of distinct records in the group. */
  count: Scalars['Int']['output'];
  /** The group's values. */
  keys: GroupKeys;
};

/** The values identifying one group; only the fields that were grouped by are set, and null there means the record has no value for it. */
export type GroupKeys = {
  __typename?: 'GroupKeys';
  /** ISO alpha-2 code of the party (agreements), mentioned (statements) or subject (facts) country. */
  country?: Maybe<Scalars['String']['output']>;
  /** Kind: an AgreementKind or StatementKind value. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Sector. */
  sector?: Maybe<Sector>;
  /** Status of the agreement (agreements only). */
  status?: Maybe<AgreementStatus>;
  /** Unit of the fact's value (facts only). */
  unit?: Maybe<Scalars['String']['output']>;
  /** Year of the record's date. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** An article to ingest. Metadata given here wins over what the text itself says. */
export type IngestArticleInput = {
  /** True: check the input, put the text in the ingest queue and return at once with `job` (a worker loads it; watch it with the ingestJob query). The same text enqueued again while its job is in the queue returns that job. Default false: load now. */
  async?: InputMaybe<Scalars['Boolean']['input']>;
  /** Publication date as YYYY-MM-DD. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** Outlet that published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The article as plain text (not empty, at most 900,000 bytes as UTF-8; larger files: `npm run seed`). Cleaned like a seed file: boilerplate removed, a date line read. */
  text: Scalars['String']['input'];
  /** Headline. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the article was published: an absolute http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of ingestArticle. */
export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** True when the same cleaned text was stored before and nothing was written. Null when `userErrors` is not empty. */
  alreadyExisted?: Maybe<Scalars['Boolean']['output']>;
  /** The article: newly stored, or the one already stored with the same cleaned text. Null when `userErrors` is not empty. */
  article?: Maybe<Article>;
  /** New rows this article created, per record kind (all zero when it already existed). */
  createdRecords?: Maybe<RecordCounts>;
  /** With `async: true`: the ingest job holding the text (new, or the one already queued for the same text); `article` and the counts are then null until a worker loads it. Null without `async` or when `userErrors` is not empty. */
  job?: Maybe<IngestJob>;
  /** Existing rows this article added evidence, aliases or parties to, per record kind. */
  mergedRecords?: Maybe<RecordCounts>;
  /** Why the input was refused; empty on success. */
  userErrors: Array<UserError>;
  /** What is worth knowing about a load that still succeeded, e.g. that no records were extracted from the text (it is stored, but nothing refers to it); empty otherwise. */
  warnings: Array<Scalars['String']['output']>;
};

/** One text in the ingest queue (pg-boss): enqueued by ingestArticle with `async: true` or `npm run seed -- --queue`, loaded by `npm run worker`. */
export type IngestJob = {
  __typename?: 'IngestJob';
  /** Once LOADED: true when the article was already stored (nothing was created). Null before. */
  alreadyExisted?: Maybe<Scalars['Boolean']['output']>;
  /** The stored article once LOADED; null before. */
  article?: Maybe<Article>;
  /** Attempts started so far. */
  attempts: Scalars['Int']['output'];
  /** When it was enqueued. */
  enqueuedAt: Scalars['DateTime']['output'];
  /** The last failed attempt's error (RETRYING, DEAD, or ACTIVE on a retry); null otherwise. */
  error?: Maybe<Scalars['String']['output']>;
  /** What the text was enqueued as: the file path given to `seed --queue`, or `ingestArticle`. */
  file: Scalars['String']['output'];
  /** When it was LOADED or became DEAD; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id: a UUID made of the sha256 of the text, so the same text is one job while it is in the queue. */
  id: Scalars['ID']['output'];
  /** Attempts allowed before the job is DEAD (QUEUE_RETRY_LIMIT + 1 when it was enqueued). */
  maxAttempts: Scalars['Int']['output'];
  /** When a QUEUED or RETRYING job may run next; null otherwise. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id of the request that enqueued it (ingestArticle), as in the server log; null for `seed --queue`. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** When its latest attempt started; null before the first. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  state: IngestJobState;
  /** Once LOADED: what is worth knowing about the load (no records extracted, an extraction stage that failed); empty otherwise. */
  warnings: Array<Scalars['String']['output']>;
};

/** Where a queued article is: the states of an ingest job. */
export type IngestJobState =
  /** A worker is loading it. */
  | 'ACTIVE'
  /** Cancelled by an operator. */
  | 'CANCELLED'
  /** Every attempt failed: it stays here with its `error` until retried (`npm run queue -- retry`) or archived after 14 days. */
  | 'DEAD'
  /** Loaded: `article` is the stored article (new, or the one that already had this cleaned text). */
  | 'LOADED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** An attempt failed (see `error`); it runs again after a backoff (`nextAttemptAt`). */
  | 'RETRYING';

/** One merge correction, kept after its sources are deleted. */
export type MergeAudit = {
  __typename?: 'MergeAudit';
  /** Audit row number. */
  id: Scalars['Int']['output'];
  /** What was merged. */
  kind: MergeKind;
  /** When it was merged. */
  mergedAt: Scalars['DateTime']['output'];
  /** The reason given. */
  reason: Scalars['String']['output'];
  /** Request id of the mutation (also in the server log). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Global ids the sources had (they no longer resolve). */
  sourceIds: Array<Scalars['ID']['output']>;
  /** The sources' resolver keys, as they were. */
  sourceKeys: Array<Scalars['String']['output']>;
  /** The sources' names, as they were. */
  sourceNames: Array<Scalars['String']['output']>;
  /** Global id of the row that stayed. */
  targetId: Scalars['ID']['output'];
};

/** A page of merge audits. */
export type MergeAuditConnection = {
  __typename?: 'MergeAuditConnection';
  /** The audits on this page, with cursors. */
  edges: Array<MergeAuditEdge>;
  /** The audits on this page, without cursors. */
  nodes: Array<MergeAudit>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many audits the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the merge audits with its cursor. */
export type MergeAuditEdge = {
  __typename?: 'MergeAuditEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: MergeAudit;
};

/** Narrows a list of merge audits. */
export type MergeAuditFilter = {
  /** Only merges of these kinds. */
  kinds?: InputMaybe<Array<MergeKind>>;
};

/** Order of a merge audit list. */
export type MergeAuditOrder = {
  /** Direction (default DESC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: MergeAuditOrderField;
};

/** Fields merge audits can be ordered by. */
export type MergeAuditOrderField =
  /** When the merge was made. */
  | 'MERGED';

/** Sources to fold into a target. */
export type MergeInput = {
  /** Why they are the same (kept in the audit), e.g. a link to the correction request. */
  reason: Scalars['String']['input'];
  /** Global ids of the duplicates; they are deleted. */
  sourceIds: Array<Scalars['ID']['input']>;
  /** Global id of the row that stays and receives every reference. */
  targetId: Scalars['ID']['input'];
};

/** What was merged. */
export type MergeKind =
  /** Organizations. */
  | 'ORGANIZATION'
  /** Persons. */
  | 'PERSON';

/** The outcome of mergeOrganizations. */
export type MergeOrganizationsPayload = {
  __typename?: 'MergeOrganizationsPayload';
  /** The audit row of this merge; for a repeated merge (every source already merged into this target), the earlier one. */
  audit?: Maybe<MergeAudit>;
  /** The target with everything merged in. Null when `userErrors` is not empty. */
  organization?: Maybe<Organization>;
  /** Why nothing was merged; empty on success. */
  userErrors: Array<UserError>;
};

/** The outcome of mergePersons. */
export type MergePersonsPayload = {
  __typename?: 'MergePersonsPayload';
  /** The audit row of this merge; for a repeated merge (every source already merged into this target), the earlier one. */
  audit?: Maybe<MergeAudit>;
  /** The target with everything merged in. Null when `userErrors` is not empty. */
  person?: Maybe<Person>;
  /** Why nothing was merged; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Corrects fields of an agreement and records the correction (before/after, reason, who). The corrected values win over later articles and re-extraction. One transaction. */
  correctAgreement: CorrectAgreementPayload;
  /** Corrects fields of a fact and records the correction. The corrected values win over later articles and re-extraction. One transaction. */
  correctFact: CorrectFactPayload;
  /** Corrects fields of an organization and records the correction. The corrected values win over later articles and re-extraction. One transaction. */
  correctOrganization: CorrectOrganizationPayload;
  /** Corrects fields of a person and records the correction. The corrected values win over later articles and re-extraction. One transaction. */
  correctPerson: CorrectPersonPayload;
  /** Corrects fields of a statement and records the correction. The corrected values win over later articles and re-extraction. One transaction. */
  correctStatement: CorrectStatementPayload;
  /** Runs one article through the same pipeline as `npm run seed`, in one transaction. The same cleaned text twice is one article: the second call creates nothing and returns the first. With `async: true` the text is checked and put in the ingest queue instead, and `job` says where it is; `npm run worker` processes load it. */
  ingestArticle: IngestArticlePayload;
  /** Merges organizations that are one and the same into `targetId`: every reference moves to the target, the sources are deleted, and an audit row is kept. One transaction. */
  mergeOrganizations: MergeOrganizationsPayload;
  /** Merges persons that are one and the same into `targetId`: every reference moves to the target, the sources are deleted, and an audit row is kept. One transaction. */
  mergePersons: MergePersonsPayload;
  /** Rejects a record as wrong: it stays (and `node(id:)` returns it with `rejected: true`) but is hidden from lists, search and counts, also after later articles or re-extraction find it again. Rejecting a rejected record changes nothing. */
  rejectRecord: RecordStatePayload;
  /** Restores a rejected record. Restoring a record that is not rejected changes nothing. */
  restoreRecord: RecordStatePayload;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationCorrectAgreementArgs = {
  input: CorrectAgreementInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationCorrectFactArgs = {
  input: CorrectFactInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationCorrectOrganizationArgs = {
  input: CorrectOrganizationInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationCorrectPersonArgs = {
  input: CorrectPersonInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationCorrectStatementArgs = {
  input: CorrectStatementInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationMergeOrganizationsArgs = {
  input: MergeInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationMergePersonsArgs = {
  input: MergeInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationRejectRecordArgs = {
  input: RejectRecordInput;
};


/**
 * Writes. Every mutation needs `Authorization: Bearer <token>` with a token from
 * the server's ADMIN_TOKEN; without one the whole operation is refused before
 * anything runs (`extensions.code` UNAUTHENTICATED, or WRITES_DISABLED when the
 * server has no token configured). Invalid input is answered in `userErrors`,
 * not as a GraphQL error, and writes nothing.
 */
export type MutationRestoreRecordArgs = {
  input: RestoreRecordInput;
};

/** An object with a globally unique, opaque id. Fetch any such object with `node(id:)`. */
export type Node = {
  /** Opaque global id; stable across requests. Do not parse it. */
  id: Scalars['ID']['output'];
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A company, state body, international organization, association, outlet or institute. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Acronyms, e.g. `KCCI`. */
  acronyms: Array<Scalars['String']['output']>;
  /** Agreements this organization is a party to. */
  agreements: AgreementConnection;
  /** Spellings seen in the articles. */
  aliases: Array<Scalars['String']['output']>;
  /** How likely the record is right, from 0 to 1: the calibrated confidence of its strongest claim (the best-supported extraction of it). */
  confidence: Scalars['Float']['output'];
  /** The analyst corrections of this record (corrected fields, rejections, restorations), newest first. Found by the record's key, so they outlive re-extraction. */
  corrections: CorrectionConnection;
  /** Home country, when known. */
  country?: Maybe<Country>;
  /** Sentences that mention this organization. */
  evidence: EvidenceConnection;
  /** The rule and extractor version behind its strongest claim. */
  extraction: Extraction;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** People whose stated role is in this organization. */
  persons: PersonConnection;
  /** True when an analyst rejected this record as wrong: it is hidden from lists, nested lists, search and counts unless `includeRejected` is set. `node(id:)` still returns it. */
  rejected: Scalars['Boolean']['output'];
  /** Statements this organization made as a body. */
  statements: StatementConnection;
};


/** A company, state body, international organization, association, outlet or institute. */
export type OrganizationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/** A company, state body, international organization, association, outlet or institute. */
export type OrganizationCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, state body, international organization, association, outlet or institute. */
export type OrganizationEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, state body, international organization, association, outlet or institute. */
export type OrganizationPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


/** A company, state body, international organization, association, outlet or institute. */
export type OrganizationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations on this page, with cursors. */
  edges: Array<OrganizationEdge>;
  /** The organizations on this page, without cursors. */
  nodes: Array<Organization>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many organizations the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the organizations with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Organization;
};

/** Narrows a list of organizations. */
export type OrganizationFilter = {
  /** Only organizations based in these countries (ISO alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Full-text search over names, aliases and acronyms. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of body an organization is. */
export type OrganizationKind =
  /** A business association or chamber. */
  | 'ASSOCIATION'
  /** A company or business group. */
  | 'COMPANY'
  /** A state body: ministry, embassy, agency, parliament. */
  | 'GOVERNMENT'
  /** An international organization or forum acting as a body. */
  | 'INTERNATIONAL'
  /** A media outlet. */
  | 'MEDIA'
  /** Anything else. */
  | 'OTHER'
  /** A research institute. */
  | 'RESEARCH';

/** Order of an organization list. */
export type OrganizationOrder = {
  /** Direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: OrganizationOrderField;
};

/** Fields organizations can be ordered by. */
export type OrganizationOrderField =
  /** Order of first appearance in the knowledge base. */
  | 'CREATED'
  /** Canonical name. */
  | 'NAME';

/** Where the current page sits in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to page forwards. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last item of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first item of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; pass it as `before` to page backwards. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A named person who speaks, signs, visits or is quoted. */
export type Person = Node & {
  __typename?: 'Person';
  /** Agreements this person signed. */
  agreementsSigned: AgreementConnection;
  /** Spellings and short forms seen in the articles. */
  aliases: Array<Scalars['String']['output']>;
  /** How likely the record is right, from 0 to 1: the calibrated confidence of its strongest claim (the best-supported extraction of it). */
  confidence: Scalars['Float']['output'];
  /** The analyst corrections of this record (corrected fields, rejections, restorations), newest first. Found by the record's key, so they outlive re-extraction. */
  corrections: CorrectionConnection;
  /** Country of that role. */
  country?: Maybe<Country>;
  /** Sentences that mention this person. */
  evidence: EvidenceConnection;
  /** The rule and extractor version behind its strongest claim. */
  extraction: Extraction;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Organization of that role. */
  organization?: Maybe<Organization>;
  /** True when an analyst rejected this record as wrong: it is hidden from lists, nested lists, search and counts unless `includeRejected` is set. `node(id:)` still returns it. */
  rejected: Scalars['Boolean']['output'];
  /** Role as stated at the time, e.g. "Ambassador of Uzbekistan to Korea". */
  role?: Maybe<Scalars['String']['output']>;
  /** What this person said. */
  statements: StatementConnection;
};


/** A named person who speaks, signs, visits or is quoted. */
export type PersonAgreementsSignedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/** A named person who speaks, signs, visits or is quoted. */
export type PersonCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person who speaks, signs, visits or is quoted. */
export type PersonEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person who speaks, signs, visits or is quoted. */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/** A page of persons. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The persons on this page, with cursors. */
  edges: Array<PersonEdge>;
  /** The persons on this page, without cursors. */
  nodes: Array<Person>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many persons the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the persons with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Person;
};

/** Narrows a list of people. */
export type PersonFilter = {
  /** Only people whose role belongs to these countries (ISO alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only people of these organizations (global ids). */
  organizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Full-text search over names, aliases and roles. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Order of a person list. */
export type PersonOrder = {
  /** Direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: PersonOrderField;
};

/** Fields people can be ordered by. */
export type PersonOrderField =
  /** Order of first appearance in the knowledge base. */
  | 'CREATED'
  /** Canonical name. */
  | 'NAME';

/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type Query = {
  __typename?: 'Query';
  /** Agreements counted per combination of the given dimensions, largest groups first; rejected agreements are not counted. */
  agreementCounts: Array<GroupCount>;
  /** Agreements reported by the articles. */
  agreements: AgreementConnection;
  /** Articles, newest first unless ordered otherwise. */
  articles: ArticleConnection;
  /** Every analyst correction (the audit trail), newest first. */
  corrections: CorrectionConnection;
  /** Countries mentioned by the articles. */
  countries: CountryConnection;
  /** A country by ISO 3166-1 alpha-2 or alpha-3 code (case-insensitive); null when not mentioned by any article. */
  country?: Maybe<Country>;
  /** Facts counted per combination of the given dimensions, largest groups first; rejected facts are not counted. */
  factCounts: Array<GroupCount>;
  /** Facts with numbers reported by the articles, newest first unless ordered otherwise. */
  facts: FactConnection;
  /** An ingest job by id (from ingestArticle with `async: true`, or `npm run seed -- --queue`): its state, attempts, last error and, once loaded, its article. Null for an unknown id. Needs the same Bearer token as mutations (job errors name files). */
  ingestJob?: Maybe<IngestJob>;
  /** Merge corrections, newest first unless ordered otherwise. */
  mergeAudits: MergeAuditConnection;
  /** Any object by its global id; null when no such object exists. */
  node?: Maybe<Node>;
  /** Several objects by global id, in the same order; null for each unknown id. */
  nodes: Array<Maybe<Node>>;
  /** Organizations named by the articles. */
  organizations: OrganizationConnection;
  /** People named by the articles, by name. */
  persons: PersonConnection;
  /** Regions mentioned by the articles, by name unless ordered otherwise. */
  regions: RegionConnection;
  /**
   * The relation between two countries, e.g. `relation(between: ["KR", "UZ"])`.
   * Null when either code names no known country; two identical codes are a `BAD_USER_INPUT` error.
   */
  relation?: Maybe<CountryRelation>;
  /** Full-text search across articles, organizations, people, agreements, statements and facts, best matches first. */
  search: SearchConnection;
  /** Statements counted per combination of the given dimensions, largest groups first; rejected statements are not counted. */
  statementCounts: Array<GroupCount>;
  /** Statements reported by the articles. */
  statements: StatementConnection;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryAgreementCountsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  groupBy: Array<AgreementGroupField>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CorrectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<CountryOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryFactCountsArgs = {
  filter?: InputMaybe<FactFilter>;
  groupBy: Array<FactGroupField>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<FactOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryIngestJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryMergeAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MergeAuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MergeAuditOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<RegionOrder>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryRelationArgs = {
  between: Array<Scalars['String']['input']>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  query: Scalars['String']['input'];
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryStatementCountsArgs = {
  filter?: InputMaybe<StatementFilter>;
  groupBy: Array<StatementGroupField>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};


/**
 * The read API: a root connection per record kind (each with a `filter` and an
 * `orderBy`), lookups by id or country code, the relation between two
 * countries, full-text search and group counts.
 */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/** Per record kind, how many rows. */
export type RecordCounts = {
  __typename?: 'RecordCounts';
  /** Agreements. */
  agreements: Scalars['Int']['output'];
  /** Countries. */
  countries: Scalars['Int']['output'];
  /** Facts. */
  facts: Scalars['Int']['output'];
  /** Organizations. */
  organizations: Scalars['Int']['output'];
  /** Persons. */
  persons: Scalars['Int']['output'];
  /** Regions. */
  regions: Scalars['Int']['output'];
  /** Statements. */
  statements: Scalars['Int']['output'];
};

/** The outcome of rejectRecord or restoreRecord. */
export type RecordStatePayload = {
  __typename?: 'RecordStatePayload';
  /** False when the record already was in the state asked for (nothing written). */
  changed?: Maybe<Scalars['Boolean']['output']>;
  /** The correction recorded; when nothing changed (rejecting a rejected record, restoring one that is not rejected) no row is written and this is the latest earlier one of that action, or null. */
  correction?: Maybe<Correction>;
  /** The record, with `rejected` as it now stands. Null when `userErrors` is not empty. */
  record?: Maybe<CorrectableRecord>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

/** A group of countries referred to as one, e.g. Central Asia. A mention of the region is not a mention of each member. */
export type Region = Node & {
  __typename?: 'Region';
  /** Names seen in the articles ("Central Asian"). */
  aliases: Array<Scalars['String']['output']>;
  /** How likely the record is right, from 0 to 1: the calibrated confidence of its strongest claim (the best-supported extraction of it). */
  confidence: Scalars['Float']['output'];
  /** Sentences that mention this region. */
  evidence: EvidenceConnection;
  /** The rule and extractor version behind its strongest claim. */
  extraction: Extraction;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Member countries. */
  members: Array<Country>;
  /** Canonical name, e.g. "Central Asia". */
  name: Scalars['String']['output'];
};


/** A group of countries referred to as one, e.g. Central Asia. A mention of the region is not a mention of each member. */
export type RegionEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of regions. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** The regions on this page, with cursors. */
  edges: Array<RegionEdge>;
  /** The regions on this page, without cursors. */
  nodes: Array<Region>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many regions the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the regions with its cursor. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Region;
};

/** Narrows a list of regions. */
export type RegionFilter = {
  /** Only regions whose canonical name contains this text, or that have it as an alias (any case). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Order of a region list. */
export type RegionOrder = {
  /** Direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: RegionOrderField;
};

/** Fields regions can be ordered by. */
export type RegionOrderField =
  /** Order of first appearance in the knowledge base. */
  | 'CREATED'
  /** Canonical name. */
  | 'NAME';

/** A record to reject as wrong. */
export type RejectRecordInput = {
  /** Global id of an organization, person, agreement, statement or fact. */
  id: Scalars['ID']['input'];
  /** Why it is wrong (required, kept in the audit). */
  reason: Scalars['String']['input'];
};

/** A rejected record to restore. */
export type RestoreRecordInput = {
  /** Global id of an organization, person, agreement, statement or fact. */
  id: Scalars['ID']['input'];
  /** Why (kept in the audit). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A page of full-text search hits, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits of this page, with rank and snippet. */
  edges: Array<SearchEdge>;
  /** The matching records of this page (without rank or snippet). */
  nodes: Array<SearchNode>;
  /** Where this page sits in the results. */
  pageInfo: PageInfo;
  /** How many records match in all (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One record matching a full-text search, with its position in the results. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque position of this hit, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** What kind of record matched. */
  kind: SearchKind;
  /** The matching record. */
  node: SearchNode;
  /** Relevance (Postgres `ts_rank_cd`, 6 decimals); hits come in descending rank. */
  rank: Scalars['Float']['output'];
  /** Excerpt of the record's main text with matched words wrapped in `<b>` and `</b>`: the article body, agreement title, statement text, fact subject and metric, or organization or person name. */
  snippet: Scalars['String']['output'];
};

/** Kinds of record that full-text search covers. */
export type SearchKind =
  /** Agreements (title and quantity). */
  | 'AGREEMENT'
  /** News articles (title and body). */
  | 'ARTICLE'
  /** Facts (subject, metric and unit). */
  | 'FACT'
  /** Organizations (name, aliases and acronyms). */
  | 'ORGANIZATION'
  /** People (name, aliases and role). */
  | 'PERSON'
  /** Statements (text and occasion). */
  | 'STATEMENT';

/** Any record that full-text search can return. */
export type SearchNode = Agreement | Article | Fact | Organization | Person | Statement;

/** The fixed sector taxonomy shared by agreements, statements and organizations. */
export type Sector =
  /** Farming and food. */
  | 'AGRICULTURE'
  /** Digital transformation, telecom, IT, AI. */
  | 'DIGITAL_AND_ICT'
  /** Diplomatic relations and political dialogue. */
  | 'DIPLOMACY'
  /** Education, science, culture and people-to-people ties. */
  | 'EDUCATION_AND_CULTURE'
  /** Oil, gas, power generation and renewables. */
  | 'ENERGY'
  /** Environment, climate change, water, ecology. */
  | 'ENVIRONMENT_AND_CLIMATE'
  /** Investment, banking and finance. */
  | 'FINANCE_AND_INVESTMENT'
  /** Medicine, health care and pharmaceuticals. */
  | 'HEALTHCARE'
  /** Roads, plants, cities, construction. */
  | 'INFRASTRUCTURE'
  /** Industry and production of goods. */
  | 'MANUFACTURING'
  /** Mining, metals, rare earths and critical minerals. */
  | 'MINING_AND_MINERALS'
  /** Nuclear power and uranium. */
  | 'NUCLEAR'
  /** Tourism. */
  | 'TOURISM'
  /** Trade in goods and services. */
  | 'TRADE'
  /** Transport routes, logistics, flights, shipping. */
  | 'TRANSPORT_AND_LOGISTICS';

/** Who made a statement: a person, or an organization or government speaking as a body. */
export type Speaker = Organization | Person;

/** Something a named speaker said or wrote. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** How likely the record is right, from 0 to 1: the calibrated confidence of its strongest claim (the best-supported extraction of it). */
  confidence: Scalars['Float']['output'];
  /** The analyst corrections of this record (corrected fields, rejections, restorations), newest first. Found by the record's key, so they outlive re-extraction. */
  corrections: CorrectionConnection;
  /** Date as precise as known (else the article's date); null when unknown. */
  date?: Maybe<Scalars['String']['output']>;
  /** Sentences that report it, across all articles. */
  evidence: EvidenceConnection;
  /** The rule and extractor version behind its strongest claim. */
  extraction: Extraction;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Direct quote or reported speech. */
  kind: StatementKind;
  /** Countries it mentions. */
  mentionedCountries: Array<Country>;
  /** Organizations it mentions. */
  mentionedOrganizations: Array<Organization>;
  /** Occasion when stated: a forum, visit or briefing. */
  occasion?: Maybe<Scalars['String']['output']>;
  /** True when an analyst rejected this record as wrong: it is hidden from lists, nested lists, search and counts unless `includeRejected` is set. `node(id:)` still returns it. */
  rejected: Scalars['Boolean']['output'];
  /** Sectors it concerns. */
  sectors: Array<Sector>;
  /** Who said it. */
  speaker: Speaker;
  /** The quote verbatim without quotation marks, or the reporting sentence. */
  text: Scalars['String']['output'];
};


/** Something a named speaker said or wrote. */
export type StatementCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Something a named speaker said or wrote. */
export type StatementEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements on this page, with cursors. */
  edges: Array<StatementEdge>;
  /** The statements on this page, without cursors. */
  nodes: Array<Statement>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many statements the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
};

/** One of the statements with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Position of this item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Statement;
};

/** Narrows a list of statements. Conditions combine with AND; values inside one list with OR, except `mentions` and `involving`. */
export type StatementFilter = {
  /** Only statements dated on or after this day. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements dated on or before this day. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements that involve ALL these countries (ISO alpha-2): each one is mentioned or is the speaker's country. */
  involving?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<StatementKind>>;
  /** Only statements that mention any of these organizations (global ids). */
  mentionedOrganizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only statements that mention ALL these countries (ISO alpha-2). */
  mentions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full-text search over the text and occasion. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only statements concerning any of these sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Only statements by any of these speakers (global ids of people or organizations). */
  speakers?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Dimensions statements can be counted by. */
export type StatementGroupField =
  /** Mentioned country (ISO alpha-2); a statement counts once for each country it mentions. */
  | 'COUNTRY'
  /** Kind of statement. */
  | 'KIND'
  /** Sector; a statement counts once for each sector it concerns. */
  | 'SECTOR'
  /** Year of the statement's date. */
  | 'YEAR';

/** How a statement is reported. */
export type StatementKind =
  /** Quoted verbatim in quotation marks. */
  | 'DIRECT_QUOTE'
  /** Reported speech ("X stressed that ..."). */
  | 'REPORTED';

/** Order of a statement list. */
export type StatementOrder = {
  /** Direction (default DESC). */
  direction?: InputMaybe<OrderDirection>;
  /** Field to order by. */
  field: StatementOrderField;
};

/** Fields statements can be ordered by. */
export type StatementOrderField =
  /** Order of first appearance in the knowledge base. */
  | 'CREATED'
  /** Date (undated last when descending). */
  | 'DATE';

/** Input that was refused, and why. */
export type UserError = {
  __typename?: 'UserError';
  /** What is wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "url"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Why input was refused. */
export type UserErrorCode =
  /** Contains NUL characters (U+0000): binary, not an article, and not storable as text. */
  | 'BINARY'
  /** Text (or a required string) is empty. */
  | 'BLANK'
  /** Not a YYYY-MM-DD calendar date. */
  | 'INVALID_DATE'
  /** Not an absolute http(s) URL. */
  | 'INVALID_URL'
  /** An id that names nothing of the expected kind. */
  | 'NOT_FOUND'
  /** Nothing of the text is left after boilerplate is removed. */
  | 'NO_ARTICLE_TEXT'
  /** A correction that names no field to correct. */
  | 'NO_FIELDS'
  /** A field that must have a value was given null. */
  | 'REQUIRED'
  /** The target is also listed as a source. */
  | 'TARGET_IN_SOURCES'
  /** Text is larger than the limit. */
  | 'TOO_LARGE'
  /** Longer than allowed. */
  | 'TOO_LONG'
  /** Too many items in one request. */
  | 'TOO_MANY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CorrectableRecord:
    | ( AgreementRow )
    | ( FactRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( StatementRow )
  ;
  EvidenceRecord:
    | ( AgreementRow )
    | ( CountryRow )
    | ( FactRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( RegionRow )
    | ( StatementRow )
  ;
  SearchNode:
    | ( AgreementRow )
    | ( ArticleRow )
    | ( FactRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( StatementRow )
  ;
  Speaker:
    | ( OrganizationRow )
    | ( PersonRow )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( AgreementRow )
    | ( ArticleRow )
    | ( CountryRow )
    | ( EvidenceRow )
    | ( FactRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( RegionRow )
    | ( StatementRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementConnection: ResolverTypeWrapper<Page<AgreementRow>>;
  AgreementEdge: ResolverTypeWrapper<Edge<AgreementRow>>;
  AgreementFilter: AgreementFilter;
  AgreementGroupField: AgreementGroupField;
  AgreementKind: AgreementKind;
  AgreementOrder: AgreementOrder;
  AgreementOrderField: AgreementOrderField;
  AgreementStatus: AgreementStatus;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Page<ArticleRow>>;
  ArticleEdge: ResolverTypeWrapper<Edge<ArticleRow>>;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  ArticleOrderField: ArticleOrderField;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CorrectAgreementInput: CorrectAgreementInput;
  CorrectAgreementPayload: ResolverTypeWrapper<Omit<CorrectAgreementPayload, 'agreement' | 'correction'> & { agreement?: Maybe<ResolversTypes['Agreement']>, correction?: Maybe<ResolversTypes['Correction']> }>;
  CorrectFactInput: CorrectFactInput;
  CorrectFactPayload: ResolverTypeWrapper<Omit<CorrectFactPayload, 'correction' | 'fact'> & { correction?: Maybe<ResolversTypes['Correction']>, fact?: Maybe<ResolversTypes['Fact']> }>;
  CorrectOrganizationInput: CorrectOrganizationInput;
  CorrectOrganizationPayload: ResolverTypeWrapper<Omit<CorrectOrganizationPayload, 'correction' | 'organization'> & { correction?: Maybe<ResolversTypes['Correction']>, organization?: Maybe<ResolversTypes['Organization']> }>;
  CorrectPersonInput: CorrectPersonInput;
  CorrectPersonPayload: ResolverTypeWrapper<Omit<CorrectPersonPayload, 'correction' | 'person'> & { correction?: Maybe<ResolversTypes['Correction']>, person?: Maybe<ResolversTypes['Person']> }>;
  CorrectStatementInput: CorrectStatementInput;
  CorrectStatementPayload: ResolverTypeWrapper<Omit<CorrectStatementPayload, 'correction' | 'statement'> & { correction?: Maybe<ResolversTypes['Correction']>, statement?: Maybe<ResolversTypes['Statement']> }>;
  CorrectableRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CorrectableRecord']>;
  Correction: ResolverTypeWrapper<CorrectionRow>;
  CorrectionAction: CorrectionAction;
  CorrectionChange: ResolverTypeWrapper<CorrectionChange>;
  CorrectionConnection: ResolverTypeWrapper<Page<CorrectionRow>>;
  CorrectionEdge: ResolverTypeWrapper<Edge<CorrectionRow>>;
  CorrectionFilter: CorrectionFilter;
  CorrectionTarget: CorrectionTarget;
  Country: ResolverTypeWrapper<CountryRow>;
  CountryConnection: ResolverTypeWrapper<Page<CountryRow>>;
  CountryEdge: ResolverTypeWrapper<Edge<CountryRow>>;
  CountryFilter: CountryFilter;
  CountryOrder: CountryOrder;
  CountryOrderField: CountryOrderField;
  CountryRelation: ResolverTypeWrapper<CountryRelationParent>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  EvidenceConnection: ResolverTypeWrapper<Page<EvidenceRow>>;
  EvidenceEdge: ResolverTypeWrapper<Edge<EvidenceRow>>;
  EvidenceRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EvidenceRecord']>;
  Extraction: ResolverTypeWrapper<Extraction>;
  Fact: ResolverTypeWrapper<FactRow>;
  FactConnection: ResolverTypeWrapper<Page<FactRow>>;
  FactEdge: ResolverTypeWrapper<Edge<FactRow>>;
  FactFilter: FactFilter;
  FactGroupField: FactGroupField;
  FactOrder: FactOrder;
  FactOrderField: FactOrderField;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GroupCount: ResolverTypeWrapper<GroupCount>;
  GroupKeys: ResolverTypeWrapper<GroupKeys>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: ResolverTypeWrapper<Omit<IngestArticlePayload, 'article' | 'job'> & { article?: Maybe<ResolversTypes['Article']>, job?: Maybe<ResolversTypes['IngestJob']> }>;
  IngestJob: ResolverTypeWrapper<IngestJobRow>;
  IngestJobState: IngestJobState;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MergeAudit: ResolverTypeWrapper<MergeAuditRow>;
  MergeAuditConnection: ResolverTypeWrapper<Page<MergeAuditRow>>;
  MergeAuditEdge: ResolverTypeWrapper<Edge<MergeAuditRow>>;
  MergeAuditFilter: MergeAuditFilter;
  MergeAuditOrder: MergeAuditOrder;
  MergeAuditOrderField: MergeAuditOrderField;
  MergeInput: MergeInput;
  MergeKind: MergeKind;
  MergeOrganizationsPayload: ResolverTypeWrapper<Omit<MergeOrganizationsPayload, 'audit' | 'organization'> & { audit?: Maybe<ResolversTypes['MergeAudit']>, organization?: Maybe<ResolversTypes['Organization']> }>;
  MergePersonsPayload: ResolverTypeWrapper<Omit<MergePersonsPayload, 'audit' | 'person'> & { audit?: Maybe<ResolversTypes['MergeAudit']>, person?: Maybe<ResolversTypes['Person']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<Page<OrganizationRow>>;
  OrganizationEdge: ResolverTypeWrapper<Edge<OrganizationRow>>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Page<PersonRow>>;
  PersonEdge: ResolverTypeWrapper<Edge<PersonRow>>;
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCounts: ResolverTypeWrapper<RecordCounts>;
  RecordStatePayload: ResolverTypeWrapper<Omit<RecordStatePayload, 'correction' | 'record'> & { correction?: Maybe<ResolversTypes['Correction']>, record?: Maybe<ResolversTypes['CorrectableRecord']> }>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionConnection: ResolverTypeWrapper<Page<RegionRow>>;
  RegionEdge: ResolverTypeWrapper<Edge<RegionRow>>;
  RegionFilter: RegionFilter;
  RegionOrder: RegionOrder;
  RegionOrderField: RegionOrderField;
  RejectRecordInput: RejectRecordInput;
  RestoreRecordInput: RestoreRecordInput;
  SearchConnection: ResolverTypeWrapper<SearchConnectionRow>;
  SearchEdge: ResolverTypeWrapper<SearchEdgeRow>;
  SearchKind: SearchKind;
  SearchNode: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchNode']>;
  Sector: Sector;
  Speaker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Speaker']>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<Page<StatementRow>>;
  StatementEdge: ResolverTypeWrapper<Edge<StatementRow>>;
  StatementFilter: StatementFilter;
  StatementGroupField: StatementGroupField;
  StatementKind: StatementKind;
  StatementOrder: StatementOrder;
  StatementOrderField: StatementOrderField;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agreement: AgreementRow;
  AgreementConnection: Page<AgreementRow>;
  AgreementEdge: Edge<AgreementRow>;
  AgreementFilter: AgreementFilter;
  AgreementOrder: AgreementOrder;
  Article: ArticleRow;
  ArticleConnection: Page<ArticleRow>;
  ArticleEdge: Edge<ArticleRow>;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  Boolean: Scalars['Boolean']['output'];
  CorrectAgreementInput: CorrectAgreementInput;
  CorrectAgreementPayload: Omit<CorrectAgreementPayload, 'agreement' | 'correction'> & { agreement?: Maybe<ResolversParentTypes['Agreement']>, correction?: Maybe<ResolversParentTypes['Correction']> };
  CorrectFactInput: CorrectFactInput;
  CorrectFactPayload: Omit<CorrectFactPayload, 'correction' | 'fact'> & { correction?: Maybe<ResolversParentTypes['Correction']>, fact?: Maybe<ResolversParentTypes['Fact']> };
  CorrectOrganizationInput: CorrectOrganizationInput;
  CorrectOrganizationPayload: Omit<CorrectOrganizationPayload, 'correction' | 'organization'> & { correction?: Maybe<ResolversParentTypes['Correction']>, organization?: Maybe<ResolversParentTypes['Organization']> };
  CorrectPersonInput: CorrectPersonInput;
  CorrectPersonPayload: Omit<CorrectPersonPayload, 'correction' | 'person'> & { correction?: Maybe<ResolversParentTypes['Correction']>, person?: Maybe<ResolversParentTypes['Person']> };
  CorrectStatementInput: CorrectStatementInput;
  CorrectStatementPayload: Omit<CorrectStatementPayload, 'correction' | 'statement'> & { correction?: Maybe<ResolversParentTypes['Correction']>, statement?: Maybe<ResolversParentTypes['Statement']> };
  CorrectableRecord: ResolversUnionTypes<ResolversParentTypes>['CorrectableRecord'];
  Correction: CorrectionRow;
  CorrectionChange: CorrectionChange;
  CorrectionConnection: Page<CorrectionRow>;
  CorrectionEdge: Edge<CorrectionRow>;
  CorrectionFilter: CorrectionFilter;
  Country: CountryRow;
  CountryConnection: Page<CountryRow>;
  CountryEdge: Edge<CountryRow>;
  CountryFilter: CountryFilter;
  CountryOrder: CountryOrder;
  CountryRelation: CountryRelationParent;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Evidence: EvidenceRow;
  EvidenceConnection: Page<EvidenceRow>;
  EvidenceEdge: Edge<EvidenceRow>;
  EvidenceRecord: ResolversUnionTypes<ResolversParentTypes>['EvidenceRecord'];
  Extraction: Extraction;
  Fact: FactRow;
  FactConnection: Page<FactRow>;
  FactEdge: Edge<FactRow>;
  FactFilter: FactFilter;
  FactOrder: FactOrder;
  Float: Scalars['Float']['output'];
  GroupCount: GroupCount;
  GroupKeys: GroupKeys;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: Omit<IngestArticlePayload, 'article' | 'job'> & { article?: Maybe<ResolversParentTypes['Article']>, job?: Maybe<ResolversParentTypes['IngestJob']> };
  IngestJob: IngestJobRow;
  Int: Scalars['Int']['output'];
  MergeAudit: MergeAuditRow;
  MergeAuditConnection: Page<MergeAuditRow>;
  MergeAuditEdge: Edge<MergeAuditRow>;
  MergeAuditFilter: MergeAuditFilter;
  MergeAuditOrder: MergeAuditOrder;
  MergeInput: MergeInput;
  MergeOrganizationsPayload: Omit<MergeOrganizationsPayload, 'audit' | 'organization'> & { audit?: Maybe<ResolversParentTypes['MergeAudit']>, organization?: Maybe<ResolversParentTypes['Organization']> };
  MergePersonsPayload: Omit<MergePersonsPayload, 'audit' | 'person'> & { audit?: Maybe<ResolversParentTypes['MergeAudit']>, person?: Maybe<ResolversParentTypes['Person']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRow;
  OrganizationConnection: Page<OrganizationRow>;
  OrganizationEdge: Edge<OrganizationRow>;
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  PageInfo: PageInfo;
  Person: PersonRow;
  PersonConnection: Page<PersonRow>;
  PersonEdge: Edge<PersonRow>;
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  Query: Record<PropertyKey, never>;
  RecordCounts: RecordCounts;
  RecordStatePayload: Omit<RecordStatePayload, 'correction' | 'record'> & { correction?: Maybe<ResolversParentTypes['Correction']>, record?: Maybe<ResolversParentTypes['CorrectableRecord']> };
  Region: RegionRow;
  RegionConnection: Page<RegionRow>;
  RegionEdge: Edge<RegionRow>;
  RegionFilter: RegionFilter;
  RegionOrder: RegionOrder;
  RejectRecordInput: RejectRecordInput;
  RestoreRecordInput: RestoreRecordInput;
  SearchConnection: SearchConnectionRow;
  SearchEdge: SearchEdgeRow;
  SearchNode: ResolversUnionTypes<ResolversParentTypes>['SearchNode'];
  Speaker: ResolversUnionTypes<ResolversParentTypes>['Speaker'];
  Statement: StatementRow;
  StatementConnection: Page<StatementRow>;
  StatementEdge: Edge<StatementRow>;
  StatementFilter: StatementFilter;
  StatementOrder: StatementOrder;
  String: Scalars['String']['output'];
  UserError: UserError;
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<AgreementCorrectionsArgs>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<AgreementEvidenceArgs>>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  partyCountries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  partyOrganizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<ArticleAgreementsArgs, 'includeRejected'>>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countries?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, Partial<ArticleCountriesArgs>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<ArticleEvidenceArgs>>;
  extractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  extractorVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<ArticleFactsArgs, 'includeRejected'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<ArticleOrganizationsArgs, 'includeRejected'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<ArticlePersonsArgs, 'includeRejected'>>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<ArticleRegionsArgs>>;
  sourceFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ArticleStatementsArgs, 'includeRejected'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
}>;

export type CorrectAgreementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectAgreementPayload'] = ResolversParentTypes['CorrectAgreementPayload']> = ResolversObject<{
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['Correction']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CorrectFactPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectFactPayload'] = ResolversParentTypes['CorrectFactPayload']> = ResolversObject<{
  correction?: Resolver<Maybe<ResolversTypes['Correction']>, ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CorrectOrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectOrganizationPayload'] = ResolversParentTypes['CorrectOrganizationPayload']> = ResolversObject<{
  correction?: Resolver<Maybe<ResolversTypes['Correction']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CorrectPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectPersonPayload'] = ResolversParentTypes['CorrectPersonPayload']> = ResolversObject<{
  correction?: Resolver<Maybe<ResolversTypes['Correction']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CorrectStatementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectStatementPayload'] = ResolversParentTypes['CorrectStatementPayload']> = ResolversObject<{
  correction?: Resolver<Maybe<ResolversTypes['Correction']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CorrectableRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectableRecord'] = ResolversParentTypes['CorrectableRecord']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Fact' | 'Organization' | 'Person' | 'Statement', ParentType, ContextType>;
}>;

export type CorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = ResolversObject<{
  action?: Resolver<ResolversTypes['CorrectionAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['CorrectionChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['CorrectableRecord']>, ParentType, ContextType>;
  recordKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['CorrectionTarget'], ParentType, ContextType>;
}>;

export type CorrectionChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionChange'] = ResolversParentTypes['CorrectionChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CorrectionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionConnection'] = ResolversParentTypes['CorrectionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CorrectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CorrectionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionEdge'] = ResolversParentTypes['CorrectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Correction'], ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<CountryAgreementsArgs, 'includeRejected'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<CountryEvidenceArgs>>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<CountryFactsArgs, 'includeRejected'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iso3?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<CountryOrganizationsArgs, 'includeRejected'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<CountryPersonsArgs, 'includeRejected'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CountryStatementsArgs, 'includeRejected'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
}>;

export type CountryRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryRelation'] = ResolversParentTypes['CountryRelation']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<CountryRelationAgreementsArgs, 'includeRejected'>>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<CountryRelationFactsArgs, 'includeRejected'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CountryRelationStatementsArgs, 'includeRejected'>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['EvidenceRecord'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvidenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
}>;

export type EvidenceRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceRecord'] = ResolversParentTypes['EvidenceRecord']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Country' | 'Fact' | 'Organization' | 'Person' | 'Region' | 'Statement', ParentType, ContextType>;
}>;

export type ExtractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Extraction'] = ResolversParentTypes['Extraction']> = ResolversObject<{
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<FactCorrectionsArgs>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<FactEvidenceArgs>>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectCountry?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  subjectOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FactConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactConnection'] = ResolversParentTypes['FactConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FactEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
}>;

export type GroupCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupCount'] = ResolversParentTypes['GroupCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<ResolversTypes['GroupKeys'], ParentType, ContextType>;
}>;

export type GroupKeysResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupKeys'] = ResolversParentTypes['GroupKeys']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AgreementStatus']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type IngestArticlePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestArticlePayload'] = ResolversParentTypes['IngestArticlePayload']> = ResolversObject<{
  alreadyExisted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  createdRecords?: Resolver<Maybe<ResolversTypes['RecordCounts']>, ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['IngestJob']>, ParentType, ContextType>;
  mergedRecords?: Resolver<Maybe<ResolversTypes['RecordCounts']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IngestJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestJob'] = ResolversParentTypes['IngestJob']> = ResolversObject<{
  alreadyExisted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enqueuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['IngestJobState'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MergeAuditResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeAudit'] = ResolversParentTypes['MergeAudit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MergeKind'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sourceKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MergeAuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeAuditConnection'] = ResolversParentTypes['MergeAuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MergeAuditEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MergeAudit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MergeAuditEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeAuditEdge'] = ResolversParentTypes['MergeAuditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MergeAudit'], ParentType, ContextType>;
}>;

export type MergeOrganizationsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeOrganizationsPayload'] = ResolversParentTypes['MergeOrganizationsPayload']> = ResolversObject<{
  audit?: Resolver<Maybe<ResolversTypes['MergeAudit']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MergePersonsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergePersonsPayload'] = ResolversParentTypes['MergePersonsPayload']> = ResolversObject<{
  audit?: Resolver<Maybe<ResolversTypes['MergeAudit']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  correctAgreement?: Resolver<ResolversTypes['CorrectAgreementPayload'], ParentType, ContextType, RequireFields<MutationCorrectAgreementArgs, 'input'>>;
  correctFact?: Resolver<ResolversTypes['CorrectFactPayload'], ParentType, ContextType, RequireFields<MutationCorrectFactArgs, 'input'>>;
  correctOrganization?: Resolver<ResolversTypes['CorrectOrganizationPayload'], ParentType, ContextType, RequireFields<MutationCorrectOrganizationArgs, 'input'>>;
  correctPerson?: Resolver<ResolversTypes['CorrectPersonPayload'], ParentType, ContextType, RequireFields<MutationCorrectPersonArgs, 'input'>>;
  correctStatement?: Resolver<ResolversTypes['CorrectStatementPayload'], ParentType, ContextType, RequireFields<MutationCorrectStatementArgs, 'input'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestArticlePayload'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeOrganizations?: Resolver<ResolversTypes['MergeOrganizationsPayload'], ParentType, ContextType, RequireFields<MutationMergeOrganizationsArgs, 'input'>>;
  mergePersons?: Resolver<ResolversTypes['MergePersonsPayload'], ParentType, ContextType, RequireFields<MutationMergePersonsArgs, 'input'>>;
  rejectRecord?: Resolver<ResolversTypes['RecordStatePayload'], ParentType, ContextType, RequireFields<MutationRejectRecordArgs, 'input'>>;
  restoreRecord?: Resolver<ResolversTypes['RecordStatePayload'], ParentType, ContextType, RequireFields<MutationRestoreRecordArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Country' | 'Evidence' | 'Fact' | 'Organization' | 'Person' | 'Region' | 'Statement', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  acronyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<OrganizationAgreementsArgs, 'includeRejected'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<OrganizationCorrectionsArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<OrganizationEvidenceArgs>>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<OrganizationPersonsArgs, 'includeRejected'>>;
  rejected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'includeRejected'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  agreementsSigned?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<PersonAgreementsSignedArgs, 'includeRejected'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<PersonCorrectionsArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<PersonEvidenceArgs>>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'includeRejected'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agreementCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<QueryAgreementCountsArgs, 'groupBy'>>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'includeRejected'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<QueryCorrectionsArgs>>;
  countries?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, Partial<QueryCountriesArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  factCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<QueryFactCountsArgs, 'groupBy'>>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<QueryFactsArgs, 'includeRejected'>>;
  ingestJob?: Resolver<Maybe<ResolversTypes['IngestJob']>, ParentType, ContextType, RequireFields<QueryIngestJobArgs, 'id'>>;
  mergeAudits?: Resolver<ResolversTypes['MergeAuditConnection'], ParentType, ContextType, Partial<QueryMergeAuditsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'includeRejected'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPersonsArgs, 'includeRejected'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<QueryRegionsArgs>>;
  relation?: Resolver<Maybe<ResolversTypes['CountryRelation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'between'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'includeRejected' | 'query'>>;
  statementCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<QueryStatementCountsArgs, 'groupBy'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'includeRejected'>>;
}>;

export type RecordCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordCounts'] = ResolversParentTypes['RecordCounts']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecordStatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordStatePayload'] = ResolversParentTypes['RecordStatePayload']> = ResolversObject<{
  changed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['Correction']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['CorrectableRecord']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<RegionEvidenceArgs>>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchNode']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchNode'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchNode'] = ResolversParentTypes['SearchNode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Fact' | 'Organization' | 'Person' | 'Statement', ParentType, ContextType>;
}>;

export type SpeakerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Speaker'] = ResolversParentTypes['Speaker']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
}>;

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<StatementCorrectionsArgs>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<StatementEvidenceArgs>>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  mentionedCountries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  mentionedOrganizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  occasion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Speaker'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  CorrectAgreementPayload?: CorrectAgreementPayloadResolvers<ContextType>;
  CorrectFactPayload?: CorrectFactPayloadResolvers<ContextType>;
  CorrectOrganizationPayload?: CorrectOrganizationPayloadResolvers<ContextType>;
  CorrectPersonPayload?: CorrectPersonPayloadResolvers<ContextType>;
  CorrectStatementPayload?: CorrectStatementPayloadResolvers<ContextType>;
  CorrectableRecord?: CorrectableRecordResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  CorrectionChange?: CorrectionChangeResolvers<ContextType>;
  CorrectionConnection?: CorrectionConnectionResolvers<ContextType>;
  CorrectionEdge?: CorrectionEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  CountryRelation?: CountryRelationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  EvidenceRecord?: EvidenceRecordResolvers<ContextType>;
  Extraction?: ExtractionResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactConnection?: FactConnectionResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  GroupCount?: GroupCountResolvers<ContextType>;
  GroupKeys?: GroupKeysResolvers<ContextType>;
  IngestArticlePayload?: IngestArticlePayloadResolvers<ContextType>;
  IngestJob?: IngestJobResolvers<ContextType>;
  MergeAudit?: MergeAuditResolvers<ContextType>;
  MergeAuditConnection?: MergeAuditConnectionResolvers<ContextType>;
  MergeAuditEdge?: MergeAuditEdgeResolvers<ContextType>;
  MergeOrganizationsPayload?: MergeOrganizationsPayloadResolvers<ContextType>;
  MergePersonsPayload?: MergePersonsPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCounts?: RecordCountsResolvers<ContextType>;
  RecordStatePayload?: RecordStatePayloadResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchNode?: SearchNodeResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

