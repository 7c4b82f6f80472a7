/**
 * Faster execution under Apollo: operations run through graphql-jit, which
 * compiles each (document, operation) once into a specialised JavaScript
 * function, instead of graphql-js interpreting the document field by field on
 * every request. On the benchmark's nested query (1,000+ objects per response)
 * graphql-js execution alone was the largest cost left after batching.
 *
 * Plugged in through Apollo's documented executor hook (the `gateway` option,
 * whose `load()` hands Apollo our schema and an executor); parsing, validation
 * (including the query limits), plugins, error formatting and the HTTP layer
 * stay Apollo's. Compiled queries are kept per parsed document, which Apollo's
 * document store already reuses for repeated query texts. A document
 * graphql-jit cannot compile is executed by graphql-js, so every valid
 * operation is answered.
 *
 * The default (GRAPHQL_EXECUTOR=graphql-js switches it off): on a quiet
 * machine the benchmark's nested query ran at 134 req/s against 79 with
 * graphql-js, and 392 against 128 answering from memory (README, Benchmarks).
 *
 * graphql-jit reports resolver errors in its own error type, without
 * `extensions`; Apollo reads `extensions.code` before our formatError runs and
 * would mask them all (DATABASE_UNAVAILABLE became INTERNAL_SERVER_ERROR), so
 * they are rebuilt as graphql-js GraphQLErrors that keep the original error.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type SchemaListener = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];

/** Compiled forms kept per document (documents are held by Apollo's LRU document store; a WeakMap lets them go with it). */
const MAX_OPERATIONS_PER_DOCUMENT = 20;

export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  function compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // null: graphql-jit refused the document; graphql-js executes it instead.
      query = isCompiledQuery(result) ? result : null;
      if (byOperation.size < MAX_OPERATIONS_PER_DOCUMENT) byOperation.set(key, query);
    }
    return query;
  }

  return async (request) => {
    const variables = request.request.variables ?? {};
    const query = compiledFor(request.document, request.operationName);
    if (query) return asGraphQLErrors(await query.query(undefined, request.context, variables));
    return execute({ schema, document: request.document, contextValue: request.context, variableValues: variables, operationName: request.operationName });
  };
}

/** graphql-jit's errors as graphql-js GraphQLErrors, with `extensions` and the original error (which src/http/errors.ts classifies). */
function asGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    if (e instanceof GraphQLError && e.extensions) return e;
    const original = (e as { originalError?: Error }).originalError ?? (e as Error);
    const rebuilt = new GraphQLError(e.message, { path: e.path, originalError: original, extensions: { ...(original as { extensions?: Record<string, unknown> }).extensions, ...(e.extensions ?? {}) } });
    // Locations come from AST nodes in graphql-js; graphql-jit already computed them (a plain property, written once here).
    if (e.locations) (rebuilt as { locations: GraphQLError['locations'] }).locations = e.locations;
    return rebuilt;
  });
  return { ...result, errors };
}

/** Apollo's `gateway` option serving a fixed local schema with the graphql-jit executor. */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const listeners = new Set<SchemaListener>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: jitExecutor(schema) };
    },
    async stop() {
      listeners.clear();
    },
  };
}
