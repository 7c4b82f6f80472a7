import type { Resolvers } from '../../generated/graphql';
import { connectionFields, correctionsConnection, extractionField, globalIdField, nestedConnection, rootConnection, withoutRejected } from '../common/resolvers';

export const agreementResolvers: Resolvers = {
  Query: { agreements: rootConnection('Agreement') },
  Agreement: {
    id: globalIdField('Agreement'),
    partyCountries: (a, _, ctx) => ctx.loaders.smallList('Agreement.partyCountries').load(a.id),
    partyOrganizations: (a, _, ctx) => withoutRejected(ctx.loaders.smallList('Agreement.partyOrganizations').load(a.id)),
    signatories: (a, _, ctx) => withoutRejected(ctx.loaders.smallList('Agreement.signatories').load(a.id)),
    extraction: extractionField,
    corrections: correctionsConnection('Agreement'),
    evidence: nestedConnection('Evidence', 'Agreement.evidence'),
  },
  AgreementConnection: connectionFields,
};
