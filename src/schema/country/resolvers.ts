import type { Resolvers } from '../../generated/graphql';
import { connectionFields, extractionField, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const countryResolvers: Resolvers = {
  Query: {
    countries: rootConnection('Country'),
    country: (_, { code }, ctx) => ctx.loaders.countryByCode(code),
  },
  Country: {
    id: globalIdField('Country'),
    extraction: extractionField,
    regions: (c, _, ctx) => ctx.loaders.smallList('Country.regions').load(c.id),
    organizations: nestedConnection('Organization', 'Country.organizations'),
    persons: nestedConnection('Person', 'Country.persons'),
    agreements: nestedConnection('Agreement', 'Country.agreements'),
    statements: nestedConnection('Statement', 'Country.statements'),
    facts: nestedConnection('Fact', 'Country.facts'),
    evidence: nestedConnection('Evidence', 'Country.evidence'),
  },
  CountryConnection: connectionFields,
};
