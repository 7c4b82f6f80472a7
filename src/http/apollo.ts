/** The Apollo server: schema or JIT gateway, plugins (drain, limits, auth, observability) and error formatting. */
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { jitGateway } from '../execution/jit';
import { AUTH_ERROR_CODES, writeGuardPlugin } from '../auth';
import { QUERY_LIMIT_CODES, limitsParseOptions, queryLimitsPlugin } from '../limits';
import { createErrorFormatter } from './errors';
import { observabilityPlugin } from './observability';
import { readAfterPlugin } from './readAfter';

/** Codes of errors we raise on purpose; any other error is masked for clients. */
const EXPOSED_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', ...QUERY_LIMIT_CODES, ...AUTH_ERROR_CODES]);

/** A started Apollo server for `schema`, draining `httpServer` on stop. */
export async function startApollo(config: Config, schema: GraphQLSchema, httpServer: http.Server, logger: Logger, metrics: Metrics): Promise<ApolloServer<Context>> {
  const apollo = new ApolloServer<Context>({
    // Operations run through graphql-jit (src/execution/jit.ts) unless GRAPHQL_EXECUTOR=graphql-js.
    ...(config.graphqlExecutor === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    // A public, documented API: introspection stays on in production too, unless switched off.
    introspection: config.introspectionEnabled,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Query limits (src/limits): the parser stops at the token limit; depth, aliases, directives and cost are checked before execution.
    parseOptions: limitsParseOptions(config.limits),
    // Cache control off: no field sets cache hints, and its per-field hook wrapped every resolver (~4% of a nested request's CPU).
    // Draining waits for in-flight requests at most SHUTDOWN_TIMEOUT_MS, then closes their connections.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      observabilityPlugin<Context>(metrics),
      writeGuardPlugin<Context>(),
      queryLimitsPlugin<Context>(config.limits),
      // Mutations read the primary, and their responses tell the client where its writes are (read-your-writes with a replica).
      readAfterPlugin<Context>({ maxLagMs: config.readReplica?.maxLagMs }),
    ],
    // Exposed codes pass, database trouble gets DATABASE_UNAVAILABLE / DATABASE_BUSY / STATEMENT_TIMEOUT, the rest is masked.
    formatError: createErrorFormatter({ exposedCodes: EXPOSED_CODES, limits: config.db, logger, metrics }),
  });
  await apollo.start();
  return apollo;
}
