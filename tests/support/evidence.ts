// Checks on what the loader stored, in SQL, shared by the loader's tests
// (tests/integration/load.test.ts on the seeds, hostile-load.test.ts on
// generated text).
import type { Pool } from 'pg';

/** Every table the loader writes, record tables with their evidence column. */
export const RECORD_TABLES = [
  ['countries', 'country_id'],
  ['regions', 'region_id'],
  ['organizations', 'organization_id'],
  ['persons', 'person_id'],
  ['agreements', 'agreement_id'],
  ['statements', 'statement_id'],
  ['facts', 'fact_id'],
] as const;

export type TableCounts = Record<string, number>;

/** Row counts of `articles`, `evidence` and every record table. */
export async function tableCounts(pool: Pool): Promise<TableCounts> {
  const out: TableCounts = {};
  for (const table of ['articles', 'evidence', ...RECORD_TABLES.map(([t]) => t)]) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = rows[0]!.n;
  }
  return out;
}

// Evidence offsets are UTF-16 code units, as String.prototype.slice counts
// (src/ingest/types.ts), while Postgres counts code points. Writing every
// character outside the BMP twice turns a text into one code point per UTF-16
// unit, so `substring` on that form slices where JavaScript's `slice` does; a
// span that cuts a surrogate pair in half cannot match (Postgres has no half
// characters to store).
const asUtf16Units = (column: string) => `regexp_replace(${column}, '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')`;

const EVIDENCE_SLICES_SQL = `
  WITH bodies AS MATERIALIZED (SELECT id, ${asUtf16Units('body')} AS units FROM articles WHERE $1::int IS NULL OR id = $1),
  spans AS (
    SELECT e.id, e.article_id, e.start, e."end", e.sentence, b.units,
           substring(b.units FROM e.start + 1 FOR greatest(e."end" - e.start, 0)) AS at_offsets
      FROM evidence e JOIN bodies b ON b.id = e.article_id
  )
  SELECT count(*)::int AS checked,
         coalesce(jsonb_agg(jsonb_build_object('id', id, 'articleId', article_id, 'start', start, 'end', "end", 'sentence', sentence, 'atOffsets', at_offsets, 'bodyUnits', length(units)) ORDER BY id)
           FILTER (WHERE start < 0 OR "end" <= start OR "end" > length(units) OR at_offsets IS DISTINCT FROM ${asUtf16Units('sentence')}), '[]') AS mismatches
    FROM spans`;

export interface EvidenceMismatch {
  id: number;
  articleId: number;
  start: number;
  end: number;
  sentence: string;
  /** The body at [start, end), astral characters written twice. */
  atOffsets: string | null;
  /** The body's length in UTF-16 code units. */
  bodyUnits: number;
}

/**
 * Every evidence row (of one article, or of all) checked in one SQL
 * statement: its [start, end) lies inside its article's body and slices it to
 * the stored sentence. Returns how many rows were checked and the ones that fail.
 */
export async function checkEvidenceSlices(pool: Pool, articleId?: number): Promise<{ checked: number; mismatches: EvidenceMismatch[] }> {
  const { rows } = await pool.query<{ checked: number; mismatches: EvidenceMismatch[] }>(EVIDENCE_SLICES_SQL, [articleId ?? null]);
  return rows[0]!;
}

/** Record rows of each table with no evidence at all (each should have some). */
export async function recordsWithoutEvidence(pool: Pool): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [table, column] of RECORD_TABLES) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.${column} = t.id)`);
    out[table] = rows[0]!.n;
  }
  return out;
}
