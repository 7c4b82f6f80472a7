import type { Resolvers } from '../../generated/graphql';
import { nestedConnection } from '../common/resolvers';

/** Person's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const personResolvers: Resolvers = {
  Person: {
    country: (p, _, ctx) => (p.countryId === null ? null : ctx.loaders.byId.Country.load(p.countryId)),
    organization: (p, _, ctx) => (p.organizationId === null ? null : ctx.loaders.byId.Organization.load(p.organizationId)),
    statements: nestedConnection('Statement', 'Person.statements'),
    agreementsSigned: nestedConnection('Agreement', 'Person.agreementsSigned'),
  },
};
