/**
 * Failures the data layer reports on purpose, as plain errors: the API layer
 * (src/http/errors.ts) gives them their client-facing code.
 */

/** The caller asked for something the data layer cannot do (an order a list does not have, ...): the client's input, not a fault. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';

  constructor(
    message: string,
    /** The argument at fault, as the client named it (`orderBy`, `filter.speakers`). */
    readonly argumentName?: string,
  ) {
    super(message);
  }
}

/** Database trouble a client can act on by retrying (src/http/errors.ts gives each its message); the read replica falls back to the primary on DATABASE_UNAVAILABLE. */
export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY' | 'STATEMENT_TIMEOUT';

// Socket-level failures: nothing listens, the connection broke, the host is gone.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);
// SQLSTATE admin_shutdown, crash_shutdown, cannot_connect_now (Postgres stopping, restarting or recovering).
const SHUTDOWN_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
// Prisma's codes for the same: cannot reach, timed out reaching, server closed the connection; P2024: no pool connection in time.
const PRISMA_UNREACHABLE = new Set(['P1001', 'P1002', 'P1017']);
// @prisma/adapter-pg's names for socket failures.
const ADAPTER_UNREACHABLE = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

/** The error and everything it wraps (cause, GraphQL originalError, AggregateError members, Prisma's driver adapter error, NonErrorThrown's value). */
export function* errorChain(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 8 || error === null || typeof error !== 'object') return;
  const e = error as Record<string, unknown>;
  yield e;
  // thrownValue: graphql-js wraps values that fail `instanceof Error` (errors from another realm, e.g. under Jest) in NonErrorThrown.
  for (const key of ['cause', 'originalError', 'driverAdapterError', 'thrownValue']) yield* errorChain(e[key], depth + 1);
  if (e.meta && typeof e.meta === 'object') yield* errorChain((e.meta as Record<string, unknown>).driverAdapterError, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* errorChain(inner, depth + 1);
}

/** Which database failure, if any, `error` is (as thrown by pg, pg-pool, Prisma or its pg adapter). */
export function databaseErrorCode(error: unknown): DatabaseErrorCode | undefined {
  let found: DatabaseErrorCode | undefined;
  for (const e of errorChain(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    const kind = typeof e.kind === 'string' ? e.kind : undefined;
    const message = typeof e.message === 'string' ? e.message : '';
    // pg-pool: every connection is checked out and none came back within connectionTimeoutMillis.
    if (message === 'timeout exceeded when trying to connect' || code === 'P2024') return 'DATABASE_BUSY';
    if (code === '57014' && /statement timeout/.test(message)) return 'STATEMENT_TIMEOUT';
    if (
      (code && (SOCKET_CODES.has(code) || SHUTDOWN_SQLSTATES.has(code) || code.startsWith('08') || PRISMA_UNREACHABLE.has(code))) ||
      (kind && ADAPTER_UNREACHABLE.has(kind)) ||
      /^Connection terminated/.test(message)
    ) {
      found = 'DATABASE_UNAVAILABLE';
    }
  }
  return found;
}

