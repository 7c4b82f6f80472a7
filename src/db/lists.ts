/**
 * Every paginated list the API serves, root or nested, as data: which rows,
 * which parent key (for nested lists), how its filter becomes SQL and how it
 * can be ordered. The loaders turn these into one statement per level.
 */
import { Prisma } from '../generated/prisma/client';
import { badUserInput } from '../lib/errors';
import { fromGlobalId, type NodeType } from '../lib/globalId';
import type { ListSource, OrderSpec, SortType } from './paging';
import { and, arrayOverlaps, columnsOf, countryIdsByIso2, dateRange, inList, matchesSearch, tableOf, TRUE } from './records';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

/** Filter inputs, as the GraphQL schema declares them (all optional). */
export interface ListFilter {
  iso2?: readonly string[] | null;
  kinds?: readonly string[] | null;
  statuses?: readonly string[] | null;
  sectors?: readonly string[] | null;
  countries?: readonly string[] | null;
  organizations?: readonly string[] | null;
  parties?: readonly string[] | null;
  partyOrganizations?: readonly string[] | null;
  signatories?: readonly string[] | null;
  speakers?: readonly string[] | null;
  mentions?: readonly string[] | null;
  involving?: readonly string[] | null;
  subjectCountries?: readonly string[] | null;
  units?: readonly string[] | null;
  publishers?: readonly string[] | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
  search?: string | null;
}

export interface ListOrder {
  field: string;
  direction?: 'ASC' | 'DESC' | null;
}

interface OrderField {
  expr: Sql;
  type: SortType;
}

interface RecordList {
  type: NodeType;
  filter(f: ListFilter): Sql;
  orders: Record<string, OrderField>;
  defaultOrder: { field: string; direction: 'ASC' | 'DESC' };
}

/** Row ids from global ids of the expected types; an id of another type or a malformed one is a user error. */
export function rowIds(globalIds: readonly string[] | null | undefined, types: readonly NodeType[], argName: string): number[] | null {
  if (!globalIds || globalIds.length === 0) return null;
  return globalIds.map((g) => {
    const decoded = fromGlobalId(g);
    if (!decoded || !types.includes(decoded.type)) throw badUserInput(`\`${argName}\` contains ${JSON.stringify(g)}, which is not the id of a ${types.join(' or ')}.`, { argumentName: argName });
    return decoded.id;
  });
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
      const country = sql`(SELECT id FROM countries WHERE iso2 = ${code})`;
      return sql`EXISTS (SELECT 1 FROM statement_mention_countries x WHERE x.statement_id = t.id AND x.country_id = ${country})
        OR EXISTS (SELECT 1 FROM persons p WHERE p.id = t.speaker_person_id AND p.country_id = ${country})
        OR EXISTS (SELECT 1 FROM organizations o WHERE o.id = t.speaker_organization_id AND o.country_id = ${country})`;
    }),
  );
}

/** Facts about one of the given countries, drawn from an article that names ALL of them (the fact's own evidence article). */
function factInvolvesAll(codes: readonly string[] | null | undefined): Sql | null {
  const unique = isoCodes(codes);
  if (!unique) return null;
  return sql`t.subject_country_id IN (${countryIdsByIso2(unique)}) AND EXISTS (
    SELECT 1 FROM evidence fe JOIN evidence ce ON ce.article_id = fe.article_id
    WHERE fe.fact_id = t.id AND ce.country_id IN (${countryIdsByIso2(unique)})
    GROUP BY fe.article_id HAVING count(DISTINCT ce.country_id) = ${unique.length})`;
}

const byId: OrderField = { expr: raw('t.id'), type: 'int' };
const byDate: OrderField = { expr: raw(`COALESCE(t.date_start, '0001-01-01'::date)`), type: 'date' };
const byName: OrderField = { expr: raw('t.name'), type: 'text' };

export const RECORD_LISTS = {
  Country: {
    type: 'Country',
    filter: (f) => and([inList(raw('t.iso2'), f.iso2?.map((c) => c.toUpperCase()), 'text'), f.search ? sql`t.name ILIKE ${'%' + f.search.trim() + '%'} OR ${f.search.trim()} ILIKE ANY(t.aliases)` : null]),
    orders: { NAME: byName, ISO2: { expr: raw('t.iso2'), type: 'text' } },
    defaultOrder: { field: 'NAME', direction: 'ASC' },
  },
  Region: { type: 'Region', filter: () => TRUE, orders: { NAME: byName }, defaultOrder: { field: 'NAME', direction: 'ASC' } },
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
        inList(raw('t.organization_id'), rowIds(f.organizations, ['Organization'], 'filter.organizations'), 'int'),
        matchesSearch(f.search),
      ]),
    orders: { NAME: byName },
    defaultOrder: { field: 'NAME', direction: 'ASC' },
  },
  Agreement: {
    type: 'Agreement',
    filter: (f) => {
      const orgs = rowIds(f.partyOrganizations, ['Organization'], 'filter.partyOrganizations');
      const signers = rowIds(f.signatories, ['Person'], 'filter.signatories');
      return and([
        allCountries('agreement_party_countries', 'agreement_id', f.parties),
        orgs ? sql`EXISTS (SELECT 1 FROM agreement_party_organizations x WHERE x.agreement_id = t.id AND x.organization_id = ANY(${orgs}::int[]))` : null,
        signers ? sql`EXISTS (SELECT 1 FROM agreement_signatories x WHERE x.agreement_id = t.id AND x.person_id = ANY(${signers}::int[]))` : null,
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
      const speakers = f.speakers?.length ? f.speakers.map((g) => ({ g, d: fromGlobalId(g) })) : null;
      if (speakers?.some(({ d }) => !d || (d.type !== 'Person' && d.type !== 'Organization'))) {
        throw badUserInput('`filter.speakers` must hold ids of people or organizations.', { argumentName: 'filter.speakers' });
      }
      const persons = speakers?.filter(({ d }) => d!.type === 'Person').map(({ d }) => d!.id) ?? [];
      const orgs = speakers?.filter(({ d }) => d!.type === 'Organization').map(({ d }) => d!.id) ?? [];
      return and([
        speakers ? sql`(t.speaker_person_id = ANY(${persons}::int[]) OR t.speaker_organization_id = ANY(${orgs}::int[]))` : null,
        allCountries('statement_mention_countries', 'statement_id', f.mentions),
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
        factInvolvesAll(f.involving),
        inList(raw('t.unit'), f.units, 'text'),
        dateRange(raw('t.date_start'), f.dateFrom, f.dateTo),
        matchesSearch(f.search),
      ]),
    orders: { DATE: byDate, CREATED: byId },
    defaultOrder: { field: 'DATE', direction: 'DESC' },
  },
  Article: {
    type: 'Article',
    filter: (f) => and([inList(raw('t.publisher'), f.publishers, 'text'), dateRange(raw('t.published_on'), f.publishedFrom, f.publishedTo), matchesSearch(f.search)]),
    orders: { PUBLISHED: { expr: raw(`COALESCE(t.published_on, '0001-01-01'::date)`), type: 'date' }, CREATED: byId },
    defaultOrder: { field: 'PUBLISHED', direction: 'DESC' },
  },
  Evidence: {
    type: 'Evidence',
    filter: () => TRUE,
    orders: { POSITION: { expr: raw(`lpad(t.article_id::text, 10, '0') || ':' || lpad(t.start::text, 10, '0')`), type: 'text' } },
    defaultOrder: { field: 'POSITION', direction: 'ASC' },
  },
} satisfies Record<NodeType, RecordList>;

/** A nested list: the record list it draws from, and how its rows hang off the parent. */
interface Relation {
  of: keyof typeof RECORD_LISTS;
  /** FROM clause (record table aliased `t`); default: the record table. */
  from?: string;
  parentKey: string;
}

export const RELATIONS = {
  'Country.organizations': { of: 'Organization', parentKey: 't.country_id' },
  'Country.persons': { of: 'Person', parentKey: 't.country_id' },
  'Country.agreements': { of: 'Agreement', from: 'agreement_party_countries j JOIN agreements t ON t.id = j.agreement_id', parentKey: 'j.country_id' },
  'Country.statements': { of: 'Statement', from: 'statement_mention_countries j JOIN statements t ON t.id = j.statement_id', parentKey: 'j.country_id' },
  'Country.facts': { of: 'Fact', parentKey: 't.subject_country_id' },
  'Country.evidence': { of: 'Evidence', parentKey: 't.country_id' },
  'Region.evidence': { of: 'Evidence', parentKey: 't.region_id' },
  'Organization.persons': { of: 'Person', parentKey: 't.organization_id' },
  'Organization.agreements': {
    of: 'Agreement',
    from: 'agreement_party_organizations j JOIN agreements t ON t.id = j.agreement_id',
    parentKey: 'j.organization_id',
  },
  'Organization.statements': { of: 'Statement', parentKey: 't.speaker_organization_id' },
  'Organization.evidence': { of: 'Evidence', parentKey: 't.organization_id' },
  'Person.statements': { of: 'Statement', parentKey: 't.speaker_person_id' },
  'Person.agreementsSigned': { of: 'Agreement', from: 'agreement_signatories j JOIN agreements t ON t.id = j.agreement_id', parentKey: 'j.person_id' },
  'Person.evidence': { of: 'Evidence', parentKey: 't.person_id' },
  'Agreement.evidence': { of: 'Evidence', parentKey: 't.agreement_id' },
  'Statement.evidence': { of: 'Evidence', parentKey: 't.statement_id' },
  'Fact.evidence': { of: 'Evidence', parentKey: 't.fact_id' },
  'Article.evidence': { of: 'Evidence', parentKey: 't.article_id' },
} satisfies Record<string, Relation>;

export type RelationName = keyof typeof RELATIONS;
export type RootListName = keyof typeof RECORD_LISTS;

/** The pieces fetchPages needs for a root list (relation undefined) or a nested one. */
export function listQuery(
  list: RootListName,
  relation: RelationName | undefined,
  filter: ListFilter | null | undefined,
  orderBy: ListOrder | null | undefined,
): { source: ListSource; filter: Sql; order: OrderSpec } {
  const def: RecordList = RECORD_LISTS[list];
  const rel: Relation | undefined = relation ? RELATIONS[relation] : undefined;
  const field = orderBy?.field ?? def.defaultOrder.field;
  const order = def.orders[field];
  if (!order) throw badUserInput(`Cannot order ${list} lists by ${field}.`, { argumentName: 'orderBy' });
  return {
    source: { from: rel?.from ? raw(rel.from) : tableOf(def.type), columns: columnsOf(def.type), parentKey: rel ? raw(rel.parentKey) : undefined },
    filter: def.filter(filter ?? {}),
    order: { ...order, direction: orderBy?.direction ?? def.defaultOrder.direction },
  };
}
