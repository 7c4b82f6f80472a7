/**
 * Group counts over agreements, statements and facts: one statement per call, the
 * list filter from RECORD_LISTS (filterSql) as the WHERE over alias `t`, joins only for
 * the dimensions asked for (party / mentioned countries, unnested sectors).
 */
import type { Pool } from 'pg';
import { Prisma } from '../generated/prisma/client';
import type { AgreementStatus, Sector } from '../generated/prisma/enums';
import { filterSql, visibilitySql, type FilterOf } from './lists';
import { and } from './records';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

/** The record types that can be counted, and the dimensions each can be grouped by (the API's group-field enums must have exactly these). */
export interface GroupFieldOf {
  Agreement: 'COUNTRY' | 'SECTOR' | 'YEAR' | 'KIND' | 'STATUS';
  Statement: 'COUNTRY' | 'SECTOR' | 'YEAR' | 'KIND';
  Fact: 'COUNTRY' | 'YEAR' | 'UNIT';
}
export type CountedList = keyof GroupFieldOf;

/** The values identifying one group (only the dimensions grouped by are set). */
export interface GroupKeysRow {
  country?: string | null;
  sector?: Sector | null;
  year?: number | null;
  kind?: string | null;
  status?: AgreementStatus | null;
  unit?: string | null;
}

export interface GroupCountRow {
  keys: GroupKeysRow;
  count: number;
}

interface Dimension {
  /** Key in GroupKeys. */
  key: keyof GroupKeysRow;
  /** SQL yielding the key's value as GroupKeys types it (enum values as their text). */
  expr: string;
  /** Joins the dimension needs (alias `t` is the record table). */
  join?: string;
}

/** How to count list L: its table and the SQL of every value of its group-field enum. */
interface CountSpec<L extends CountedList> {
  list: L;
  table: string;
  dimensions: Record<GroupFieldOf[L], Dimension>;
}

const year: Dimension = { key: 'year', expr: 'extract(year FROM t.date_start)::int' };
const sector: Dimension = { key: 'sector', expr: 's.sector::text', join: 'LEFT JOIN LATERAL unnest(t.sectors) AS s(sector) ON true' };
const kind: Dimension = { key: 'kind', expr: 't.kind::text' };

export const COUNTS: { [L in CountedList]: CountSpec<L> } = {
  Agreement: {
    list: 'Agreement',
    table: 'agreements',
    dimensions: {
      COUNTRY: {
        key: 'country',
        expr: 'c.iso2::text',
        join: 'LEFT JOIN agreement_party_countries pc ON pc.agreement_id = t.id LEFT JOIN countries c ON c.id = pc.country_id',
      },
      SECTOR: sector,
      YEAR: year,
      KIND: kind,
      STATUS: { key: 'status', expr: 't.status::text' },
    },
  },
  Statement: {
    list: 'Statement',
    table: 'statements',
    dimensions: {
      COUNTRY: {
        key: 'country',
        expr: 'c.iso2::text',
        join: 'LEFT JOIN statement_mention_countries mc ON mc.statement_id = t.id LEFT JOIN countries c ON c.id = mc.country_id',
      },
      SECTOR: sector,
      YEAR: year,
      KIND: kind,
    },
  },
  Fact: {
    list: 'Fact',
    table: 'facts',
    dimensions: {
      COUNTRY: { key: 'country', expr: 'c.iso2::text', join: 'LEFT JOIN countries c ON c.id = t.subject_country_id' },
      YEAR: year,
      UNIT: { key: 'unit', expr: 't.unit' },
    },
  },
};

/**
 * Distinct records per combination of the given dimensions, largest groups
 * first (ties by key values). Rejected records are never counted; with
 * `minConfidence`, only records at least that confident.
 */
export async function countGroups<L extends CountedList>(
  pool: Pick<Pool, 'query'>,
  spec: CountSpec<L>,
  groupBy: readonly GroupFieldOf[L][],
  filter: FilterOf[L] | null | undefined,
  minConfidence?: number | null,
): Promise<GroupCountRow[]> {
  const dims = [...new Set(groupBy)].map((field) => {
    const d: Dimension | undefined = spec.dimensions[field];
    if (!d) throw new Error(`${spec.list} counts cannot be grouped by ${field}`);
    return d;
  });
  const where = and([filterSql(spec.list, filter), visibilitySql(spec.list, { includeRejected: false, minConfidence })]);
  const keys = dims.map((d, i) => `${d.expr} AS "k${i}"`);
  const joins = dims.flatMap((d) => (d.join ? [d.join] : []));
  const positions = dims.map((_, i) => String(i + 1));
  const statement: Sql = sql`
    SELECT ${raw([...keys, 'count(DISTINCT t.id)::int AS "count"'].join(', '))}
    FROM ${raw(spec.table)} t ${raw(joins.join(' '))}
    WHERE ${where}
    ${positions.length ? raw(`GROUP BY ${positions.join(', ')}`) : raw('')}
    ORDER BY ${join([raw('"count" DESC'), ...positions.map((p) => raw(`${p} ASC NULLS LAST`))], ', ')}`;
  const { rows } = await pool.query<Record<string, unknown>>(statement.text, statement.values);
  return rows.map((r) => {
    const keysRow: GroupKeysRow = {};
    dims.forEach((d, i) => {
      (keysRow as Record<string, unknown>)[d.key] = r[`k${i}`] ?? null;
    });
    return { keys: keysRow, count: Number(r.count) };
  });
}
