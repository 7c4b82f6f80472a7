import type { Resolvers } from '../../generated/graphql';
import { listFilter } from '../common/lists';

export const aggregateResolvers: Resolvers = {
  Query: {
    agreementCounts: (_, { groupBy, filter }, ctx) => ctx.loaders.counts.Agreement(groupBy, listFilter('Agreement', filter)),
    statementCounts: (_, { groupBy, filter }, ctx) => ctx.loaders.counts.Statement(groupBy, listFilter('Statement', filter)),
  },
};
