import type { GroupKeys, Resolvers } from '../../generated/graphql';
import { COUNTS, countGroups, type GroupCountRow } from '../../db/aggregates';

const toGraphQL = (rows: GroupCountRow[]) => rows.map((r) => ({ count: r.count, keys: r.keys as GroupKeys }));

export const aggregateResolvers: Resolvers = {
  Query: {
    agreementCounts: async (_, { groupBy, filter }, ctx) => toGraphQL(await countGroups(ctx.db.pool, COUNTS.Agreement, groupBy, filter)),
    statementCounts: async (_, { groupBy, filter }, ctx) => toGraphQL(await countGroups(ctx.db.pool, COUNTS.Statement, groupBy, filter)),
  },
};
