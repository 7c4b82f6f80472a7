import type { Resolvers } from '../../generated/graphql';
import { SEARCH_KINDS, type SearchKind } from '../../db/registry';
import type { SearchHitRow, SearchPosition } from '../../db/search';
import { encodeCursor, toPageRequest, type Page } from '../../lib/connection';
import type { CursorPosition } from '../../lib/keyset';
import { badUserInput } from '../../lib/errors';
import { connectionFields, selects } from '../common/resolvers';
import { minConfidenceArg } from '../common/lists';

/** A search cursor keeps the hit's (rank, kind, id) in the opaque cursor format every connection uses. */
function searchCursor(hit: SearchHitRow): string {
  return encodeCursor({ s: `${hit.rank}|${hit.kind}`, i: hit.node.id });
}

/** The (rank, kind, id) a search cursor holds; a cursor from another connection is a user error. */
function searchPosition(cursor: CursorPosition | null, argName: string): SearchPosition | null {
  if (cursor === null) return null;
  const [rank, kind] = typeof cursor.s === 'string' ? cursor.s.split('|') : [];
  if (!kind || !(SEARCH_KINDS as readonly string[]).includes(kind) || !Number.isFinite(Number(rank))) {
    throw badUserInput(`\`${argName}\` is not a search cursor: use a cursor returned by \`search\`.`, { argumentName: argName });
  }
  return { rank: Number(rank), kind: kind as SearchKind, id: cursor.i };
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, args, ctx, info): Promise<Page<SearchHitRow>> => {
      const q = args.query.trim();
      if (!q) throw badUserInput('`query` must not be blank.', { argumentName: 'query' });
      // Sizes, first/last and after/before rules and cursor decoding as on every connection.
      const { backward, limit, cursor: position } = toPageRequest(args);
      const cursor = searchPosition(position, backward ? 'before' : 'after');
      const wanted = args.kinds?.length ? SEARCH_KINDS.filter((k) => args.kinds!.includes(k)) : SEARCH_KINDS;
      const visibility = { includeRejected: args.includeRejected ?? false, minConfidence: minConfidenceArg(args.minConfidence) };
      const page = await ctx.loaders.search(q, wanted, { backward, limit, cursor, withTotal: selects(info, 'totalCount'), visibility });
      return {
        rows: page.hits,
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        cursors: page.hits.map(searchCursor),
      };
    },
  },
  SearchConnection: {
    ...connectionFields,
    edges: (page) => page.rows.map((hit, i) => ({ ...hit, cursor: page.cursors[i]! })),
    nodes: (page) => page.rows.map((hit) => hit.node),
  },
  SearchNode: { __resolveType: (row) => row.__typename },
};
