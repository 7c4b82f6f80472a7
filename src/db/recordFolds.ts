/**
 * How a record is made from what articles say about it, said once for the
 * article writer (src/db/articleWriter.ts: a new article's record folded into
 * the stored row) and for re-extraction (src/db/claims.ts: a row folded anew
 * from all its claims, in article order). Each kind's own fold is in its
 * registry entry (src/db/registry.ts, `evidence.fold`); these are the pieces
 * the folds share.
 *
 * The first article to state a record gives its fields; each later one adds
 * what the first lacked: aliases, acronyms, sectors and join rows are unions,
 * a date, role, quantity or home country is taken when still missing. The
 * record's provenance (confidence, rule, version) is its strongest claim's.
 */
import type { Sector } from '../generated/prisma/enums';

export interface Provenance {
  confidence: number;
  extractionMethod: string;
  extractionVersion: string;
}

export function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** "2024", "2024-06", "2024-06-12" → first day, as a UTC date (the date_start column); null when unparseable. */
export function partialDateStart(date: string | null | undefined): Date | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A record found again gains its sectors, and its date when it had none. */
export function gainSectorsAndDate(now: { sectors: Sector[]; date: string | null; dateStart: Date | null }, more: { sectors: Sector[]; date: string | null }): void {
  now.sectors = union(now.sectors, more.sectors);
  now.date = now.date ?? more.date;
  now.dateStart = partialDateStart(now.date);
}

/** The join rows of a record: the union of its claims'. */
export function foldJoins<J extends object>(now: J, more: J): void {
  for (const [name, ids] of Object.entries(more) as [keyof J, number[]][]) now[name] = union(now[name] as number[], ids) as J[keyof J];
}

/** The record's provenance becomes the claim's when the claim is more confident (the first of equals stays). */
export function foldProvenance(now: Provenance, claim: Provenance): void {
  if (claim.confidence > now.confidence) Object.assign(now, claim);
}
