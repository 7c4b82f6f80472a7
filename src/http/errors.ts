/**
 * What clients see of a failed GraphQL operation. Errors we raise on purpose
 * (their code is in `exposedCodes`) pass through; database trouble the client
 * can act on (retry later) gets its own code and a plain message; anything
 * else is masked as INTERNAL_SERVER_ERROR and logged in full. Every error
 * carries `extensions.requestId`, the id in the log line and the
 * `x-request-id` header.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { InvalidInputError } from '../db/errors';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { currentRequest } from './requestState';

export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY' | 'STATEMENT_TIMEOUT';

/** The pool and timeout settings messages name (DB_POOL_MAX, DB_POOL_ACQUIRE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS). */
export type DatabaseLimits = Config['db'];

// Socket-level failures: nothing listens, the connection broke, the host is gone.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);
// SQLSTATE admin_shutdown, crash_shutdown, cannot_connect_now (Postgres stopping, restarting or recovering).
const SHUTDOWN_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
// Prisma's codes for the same: cannot reach, timed out reaching, server closed the connection; P2024: no pool connection in time.
const PRISMA_UNREACHABLE = new Set(['P1001', 'P1002', 'P1017']);
// @prisma/adapter-pg's names for socket failures.
const ADAPTER_UNREACHABLE = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

/** The error and everything it wraps (cause, GraphQL originalError, AggregateError members, Prisma's driver adapter error, NonErrorThrown's value). */
function* errorChain(error: unknown, depth = 0): Generator<Record<string, unknown>> {
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

/**
 * Postgres refuses U+0000 in text ("invalid byte sequence for encoding "UTF8": 0x00", SQLSTATE 22021)
 * wherever a client string reaches it: a search text, a filter, a name. The client sent it, so the
 * client is told, instead of a masked internal error.
 */
export function isNulCharacterError(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const message = typeof e.message === 'string' ? e.message : '';
    if (e.code === '22021' || /invalid byte sequence for encoding "UTF8": 0x00/.test(message)) return true;
  }
  return false;
}

export const NUL_CHARACTER_MESSAGE = 'A text argument contains a NUL character (U+0000), which Postgres text cannot hold: remove it and send the request again.';

export function databaseErrorMessage(code: DatabaseErrorCode, limits: DatabaseLimits): string {
  switch (code) {
    case 'DATABASE_UNAVAILABLE':
      return 'The database is unreachable right now, so this could not be answered. Try again shortly.';
    case 'DATABASE_BUSY':
      return `All ${limits.poolMax} database connections stayed busy for ${limits.acquireTimeoutMs} ms (DB_POOL_ACQUIRE_TIMEOUT_MS), so this was not run. Try again shortly.`;
    case 'STATEMENT_TIMEOUT':
      return `A database query ran longer than the ${limits.statementTimeoutMs} ms statement timeout (DB_STATEMENT_TIMEOUT_MS) and was cancelled.`;
  }
}

export interface ErrorFormatterOptions {
  /** Codes of errors raised on purpose, shown to clients as they are. */
  exposedCodes: ReadonlySet<string>;
  limits: DatabaseLimits;
  logger: Logger;
  metrics: Metrics;
}

/** Apollo's `formatError`: expose, classify or mask; add the request id; count by code. */
export function createErrorFormatter({ exposedCodes, limits, logger, metrics }: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const request = currentRequest();
    const log = request ? logger.child({ requestId: request.requestId }) : logger;
    let result: GraphQLFormattedError;
    const code = String(formatted.extensions?.code ?? '');
    const original = unwrapResolverError(error);
    const dbCode = exposedCodes.has(code) ? undefined : databaseErrorCode(original);
    if (exposedCodes.has(code)) {
      result = formatted;
    } else if (original instanceof InvalidInputError) {
      // The data layer's plain "your input cannot be served" error, given the API's code here.
      const extensions = { code: 'BAD_USER_INPUT', ...(original.argumentName ? { argumentName: original.argumentName } : {}) };
      result = { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    } else if (isNulCharacterError(original)) {
      result = { message: NUL_CHARACTER_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    } else if (dbCode) {
      log.warn({ code: dbCode, err: original, path: formatted.path, operationName: request?.operationName }, 'database unavailable for a GraphQL operation');
      result = { message: databaseErrorMessage(dbCode, limits), locations: formatted.locations, path: formatted.path, extensions: { code: dbCode } };
    } else {
      // Unexpected: the client learns only that it happened and the id to quote; the log has the rest.
      log.error({ err: original, path: formatted.path, operationName: request?.operationName }, 'unexpected error while executing a GraphQL operation');
      result = { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    metrics.errors.inc({ code: String(result.extensions?.code ?? 'UNKNOWN') });
    return request ? { ...result, extensions: { ...result.extensions, requestId: request.requestId } } : result;
  };
}
