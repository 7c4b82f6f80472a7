/**
 * What a read statement returns of each row: a row shape. Only the row fields
 * a caller will read (not every column: each selected column is sent and
 * parsed for every row of every page), and the small things that hang off
 * each row, fetched in the same statement instead of one more per level:
 *
 * - lists: a small bounded relation of the row (an agreement's party
 *   countries), as a JSON array under the list's name (`Agreement.partyCountries`);
 * - ones: a single related row (an organization's country), as a JSON object
 *   (or null) under the relation's name (`Organization.country`).
 *
 * The caller (the schema, through the loaders) says what it needs in these
 * data-layer terms; nothing here knows GraphQL. Rows of a partial shape are
 * not full RowOf rows: the loaders never cache them as such.
 */
import { Prisma } from '../generated/prisma/client';
import { jsonRowOf, type JsonSafeNodeType } from './records';
import { RECORD_TYPES, type NodeType } from './registry';

type Sql = Prisma.Sql;
const { raw, join, empty } = Prisma;

/** Small relations read whole (bounded by what one article can state), ordered by name. */
export const SMALL_LISTS = {
  'Agreement.partyCountries': { of: 'Country', from: 'agreement_party_countries j JOIN countries t ON t.id = j.country_id', parentKey: 'j.agreement_id', order: 't.name' },
  'Agreement.partyOrganizations': { of: 'Organization', from: 'agreement_party_organizations j JOIN organizations t ON t.id = j.organization_id', parentKey: 'j.agreement_id', order: 't.name' },
  'Agreement.signatories': { of: 'Person', from: 'agreement_signatories j JOIN persons t ON t.id = j.person_id', parentKey: 'j.agreement_id', order: 't.name' },
  'Statement.mentionedCountries': { of: 'Country', from: 'statement_mention_countries j JOIN countries t ON t.id = j.country_id', parentKey: 'j.statement_id', order: 't.name' },
  'Statement.mentionedOrganizations': { of: 'Organization', from: 'statement_mention_organizations j JOIN organizations t ON t.id = j.organization_id', parentKey: 'j.statement_id', order: 't.name' },
  'Region.members': { of: 'Country', from: 'region_members j JOIN countries t ON t.id = j.country_id', parentKey: 'j.region_id', order: 't.name' },
  'Country.regions': { of: 'Region', from: 'region_members j JOIN regions t ON t.id = j.region_id', parentKey: 'j.country_id', order: 't.name' },
} as const satisfies Record<string, { of: JsonSafeNodeType; from: string; parentKey: string; order: string }>;
export type SmallListName = keyof typeof SMALL_LISTS;

/** Single related rows: the row's foreign key field and the table it points at. */
export const ONE_RELATIONS = {
  'Organization.country': { of: 'Country', table: 'countries', key: 'countryId' },
  'Person.country': { of: 'Country', table: 'countries', key: 'countryId' },
  'Person.organization': { of: 'Organization', table: 'organizations', key: 'organizationId' },
  'Fact.subjectCountry': { of: 'Country', table: 'countries', key: 'subjectCountryId' },
  'Fact.subjectOrganization': { of: 'Organization', table: 'organizations', key: 'subjectOrganizationId' },
} as const satisfies Record<string, { of: JsonSafeNodeType; table: string; key: string }>;
export type OneRelationName = keyof typeof ONE_RELATIONS;

export const isSmallListName = (name: string): name is SmallListName => Object.hasOwn(SMALL_LISTS, name);
export const isOneRelationName = (name: string): name is OneRelationName => Object.hasOwn(ONE_RELATIONS, name);

/** The fields of embedded rows: row fields of their type (`id` always comes), or null for all. */
export type Fields = readonly string[] | null;

export interface RowShape {
  /** Row fields to select (`id` and `__typename` always come); null: every field. */
  fields: Fields;
  /** Small lists returned with each row, under their names, with these fields of their rows. */
  lists: readonly { name: SmallListName; fields: Fields }[];
  /** Single related rows returned with each row, under their names. */
  ones: readonly { name: OneRelationName; fields: Fields }[];
}

/** Every field, nothing embedded: the full RowOf. */
export const FULL_ROW: RowShape = Object.freeze({ fields: null, lists: [], ones: [] });

export const isFullRow = (shape: RowShape): boolean => shape.fields === null && shape.lists.length === 0 && shape.ones.length === 0;

const shapeKeys = new WeakMap<RowShape, string>();

/** A stable text for a shape (loader keys: rows of different shapes never share a loader); kept per shape object (the schema reuses them per query). */
export function shapeKey(shape: RowShape): string {
  let key = shapeKeys.get(shape);
  if (key === undefined) {
    key = JSON.stringify([shape.fields, shape.lists.map((l) => [l.name, l.fields]), shape.ones.map((o) => [o.name, o.fields])]);
    shapeKeys.set(shape, key);
  }
  return key;
}

/** The row fields the statement must select: the asked ones plus the foreign keys the embedded single rows are found by. */
export function selectedFields(shape: RowShape): Fields {
  if (shape.fields === null) return null;
  return [...new Set([...shape.fields, ...shape.ones.map((o) => ONE_RELATIONS[o.name].key)])];
}

/**
 * The embedded lists and single rows as extra select-list entries over `row`,
 * the alias of the (already shaped) row: ` , (subquery) AS "Agreement.partyCountries", …`,
 * or nothing. Each runs once per returned row, after the page's LIMIT.
 */
export function embeddedColumns(shape: RowShape, row: string): Sql {
  const parts = [
    ...shape.lists.map(({ name, fields }) => {
      const spec = SMALL_LISTS[name];
      return raw(
        `(SELECT COALESCE(json_agg(${jsonRowOf(spec.of, withRejected(spec.of, fields)).text} ORDER BY ${spec.order}, t.id), '[]'::json) ` +
          `FROM ${spec.from} WHERE ${spec.parentKey} = ${row}."id") AS "${name}"`,
      );
    }),
    ...shape.ones.map(({ name, fields }) => {
      const spec = ONE_RELATIONS[name];
      return raw(`(SELECT ${jsonRowOf(spec.of, withRejected(spec.of, fields)).text} FROM ${spec.table} t WHERE t.id = ${row}."${spec.key}") AS "${name}"`);
    }),
  ];
  return parts.length ? Prisma.sql`, ${join(parts, ', ')}` : empty;
}

/** Lists drop rejected rows in the resolvers (as every list hides them): their rows carry `rejected` where the type has it. */
function withRejected(type: NodeType, fields: Fields): Fields {
  return fields && 'rejected' in RECORD_TYPES[type].columns ? [...fields, 'rejected'] : fields;
}
