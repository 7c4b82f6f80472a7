import type { Resolvers } from '../../generated/graphql';

/** Fact's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const factResolvers: Resolvers = {
  Fact: {
    subjectCountry: (f, _, ctx) => (f.subjectCountryId === null ? null : ctx.loaders.byId.Country.load(f.subjectCountryId)),
    subjectOrganization: (f, _, ctx) => (f.subjectOrganizationId === null ? null : ctx.loaders.byId.Organization.load(f.subjectOrganizationId)),
  },
};
