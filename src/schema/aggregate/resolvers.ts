import type { Resolvers } from '../../generated/graphql';
import { listFilter, minConfidenceArg } from '../common/lists';

export const aggregateResolvers: Resolvers = {
  Query: {
    agreementCounts: (_, { groupBy, filter, minConfidence }, ctx) => ctx.loaders.counts.Agreement(groupBy, listFilter('Agreement', filter), minConfidenceArg(minConfidence)),
    statementCounts: (_, { groupBy, filter, minConfidence }, ctx) => ctx.loaders.counts.Statement(groupBy, listFilter('Statement', filter), minConfidenceArg(minConfidence)),
    factCounts: (_, { groupBy, filter, minConfidence }, ctx) => ctx.loaders.counts.Fact(groupBy, listFilter('Fact', filter), minConfidenceArg(minConfidence)),
  },
};
