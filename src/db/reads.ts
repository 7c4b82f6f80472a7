/**
 * The read path's small statements, each one batch for the loaders
 * (src/loaders): rows by id, small relations read whole, countries by code,
 * and the readiness probe's round trip.
 */
import type { Pool } from 'pg';
import { Prisma } from '../generated/prisma/client';
import { prepared } from './prepared';
import { columnsOf, jsonRowOf, tableOf, type JsonSafeNodeType } from './records';
import { embeddedColumns, FULL_ROW, selectedFields, SMALL_LISTS, type RowShape, type SmallListName } from './shapes';
import type { NodeType, RowOf } from './registry';

const { sql, raw, join, empty } = Prisma;
type Reader = Pick<Pool, 'query'>;

/** The by-id statement's text per shape and type: its only value is the ids, so the text is built once (a by-id request is short; building it was a visible part). */
const byIdTexts = new WeakMap<RowShape, Map<NodeType, string>>();

function byIdText(type: NodeType, shape: RowShape): string {
  let byType = byIdTexts.get(shape);
  if (!byType) byIdTexts.set(shape, (byType = new Map()));
  let text = byType.get(type);
  if (text === undefined) {
    const rows = sql`SELECT ${columnsOf(type, selectedFields(shape))} FROM ${tableOf(type)} WHERE t.id = ANY(${[]}::int[])`;
    const embedded = embeddedColumns(shape, 'r');
    const q = embedded === empty ? rows : sql`SELECT r.* ${embedded} FROM (${rows}) r`;
    if (q.values.length !== 1) throw new Error(`rowsByIds: expected the ids as the only value, got ${q.values.length}`);
    byType.set(type, (text = q.text));
  }
  return text;
}

/** Rows of one type by id, in no particular order, in the given shape (src/db/shapes.ts); missing ids are simply absent. */
export async function rowsByIds<T extends NodeType>(pool: Reader, type: T, ids: readonly number[], shape: RowShape = FULL_ROW): Promise<RowOf<T>[]> {
  return (await pool.query<RowOf<T>>(prepared(byIdText(type, shape), [[...ids]]))).rows;
}

export type { SmallListName };
export type SmallListRow<N extends SmallListName> = RowOf<(typeof SMALL_LISTS)[N]['of']>;

/** The record type a small list holds. */
export function smallListType<N extends SmallListName>(name: N): (typeof SMALL_LISTS)[N]['of'] {
  return SMALL_LISTS[name].of;
}

/**
 * Every small list asked for, of any parent type, in ONE statement: a UNION ALL
 * with a branch per list, each row built as JSON (the branches' row types differ),
 * in list order per parent.
 */
export async function smallListRows(pool: Reader, parentIdsByList: ReadonlyMap<SmallListName, readonly number[]>): Promise<{ list: SmallListName; parent: number; row: RowOf<JsonSafeNodeType> }[]> {
  const branches = [...parentIdsByList].map(([name, ids]) => {
    const spec = SMALL_LISTS[name];
    // UNION ALL keeps no order by itself: each branch numbers its rows, the outer query sorts by that number.
    return sql`SELECT ${name}::text AS "list", ${raw(spec.parentKey)} AS "parent", ${jsonRowOf(spec.of)} AS "row",
      row_number() OVER (ORDER BY ${raw(spec.order)}, t.id) AS "position"
      FROM ${raw(spec.from)} WHERE ${raw(spec.parentKey)} = ANY(${[...ids]}::int[])`;
  });
  const q = sql`${join(branches, ' UNION ALL ')} ORDER BY "position"`;
  return (await pool.query<{ list: SmallListName; parent: number; row: RowOf<JsonSafeNodeType> }>(q.text, q.values)).rows;
}

/** Countries whose ISO alpha-2 or alpha-3 code is one of `codes` (upper case). */
export async function countriesByCodes(pool: Reader, codes: readonly string[]): Promise<RowOf<'Country'>[]> {
  const q = sql`SELECT ${columnsOf('Country')} FROM countries t WHERE t.iso2 = ANY(${[...codes]}::text[]) OR t.iso3 = ANY(${[...codes]}::text[])`;
  return (await pool.query<RowOf<'Country'>>(q.text, q.values)).rows;
}

/** One round trip to the database (readiness). */
export async function ping(pool: Reader): Promise<void> {
  await pool.query('SELECT 1');
}
