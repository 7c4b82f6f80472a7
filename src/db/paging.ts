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
import { encodeCursor, type Page, type PageRequest } from '../lib/connection';

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
}

export interface PagedRow {
  id: number;
}

const ROOT_PARENT = 0;

/** Fetches one page per parent id in a single statement. Root lists pass no parent ids. */
export async function fetchPages<Row extends PagedRow>(
  pool: Pick<Pool, 'query'>,
  source: ListSource,
  filter: Sql,
  order: OrderSpec,
  request: PageRequest,
  parentIds: readonly number[] | null,
  withTotal: boolean,
): Promise<Map<number, Page<Row>>> {
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
    SELECT p.__parent AS "__parent", c.*, ${withTotal ? raw('tot.__total') : raw('NULL::int')} AS "__total"
    FROM unnest(${[...parents]}::int[]) WITH ORDINALITY AS p(__parent, __ord)
    LEFT JOIN LATERAL (
      SELECT ${source.columns}, (${order.expr})::text AS "__sort"
      FROM ${source.from}
      WHERE ${parentMatch} ${filter} ${cursor}
      ORDER BY ${order.expr} ${dir}, t.id ${dir}
      LIMIT ${request.limit + 1}
    ) c ON true
    ${total}
    ORDER BY p.__ord`;
  const result = await pool.query<Row & { __parent: number; __total: number | null; __sort: string | null }>(query.text, query.values);

  const pages = new Map<number, Page<Row>>();
  for (const parent of parents) pages.set(parent, { rows: [], totalCount: null, hasNextPage: false, hasPreviousPage: false, cursors: [] });
  const sorts = new Map<Row, string | null>();
  for (const r of result.rows) {
    const page = pages.get(r.__parent)!;
    page.totalCount = r.__total;
    if (r.id === null) continue; // the parent has no rows on this page (LEFT JOIN miss)
    const { __parent, __total, __sort, ...row } = r;
    sorts.set(row as unknown as Row, __sort);
    page.rows.push(row as unknown as Row);
  }
  for (const page of pages.values()) {
    const more = page.rows.length > request.limit;
    if (more) page.rows.length = request.limit;
    if (request.backward) page.rows.reverse();
    // Keyset paging only knows about the side it travels towards; a cursor on the other side means rows exist there.
    page.hasNextPage = request.backward ? request.cursor !== null : more;
    page.hasPreviousPage = request.backward ? more : request.cursor !== null;
    page.cursors = page.rows.map((row) => encodeCursor({ s: sorts.get(row) ?? null, i: row.id }));
  }
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
): Promise<Page<Row>> {
  const pages = await fetchPages<Row>(pool, source, filter, order, request, null, withTotal);
  return pages.get(ROOT_PARENT)!;
}
