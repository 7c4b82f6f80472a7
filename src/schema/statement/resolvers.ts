import type { Resolvers } from '../../generated/graphql';
import { connectionFields, correctionsConnection, extractionField, globalIdField, nestedConnection, rootConnection, withoutRejected } from '../common/resolvers';

export const statementResolvers: Resolvers = {
  Query: { statements: rootConnection('Statement') },
  Statement: {
    id: globalIdField('Statement'),
    // A CHECK constraint guarantees exactly one speaker column is set.
    speaker: async (s, _, ctx) =>
      (s.speakerPersonId !== null ? await ctx.loaders.byId.Person.load(s.speakerPersonId) : await ctx.loaders.byId.Organization.load(s.speakerOrganizationId!))!,
    mentionedCountries: (s, _, ctx) => ctx.loaders.smallList('Statement.mentionedCountries').load(s.id),
    mentionedOrganizations: (s, _, ctx) => withoutRejected(ctx.loaders.smallList('Statement.mentionedOrganizations').load(s.id)),
    extraction: extractionField,
    corrections: correctionsConnection('Statement'),
    evidence: nestedConnection('Evidence', 'Statement.evidence'),
  },
  Speaker: { __resolveType: (row) => row.__typename },
  StatementConnection: connectionFields,
};
