/**
 * Relay cursor connections: argument validation and cursor encoding.
 * Cursors are opaque keyset positions (sort value + row id), so paging stays
 * fast and stable however deep it goes.
 */
import { badUserInput } from './errors';
import type { CursorPosition, PageRequest, RowPage } from './keyset';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
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

/** A page as connections serve it: the data layer's rows plus an opaque cursor per row. */
export interface Page<T> extends RowPage<T> {
  cursors: string[];
}

/** The page with cursors encoded from each row's sort key, only when a client selects one (most nested pages never do). */
export function withCursors<T extends { id: number }>(page: RowPage<T & { __sort: string | null }>): Page<T> {
  let cursors: string[] | undefined;
  return {
    ...page,
    get cursors() {
      return (cursors ??= page.rows.map((row) => encodeCursor({ s: row.__sort, i: row.id })));
    },
  };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
