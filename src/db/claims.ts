/**
 * Claims: what one article says about one record (prisma/schema.prisma Claim).
 *
 * The article writer stores a claim for every record an article states; a
 * record is then exactly the fold of its claims, in any order (src/db/recordFolds.ts
 * foldRecord, by its registry entry's fold), with analysts' corrections on top. That is what
 * lets re-extraction (src/db/reextract.ts) replace one article's contribution
 * to a record that other articles also support: drop the article's claims,
 * write its new ones, fold the record anew from all of them.
 *
 * A claim names the rows it refers to (home country, party organizations,
 * speaker, ...) by KEY (ISO alpha-2 for countries), not by id: a row that
 * re-extraction removes and a later article makes again gets a new id but
 * the same key, and a key a correction merge folded away is followed to its
 * target (merge_audits).
 */
import { Prisma } from '../generated/prisma/client';
import { emptyKeySets, idsOfKeys, replaceJoinRows, type ReferencedKind } from './references';
import { canonical, foldJoins, foldRecord, partialDateStart, union, type Provenance, type RefKeyOf } from './recordFolds';
import { joinsOf, kindOf, MERGE_TYPES, RECORD_TYPES, tableOfKind, TYPE_OF_KIND, type FieldsOf, type JoinsOf, type MergeType, type RecordKind } from './registry';

type Tx = Prisma.TransactionClient;
const { sql, raw } = Prisma;

/** The fields of a claim that refer to other rows: every `...Id` field of a kind's fields, and its join fields. */
type ReferenceField = { [K in RecordKind]: Extract<keyof FieldsOf<K>, `${string}Id`> | keyof JoinsOf<K> }[RecordKind];

/** Every field of a claim that refers to other rows, and the table it refers to (the compiler wants each of them). */
export const REFERENCES: Record<ReferenceField, ReferencedKind> = {
  countryId: 'countries',
  organizationId: 'organizations',
  speakerPersonId: 'persons',
  speakerOrganizationId: 'organizations',
  subjectCountryId: 'countries',
  subjectOrganizationId: 'organizations',
  memberIds: 'countries',
  partyCountryIds: 'countries',
  partyOrganizationIds: 'organizations',
  signatoryIds: 'persons',
  mentionCountryIds: 'countries',
  mentionOrganizationIds: 'organizations',
};

/** Replaces every reference of `fields` (an id or a list of ids; a key or a list of keys) through `map`; unmapped ones become null or drop out. */
function mapReferences<A, B>(fields: Record<string, unknown>, map: (kind: ReferencedKind, ref: A) => B | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const kind = (REFERENCES as Record<string, ReferencedKind | undefined>)[name];
    if (!kind) out[name] = value;
    else if (Array.isArray(value)) out[name] = value.map((v) => map(kind, v as A)).filter((v) => v !== undefined);
    else out[name] = value === null ? null : (map(kind, value as A) ?? null);
  }
  return out;
}

/** A claim's stored fields: the record's own fields and join rows with references as keys (date_start is derived from date, so left out). */
export function claimFieldsOf(fields: object, keyOf: (kind: ReferencedKind, id: number) => string | undefined): Record<string, unknown> {
  const { dateStart: _derived, ...rest } = fields as Record<string, unknown>;
  return mapReferences<number, string>(rest, keyOf);
}

/**
 * Row ids by key for every reference of the claims (references.ts), following correction merges for keys that
 * no longer name a row; and back, the key of each id (the smallest, when merges made several keys one row).
 */
async function resolveReferences(tx: Tx, claims: readonly Record<string, unknown>[]): Promise<{ idOf: (kind: ReferencedKind, key: string) => number | undefined; keyOf: RefKeyOf }> {
  const wanted = emptyKeySets();
  for (const fields of claims) mapReferences<string, string>(fields, (kind, key) => (wanted[kind].add(key), key));
  const ids = await idsOfKeys(tx, wanted);
  const keys = Object.fromEntries(
    Object.entries(ids).map(([kind, byKey]) => {
      const byId = new Map<number, string>();
      for (const [key, id] of byKey) if (!byId.has(id) || key < byId.get(id)!) byId.set(id, key);
      return [kind, byId];
    }),
  ) as Record<ReferencedKind, Map<number, string>>;
  const kindOfField = REFERENCES as Record<string, ReferencedKind | undefined>;
  return { idOf: (kind, key) => ids[kind].get(key), keyOf: (field, id) => (kindOfField[field] ? keys[kindOfField[field]].get(id) : undefined) };
}

/** Names (merge sources) an organization or person stands for after correction merges: kept as aliases when it is folded anew. */
async function mergedNames(tx: Tx, kind: RecordKind, ids: readonly number[]): Promise<Map<number, string[]>> {
  const type = TYPE_OF_KIND[kind];
  if (!MERGE_TYPES.some((t) => t === type)) return new Map();
  const rows = await tx.mergeAudit.findMany({ where: { kind: kindOf(type as MergeType), targetId: { in: [...ids] } }, select: { targetId: true, sourceNames: true }, orderBy: { id: 'asc' } });
  const names = new Map<number, string[]>();
  for (const r of rows) names.set(r.targetId, [...(names.get(r.targetId) ?? []), ...r.sourceNames]);
  return names;
}

export interface RebuildOutcome {
  /** Rows whose fields or join rows the fold changed. */
  changed: Set<number>;
  /** Rows no article supports any more (no claim, no evidence): deleted. */
  removed: Set<number>;
}

interface ClaimRow {
  recordId: number;
  fields: Record<string, unknown>;
  method: string;
  confidence: number;
  version: string;
}

/**
 * Folds the given rows of one kind anew from all their claims and deletes the rows no article supports any more. A row that an
 * article supports without claims (loaded before claims existed, not yet
 * re-extracted) is left as it is until that article is re-extracted.
 */
export async function rebuildRecords(tx: Tx, kind: RecordKind, ids: readonly number[]): Promise<RebuildOutcome> {
  const outcome: RebuildOutcome = { changed: new Set(), removed: new Set() };
  if (ids.length === 0) return outcome;
  const { table, column } = tableOfKind(kind);
  const claims = await tx.$queryRaw<ClaimRow[]>(sql`
    SELECT c.${raw(column)} AS "recordId", c.fields, c.method, c.confidence, a.extractor_version AS version
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE c.${raw(column)} = ANY(${ids}::int[]) ORDER BY c.article_id, c.id`);
  const supported = new Set(
    (await tx.$queryRaw<{ id: number }[]>(sql`SELECT DISTINCT ${raw(column)} AS id FROM evidence WHERE ${raw(column)} = ANY(${ids}::int[])`)).map((r) => r.id),
  );
  const byRecord = new Map<number, ClaimRow[]>();
  for (const c of claims) byRecord.set(c.recordId, [...(byRecord.get(c.recordId) ?? []), c]);
  const orphans = ids.filter((id) => !byRecord.has(id) && !supported.has(id));
  if (orphans.length) {
    await tx.$executeRaw(sql`DELETE FROM ${raw(table)} WHERE id = ANY(${orphans}::int[])`);
    for (const id of orphans) outcome.removed.add(id);
  }
  // A record some not-yet-re-extracted article supports without a claim (loaded before claims existed) cannot be folded
  // from its claims yet: it keeps its fields until that article is re-extracted, which folds it then. So a first
  // re-extraction of such a database folds Korea once, at its last article, not once per article.
  const unclaimed = new Set(
    (
      await tx.$queryRaw<{ id: number }[]>(sql`
        SELECT DISTINCT e.${raw(column)} AS id FROM evidence e
        WHERE e.${raw(column)} = ANY(${[...byRecord.keys()]}::int[]) AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = e.article_id)`)
    ).map((r) => r.id),
  );
  for (const id of unclaimed) byRecord.delete(id);
  if (byRecord.size === 0) return outcome;
  const { idOf, keyOf } = await resolveReferences(tx, claims.map((c) => c.fields));
  const aliasesFromMerges = await mergedNames(tx, kind, [...byRecord.keys()]);
  const claimOf = (c: ClaimRow) => {
    const { fields, joins } = splitJoins(kind, mapReferences<string, number>(c.fields, idOf));
    const provenance: Provenance = { confidence: c.confidence, extractionMethod: c.method, extractionVersion: c.version };
    return { fields: canonical(kind, { ...fields, ...provenance }) as Record<string, unknown> & Provenance, joins };
  };
  for (const [id, recordClaims] of byRecord) {
    const [first, ...later] = recordClaims.map(claimOf);
    const { fields, joins } = first!;
    for (const more of later) {
      foldRecord(kind, fields, more.fields, keyOf);
      foldJoins(joins, more.joins);
    }
    const merged = aliasesFromMerges.get(id);
    if (merged && Array.isArray(fields.aliases)) fields.aliases = union(fields.aliases as string[], merged.filter((a) => a !== fields.name));
    if ('date' in fields) fields.dateStart = partialDateStart(fields.date as string | null);
    if (await writeFolded(tx, kind, id, fields, joins)) outcome.changed.add(id);
  }
  return outcome;
}

/** A claim's fields apart from its join rows. */
function splitJoins(kind: RecordKind, all: Record<string, unknown>): { fields: Record<string, unknown>; joins: Record<string, number[]> } {
  const joinFields = new Set(Object.keys(joinsOf(kind)));
  const fields: Record<string, unknown> = {};
  const joins: Record<string, number[]> = {};
  for (const [name, value] of Object.entries(all)) {
    if (joinFields.has(name)) joins[name] = value as number[];
    else fields[name] = value;
  }
  return { fields, joins };
}

/** Writes a folded record: its columns when they differ, its join rows replaced when they differ. True when anything changed. */
async function writeFolded(tx: Tx, kind: RecordKind, id: number, fields: Record<string, unknown>, joins: Record<string, number[]>): Promise<boolean> {
  const { table } = tableOfKind(kind);
  const columns = RECORD_TYPES[TYPE_OF_KIND[kind]].columns as Record<string, string>;
  const names = Object.keys(fields).filter((f) => columns[f]);
  const assignments = names.map((f) => sql`${raw(`"${columns[f]!.split('::')[0]}"`)} = ${valueOf(kind, f, fields[f])}`);
  const differs = names.map((f) => sql`${raw(`"${columns[f]!.split('::')[0]}"`)} IS DISTINCT FROM ${valueOf(kind, f, fields[f])}`);
  const updated = await tx.$executeRaw(sql`UPDATE ${raw(table)} SET ${Prisma.join(assignments)} WHERE id = ${id} AND (${Prisma.join(differs, ' OR ')})`);
  let changed = updated > 0;
  for (const [field, join] of Object.entries(joinsOf(kind))) if (await replaceJoinRows(tx, join, id, joins[field] ?? [])) changed = true;
  return changed;
}

/** A field's value as an SQL parameter of its column's type (enum arrays and enums cast from text). */
function valueOf(kind: RecordKind, field: string, value: unknown): Prisma.Sql {
  if (field === 'sectors') return sql`${value as string[]}::text[]::"Sector"[]`;
  if (field === 'kind') return sql`${value as string}::${raw(kind === 'organizations' ? '"OrganizationKind"' : kind === 'agreements' ? '"AgreementKind"' : '"StatementKind"')}`;
  if (field === 'status') return sql`${value as string}::"AgreementStatus"`;
  if (field === 'dateStart') return sql`${value as Date | null}::date`;
  if (field === 'aliases' || field === 'acronyms') return sql`${value as string[]}::text[]`;
  return sql`${value}`;
}
