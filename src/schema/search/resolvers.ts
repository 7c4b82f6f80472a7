import type { Resolvers } from '../../generated/graphql';
import { SEARCH_KINDS, searchRecords, type SearchHitRow } from '../../db/search';
import { badUserInput } from '../../lib/errors';

const MAX_HITS = 100;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, kinds, first }, ctx) => {
      const q = query.trim();
      if (!q) throw badUserInput('`query` must not be blank.', { argumentName: 'query' });
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HITS) {
        throw badUserInput(`\`first\` must be between 1 and ${MAX_HITS}, got ${limit}.`, { argumentName: 'first' });
      }
      const wanted = kinds?.length ? SEARCH_KINDS.filter((k) => kinds.includes(k)) : SEARCH_KINDS;
      const hits: SearchHitRow[] = await searchRecords(ctx.db.pool, q, wanted, limit);
      return hits;
    },
  },
  SearchNode: { __resolveType: (row) => (row as unknown as { __typename: 'Article' }).__typename },
};
