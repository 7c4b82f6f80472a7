/**
 * A tiny typed client for this API. Operations live in
 * src/sdk/operations/*.graphql; `npm run codegen` turns them into typed
 * documents (src/sdk/generated.ts), so results and variables are checked by
 * TypeScript:
 *
 *   import { createClient, CountriesDocument } from '<package>/sdk';
 *   const client = createClient({ url: 'http://localhost:4000/graphql' });
 *   const { countries } = await client.request(CountriesDocument, { first: 5 });
 *
 * A response with GraphQL errors (or a non-JSON / failed HTTP response)
 * throws a GraphQLRequestError carrying the errors and any partial data.
 */
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export * from './generated';
export type { TypedDocumentNode };

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    /** The response's `errors` (empty when the request failed before GraphQL ran and no errors came back). */
    readonly errors: readonly GraphQLErrorEntry[],
    /** HTTP status of the response. */
    readonly status: number,
    /** Partial data, when the server returned some alongside the errors. */
    readonly data?: unknown,
  ) {
    super(message);
  }
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{
  status: number;
  ok: boolean;
  text(): Promise<string>;
}>;

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** fetch implementation (default: the global fetch). */
  fetch?: FetchLike;
  /** Extra headers sent with every request, or a function returning them. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
}

/** Variables are optional when the operation has no required ones. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface Client {
  request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, ...args: VariablesArg<V>): Promise<R>;
}

const printed = new WeakMap<DocumentNode, string>();
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function operationName(document: DocumentNode): string | undefined {
  for (const def of document.definitions) if (def.kind === 'OperationDefinition') return def.name?.value;
  return undefined;
}

export function createClient(options: ClientOptions): Client {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return {
    async request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, ...[variables, requestOptions]: VariablesArg<V>): Promise<R> {
      const baseHeaders = typeof options.headers === 'function' ? await options.headers() : options.headers;
      const res = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...baseHeaders, ...requestOptions?.headers },
        body: JSON.stringify({ query: queryText(document), variables: variables ?? {}, operationName: operationName(document) }),
        signal: requestOptions?.signal,
      });
      const text = await res.text();
      let body: { data?: R | null; errors?: GraphQLErrorEntry[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new GraphQLRequestError(`HTTP ${res.status}: response is not JSON: ${text.slice(0, 200)}`, [], res.status);
      }
      if (body.errors && body.errors.length > 0) {
        throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors, res.status, body.data ?? undefined);
      }
      if (!res.ok || body.data === undefined || body.data === null) {
        throw new GraphQLRequestError(`HTTP ${res.status}: no data in response`, [], res.status);
      }
      return body.data;
    },
  };
}
