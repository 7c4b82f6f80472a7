import type { Resolvers } from '../../generated/graphql';
import { withoutRejected } from '../common/resolvers';

/** Agreement's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const agreementResolvers: Resolvers = {
  Agreement: {
    partyCountries: (a, _, ctx) => ctx.loaders.smallList('Agreement.partyCountries').load(a.id),
    partyOrganizations: (a, _, ctx) => withoutRejected(ctx.loaders.smallList('Agreement.partyOrganizations').load(a.id)),
    signatories: (a, _, ctx) => withoutRejected(ctx.loaders.smallList('Agreement.signatories').load(a.id)),
  },
};
