/**
 * Every paginated list the API serves, root or nested, as data: which rows,
 * which parent key (for nested lists), how its filter becomes SQL and how it
 * can be ordered. The loaders turn these into one statement per level.
 */
import { Prisma } from '../generated/prisma/client';
import type { AgreementKind, AgreementStatus, CorrectionAction, CorrectionTarget, MergeKind, OrganizationKind, Sector, StatementKind } from '../generated/prisma/enums';
import { InvalidInputError } from './errors';
import type { ListSource, OrderSpec, SortType } from './paging';
import { and, arrayOverlaps, columnsOf, countryIdByIso2, countryIdsByIso2, dateRange, inList, matchesSearch, tableOf, TRUE } from './records';
import { embeddedColumns, FULL_ROW, selectedFields, type RowShape } from './shapes';
import {
  EVIDENCE_RECORD_TYPES,
  evidenceColumn,
  kindOf,
  RECORD_TYPES,
  type CorrectableType,
  type EvidenceField,
  type EvidenceRecordType,
  type NodeType,
  type RecordKind,
} from './registry';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

type Maybe<T> = T | null | undefined;
type Many<T> = Maybe<readonly T[]>;

/**
 * What each list can be filtered by, in the database's terms: other records as
 * row ids (the API decodes its global ids first, src/schema/common/lists.ts),
 * countries as ISO codes, dates as YYYY-MM-DD. The API's generated filter
 * inputs must have exactly these fields (checked there at compile time).
 */
export interface FilterOf {
  Country: { iso2?: Many<string>; search?: Maybe<string> };
  Region: { search?: Maybe<string> };
  Organization: { countries?: Many<string>; kinds?: Many<OrganizationKind>; search?: Maybe<string> };
  Person: { countries?: Many<string>; organizations?: Many<number>; search?: Maybe<string> };
  Agreement: {
    parties?: Many<string>;
    partyOrganizations?: Many<number>;
    signatories?: Many<number>;
    kinds?: Many<AgreementKind>;
    statuses?: Many<AgreementStatus>;
    sectors?: Many<Sector>;
    dateFrom?: Maybe<string>;
    dateTo?: Maybe<string>;
    search?: Maybe<string>;
  };
  Statement: {
    /** Spoken by one of these persons or organizations. */
    speakers?: Maybe<{ persons: readonly number[]; organizations: readonly number[] }>;
    mentions?: Many<string>;
    mentionedOrganizations?: Many<number>;
    involving?: Many<string>;
    kinds?: Many<StatementKind>;
    sectors?: Many<Sector>;
    dateFrom?: Maybe<string>;
    dateTo?: Maybe<string>;
    search?: Maybe<string>;
  };
  Fact: {
    subjectCountries?: Many<string>;
    subjectOrganizations?: Many<number>;
    involving?: Many<string>;
    units?: Many<string>;
    dateFrom?: Maybe<string>;
    dateTo?: Maybe<string>;
    search?: Maybe<string>;
  };
  Article: {
    publishers?: Many<string>;
    mentions?: Many<string>;
    mentionedOrganizations?: Many<number>;
    publishedFrom?: Maybe<string>;
    publishedTo?: Maybe<string>;
    search?: Maybe<string>;
  };
  Evidence: Record<string, never>;
}

/** The orders each list has (the API's order enums must have exactly these values). */
export interface OrderFieldOf {
  Country: 'NAME' | 'ISO2';
  Region: 'NAME' | 'CREATED';
  Organization: 'NAME' | 'CREATED';
  Person: 'NAME' | 'CREATED';
  Agreement: 'DATE' | 'TITLE' | 'CREATED';
  Statement: 'DATE' | 'CREATED';
  Fact: 'DATE' | 'VALUE' | 'CREATED';
  Article: 'PUBLISHED' | 'CREATED';
  Evidence: 'POSITION';
}

export type Direction = 'ASC' | 'DESC';

export interface ListOrder<F extends string> {
  field: F;
  direction?: Maybe<Direction>;
}

/** List L's order argument. */
export type OrderOf<L extends NodeType> = ListOrder<OrderFieldOf[L]>;

interface OrderField {
  expr: Sql;
  type: SortType;
}

/** A list over one record type: its filter as SQL, and an SQL order for every order it has. */
interface RecordList<L extends NodeType> {
  type: L;
  filter(f: FilterOf[L]): Sql;
  orders: Record<OrderFieldOf[L], OrderField>;
  defaultOrder: { field: OrderFieldOf[L]; direction: Direction };
}

function allCountries(joinTable: string, ownColumn: string, codes: readonly string[] | null | undefined): Sql | null {
  const unique = isoCodes(codes);
  if (!unique) return null;
  // Semi-joins the planner can drive from the (country_id, record id) index, not a count per candidate row (6× faster at 1k articles).
  // One code: EXISTS, which the planner estimates well (the GROUP BY form below looked like ~20 rows for 30k and got nested loops).
  if (unique.length === 1) return sql`EXISTS (SELECT 1 FROM ${raw(joinTable)} x WHERE x.${raw(ownColumn)} = t.id AND x.country_id IN (${countryIdsByIso2(unique)}))`;
  return sql`t.id IN (SELECT x.${raw(ownColumn)} FROM ${raw(joinTable)} x WHERE x.country_id IN (${countryIdsByIso2(unique)}) GROUP BY x.${raw(ownColumn)} HAVING count(*) = ${unique.length})`;
}

/** Upper-cased, de-duplicated ISO codes, or null when none were given. */
function isoCodes(codes: readonly string[] | null | undefined): string[] | null {
  return codes?.length ? [...new Set(codes.map((c) => c.toUpperCase()))] : null;
}

/** Statements that involve EVERY given country: each one is mentioned, or is the country of the speaker. */
function statementInvolvesAll(codes: readonly string[] | null | undefined): Sql | null {
  const unique = isoCodes(codes);
  if (!unique) return null;
  return and(
    unique.map((code) => {
      const country = countryIdByIso2(code);
      return sql`EXISTS (SELECT 1 FROM statement_mention_countries x WHERE x.statement_id = t.id AND x.country_id = ${country})
        OR EXISTS (SELECT 1 FROM persons p WHERE p.id = t.speaker_person_id AND p.country_id = ${country})
        OR EXISTS (SELECT 1 FROM organizations o WHERE o.id = t.speaker_organization_id AND o.country_id = ${country})`;
    }),
  );
}

/**
 * Facts about one of the given countries, drawn from an article that names ALL of them (the fact's own evidence
 * article). One index probe per country and fact ((article_id, country_id)): a count over a pair's facts at 10x
 * took 1.15 s when each fact grouped its article's evidence rows, 71 ms like this.
 */
function factInvolvesAll(codes: readonly string[] | null | undefined): Sql | null {
  const unique = isoCodes(codes);
  if (!unique) return null;
  const names = unique.map((code) => sql`EXISTS (SELECT 1 FROM evidence ce WHERE ce.article_id = fe.article_id AND ce.country_id = ${countryIdByIso2(code)})`);
  return sql`t.subject_country_id IN (${countryIdsByIso2(unique)}) AND EXISTS (SELECT 1 FROM evidence fe WHERE fe.fact_id = t.id AND ${and(names)})`;
}

/** Articles that mention EVERY given country: each has an evidence row in the article. */
function articleMentionsAll(codes: readonly string[] | null | undefined): Sql | null {
  const unique = isoCodes(codes);
  if (!unique) return null;
  if (unique.length === 1) return sql`EXISTS (SELECT 1 FROM evidence x WHERE x.article_id = t.id AND x.country_id IN (${countryIdsByIso2(unique)}))`;
  return sql`t.id IN (SELECT x.article_id FROM evidence x WHERE x.country_id IN (${countryIdsByIso2(unique)}) GROUP BY x.article_id HAVING count(DISTINCT x.country_id) = ${unique.length})`;
}

/** Names containing the text (any case), or an alias equal to it (any case): countries and regions, which have no search column. */
function nameMatches(text: string | null | undefined): Sql | null {
  const q = text?.trim();
  return q ? sql`t.name ILIKE ${'%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} OR ${q} ILIKE ANY(t.aliases)` : null;
}

const byId: OrderField = { expr: raw('t.id'), type: 'int' };
// sort_date is date_start or 0001-01-01 (a generated NOT NULL column), indexed with id: pages walk the index.
const byDate: OrderField = { expr: raw('t.sort_date'), type: 'date' };
const byJoinDate: OrderField = { expr: raw('j.sort_date'), type: 'date' };
const byName: OrderField = { expr: raw('t.name'), type: 'text' };

/** Every list, keyed by record type; typed per type so each filter reads only its own input and each order enum value has its SQL. */
export const RECORD_LISTS: { [L in NodeType]: RecordList<L> } = {
  Country: {
    type: 'Country',
    filter: (f) => and([inList(raw('t.iso2'), f.iso2?.map((c) => c.toUpperCase()), 'text'), nameMatches(f.search)]),
    orders: { NAME: byName, ISO2: { expr: raw('t.iso2'), type: 'text' } },
    defaultOrder: { field: 'NAME', direction: 'ASC' },
  },
  Region: {
    type: 'Region',
    filter: (f) => and([nameMatches(f.search)]),
    orders: { NAME: byName, CREATED: byId },
    defaultOrder: { field: 'NAME', direction: 'ASC' },
  },
  Organization: {
    type: 'Organization',
    filter: (f) => and([inList(raw('t.kind::text'), f.kinds, 'text'), f.countries?.length ? sql`t.country_id IN (${countryIdsByIso2(f.countries)})` : null, matchesSearch(f.search)]),
    orders: { NAME: byName, CREATED: byId },
    defaultOrder: { field: 'NAME', direction: 'ASC' },
  },
  Person: {
    type: 'Person',
    filter: (f) =>
      and([
        f.countries?.length ? sql`t.country_id IN (${countryIdsByIso2(f.countries)})` : null,
        inList(raw('t.organization_id'), f.organizations, 'int'),
        matchesSearch(f.search),
      ]),
    orders: { NAME: byName, CREATED: byId },
    defaultOrder: { field: 'NAME', direction: 'ASC' },
  },
  Agreement: {
    type: 'Agreement',
    filter: (f) => {
      const orgs = f.partyOrganizations?.length ? f.partyOrganizations : null;
      const signers = f.signatories?.length ? f.signatories : null;
      return and([
        allCountries('agreement_party_countries', 'agreement_id', f.parties),
        orgs ? sql`EXISTS (SELECT 1 FROM agreement_party_organizations x WHERE x.agreement_id = t.id AND x.organization_id = ANY(${[...orgs]}::int[]))` : null,
        signers ? sql`EXISTS (SELECT 1 FROM agreement_signatories x WHERE x.agreement_id = t.id AND x.person_id = ANY(${[...signers]}::int[]))` : null,
        inList(raw('t.kind::text'), f.kinds, 'text'),
        inList(raw('t.status::text'), f.statuses, 'text'),
        arrayOverlaps(raw('t.sectors'), f.sectors, '"Sector"'),
        dateRange(raw('t.date_start'), f.dateFrom, f.dateTo),
        matchesSearch(f.search),
      ]);
    },
    orders: { DATE: byDate, TITLE: { expr: raw('t.title'), type: 'text' }, CREATED: byId },
    defaultOrder: { field: 'DATE', direction: 'DESC' },
  },
  Statement: {
    type: 'Statement',
    filter: (f) => {
      const speakers = f.speakers;
      const mentioned = f.mentionedOrganizations?.length ? f.mentionedOrganizations : null;
      return and([
        speakers ? sql`(t.speaker_person_id = ANY(${[...speakers.persons]}::int[]) OR t.speaker_organization_id = ANY(${[...speakers.organizations]}::int[]))` : null,
        allCountries('statement_mention_countries', 'statement_id', f.mentions),
        mentioned ? sql`EXISTS (SELECT 1 FROM statement_mention_organizations x WHERE x.statement_id = t.id AND x.organization_id = ANY(${[...mentioned]}::int[]))` : null,
        statementInvolvesAll(f.involving),
        inList(raw('t.kind::text'), f.kinds, 'text'),
        arrayOverlaps(raw('t.sectors'), f.sectors, '"Sector"'),
        dateRange(raw('t.date_start'), f.dateFrom, f.dateTo),
        matchesSearch(f.search),
      ]);
    },
    orders: { DATE: byDate, CREATED: byId },
    defaultOrder: { field: 'DATE', direction: 'DESC' },
  },
  Fact: {
    type: 'Fact',
    filter: (f) =>
      and([
        f.subjectCountries?.length ? sql`t.subject_country_id IN (${countryIdsByIso2(f.subjectCountries)})` : null,
        inList(raw('t.subject_organization_id'), f.subjectOrganizations, 'int'),
        factInvolvesAll(f.involving),
        inList(raw('t.unit'), f.units, 'text'),
        dateRange(raw('t.date_start'), f.dateFrom, f.dateTo),
        matchesSearch(f.search),
      ]),
    orders: { DATE: byDate, VALUE: { expr: raw('t.value'), type: 'float8' }, CREATED: byId },
    defaultOrder: { field: 'DATE', direction: 'DESC' },
  },
  Article: {
    type: 'Article',
    filter: (f) => {
      const orgs = f.mentionedOrganizations?.length ? f.mentionedOrganizations : null;
      return and([
        inList(raw('t.publisher'), f.publishers, 'text'),
        articleMentionsAll(f.mentions),
        orgs ? sql`EXISTS (SELECT 1 FROM evidence x WHERE x.article_id = t.id AND x.organization_id = ANY(${[...orgs]}::int[]))` : null,
        dateRange(raw('t.published_on'), f.publishedFrom, f.publishedTo),
        matchesSearch(f.search),
      ]);
    },
    orders: { PUBLISHED: { expr: raw(`COALESCE(t.published_on, '0001-01-01'::date)`), type: 'date' }, CREATED: byId },
    defaultOrder: { field: 'PUBLISHED', direction: 'DESC' },
  },
  Evidence: {
    type: 'Evidence',
    filter: () => TRUE,
    orders: { POSITION: { expr: raw(`lpad(t.article_id::text, 10, '0') || ':' || lpad(t.start::text, 10, '0')`), type: 'text' } },
    defaultOrder: { field: 'POSITION', direction: 'ASC' },
  },
};

/** A nested list: the record list it draws from, and how its rows hang off the parent. */
interface Relation {
  of: NodeType;
  /** FROM clause (record table aliased `t`); default: the record table. */
  from?: string;
  parentKey: string;
  /** Date order read from the join row (`j.sort_date`, kept equal to the record's by triggers) so the page walks the (parent, sort_date, id) index of the join table. */
  joinSortDate?: true;
}

/** An agreement's join rows (parties, signatories) towards a parent: date order walks the join table's (parent, sort_date, agreement_id) index. */
function agreementsThrough(joinTable: string, parentColumn: string): Relation {
  return { of: 'Agreement', from: `${joinTable} j JOIN agreements t ON t.id = j.agreement_id`, parentKey: `j.${parentColumn}`, joinSortDate: true };
}

/** The evidence rows of a record (or of an article): evidence pointing at the parent through `field`. */
function evidenceOf(field: EvidenceField | 'articleId'): Relation {
  return { of: 'Evidence', parentKey: `t.${RECORD_TYPES.Evidence.columns[field]}` };
}

/** The records of `type` an article supports: one row per (article, record), article as `j.article_id`. */
function supportedBy(type: EvidenceRecordType): Relation {
  const column = evidenceColumn(RECORD_TYPES[type].evidence.field);
  const from = `(SELECT DISTINCT e.article_id, e.${column} AS record_id FROM evidence e WHERE e.${column} IS NOT NULL) j JOIN ${RECORD_TYPES[type].table} t ON t.id = j.record_id`;
  return { of: type, from, parentKey: 'j.article_id' };
}

/**
 * The lists every record type with evidence has, made from the registry: its
 * evidence (`Country.evidence`) and, under each article, the records of that
 * type the article supports (`Article.countries`).
 */
type RegistryRelation = `${EvidenceRecordType}.evidence` | `Article.${RecordKind}`;
const REGISTRY_RELATIONS = Object.fromEntries(
  EVIDENCE_RECORD_TYPES.flatMap((type) => [
    [`${type}.evidence`, evidenceOf(RECORD_TYPES[type].evidence.field)],
    // Each record once, however many of the article's sentences support it (DISTINCT over the article's evidence rows;
    // the planner pushes `j.article_id = parent` into the subquery, onto the evidence (article_id, start) index).
    [`Article.${RECORD_TYPES[type].evidence.plural}`, supportedBy(type)],
  ]),
) as Record<RegistryRelation, Relation>;

export const RELATIONS = {
  ...REGISTRY_RELATIONS,
  'Country.organizations': { of: 'Organization', parentKey: 't.country_id' },
  'Country.persons': { of: 'Person', parentKey: 't.country_id' },
  'Country.agreements': agreementsThrough('agreement_party_countries', 'country_id'),
  'Country.statements': { of: 'Statement', from: 'statement_mention_countries j JOIN statements t ON t.id = j.statement_id', parentKey: 'j.country_id' },
  'Country.facts': { of: 'Fact', parentKey: 't.subject_country_id' },
  'Organization.persons': { of: 'Person', parentKey: 't.organization_id' },
  'Organization.agreements': agreementsThrough('agreement_party_organizations', 'organization_id'),
  'Organization.statements': { of: 'Statement', parentKey: 't.speaker_organization_id' },
  'Person.statements': { of: 'Statement', parentKey: 't.speaker_person_id' },
  'Person.agreementsSigned': agreementsThrough('agreement_signatories', 'person_id'),
  'Article.evidence': evidenceOf('articleId'),
} satisfies Record<string, Relation>;

export type RelationName = keyof typeof RELATIONS;
export type RootListName = NodeType;

/**
 * Which records a list shows besides its filter: records an analyst rejected
 * only when `includeRejected` (types that can be rejected), and only records
 * whose confidence is at least `minConfidence` (types that carry one).
 * Articles and evidence have neither and are never narrowed.
 */
export interface Visibility {
  includeRejected?: Maybe<boolean>;
  /** 0..1, checked by the caller. */
  minConfidence?: Maybe<number>;
}

/** The Visibility of type T's rows as a condition over alias `t`; null when it narrows nothing. */
export function visibilitySql(type: NodeType, visibility: Visibility | null | undefined): Sql | null {
  const columns: Record<string, string> = RECORD_TYPES[type].columns;
  const conditions = [
    'rejected' in columns && !visibility?.includeRejected ? sql`NOT t.rejected` : null,
    'confidence' in columns && visibility?.minConfidence != null ? sql`t.confidence >= ${visibility.minConfidence}::float8` : null,
  ].filter((c): c is Sql => c !== null);
  return conditions.length ? and(conditions) : null;
}

/** A filter narrowed by a visibility (the filter as it is when the visibility narrows nothing). */
function visible(type: NodeType, filter: Sql, visibility: Visibility | null | undefined): Sql {
  const narrowing = visibilitySql(type, visibility);
  return narrowing ? and([filter, narrowing]) : filter;
}

/** List L's filter input as a WHERE condition over alias `t` (TRUE when none is given). */
export function filterSql<L extends NodeType>(list: L, filter: FilterOf[L] | null | undefined): Sql {
  const def: RecordList<L> = RECORD_LISTS[list];
  // Every filter input has only optional fields, so "no filter" is the empty input of any list.
  return def.filter(filter ?? ({} as FilterOf[L]));
}

/** The pieces fetchPages needs for a root list (relation undefined) or a nested one, its rows in the given shape. */
export function listQuery<L extends RootListName>(
  list: L,
  relation: RelationName | undefined,
  filter: FilterOf[L] | null | undefined,
  orderBy: OrderOf<L> | null | undefined,
  visibility?: Visibility | null,
  shape: RowShape = FULL_ROW,
): { source: ListSource; filter: Sql; order: OrderSpec } {
  const def: RecordList<L> = RECORD_LISTS[list];
  const rel: Relation | undefined = relation ? RELATIONS[relation] : undefined;
  const field: OrderFieldOf[L] = orderBy?.field ?? def.defaultOrder.field;
  const listed: OrderField | undefined = def.orders[field];
  if (!listed) throw new InvalidInputError(`Cannot order ${list} lists by ${field}.`, 'orderBy');
  // (t.id = j.agreement_id, so Postgres sees the id tie-breaker as the index's last column too.)
  const order = listed === byDate && rel?.joinSortDate ? byJoinDate : listed;
  return {
    source: {
      from: rel?.from ? raw(rel.from) : tableOf(def.type),
      columns: columnsOf(def.type, selectedFields(shape)),
      parentKey: rel ? raw(rel.parentKey) : undefined,
      embedded: embeddedColumns(shape, 'c'),
    },
    filter: visible(def.type, filterSql(list, filter), visibility),
    order: { ...order, direction: orderBy?.direction ?? def.defaultOrder.direction },
  };
}

const MERGE_AUDIT_COLUMNS = raw(
  `t.id AS "id", t.kind AS "kind", t.target_id AS "targetId", t.source_ids AS "sourceIds", t.source_keys AS "sourceKeys", ` +
    `t.source_names AS "sourceNames", t.reason AS "reason", t.request_id AS "requestId", t.created_at AS "createdAt"`,
);
const MERGE_AUDIT_ORDERS: Record<MergeAuditOrderField, OrderField> = { MERGED: byId };
export type MergeAuditOrderField = 'MERGED';
export interface MergeAuditFilter {
  kinds?: Many<MergeKind>;
}

/** Merge audits are not records (no global id, no evidence), but their list pages like every other: the pieces for fetchRootPage. */
export function mergeAuditQuery(
  filter: MergeAuditFilter | null | undefined,
  orderBy: ListOrder<MergeAuditOrderField> | null | undefined,
): { source: ListSource; filter: Sql; order: OrderSpec } {
  return {
    source: { from: raw('merge_audits t'), columns: MERGE_AUDIT_COLUMNS },
    filter: and([inList(raw('t.kind::text'), filter?.kinds, 'text')]),
    order: { ...MERGE_AUDIT_ORDERS[orderBy?.field ?? 'MERGED'], direction: orderBy?.direction ?? 'DESC' },
  };
}

/** A correction row as the read path returns it (Prisma's Correction row). */
const CORRECTION_COLUMNS = raw(
  `t.id AS "id", t.target::text AS "target", t.record_key AS "recordKey", t.record_id AS "recordId", t.action::text AS "action", ` +
    `t.before AS "before", t.after AS "after", t.reason AS "reason", t.actor AS "actor", t.request_id AS "requestId", t.created_at AS "createdAt"`,
);
/** Corrections are listed newest first (ids grow with time: every correction is written under the ingest lock). */
const NEWEST_FIRST: OrderSpec = { ...byId, direction: 'DESC' };

export interface CorrectionFilter {
  targets?: Many<CorrectionTarget>;
  actions?: Many<CorrectionAction>;
  /** Labels of the tokens that made them. */
  actors?: Many<string>;
}

/** The audit list of every correction (not records: no global id), newest first, paged like every other list. */
export function correctionQuery(filter: CorrectionFilter | null | undefined): { source: ListSource; filter: Sql; order: OrderSpec } {
  return {
    source: { from: raw('corrections t'), columns: CORRECTION_COLUMNS },
    filter: and([inList(raw('t.target::text'), filter?.targets, 'text'), inList(raw('t.action::text'), filter?.actions, 'text'), inList(raw('t.actor'), filter?.actors, 'text')]),
    order: NEWEST_FIRST,
  };
}

/**
 * The corrections of records of one type, by parent record id, newest first:
 * found by the record's key (the corrections index is (target, record_key, id)),
 * so a row extraction made again under a new id keeps its history.
 */
export function recordCorrectionsQuery(type: CorrectableType): { source: ListSource; filter: Sql; order: OrderSpec } {
  const from = `${RECORD_TYPES[type].table} r JOIN corrections t ON t.target = '${kindOf(type)}' AND t.record_key = r.key`;
  return { source: { from: raw(from), columns: CORRECTION_COLUMNS, parentKey: raw('r.id') }, filter: TRUE, order: NEWEST_FIRST };
}
