/**
 * Relay cursor connections: argument validation and cursor encoding.
 * Cursors are opaque keyset positions (sort value + row id), so paging stays
 * fast and stable however deep it goes.
 */
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

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

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.s, position.i]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argName: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const [sortValue, id] = Array.isArray(value) && value.length === 2 ? value : [];
    if (Number.isSafeInteger(id) && (sortValue === null || typeof sortValue === 'string' || typeof sortValue === 'number')) {
      return { s: sortValue as CursorPosition['s'], i: id as number };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`\`${argName}\` is not a valid cursor: use a cursor returned by this connection.`, { argumentName: argName });
}

function checkSize(name: 'first' | 'last', value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}, got ${value}.`, { argumentName: name });
  }
}

export function toPageRequest(args: ConnectionArgs): PageRequest {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) throw badUserInput('Pass either `first` or `last`, not both.');
  if (args.after != null && args.before != null) throw badUserInput('Pass either `after` or `before`, not both.');
  const backward = args.last != null || (args.before != null && args.first == null);
  const cursorArg = backward ? 'before' : 'after';
  const raw = backward ? args.before : args.after;
  return {
    backward,
    limit: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
    cursor: raw == null ? null : decodeCursor(raw, cursorArg),
  };
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

export interface Page<T> {
  rows: T[];
  /** Only when requested: null means "not computed". */
  totalCount: number | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursors: string[];
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
