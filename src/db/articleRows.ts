/**
 * The rows an article adds that no other load competes for in a way that
 * matters (its evidence and claims) or that it adds idempotently (join rows:
 * ON CONFLICT DO NOTHING), written in ONE statement: one INSERT per table as
 * data-modifying CTEs over unnest()ed column arrays. Through Prisma's
 * createMany these were eight statements, and building their parameters in
 * Prisma's query compiler was among the largest costs of a load (profile in
 * the README); a handful of typed arrays costs Postgres the same and the
 * client next to nothing.
 */
import { Prisma } from '../generated/prisma/client';
import { JOINS, RECORD_TYPES, type EvidenceField } from './registry';

type Tx = Prisma.TransactionClient;
const { sql, raw, join } = Prisma;

export type JoinTable = keyof typeof JOINS;

export interface EvidenceRow {
  start: number;
  end: number;
  sentence: string;
  /** The record it supports: one evidence field (countryId, regionId, ...) and the record's id. */
  field: EvidenceField;
  recordId: number;
}

export interface ClaimRowToWrite {
  field: EvidenceField;
  recordId: number;
  fields: object;
  method: string;
  confidence: number;
}

export interface ArticleRows {
  evidence: readonly EvidenceRow[];
  claims: readonly ClaimRowToWrite[];
  /** Join rows per join table, as [own id, other id]. */
  joins: Partial<Record<JoinTable, readonly (readonly [number, number])[]>>;
}

const RECORD_FIELDS = Object.keys(RECORD_TYPES.Evidence.columns).filter((f) => !['id', 'articleId', 'start', 'end', 'sentence'].includes(f)) as EvidenceField[];
const column = (field: EvidenceField) => RECORD_TYPES.Evidence.columns[field];

/** One record-id column per evidence field: the row's id where the row points there, null elsewhere. */
function recordColumns(rows: readonly { field: EvidenceField; recordId: number }[]): Prisma.Sql[] {
  return RECORD_FIELDS.map((f) => sql`${rows.map((r) => (r.field === f ? r.recordId : null))}::int[]`);
}

/** Inserts the article's evidence, claims and join rows (join rows sorted, so concurrent loads take their index entries in one order). */
export async function insertArticleRows(tx: Tx, articleId: number, rows: ArticleRows): Promise<void> {
  const parts: Prisma.Sql[] = [];
  const recordCols = raw(RECORD_FIELDS.map(column).join(', '));
  if (rows.evidence.length) {
    const e = rows.evidence;
    parts.push(sql`INSERT INTO evidence (article_id, start, "end", sentence, ${recordCols})
      SELECT ${articleId}::int, * FROM unnest(${e.map((r) => r.start)}::int[], ${e.map((r) => r.end)}::int[], ${e.map((r) => r.sentence)}::text[], ${join(recordColumns(e))})`);
  }
  if (rows.claims.length) {
    const c = rows.claims;
    parts.push(sql`INSERT INTO claims (article_id, ${recordCols}, fields, method, confidence)
      SELECT ${articleId}::int, u.* FROM unnest(${join(recordColumns(c))}, ${c.map((r) => JSON.stringify(r.fields))}::jsonb[], ${c.map((r) => r.method)}::text[], ${c.map((r) => r.confidence)}::float8[]) AS u`);
  }
  for (const [name, pairs] of Object.entries(rows.joins) as [JoinTable, readonly (readonly [number, number])[]][]) {
    if (!pairs.length) continue;
    const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const spec = JOINS[name];
    parts.push(sql`INSERT INTO ${raw(spec.table)} (${raw(spec.own)}, ${raw(spec.other)})
      SELECT * FROM unnest(${sorted.map((p) => p[0])}::int[], ${sorted.map((p) => p[1])}::int[]) ON CONFLICT DO NOTHING`);
  }
  if (parts.length === 0) return;
  const ctes = parts.map((part, i) => sql`${raw(`w${i}`)} AS (${part})`);
  await tx.$executeRaw(sql`WITH ${join(ctes)} SELECT 1`);
}
