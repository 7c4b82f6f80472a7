/**
 * One SQL statement per connection level, however many parents.
 *
 * Every paginated list — a root list or the children of N parents — is read by
 * the same query shape: the parent ids are unnested, and for each one a
 * LATERAL subquery takes its page by keyset ((sort, id) after the cursor,
 * LIMIT n+1 to know whether more follow) and, only when the client asked for
 * totalCount, a second LATERAL counts its rows. Indexes on (foreign key, sort,
 * id) keep each page O(page size), independent of how many rows exist.
 */
import type { Pool } from 'pg';
import { Prisma } from '../generated/prisma/client';
import { keysetPage, type PageRequest, type RowPage } from '../lib/keyset';
import { prepared } from './prepared';

type Sql = Prisma.Sql;
const { sql, raw, empty } = Prisma;

export type SortType = 'int' | 'text' | 'date' | 'float8' | 'timestamp';

/** How a list is ordered: a non-null SQL expression over the row alias `t`, plus the id tie-breaker. */
export interface OrderSpec {
  expr: Sql;
  type: SortType;
  direction: 'ASC' | 'DESC';
}

/** Where the rows of a list come from. The record table is aliased `t`. */
export interface ListSource {
  /** FROM clause, e.g. `agreements t` or `agreement_party_countries j JOIN agreements t ON t.id = j.agreement_id`. */
  from: Sql;
  /** Select list producing the row type's fields. */
  columns: Sql;
  /** Expression compared to each parent id; omit for root lists. */
  parentKey?: Sql;
  /** More select-list entries over the page's row alias `c` (`, (subquery) AS "name"`: src/db/shapes.ts), computed for the page's rows only. */
  embedded?: Sql;
}

export interface PagedRow {
  id: number;
}

const ROOT_PARENT = 0;

/** A row as the page query returns it: the record's fields plus its parent, the parent's total and its sort key as text. */
type FetchedRow<Row> = Row & { __parent: number; __total: number | null; __sort: string | null };

/** A page's rows keep their sort key as text (`__sort`): with the id, the position a cursor continues from. */
export type SortedRow<Row> = Row & { __sort: string | null };

/** Fetches one page per parent id in a single statement. Root lists pass no parent ids. */
export async function fetchPages<Row extends PagedRow>(
  pool: Pick<Pool, 'query'>,
  source: ListSource,
  filter: Sql,
  order: OrderSpec,
  request: PageRequest,
  parentIds: readonly number[] | null,
  withTotal: boolean,
): Promise<Map<number, RowPage<SortedRow<Row>>>> {
  if (!Number.isSafeInteger(request.limit) || request.limit < 1) throw new Error(`page size must be a positive whole number, got ${request.limit}`);
  const parents = parentIds ?? [ROOT_PARENT];
  const ascending = (order.direction === 'ASC') !== request.backward;
  const dir = raw(ascending ? 'ASC' : 'DESC');
  const cmp = raw(ascending ? '>' : '<');
  const parentMatch = source.parentKey ? sql`${source.parentKey} = p.__parent AND` : empty;
  const cursor = request.cursor
    ? sql`AND (${order.expr}, t.id) ${cmp} (${request.cursor.s}::${raw(order.type)}, ${request.cursor.i}::int)`
    : empty;
  const total = withTotal
    ? sql`LEFT JOIN LATERAL (SELECT count(*)::int AS __total FROM ${source.from} WHERE ${parentMatch} ${filter}) tot ON true`
    : empty;
  const query = sql`
    SELECT p.__parent AS "__parent", c.* ${source.embedded ?? empty}, ${withTotal ? raw('tot.__total') : raw('NULL::int')} AS "__total"
    FROM unnest(${[...parents]}::int[]) WITH ORDINALITY AS p(__parent, __ord)
    LEFT JOIN LATERAL (
      SELECT ${source.columns}, (${order.expr})::text AS "__sort"
      FROM ${source.from}
      WHERE ${parentMatch} ${filter} ${cursor}
      ORDER BY ${order.expr} ${dir}, t.id ${dir}
      LIMIT ${raw(String(request.limit + 1))}
    ) c ON true
    ${total}
    ORDER BY p.__ord`;
  // The page size is part of the text (a whole number up to 101): a generic plan knows how many rows a page stops at.
  // Filter values (and a cursor's position) decide the plan: planned per execution.
  const result = await pool.query<FetchedRow<Row>>(prepared(query.text, query.values, { planPerValues: filter.values.length > 0 || request.cursor !== null }));

  const found = new Map<number, { rows: FetchedRow<Row>[]; totalCount: number | null }>();
  for (const parent of parents) found.set(parent, { rows: [], totalCount: null });
  for (const r of result.rows) {
    const page = found.get(r.__parent)!;
    page.totalCount = r.__total;
    if (r.id === null) continue; // the parent has no rows on this page (LEFT JOIN miss)
    // Rows keep their __parent/__total/__sort columns: GraphQL never reads them, and copying every row without them cost more than it saves.
    page.rows.push(r);
  }
  const pages = new Map<number, RowPage<SortedRow<Row>>>();
  for (const [parent, { rows: fetched, totalCount }] of found) pages.set(parent, { ...keysetPage<SortedRow<Row>>(fetched, request), totalCount });
  return pages;
}

/** Root lists: the single page of the synthetic root parent. */
export async function fetchRootPage<Row extends PagedRow>(
  pool: Pick<Pool, 'query'>,
  source: ListSource,
  filter: Sql,
  order: OrderSpec,
  request: PageRequest,
  withTotal: boolean,
): Promise<RowPage<SortedRow<Row>>> {
  const pages = await fetchPages<Row>(pool, source, filter, order, request, null, withTotal);
  return pages.get(ROOT_PARENT)!;
}

/**
 * /readyz's real query: a row of a real table, sent the way every page is
 * (prepared(), through the pool). It fails where `SELECT 1` does not: named
 * statements broken by a pooler in between, tables that cannot be read.
 */
export async function probeReadPath(pool: Pick<Pool, 'query'>): Promise<void> {
  await pool.query(prepared('SELECT t.id FROM countries t ORDER BY t.id LIMIT 1', []));
}
