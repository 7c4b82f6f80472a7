import type { Resolvers } from '../../generated/graphql';
import { connectionFields, correctionsConnection, extractionField, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const personResolvers: Resolvers = {
  Query: { persons: rootConnection('Person') },
  Person: {
    id: globalIdField('Person'),
    extraction: extractionField,
    corrections: correctionsConnection('Person'),
    country: (p, _, ctx) => (p.countryId === null ? null : ctx.loaders.byId.Country.load(p.countryId)),
    organization: (p, _, ctx) => (p.organizationId === null ? null : ctx.loaders.byId.Organization.load(p.organizationId)),
    statements: nestedConnection('Statement', 'Person.statements'),
    agreementsSigned: nestedConnection('Agreement', 'Person.agreementsSigned'),
    evidence: nestedConnection('Evidence', 'Person.evidence'),
  },
  PersonConnection: connectionFields,
};
