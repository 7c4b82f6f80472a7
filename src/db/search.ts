/**
 * Full-text search across the record tables that carry a generated `search`
 * tsvector (GIN-indexed): one statement, a UNION ALL with one branch per
 * requested kind, ranked by ts_rank_cd, with ts_headline snippets computed
 * only for the hits that survive the LIMIT.
 *
 * A UNION needs one column list, so every branch selects the same superset of
 * fields (those of its own row type, NULL for the others); rows are trimmed
 * back to their own fields and carry `__typename`, like columnsOf in records.ts.
 * Records an analyst rejected are left out unless asked for, like in lists.
 */
import type { Pool } from 'pg';
import { Prisma } from '../generated/prisma/client';
import { keysetPage } from '../lib/keyset';
import { visibilitySql, type Visibility } from './lists';
import { and } from './records';
import { kindOf, RECORD_TYPES, SEARCH_TYPES, type RowField, type RowOf, type SearchKind, type SearchType } from './registry';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

export type SearchRow = { [T in SearchType]: RowOf<T> }[SearchType];

export interface SearchHitRow {
  kind: SearchKind;
  rank: number;
  snippet: string;
  node: SearchRow;
}

/** Postgres type of every field any searchable row has (a branch selects NULL of that type for the fields its row lacks). */
const FIELD_TYPES: Record<{ [T in SearchType]: RowField<T> }[SearchType], string> = {
  id: 'int', contentHash: 'text', title: 'text', publisher: 'text', publishedOn: 'date', body: 'text', sourceFile: 'text',
  url: 'text', createdAt: 'timestamp(3)', key: 'text', name: 'text', aliases: 'text[]', acronyms: 'text[]', kind: 'text',
  countryId: 'int', role: 'text', organizationId: 'int', status: 'text', date: 'text', dateStart: 'date', quantity: 'text',
  sectors: 'text[]', text: 'text', occasion: 'text', speakerPersonId: 'int', speakerOrganizationId: 'int', subject: 'text',
  subjectCountryId: 'int', subjectOrganizationId: 'int', metric: 'text', value: 'float8', unit: 'text',
  extractorVersion: 'text', extractedAt: 'timestamptz(3)', confidence: 'float8', extractionMethod: 'text', extractionVersion: 'text', rejected: 'boolean',
};

interface KindSpec {
  type: SearchType;
  table: string;
  /** Field name → column of the table (alias `t`). */
  fields: Record<string, string>;
  /** The record's main text, which the snippet is cut from. */
  mainText: string;
}

const KINDS = Object.fromEntries(
  SEARCH_TYPES.map((type): [SearchKind, KindSpec] => {
    const spec = RECORD_TYPES[type];
    const fields = Object.fromEntries(Object.entries(spec.columns).map(([field, column]: [string, string]) => [field, column.split('::')[0]!]));
    return [kindOf(type), { type, table: spec.table, fields, mainText: spec.search.mainText }];
  }),
) as Record<SearchKind, KindSpec>;

const FIELDS = Object.keys(FIELD_TYPES);
const HEADLINE_OPTIONS = 'StartSel=<b>, StopSel=</b>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';

/** One kind's hits: its rows matching the query, narrowed by the visibility (rejected and low-confidence records; articles have neither). */
function branch(kind: SearchKind, visibility: Visibility | null | undefined): Sql {
  const spec = KINDS[kind];
  const narrowing = visibilitySql(spec.type, visibility);
  const columns = FIELDS.map((field) => {
    const column = spec.fields[field];
    return `${column ? `t."${column}"` : 'NULL'}::${FIELD_TYPES[field as keyof typeof FIELD_TYPES]} AS "${field}"`;
  });
  return sql`SELECT ${kind}::text AS "__kind", ${spec.type}::text AS "__typename", round(ts_rank_cd(t.search, q.q)::numeric, 6)::float8 AS "__rank",
      ${raw(spec.mainText)} AS "__text", ${raw(columns.join(', '))}
    FROM ${raw(spec.table)} t, q WHERE ${narrowing ? and([sql`t.search @@ q.q`, narrowing]) : sql`t.search @@ q.q`}`;
}

/** Where a search page starts: the hit it continues from, in the order (rank DESC, kind, id). */
export interface SearchPosition {
  rank: number;
  kind: SearchKind;
  id: number;
}

export interface SearchPageRequest {
  /** Paging backwards (last/before): the page ends just before `cursor`. */
  backward: boolean;
  limit: number;
  cursor: SearchPosition | null;
  /** Count every hit (one extra aggregate over the same matches, same statement). */
  withTotal: boolean;
  /** Rejected records only when asked; records below a confidence left out (src/db/lists.ts Visibility). */
  visibility?: Visibility | null;
}

export interface SearchPage {
  hits: SearchHitRow[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number | null;
}

/**
 * One page of hits for `query` (web-search syntax, not blank) among the given
 * kinds, in descending rank, as ONE statement: the matches, an optional total
 * over all of them, and the keyset page after (or before) the cursor, with
 * snippets cut only for the page's rows. Ranks are rounded to 6 decimals so a
 * cursor's rank compares equal when the same query is run again.
 */
export async function searchRecords(pool: Pick<Pool, 'query'>, query: string, kinds: readonly SearchKind[], request: SearchPageRequest): Promise<SearchPage> {
  const { backward, limit, cursor, withTotal, visibility } = request;
  const [cmp, rev] = backward ? ['<', '>'] : ['>', '<'];
  const after = cursor
    ? sql`WHERE h."__rank" ${raw(rev)} ${cursor.rank}::float8 OR (h."__rank" = ${cursor.rank}::float8 AND (h."__kind" ${raw(cmp)} ${cursor.kind}::text OR (h."__kind" = ${cursor.kind}::text AND h."id" ${raw(cmp)} ${cursor.id}::int)))`
    : Prisma.empty;
  const order = (alias: string, reversed: boolean) =>
    raw(reversed ? `${alias}."__rank" ASC, ${alias}."__kind" DESC, ${alias}."id" DESC` : `${alias}."__rank" DESC, ${alias}."__kind" ASC, ${alias}."id" ASC`);
  const statement = sql`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS q),
    hits AS (${join(kinds.map((kind) => branch(kind, visibility)), ' UNION ALL ')})
    SELECT tot."__total", p.*, CASE WHEN p."id" IS NULL THEN NULL ELSE ts_headline('english', p."__text", q.q, ${HEADLINE_OPTIONS}) END AS "__snippet"
    FROM (SELECT ${withTotal ? raw('(SELECT count(*) FROM hits)::int') : raw('NULL::int')} AS "__total") tot
    LEFT JOIN LATERAL (SELECT * FROM hits h ${after} ORDER BY ${order('h', backward)} LIMIT ${limit + 1}) p ON true
    CROSS JOIN q
    ORDER BY ${order('p', backward)}`;
  const { rows } = await pool.query<Record<string, unknown>>(statement.text, statement.values);
  const totalCount = rows[0]?.__total == null ? null : Number(rows[0].__total);
  const page = keysetPage(rows.filter((r) => r.id !== null), request);
  const hits = page.rows.map((r) => {
    const kind = r.__kind as SearchKind;
    const node: Record<string, unknown> = { __typename: r.__typename };
    for (const field of Object.keys(KINDS[kind].fields)) node[field] = r[field];
    return { kind, rank: Number(r.__rank), snippet: String(r.__snippet), node: node as SearchRow };
  });
  return { hits, hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, totalCount };
}
