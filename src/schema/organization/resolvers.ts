import type { Resolvers } from '../../generated/graphql';
import { nestedConnection } from '../common/resolvers';

/** Organization's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const organizationResolvers: Resolvers = {
  Organization: {
    country: (o, _, ctx) => (o.countryId === null ? null : ctx.loaders.byId.Country.load(o.countryId)),
    persons: nestedConnection('Person', 'Organization.persons'),
    agreements: nestedConnection('Agreement', 'Organization.agreements'),
    statements: nestedConnection('Statement', 'Organization.statements'),
  },
};
