/** Typed access to the general reference lists in seed/reference (see its README). */
import organizationsJson from '../../seed/reference/organizations.json';
import namesJson from '../../seed/reference/names.json';
import regionsJson from '../../seed/reference/regions.json';
import countryAliasesJson from '../../seed/reference/country-aliases.json';
import type { OrganizationKind } from './types';

export interface ReferenceOrganization {
  name: string;
  aliases: string[];
  acronyms: string[];
  kind: OrganizationKind;
  country: string | null;
}

export interface ReferenceRegion {
  name: string;
  members: string[] | null;
  aliases: string[];
}

let organizations: ReferenceOrganization[] | null = null;

export function loadOrganizationReference(): ReferenceOrganization[] {
  organizations ??= organizationsJson.organizations.map((o) => ({
    name: o.name,
    aliases: o.aliases ?? [],
    acronyms: ('acronyms' in o ? (o.acronyms as string[]) : []) ?? [],
    kind: o.kind as OrganizationKind,
    country: o.country ?? null,
  }));
  return organizations;
}

export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(namesJson.koreanSurnames);
export const KOREAN_SURNAME_VARIANTS: Readonly<Record<string, string>> = namesJson.koreanSurnameVariants;
export const CENTRAL_ASIAN_GIVEN_NAMES: ReadonlySet<string> = new Set(namesJson.centralAsianGivenNames);
export const CENTRAL_ASIAN_SURNAME_SUFFIXES: readonly string[] = namesJson.centralAsianSurnameSuffixes;

export const REFERENCE_REGIONS: readonly ReferenceRegion[] = regionsJson.regions.map((r) => ({
  name: r.name,
  members: r.members ?? null,
  aliases: r.aliases,
}));

export const EXTRA_COUNTRY_ALIASES: Readonly<Record<string, string[]>> = countryAliasesJson.aliases;
