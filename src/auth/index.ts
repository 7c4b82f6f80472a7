/**
 * Who may write. Reads are public; mutations need `Authorization: Bearer <token>`
 * with one of the ADMIN_TOKEN tokens (comma-separated, so a new token can be
 * added before the old one is removed). No tokens configured: writes disabled.
 * Each token has a label (`label:token` in ADMIN_TOKEN, else `token-<8 hex of
 * its sha256>`): corrections record the label of the token that made them as
 * their actor, never the token.
 *
 * Checked twice: `writeGuardPlugin` refuses a whole mutation operation before
 * any resolver runs (aliases and every field included), and each write
 * resolver calls `requireWriter` again (defence in depth).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { AdminToken } from '../config';

export interface Caller {
  /** True only for a request carrying one of the configured tokens. */
  readonly canWrite: boolean;
  /** Why not, when it cannot: no tokens configured, no credentials sent, or credentials that match none. */
  readonly denial: 'WRITES_DISABLED' | 'NO_CREDENTIALS' | 'BAD_CREDENTIALS' | null;
  /** The label of the token presented, when it is one of the configured tokens; null otherwise. */
  readonly label: string | null;
}

export const ANONYMOUS: Caller = Object.freeze({ canWrite: false, denial: 'NO_CREDENTIALS', label: null });

/** Error codes a refused write carries in `extensions.code`. */
export const AUTH_ERROR_CODES = ['UNAUTHENTICATED', 'WRITES_DISABLED'] as const;

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * The caller for one request's Authorization header. Tokens are compared as
 * sha256 digests with `timingSafeEqual` (equal lengths by construction), and
 * every configured token is compared, so timing says nothing about which
 * token or prefix matched.
 */
export function authorize(authorization: string | undefined, tokens: readonly AdminToken[]): Caller {
  if (tokens.length === 0) return { canWrite: false, denial: 'WRITES_DISABLED', label: null };
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return authorization ? { canWrite: false, denial: 'BAD_CREDENTIALS', label: null } : ANONYMOUS;
  const presented = digest(match[1]!);
  let label: string | null = null;
  for (const token of tokens) {
    const same = timingSafeEqual(presented, digest(token.token));
    if (same && label === null) label = token.label;
  }
  return label !== null ? { canWrite: true, denial: null, label } : { canWrite: false, denial: 'BAD_CREDENTIALS', label: null };
}

/** The label of the caller's token (the actor corrections record); throws as requireWriter does when the caller cannot write. */
export function writerLabel(caller: Caller): string {
  requireWriter(caller);
  return caller.label!;
}

/** Throws the error a refused write gets; returns when the caller may write. */
export function requireWriter(caller: Caller): void {
  if (caller.canWrite) return;
  switch (caller.denial) {
    case 'WRITES_DISABLED':
      throw new GraphQLError('Writes are disabled on this server: no ADMIN_TOKEN is configured.', {
        extensions: { code: 'WRITES_DISABLED', http: { status: 403 } },
      });
    case 'BAD_CREDENTIALS':
      throw new GraphQLError('The Authorization header does not carry a valid token: send "Authorization: Bearer <token>" with a token from ADMIN_TOKEN.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
      });
    default:
      throw new GraphQLError('Mutations need credentials: send "Authorization: Bearer <token>".', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
      });
  }
}

/** Refuses a mutation operation before execution when the caller cannot write: no write resolver runs. */
export function writeGuardPlugin<C extends { caller: Caller }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') requireWriter(contextValue.caller);
        },
      };
    },
  };
}
