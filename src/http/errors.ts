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
import { databaseErrorCode, errorChain, InvalidInputError, type DatabaseErrorCode } from '../db/errors';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { currentRequest } from './requestState';

// The classification lives in src/db/errors.ts (the read replica's fallback uses it too).
export { databaseErrorCode, type DatabaseErrorCode };

/** The pool and timeout settings messages name (DB_POOL_MAX, DB_POOL_ACQUIRE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS). */
export type DatabaseLimits = Config['db'];

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
