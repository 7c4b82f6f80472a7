import type { Resolvers } from '../../generated/graphql';
import { connectionFields, correctionsConnection, extractionField, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const factResolvers: Resolvers = {
  Query: { facts: rootConnection('Fact') },
  Fact: {
    id: globalIdField('Fact'),
    extraction: extractionField,
    corrections: correctionsConnection('Fact'),
    subjectCountry: (f, _, ctx) => (f.subjectCountryId === null ? null : ctx.loaders.byId.Country.load(f.subjectCountryId)),
    subjectOrganization: (f, _, ctx) => (f.subjectOrganizationId === null ? null : ctx.loaders.byId.Organization.load(f.subjectOrganizationId)),
    evidence: nestedConnection('Evidence', 'Fact.evidence'),
  },
  FactConnection: connectionFields,
};
