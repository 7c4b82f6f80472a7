/**
 * Everything an article load reads before it writes, in ONE statement: the
 * stored rows of every key the article names (countries by ISO code,
 * organizations also by merge target and acronym, persons also by merge
 * target), the merge redirects, the keys of the rows those rows refer to,
 * and whether any analyst correction names a row the load may touch.
 *
 * The writer (src/db/articleWriter.ts) used to read each table just before
 * writing it, through Prisma: about twelve round trips per article (Prisma
 * fetches a relation with a query of its own), which with the client's work
 * per statement were the largest share of a load's time after extraction
 * (profile in the README). The keys are all known before the first write and
 * a read by key does not depend on what this load writes, so one read serves;
 * a row that changes meanwhile is handled as before (Staging.write locks the
 * rows it changes and reads them again). Corrections and merges cannot change
 * during a load: they take the ingest lock exclusive (src/db/locks.ts).
 */
import { Prisma } from '../generated/prisma/client';
import { mergedKeyTargetsCte } from './merge';
import { CORRECTABLE_TYPES, keyColumnOf, kindOf, RECORD_TYPES, TYPE_OF_KIND, type RecordKind } from './registry';

type Tx = Prisma.TransactionClient;
const { sql, raw, join } = Prisma;

/** The keys an article names, per record kind (countries: ISO alpha-2 codes, upper case). */
export type ArticleKeys = Record<RecordKind, readonly string[]> & { acronyms: readonly string[] };

/** A stored row as the writer stages it: its fields are the registry's columns less id, key and `rejected`. */
export interface StoredRow {
  id: number;
  key: string;
  fields: Record<string, unknown>;
}

export interface StoredForArticle {
  rows: Record<RecordKind, StoredRow[]>;
  /** Keys a correction merge folded away → the id of the row standing for them now (merge.ts mergedKeyTargets). */
  merged: { organizations: Map<string, number>; persons: Map<string, number> };
  /** The keys of the countries and organizations that the stored organizations and persons refer to, by id. */
  refKeys: { countries: Map<number, string>; organizations: Map<number, string> };
  /** Whether an analyst's correction names one of these keys or rows (then the load re-applies corrections). */
  corrected: boolean;
}

/** Columns read per kind: every registry column but `rejected` (its id and key are taken apart). */
function fieldColumns(kind: RecordKind): [field: string, column: string][] {
  const columns = RECORD_TYPES[TYPE_OF_KIND[kind]].columns as Record<string, string>;
  return Object.entries(columns).filter(([field]) => !['id', 'key', 'iso2', 'rejected'].includes(field));
}

/** What a read of `kind` finds for the article's keys (organizations and persons: also merge targets; organizations: acronyms). */
function whereOf(kind: RecordKind, keys: ArticleKeys): Prisma.Sql {
  const byKey = sql`t.${raw(keyColumnOf(kind))} = ANY(${[...keys[kind]]}::text[])`;
  if (kind === 'organizations') return sql`(${byKey} OR t.id IN (SELECT target_id FROM org_merged) OR t.acronyms && ${[...keys.acronyms]}::text[])`;
  if (kind === 'persons') return sql`(${byKey} OR t.id IN (SELECT target_id FROM person_merged))`;
  return byKey;
}

/** Per kind, a CTE of the stored rows (a plain SELECT, so its columns can be cast: sectors::text[]). */
function rowsCte(kind: RecordKind, keys: ArticleKeys): Prisma.Sql {
  const { table } = RECORD_TYPES[TYPE_OF_KIND[kind]];
  const fields = fieldColumns(kind).map(([field, column]) => `${column.includes('::') ? column.replace(/^(\w+)/, 't.$1') : `t.${column}`} AS "${field}"`);
  // The keys of referenced rows (the fold compares references by key).
  const refs = kind === 'organizations' || kind === 'persons' ? [`(SELECT c.iso2 FROM countries c WHERE c.id = t.country_id) AS "countryKey"`] : [];
  if (kind === 'persons') refs.push(`(SELECT o.key FROM organizations o WHERE o.id = t.organization_id) AS "organizationKey"`);
  return sql`${raw(`r_${kind}`)} AS (SELECT t.id, t.${raw(keyColumnOf(kind))} AS key, ${raw([...fields, ...refs].join(', '))} FROM ${raw(table)} t WHERE ${whereOf(kind, keys)})`;
}

/** The stored rows of `kind` as JSON, in id order (acronym matching takes the oldest row). */
function rowsJson(kind: RecordKind): Prisma.Sql {
  const cte = raw(`r_${kind}`);
  return sql`(SELECT coalesce(json_agg(r ORDER BY r.id), '[]'::json) FROM ${cte} r) AS ${raw(`"${kind}"`)}`;
}

/** Whether a correction names a row of a correctable kind that the load may touch: one of the article's keys, or a row read. */
function correctedSql(kinds: readonly RecordKind[], keys: ArticleKeys): Prisma.Sql {
  const branches = CORRECTABLE_TYPES.map((type) => RECORD_TYPES[type].evidence.plural as RecordKind)
    .filter((kind) => kinds.includes(kind))
    .map((kind) => sql`(c.target = ${kindOf(TYPE_OF_KIND[kind])}::"CorrectionTarget" AND (c.record_key = ANY(${[...keys[kind]]}::text[]) OR c.record_key IN (SELECT key FROM ${raw(`r_${kind}`)})))`);
  return branches.length ? sql`EXISTS (SELECT 1 FROM corrections c WHERE ${join(branches, ' OR ')}) AS corrected` : sql`false AS corrected`;
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** Reads what the database holds for an article's keys (see the top of this file). */
export async function readStoredForArticle(tx: Tx, keys: ArticleKeys): Promise<StoredForArticle> {
  const kinds = (Object.keys(TYPE_OF_KIND) as RecordKind[]).filter((kind) => keys[kind].length > 0);
  const none = Object.fromEntries(Object.keys(TYPE_OF_KIND).map((kind) => [kind, []])) as unknown as Record<RecordKind, StoredRow[]>;
  const result: StoredForArticle = { rows: none, merged: { organizations: new Map(), persons: new Map() }, refKeys: { countries: new Map(), organizations: new Map() }, corrected: false };
  if (kinds.length === 0) return result;
  const ctes = [
    mergedKeyTargetsCte('org_merged', 'ORGANIZATION', keys.organizations),
    mergedKeyTargetsCte('person_merged', 'PERSON', keys.persons),
    ...kinds.map((kind) => rowsCte(kind, keys)),
  ];
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>(sql`WITH RECURSIVE ${join(ctes, ', ')}
    SELECT ${join(kinds.map(rowsJson), ', ')},
      (SELECT coalesce(json_agg(json_build_array(key, target_id)), '[]'::json) FROM org_merged) AS "orgMerged",
      (SELECT coalesce(json_agg(json_build_array(key, target_id)), '[]'::json) FROM person_merged) AS "personMerged",
      ${correctedSql(kinds, keys)}`);
  for (const kind of kinds) {
    result.rows[kind] = parseJson<Record<string, unknown>[]>(row![kind]).map(({ id, key, countryKey, organizationKey, ...fields }) => {
      // As Prisma returns a DATE column: a UTC midnight Date.
      if (typeof fields.dateStart === 'string') fields.dateStart = new Date(`${fields.dateStart}T00:00:00Z`);
      if (typeof countryKey === 'string') result.refKeys.countries.set(fields.countryId as number, countryKey);
      if (typeof organizationKey === 'string') result.refKeys.organizations.set(fields.organizationId as number, organizationKey);
      return { id: id as number, key: key as string, fields };
    });
  }
  result.merged.organizations = new Map(parseJson<[string, number][]>(row!.orgMerged));
  result.merged.persons = new Map(parseJson<[string, number][]>(row!.personMerged));
  result.corrected = row!.corrected === true;
  return result;
}
