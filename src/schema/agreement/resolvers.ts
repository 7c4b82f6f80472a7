import type { Resolvers } from '../../generated/graphql';
import { connectionFields, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const agreementResolvers: Resolvers = {
  Query: { agreements: rootConnection('Agreement') },
  Agreement: {
    id: globalIdField('Agreement'),
    partyCountries: (a, _, ctx) => ctx.loaders.smallList('Agreement.partyCountries').load(a.id),
    partyOrganizations: (a, _, ctx) => ctx.loaders.smallList('Agreement.partyOrganizations').load(a.id),
    signatories: (a, _, ctx) => ctx.loaders.smallList('Agreement.signatories').load(a.id),
    evidence: nestedConnection('Evidence', 'Agreement.evidence'),
  },
  AgreementConnection: connectionFields,
};
