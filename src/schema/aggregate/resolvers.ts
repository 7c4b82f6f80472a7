import type { Resolvers } from '../../generated/graphql';

export const aggregateResolvers: Resolvers = {
  Query: {
    agreementCounts: (_, { groupBy, filter }, ctx) => ctx.loaders.counts.Agreement(groupBy, filter),
    statementCounts: (_, { groupBy, filter }, ctx) => ctx.loaders.counts.Statement(groupBy, filter),
  },
};
