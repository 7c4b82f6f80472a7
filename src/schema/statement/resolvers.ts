import type { Resolvers } from '../../generated/graphql';
import { smallListField } from '../common/resolvers';

/** Statement's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const statementResolvers: Resolvers = {
  Statement: {
    // A CHECK constraint guarantees exactly one speaker column is set.
    speaker: async (s, _, ctx) =>
      (s.speakerPersonId !== null ? await ctx.loaders.byId.Person.load(s.speakerPersonId) : await ctx.loaders.byId.Organization.load(s.speakerOrganizationId!))!,
    mentionedCountries: smallListField('Statement.mentionedCountries'),
    mentionedOrganizations: smallListField('Statement.mentionedOrganizations', { hideRejected: true }),
  },
  Speaker: { __resolveType: (row) => row.__typename },
};
