import type { Resolvers } from '../../generated/graphql';
import { COUNTS, countGroups } from '../../db/aggregates';

export const aggregateResolvers: Resolvers = {
  Query: {
    agreementCounts: (_, { groupBy, filter }, ctx) => countGroups(ctx.db.pool, COUNTS.Agreement, groupBy, filter),
    statementCounts: (_, { groupBy, filter }, ctx) => countGroups(ctx.db.pool, COUNTS.Statement, groupBy, filter),
  },
};
