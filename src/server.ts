/**
 * Builds the HTTP server from its dependencies; listening is the caller's
 * business (src/index.ts, tests), so tests reuse exactly what users run.
 *
 * A small node:http router (src/http/router.ts) in front of Apollo
 * (src/http/apollo.ts, src/http/graphql.ts), with CORS, readiness and the
 * access log in their own modules under src/http/. Every request runs inside
 * a RequestState (src/http/requestState.ts) that carries its id to error
 * formatting, logs and metrics.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/client';
import type { ReadReplica } from './db/replica';
import type { Logger } from './logger';
import { authorize } from './auth';
import { logWhenClosed } from './http/accessLog';
import { startApollo } from './http/apollo';
import { corsPolicy } from './http/cors';
import { graphqlTransport } from './http/graphql';
import { readAfterOf } from './http/readAfter';
import { readiness } from './http/readiness';
import { runWithRequestState, type RequestState } from './http/requestState';
import { errorBody, HttpError, sendJson } from './http/responses';
import { createRouter } from './http/router';
import { createMetrics, registerQueueMetrics, registerReadReplicaMetrics, type Metrics } from './metrics';
import { createExplorer } from './explorer';
import { ingestJobs } from './loaders/queue';
import { queueSettings } from './db/queue';
import { createIde } from './ide';
import { buildSchema } from './schema';

export interface AppDeps {
  config: Config;
  db: Database;
  /** The URL migrations were applied to (readiness checks read `_prisma_migrations` there). */
  databaseUrl: string;
  logger: Logger;
  /** A streaming replica for read-only operations (DATABASE_READ_URL; src/db/replica.ts), or none. */
  replica?: ReadReplica | undefined;
  /**
   * The text GET /metrics answers; default: this app's registry. A cluster
   * worker answers with the whole cluster's metrics, gathered by the primary.
   */
  metricsText?: () => Promise<string>;
}

export interface App {
  readonly server: http.Server;
  readonly apollo: ApolloServer<Context>;
  /** This app's Prometheus registry and counters (also on every request's context). */
  readonly metrics: Metrics;
  /** Stops accepting, drains in-flight requests, then stops Apollo. Does not close the database. */
  stop(): Promise<void>;
}

export async function createApp({ config, db, databaseUrl, logger, replica, metricsText }: AppDeps): Promise<App> {
  const server = http.createServer();
  const metrics = createMetrics({ enabled: config.metricsEnabled, pool: db.pool });
  if (replica) registerReadReplicaMetrics(metrics.registry, replica);
  const queue = ingestJobs(db.pool, queueSettings(config));
  registerQueueMetrics(metrics.registry, () => queue.counts());
  const apollo = await startApollo(config, buildSchema(), server, logger, metrics);
  const cors = corsPolicy(config.corsOrigins);
  const route = createRouter({
    ide: createIde({ enabled: config.ideEnabled, endpoint: '/graphql', logger }),
    explorer: createExplorer({ enabled: config.explorerEnabled, endpoint: '/graphql', logger }),
    metrics,
    metricsText: metricsText ?? (() => metrics.registry.metrics()),
    graphql: graphqlTransport(apollo, {
      maxBodyBytes: config.requestMaxBodyBytes,
      timeoutMs: config.requestTimeoutMs,
      context: (req, requestId) =>
        createContext(db, logger, requestId, metrics, queue, authorize(req.headers.authorization, config.adminTokens), replica ? { replica, minLsn: readAfterOf(req.headers) } : undefined),
    }),
    readiness: () => readiness(db, databaseUrl, config.db.acquireTimeoutMs, replica),
  });

  server.on('request', (req, res) => {
    const started = process.hrtime.bigint();
    const incomingId = req.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && /^[\w.-]{1,100}$/.test(incomingId) ? incomingId : randomUUID();
    const state: RequestState = { requestId };
    runWithRequestState(state, () => handleRequest(req, res, state, started));
  });

  function handleRequest(req: http.IncomingMessage, res: http.ServerResponse, state: RequestState, started: bigint): void {
    const { requestId } = state;
    const baseHeaders = { 'x-request-id': requestId, ...cors(req.headers.origin) };
    const url = new URL(req.url ?? '/', 'http://localhost');
    logWhenClosed(req, res, url.pathname, state, started, logger, metrics);
    route(req, res, url, requestId, baseHeaders).catch((e: unknown) => {
      const error = e instanceof HttpError ? e : new HttpError(500, 'Internal server error');
      if (!(e instanceof HttpError)) logger.error({ err: e, requestId }, 'request failed');
      else if (error.status >= 500) logger.warn({ requestId, code: error.code }, error.message);
      metrics.errors.inc({ code: error.code });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, error.status, errorBody(error.message, error.code), { ...baseHeaders, ...error.headers });
    });
  }

  return {
    server,
    apollo,
    metrics,
    async stop() {
      await apollo.stop(); // the drain plugin closes the listener and waits for in-flight requests
    },
  };
}
