/**
 * How stored decisions name other records: by KEY (a country by ISO alpha-2,
 * an organization or person by its key), never by row id, because a row that
 * re-extraction removes and a later article makes again gets a new id but the
 * same key. Claims (claims.ts) and analyst corrections (corrections.ts) both
 * store references this way and turn them back into ids here; both write the
 * list-valued ones into the same join tables.
 */
import { Prisma } from '../generated/prisma/client';
import { mergedKeyTargets } from './merge';
import type { JoinSpec } from './registry';

type Tx = Prisma.TransactionClient;
const { sql, raw } = Prisma;

/** The tables whose rows are referenced by key. */
export type ReferencedKind = 'countries' | 'organizations' | 'persons';

export type KeySets = Record<ReferencedKind, Set<string>>;
export type KeyIds = Record<ReferencedKind, Map<string, number>>;

export const emptyKeySets = (): KeySets => ({ countries: new Set(), organizations: new Set(), persons: new Set() });

/**
 * Row ids by key, one read per table; a key that a correction merge folded
 * away stands for the merge's target (as for a later article naming it).
 */
export async function idsOfKeys(tx: Tx, wanted: KeySets): Promise<KeyIds> {
  const [countries, organizations, persons] = await Promise.all([
    wanted.countries.size ? tx.country.findMany({ where: { iso2: { in: [...wanted.countries] } }, select: { id: true, iso2: true } }) : [],
    wanted.organizations.size ? tx.organization.findMany({ where: { key: { in: [...wanted.organizations] } }, select: { id: true, key: true } }) : [],
    wanted.persons.size ? tx.person.findMany({ where: { key: { in: [...wanted.persons] } }, select: { id: true, key: true } }) : [],
  ]);
  const ids: KeyIds = {
    countries: new Map(countries.map((r) => [r.iso2, r.id])),
    organizations: new Map(organizations.map((r) => [r.key, r.id])),
    persons: new Map(persons.map((r) => [r.key, r.id])),
  };
  for (const [kind, mergeKind] of [['organizations', 'ORGANIZATION'], ['persons', 'PERSON']] as const) {
    const missing = [...wanted[kind]].filter((k) => !ids[kind].has(k));
    if (missing.length) for (const [key, id] of await mergedKeyTargets(tx, mergeKind, missing)) ids[kind].set(key, id);
  }
  return ids;
}

/** The join rows of one record become exactly `otherIds`; true when any row was removed or added. */
export async function replaceJoinRows(tx: Tx, spec: JoinSpec, ownId: number, otherIds: readonly number[]): Promise<boolean> {
  const [table, own, other] = [raw(spec.table), raw(spec.own), raw(spec.other)];
  const removed = await tx.$executeRaw(sql`DELETE FROM ${table} WHERE ${own} = ${ownId}::int AND NOT (${other} = ANY(${otherIds}::int[]))`);
  const added = otherIds.length
    ? await tx.$executeRaw(sql`INSERT INTO ${table} (${own}, ${other}) SELECT ${ownId}::int, x FROM unnest(${otherIds}::int[]) AS x ON CONFLICT DO NOTHING`)
    : 0;
  return removed + added > 0;
}
