import type { Resolvers } from '../../generated/graphql';
import { smallListField } from '../common/resolvers';

/** Agreement's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const agreementResolvers: Resolvers = {
  Agreement: {
    partyCountries: smallListField('Agreement.partyCountries'),
    partyOrganizations: smallListField('Agreement.partyOrganizations', { hideRejected: true }),
    signatories: smallListField('Agreement.signatories', { hideRejected: true }),
  },
};
