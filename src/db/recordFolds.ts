/**
 * How a record is made from what articles say about it, said once for the
 * article writer (src/db/articleWriter.ts: a new article's record folded into
 * the stored row) and for re-extraction (src/db/claims.ts: a row folded anew
 * from all its claims). Each kind says which of its fields are lists and
 * which a claim may lack in its registry entry (src/db/registry.ts,
 * `evidence.fold`); foldRecord applies that.
 *
 * The fold does not depend on the order articles arrive in (N loaders in
 * parallel end with the records one loader makes; re-extraction ends with a
 * fresh load's): folding claims is commutative and associative, each rule
 * deciding by value, never by arrival:
 * - the record's own fields and its provenance (confidence, rule, version)
 *   are its STRONGEST claim's: the most confident, ties broken by the smaller
 *   of their fields (a fixed total order, so any arrival order picks the same);
 * - aliases, acronyms, sectors and join rows are unions, kept sorted;
 * - a date, role, quantity, occasion or home country that claims may lack is
 *   the first non-null by a fixed order: the earliest date (the more precise
 *   of equal starts), the smallest text, the smallest key of a referenced row.
 */
import { foldOf, type FoldSpec, type RecordKind } from './registry';

export interface Provenance {
  confidence: number;
  extractionMethod: string;
  extractionVersion: string;
}

/** The union of two lists, sorted, so it does not depend on which came first. */
export function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])].sort();
}

/** "2024", "2024-06", "2024-06-12" → first day, as a UTC date (the date_start column); null when unparseable. */
export function partialDateStart(date: string | null | undefined): Date | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The key of the row a reference field (`countryId`, `speakerPersonId`, ...) points at: ids differ between databases, keys do not. */
export type RefKeyOf = (field: string, id: number) => string | undefined;

type Fields = Record<string, unknown>;
type Spec = FoldSpec<Fields>;

/** A field holding a row id (the registry's naming: every reference ends in `Id`). */
const isReference = (field: string) => field.endsWith('Id');

/** The fields that come with the strongest claim: everything but lists, fill fields and date_start (derived). */
function ownFields(spec: Spec, fields: Fields): string[] {
  return Object.keys(fields).filter((f) => f !== 'dateStart' && !spec.lists.includes(f) && !spec.fill.includes(f));
}

/**
 * Orders claims of equal confidence: their own non-reference fields and rule, as JSON. Not the extractor
 * version: re-extraction changes an article's version without folding records its claims leave as they were.
 */
function rank(spec: Spec, fields: Fields): string {
  return JSON.stringify(ownFields(spec, fields).filter((f) => f !== 'extractionVersion' && !isReference(f)).sort().map((f) => fields[f]));
}

/** Of two non-null values of a fill field, whether `a` is the one the fold keeps. */
function fillWins(field: string, a: unknown, b: unknown, keyOf: RefKeyOf): boolean {
  if (field === 'date') {
    const [sa, sb] = [partialDateStart(a as string)?.getTime() ?? Infinity, partialDateStart(b as string)?.getTime() ?? Infinity];
    if (sa !== sb) return sa < sb;
    if ((a as string).length !== (b as string).length) return (a as string).length > (b as string).length;
  }
  if (typeof a === 'number' && isReference(field)) {
    const [ka, kb] = [keyOf(field, a), keyOf(field, b as number)];
    if (ka !== undefined && kb !== undefined) return ka < kb;
  }
  return typeof a === 'number' ? a < (b as number) : String(a) < String(b);
}

/** A claim's (or a new row's) fields in the fold's canonical form: lists sorted, duplicates dropped. */
export function canonical<F extends object>(kind: RecordKind, fields: F): F {
  const out = { ...fields } as Fields;
  for (const f of foldOf(kind).lists) if (Array.isArray(out[f])) out[f] = union(out[f] as unknown[], []);
  return out as F;
}

/**
 * Folds one more claim into a record (`now` changes in place); both carry
 * the fields and the provenance. Commutative and associative: any order of
 * the same claims ends with the same record.
 */
export function foldRecord<F extends object>(kind: RecordKind, now: F & Provenance, more: F & Provenance, keyOf: RefKeyOf): void {
  const spec = foldOf(kind);
  const n = now as unknown as Fields;
  const m = more as unknown as Fields;
  const before = { ...n };
  if (more.confidence > now.confidence || (more.confidence === now.confidence && rank(spec, m) < rank(spec, n))) {
    for (const f of ownFields(spec, m)) n[f] = m[f];
  }
  for (const f of spec.lists) n[f] = union((before[f] as unknown[]) ?? [], (m[f] as unknown[]) ?? []);
  for (const f of spec.fill) {
    const [a, b] = [before[f] ?? null, m[f] ?? null];
    n[f] = a === null ? b : b === null ? a : fillWins(f, b, a, keyOf) ? b : a;
  }
  if ('date' in n) n.dateStart = partialDateStart(n.date as string | null);
}

/** The join rows of a record: the union of its claims'. */
export function foldJoins<J extends object>(now: J, more: J): void {
  for (const [name, ids] of Object.entries(more) as [keyof J, number[]][]) now[name] = union(now[name] as number[], ids) as J[keyof J];
}
