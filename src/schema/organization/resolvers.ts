import type { Resolvers } from '../../generated/graphql';
import { connectionFields, correctionsConnection, extractionField, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const organizationResolvers: Resolvers = {
  Query: { organizations: rootConnection('Organization') },
  Organization: {
    id: globalIdField('Organization'),
    extraction: extractionField,
    corrections: correctionsConnection('Organization'),
    country: (o, _, ctx) => (o.countryId === null ? null : ctx.loaders.byId.Country.load(o.countryId)),
    persons: nestedConnection('Person', 'Organization.persons'),
    agreements: nestedConnection('Agreement', 'Organization.agreements'),
    statements: nestedConnection('Statement', 'Organization.statements'),
    evidence: nestedConnection('Evidence', 'Organization.evidence'),
  },
  OrganizationConnection: connectionFields,
};
