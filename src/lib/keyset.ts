/**
 * Keyset paging as the data layer sees it (no API concerns: cursors are
 * encoded and decoded in src/lib/connection.ts). A page continues from a
 * position, the (sort value, row id) of the last row the client saw.
 */

export interface CursorPosition {
  /** Sort value of the row (string, number or null), as the order column yields it. */
  s: string | number | null;
  /** Row id: the tie-breaker that makes every order total. */
  i: number;
}

/** What the query layer needs: direction of travel, limit, and where to start. */
export interface PageRequest {
  /** true when paging backwards (last/before). */
  backward: boolean;
  limit: number;
  cursor: CursorPosition | null;
}

/** One page of rows in list order, what lies on either side, and the total when it was asked for. */
export interface RowPage<T> {
  rows: T[];
  /** Only when requested: null means "not computed". */
  totalCount: number | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * A keyset page fetched with LIMIT n + 1 in travel order, made a page: trimmed
 * to n (in place), put back in list order, and what lies on either side.
 * Keyset paging only knows about the side it travels towards; a cursor on the
 * other side means rows exist there.
 */
export function keysetPage<T>(fetched: T[], request: { backward: boolean; limit: number; cursor: unknown }): { rows: T[]; hasNextPage: boolean; hasPreviousPage: boolean } {
  const more = fetched.length > request.limit;
  if (more) fetched.length = request.limit;
  if (request.backward) fetched.reverse();
  return {
    rows: fetched,
    hasNextPage: request.backward ? request.cursor !== null : more,
    hasPreviousPage: request.backward ? more : request.cursor !== null,
  };
}
