import type { Resolvers } from '../../generated/graphql';
import { withoutRejected } from '../common/resolvers';

/** Statement's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const statementResolvers: Resolvers = {
  Statement: {
    // A CHECK constraint guarantees exactly one speaker column is set.
    speaker: async (s, _, ctx) =>
      (s.speakerPersonId !== null ? await ctx.loaders.byId.Person.load(s.speakerPersonId) : await ctx.loaders.byId.Organization.load(s.speakerOrganizationId!))!,
    mentionedCountries: (s, _, ctx) => ctx.loaders.smallList('Statement.mentionedCountries').load(s.id),
    mentionedOrganizations: (s, _, ctx) => withoutRejected(ctx.loaders.smallList('Statement.mentionedOrganizations').load(s.id)),
  },
  Speaker: { __resolveType: (row) => row.__typename },
};
