/**
 * Read-your-writes across requests, with a read replica (DATABASE_READ_URL).
 * A mutation's response carries the primary's WAL position after its writes,
 * as the `x-read-after` header and the `kca_read_after` cookie (so browsers,
 * the IDE among them, need nothing). A later request that sends either back
 * reads the replica only once the replica has replayed that position, else
 * the primary (src/context.ts). The cookie lives 5 minutes, or twice
 * DATABASE_READ_MAX_LAG_MS if longer: a replica that serves at all is at most
 * that far behind, so by then it has passed the position, and a position it
 * has passed changes nothing.
 */
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { parseLsn } from '../db/replica';

export const READ_AFTER_HEADER = 'x-read-after';
export const READ_AFTER_COOKIE = 'kca_read_after';
const MIN_COOKIE_MAX_AGE_S = 300;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The latest WAL position the request names (header or cookie); a malformed one is refused (400), not ignored: ignoring it would silently lose read-your-writes. */
export function readAfterOf(headers: http.IncomingHttpHeaders): bigint | undefined {
  const given = [
    [`the ${READ_AFTER_HEADER} header`, typeof headers[READ_AFTER_HEADER] === 'string' ? (headers[READ_AFTER_HEADER] as string) : undefined],
    [`the ${READ_AFTER_COOKIE} cookie`, cookieValue(headers.cookie, READ_AFTER_COOKIE)],
  ] as const;
  let latest: bigint | undefined;
  for (const [where, value] of given) {
    if (value === undefined || value === '') continue;
    const lsn = parseLsn(value);
    if (lsn === undefined) {
      throw new GraphQLError(`${where} must be a WAL position as a mutation's response gave it (like 0/3000148), not ${JSON.stringify(value.slice(0, 40))}.`, {
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      });
    }
    if (latest === undefined || lsn > latest) latest = lsn;
  }
  return latest;
}

/** Pins a mutation's reads to the primary before its resolvers run, and hands its position to the client with the response. */
export function readAfterPlugin<C extends Context>(options: { maxLagMs?: number | undefined } = {}): ApolloServerPlugin<C> {
  const cookieMaxAge = Math.max(MIN_COOKIE_MAX_AGE_S, Math.ceil((2 * (options.maxLagMs ?? 0)) / 1000));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') contextValue.reads.pinToPrimary();
        },
        async willSendResponse({ contextValue, response }) {
          let position: string | undefined;
          try {
            position = await contextValue.reads.positionAfterWrite();
          } catch (error) {
            // The write's answer still goes out; without the position the client may read the replica before it caught up.
            contextValue.logger.warn({ err: error }, 'could not read the primary’s WAL position after a write; x-read-after not sent');
          }
          if (!position) return;
          response.http.headers.set(READ_AFTER_HEADER, position);
          response.http.headers.set('set-cookie', `${READ_AFTER_COOKIE}=${position}; Path=/; Max-Age=${cookieMaxAge}; HttpOnly; SameSite=Lax`);
        },
      };
    },
  };
}
