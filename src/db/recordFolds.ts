/**
 * How a record is made from what articles say about it, said once for the
 * article writer (src/db/articleWriter.ts: a new article's record folded into
 * the stored row) and for re-extraction (src/db/claims.ts: a row folded anew
 * from all its claims, in article order).
 *
 * The first article to state a record gives its fields; each later one adds
 * what the first lacked: aliases, acronyms, sectors and join rows are unions,
 * a date, role, quantity or home country is taken when still missing. The
 * record's provenance (confidence, rule, version) is its strongest claim's.
 */
import type { AgreementKind, AgreementStatus, OrganizationKind, Sector, StatementKind } from '../generated/prisma/enums';

export interface Provenance {
  confidence: number;
  extractionMethod: string;
  extractionVersion: string;
}

export type CountryFields = { iso3: string; name: string; aliases: string[] };
export type RegionFields = { name: string; aliases: string[] };
export type OrganizationFields = { name: string; aliases: string[]; acronyms: string[]; kind: OrganizationKind; countryId: number | null };
export type PersonFields = { name: string; aliases: string[]; role: string | null; countryId: number | null; organizationId: number | null };
export type AgreementFields = { title: string; kind: AgreementKind; status: AgreementStatus; date: string | null; dateStart: Date | null; quantity: string | null; sectors: Sector[] };
export type StatementFields = {
  kind: StatementKind;
  text: string;
  date: string | null;
  dateStart: Date | null;
  occasion: string | null;
  sectors: Sector[];
  speakerPersonId: number | null;
  speakerOrganizationId: number | null;
};
export type FactFields = {
  subject: string;
  subjectCountryId: number | null;
  subjectOrganizationId: number | null;
  metric: string;
  value: number;
  unit: string;
  date: string | null;
  dateStart: Date | null;
};

/** The join rows a claim adds (ids of the rows they point at). */
export type RegionJoins = { memberIds: number[] };
export type AgreementJoins = { partyCountryIds: number[]; partyOrganizationIds: number[]; signatoryIds: number[] };
export type StatementJoins = { mentionCountryIds: number[]; mentionOrganizationIds: number[] };

/** Each record kind's fields and join rows, by the registry's plural name. */
export interface KindShapes {
  countries: { fields: CountryFields; joins: object };
  regions: { fields: RegionFields; joins: RegionJoins };
  organizations: { fields: OrganizationFields; joins: object };
  persons: { fields: PersonFields; joins: object };
  agreements: { fields: AgreementFields; joins: AgreementJoins };
  statements: { fields: StatementFields; joins: StatementJoins };
  facts: { fields: FactFields; joins: object };
}
export type FoldKind = keyof KindShapes;
export type FieldsOf<K extends FoldKind> = KindShapes[K]['fields'];
export type JoinsOf<K extends FoldKind> = KindShapes[K]['joins'];

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
function gainSectorsAndDate(now: { sectors: Sector[]; date: string | null; dateStart: Date | null }, more: { sectors: Sector[]; date: string | null }): void {
  now.sectors = union(now.sectors, more.sectors);
  now.date = now.date ?? more.date;
  now.dateStart = partialDateStart(now.date);
}

/** What a later article adds to a record's fields (`now` changes in place). */
export const FOLDS: { [K in FoldKind]: (now: FieldsOf<K>, more: FieldsOf<K>) => void } = {
  countries(now, more) {
    now.aliases = union(now.aliases, more.aliases);
  },
  regions(now, more) {
    now.aliases = union(now.aliases, more.aliases);
  },
  organizations(now, more) {
    now.aliases = union(now.aliases, more.aliases);
    now.acronyms = union(now.acronyms, more.acronyms);
    now.countryId = now.countryId ?? more.countryId;
  },
  persons(now, more) {
    now.aliases = union(now.aliases, more.aliases);
    now.role = now.role ?? more.role;
    now.countryId = now.countryId ?? more.countryId;
    now.organizationId = now.organizationId ?? more.organizationId;
  },
  agreements(now, more) {
    gainSectorsAndDate(now, more);
    now.quantity = now.quantity ?? more.quantity;
  },
  statements(now, more) {
    gainSectorsAndDate(now, more);
    now.occasion = now.occasion ?? more.occasion;
  },
  facts() {
    // A fact found again only gains evidence: its fields are its key.
  },
};

/** The join rows of a record: the union of its claims'. */
export function foldJoins<J extends object>(now: J, more: J): void {
  for (const [name, ids] of Object.entries(more) as [keyof J, number[]][]) now[name] = union(now[name] as number[], ids) as J[keyof J];
}

/** The record's provenance becomes the claim's when the claim is more confident (the first of equals stays). */
export function foldProvenance(now: Provenance, claim: Provenance): void {
  if (claim.confidence > now.confidence) Object.assign(now, claim);
}
