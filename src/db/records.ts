/**
 * The read path's SQL vocabulary: for each record type (src/db/registry.ts),
 * its table and the select list that yields its RowOf (Prisma's row type plus
 * `__typename`, which GraphQL uses to resolve the Node interface and the
 * unions), and the pieces list filters are made of. Values always travel as bind
 * parameters; only fixed identifiers from this file are spliced into SQL.
 */
import { Prisma } from '../generated/prisma/client';
import { RECORD_TYPES, type NodeType } from './registry';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

export function tableOf(type: NodeType): Sql {
  return raw(`${RECORD_TYPES[type].table} t`);
}

/**
 * Each field of a type's row as a SQL expression on alias `t` (with its cast, e.g. enum arrays as text[]):
 * every field, or only `fields` (row field names; `id` always comes, unknown names are ignored).
 */
function columnExpressions(type: NodeType, fields?: readonly string[] | null): [expression: string, field: string][] {
  const wanted = fields ? new Set(['id', ...fields]) : null;
  return Object.entries(RECORD_TYPES[type].columns)
    .filter(([field]) => !wanted || wanted.has(field))
    .map(([field, column]: [string, string]) => {
      const [name, cast] = column.split('::');
      return [`t."${name}"${cast ? `::${cast}` : ''}`, field];
    });
}

/** `t.col AS "field", ..., 'Type' AS "__typename"` for the row alias `t`: the type's RowOf, or only `fields` of it (plus id). */
export function columnsOf(type: NodeType, fields?: readonly string[] | null): Sql {
  const list = columnExpressions(type, fields).map(([expression, field]) => `${expression} AS "${field}"`);
  return raw(`${list.join(', ')}, '${type}' AS "__typename"`);
}

/** Types whose rows survive a JSON round trip unchanged (no Date or BigInt columns). */
export type JsonSafeNodeType = 'Country' | 'Region' | 'Organization' | 'Person';

/**
 * The same row as `columnsOf`, built as one JSON value, so that rows of
 * different types can share one UNION ALL statement (see the loaders' small
 * lists), or ride along with another row (src/db/shapes.ts).
 */
export function jsonRowOf(type: JsonSafeNodeType, fields?: readonly string[] | null): Sql {
  const pairs = columnExpressions(type, fields).map(([expression, field]) => `'${field}', ${expression}`);
  return raw(`json_build_object(${pairs.join(', ')}, '__typename', '${type}')`);
}

export const TRUE: Sql = raw('TRUE');

/** AND of the given conditions (TRUE when none). */
export function and(conditions: readonly (Sql | null | undefined | false)[]): Sql {
  const present = conditions.filter((c): c is Sql => Boolean(c));
  return present.length ? join(present.map((c) => sql`(${c})`), ' AND ') : TRUE;
}

/** Postgres full-text match over the table's generated `search` column (web-search syntax: quotes, OR, -). */
export function matchesSearch(text: string | null | undefined): Sql | null {
  const q = text?.trim();
  return q ? sql`t.search @@ websearch_to_tsquery('english', ${q})` : null;
}

export function inList(column: Sql, values: readonly unknown[] | null | undefined, cast: string): Sql | null {
  return values && values.length ? sql`${column} = ANY(${[...values]}::${raw(cast)}[])` : null;
}

export function arrayOverlaps(column: Sql, values: readonly string[] | null | undefined, cast: string): Sql | null {
  return values && values.length ? sql`${column} && ${[...values]}::${raw(cast)}[]` : null;
}

export function dateRange(column: Sql, from: string | null | undefined, to: string | null | undefined): Sql | null {
  const bounds = [from ? sql`${column} >= ${from}::date` : null, to ? sql`${column} <= ${to}::date` : null];
  return bounds.some(Boolean) ? and(bounds) : null;
}

/** One country's id by its ISO alpha-2 code, as a scalar subquery (compared with `=`: one index probe per use). */
export function countryIdByIso2(code: string): Sql {
  return sql`(SELECT id FROM countries WHERE iso2 = ${code.toUpperCase()})`;
}

/** Country ids by ISO alpha-2 codes, as a subquery. */
export function countryIdsByIso2(codes: readonly string[]): Sql {
  return sql`SELECT id FROM countries WHERE iso2 = ANY(${codes.map((c) => c.toUpperCase())}::text[])`;
}
