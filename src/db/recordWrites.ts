/**
 * The article writer's inserts and updates of record rows (countries,
 * organizations, agreements, ...) as plain statements: the rows go as ONE
 * JSON parameter that json_populate_recordset turns into the table's own
 * row type, so Postgres casts every column (enums, enum arrays, dates) and
 * one generic statement serves every kind of the registry. Through Prisma's
 * createManyAndReturn and update these cost the client more than they cost
 * Postgres (its query compiler and request path ran for every one: profile
 * in the README).
 */
import { Prisma } from '../generated/prisma/client';
import { keyColumnOf, RECORD_TYPES, TYPE_OF_KIND, type RecordKind } from './registry';

type Tx = Prisma.TransactionClient;
const { sql, raw, join } = Prisma;

/** A kind's table and its unique key column (a country's is its ISO alpha-2 code). */
export function recordTable(kind: RecordKind): { table: string; keyColumn: string } {
  return { table: RECORD_TYPES[TYPE_OF_KIND[kind]].table, keyColumn: keyColumnOf(kind) };
}

type WritableTable = { table: string; keyColumn: string; columns: Map<string, string> };

/** Per kind: its table, key column and writable columns (field → column, casts dropped); fixed, so built once, not per write. */
const WRITABLE = new Map<RecordKind, WritableTable>(
  (Object.keys(TYPE_OF_KIND) as RecordKind[]).map((kind) => {
    const columns = RECORD_TYPES[TYPE_OF_KIND[kind]].columns as Record<string, string>;
    const writable = Object.entries(columns).filter(([field]) => !['id', 'key', 'iso2'].includes(field));
    return [kind, { ...recordTable(kind), columns: new Map(writable.map(([field, column]) => [field, column.replace(/::.*$/, '')])) }];
  }),
);
const tableOf = (kind: RecordKind): WritableTable => WRITABLE.get(kind)!;

/** The row as json_populate_record reads it: column names, the fields present (absent ones keep the column default). */
function columnsAndJson(columns: Map<string, string>, fields: Record<string, unknown>): [string[], Record<string, unknown>] {
  const present = [...columns].filter(([field]) => fields[field] !== undefined);
  // A Date is a DATE column's (date_start): its day, as Prisma writes it.
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
  return [present.map(([, column]) => column), Object.fromEntries(present.map(([field, column]) => [column, value(fields[field])]))];
}

const quoted = (columns: readonly string[]) => raw(columns.map((c) => `"${c}"`).join(', '));

/**
 * Inserts new rows of `kind` in the order given, skipping keys that are taken (ON CONFLICT DO NOTHING); returns the
 * rows inserted. One statement per run of consecutive rows with the same fields present (as a rule, one for all):
 * a field absent from a row keeps its column default, and the order, which keeps concurrent loaders from
 * deadlocking, is kept.
 */
export async function insertRecordRows(tx: Tx, kind: RecordKind, rows: readonly { key: string; fields: object }[]): Promise<{ id: number; key: string }[]> {
  const { table, keyColumn, columns } = tableOf(kind);
  const inserted: { id: number; key: string }[] = [];
  for (const run of runsOfSameColumns(columns, rows)) {
    const cols = quoted([keyColumn, ...run.names]);
    const json = run.rows.map(({ key, json }) => ({ [keyColumn]: key, ...json }));
    inserted.push(
      ...(await tx.$queryRaw<{ id: number; key: string }[]>(sql`
        INSERT INTO ${raw(table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${raw(table)}, ${JSON.stringify(json)}::json)
        ON CONFLICT (${raw(keyColumn)}) DO NOTHING RETURNING id, ${raw(keyColumn)} AS key`)),
    );
  }
  return inserted;
}

type ColumnRun = { names: string[]; rows: { key: string; json: Record<string, unknown> }[] };

/** `rows` cut into runs of consecutive rows that have the same columns present, in order. */
function runsOfSameColumns(columns: Map<string, string>, rows: readonly { key: string; fields: object }[]): ColumnRun[] {
  const runs: (ColumnRun & { signature: string })[] = [];
  for (const row of rows) {
    const [names, json] = columnsAndJson(columns, row.fields as Record<string, unknown>);
    const signature = names.join(',');
    if (runs.at(-1)?.signature !== signature) runs.push({ signature, names, rows: [] });
    runs.at(-1)!.rows.push({ key: row.key, json });
  }
  return runs;
}

/** Sets the fields of one row of `kind`. */
export async function updateRecordRow(tx: Tx, kind: RecordKind, id: number, fields: object): Promise<void> {
  const { table, columns } = tableOf(kind);
  const [names, json] = columnsAndJson(columns, fields as Record<string, unknown>);
  if (names.length === 0) return;
  await tx.$executeRaw(sql`
    UPDATE ${raw(table)} t SET ${join(names.map((c) => sql`${raw(`"${c}"`)} = j.${raw(`"${c}"`)}`), ', ')}
    FROM json_populate_record(NULL::${raw(table)}, ${JSON.stringify(json)}::json) j WHERE t.id = ${id}`);
}
