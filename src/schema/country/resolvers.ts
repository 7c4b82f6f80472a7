import type { Resolvers } from '../../generated/graphql';
import { nestedConnection, smallListField } from '../common/resolvers';

/** Country's fields beyond the registry's (src/schema/records.ts: id, extraction, evidence, the root list). */
export const countryResolvers: Resolvers = {
  Query: {
    country: (_, { code }, ctx) => ctx.loaders.countryByCode(code),
  },
  Country: {
    regions: smallListField('Country.regions'),
    organizations: nestedConnection('Organization', 'Country.organizations'),
    persons: nestedConnection('Person', 'Country.persons'),
    agreements: nestedConnection('Agreement', 'Country.agreements'),
    statements: nestedConnection('Statement', 'Country.statements'),
    facts: nestedConnection('Fact', 'Country.facts'),
  },
};
