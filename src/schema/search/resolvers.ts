import type { Resolvers } from '../../generated/graphql';
import { SEARCH_KINDS, searchRecords, type SearchHitRow, type SearchKind, type SearchPosition } from '../../db/search';
import { decodeCursor, encodeCursor, toPageRequest, type Page } from '../../lib/connection';
import { badUserInput } from '../../lib/errors';
import { connectionFields, selects } from '../common/resolvers';

/** A search cursor keeps the hit's (rank, kind, id) in the opaque cursor format every connection uses. */
function searchCursor(hit: SearchHitRow): string {
  return encodeCursor({ s: `${hit.rank}|${hit.kind}`, i: hit.node.id });
}

function searchPosition(cursor: string | null | undefined, argName: string): SearchPosition | null {
  if (cursor == null) return null;
  const { s, i } = decodeCursor(cursor, argName);
  const [rank, kind] = typeof s === 'string' ? s.split('|') : [];
  if (!kind || !(SEARCH_KINDS as readonly string[]).includes(kind) || !Number.isFinite(Number(rank))) {
    throw badUserInput(`\`${argName}\` is not a search cursor: use a cursor returned by \`search\`.`, { argumentName: argName });
  }
  return { rank: Number(rank), kind: kind as SearchKind, id: i };
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, args, ctx, info): Promise<Page<SearchHitRow>> => {
      const q = args.query.trim();
      if (!q) throw badUserInput('`query` must not be blank.', { argumentName: 'query' });
      const { backward, limit } = toPageRequest({ first: args.first, last: args.last }); // sizes validated like every connection
      if (args.after != null && args.before != null) throw badUserInput('Pass either `after` or `before`, not both.');
      const goingBack = backward || (args.before != null && args.first == null);
      const cursor = goingBack ? searchPosition(args.before, 'before') : searchPosition(args.after, 'after');
      const wanted = args.kinds?.length ? SEARCH_KINDS.filter((k) => args.kinds!.includes(k)) : SEARCH_KINDS;
      const page = await searchRecords(ctx.db.pool, q, wanted, { backward: goingBack, limit, cursor, withTotal: selects(info, 'totalCount') });
      return {
        rows: page.hits,
        totalCount: page.totalCount,
        hasNextPage: goingBack ? cursor !== null : page.hasMore,
        hasPreviousPage: goingBack ? page.hasMore : cursor !== null,
        cursors: page.hits.map(searchCursor),
      };
    },
  },
  SearchConnection: {
    ...connectionFields,
    edges: (page) => page.rows.map((hit, i) => ({ ...hit, cursor: page.cursors[i]! })),
    nodes: (page) => page.rows.map((hit) => hit.node),
  },
  SearchNode: { __resolveType: (row) => (row as unknown as { __typename: 'Article' }).__typename },
};
