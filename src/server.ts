/**
 * Builds the HTTP server from its dependencies; listening is the caller's
 * business (src/index.ts, tests), so tests reuse exactly what users run.
 *
 * A small node:http router in front of Apollo's transport-neutral
 * `executeHTTPGraphQLRequest`: /graphql (POST, GET for queries, the IDE for
 * browsers), /healthz, /readyz, /metrics. No web framework: fewer layers on the hot path.
 * Every request runs inside a RequestState (src/http/requestState.ts) that
 * carries its id to error formatting, logs and metrics.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/client';
import { migrationStatus } from './db/migrate';
import { ping } from './db/reads';
import type { Logger } from './logger';
import { withDeadline } from './http/deadline';
import { createErrorFormatter } from './http/errors';
import { observabilityPlugin } from './http/observability';
import { currentRequest, runWithRequestState, type RequestState } from './http/requestState';
import { createMetrics, routeLabel, type Metrics } from './metrics';
import { createIde, IDE_PATH_PREFIX } from './ide';
import { buildSchema } from './schema';
import { jitGateway } from './execution/jit';
import { AUTH_ERROR_CODES, authorize, writeGuardPlugin } from './auth';
import { QUERY_LIMIT_CODES, limitsParseOptions, queryLimitsPlugin } from './limits';

export interface AppDeps {
  config: Config;
  db: Database;
  /** The URL migrations were applied to (readiness checks read `_prisma_migrations` there). */
  databaseUrl: string;
  logger: Logger;
}

export interface App {
  readonly server: http.Server;
  readonly apollo: ApolloServer<Context>;
  /** This app's Prometheus registry and counters (also on every request's context). */
  readonly metrics: Metrics;
  /** Stops accepting, drains in-flight requests, then stops Apollo. Does not close the database. */
  stop(): Promise<void>;
}

/** Codes of errors we raise on purpose; any other error is masked for clients. */
const EXPOSED_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', ...QUERY_LIMIT_CODES, ...AUTH_ERROR_CODES]);

/** A request answered before (or instead of) GraphQL execution: status, message and `extensions.code`. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A GraphQL-shaped error body for answers that never reach Apollo, with the request id like every other error. */
function errorBody(message: string, code: string): { errors: { message: string; extensions: Record<string, string> }[] } {
  const requestId = currentRequest()?.requestId;
  return { errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] };
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new HttpError(413, `Request body is ${declared} bytes; the limit is ${limit} bytes (REQUEST_MAX_BODY_BYTES).`, 'PAYLOAD_TOO_LARGE', { connection: 'close' }));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 goes out with `connection: close`, which then drops the rest.
        req.pause();
        req.removeAllListeners('data');
        reject(new HttpError(413, `Request body exceeds the limit of ${limit} bytes (REQUEST_MAX_BODY_BYTES).`, 'PAYLOAD_TOO_LARGE', { connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function isJsonContentType(value: string | undefined): boolean {
  return !!value && /^application\/(graphql-response\+)?json$/i.test(value.split(';')[0]!.trim());
}

export async function createApp({ config, db, databaseUrl, logger }: AppDeps): Promise<App> {
  const server = http.createServer();
  const metrics = createMetrics({ enabled: config.metricsEnabled, pool: db.pool });
  const schema = buildSchema();
  const apollo = new ApolloServer<Context>({
    // GRAPHQL_EXECUTOR=jit runs operations through graphql-jit (src/execution/jit.ts); the default is graphql-js.
    ...(config.graphqlExecutor === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    // A public, documented API: introspection stays on in production too, unless switched off.
    introspection: config.introspectionEnabled,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Query limits (src/limits): the parser stops at the token limit; depth, aliases, directives and cost are checked before execution.
    parseOptions: limitsParseOptions(config.limits),
    // Cache control off: no field sets cache hints, and its per-field hook wrapped every resolver (~4% of a nested request's CPU).
    // Draining waits for in-flight requests at most SHUTDOWN_TIMEOUT_MS, then closes their connections.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownTimeoutMs }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), observabilityPlugin<Context>(metrics), writeGuardPlugin<Context>(), queryLimitsPlugin<Context>(config.limits)],
    // Exposed codes pass, database trouble gets DATABASE_UNAVAILABLE / DATABASE_BUSY / STATEMENT_TIMEOUT, the rest is masked.
    formatError: createErrorFormatter({ exposedCodes: EXPOSED_CODES, limits: config.db, logger, metrics }),
  });
  await apollo.start();

  const ide = createIde({ enabled: config.ideEnabled, endpoint: '/graphql', logger });
  const corsAny = config.corsOrigins.includes('*');
  function corsHeaders(origin: string | undefined): Record<string, string> {
    if (!origin) return {};
    // Vary on Origin whenever the answer depends on it, so a shared cache never serves one origin's headers to another.
    if (!corsAny && !config.corsOrigins.includes(origin)) return { vary: 'Origin' };
    return {
      'access-control-allow-origin': corsAny ? '*' : origin,
      'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-expose-headers': 'x-request-id',
      'access-control-max-age': '600',
      ...(corsAny ? {} : { vary: 'Origin' }),
    };
  }

  /** Body → Apollo → response, for one /graphql request that is not the IDE page. */
  async function executeGraphQL(req: http.IncomingMessage, url: URL, requestId: string): Promise<HTTPGraphQLResponse> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      // JSON only (GraphQL over HTTP): other types are refused before the body is read, which also keeps
      // browsers' CORS-exempt "simple" posts (text/plain, forms) from ever executing.
      const contentType = req.headers['content-type'];
      if (!isJsonContentType(contentType)) {
        throw new HttpError(415, `Content-Type must be application/json${contentType ? `, not ${contentType}` : ' (the header is missing)'}.`, 'UNSUPPORTED_MEDIA_TYPE', { 'accept-post': 'application/json' });
      }
      const text = await readBody(req, config.requestMaxBodyBytes);
      if (text.length === 0) throw new HttpError(400, 'Request body is empty: send a JSON object with a "query" field.');
      try {
        body = JSON.parse(text);
      } catch (e) {
        throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    return apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createContext(db, logger, requestId, metrics, authorize(req.headers.authorization, config.adminTokens)),
    });
  }

  async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string, baseHeaders: Record<string, string>): Promise<void> {
    // The client gets an answer in time; abandoned work still ends, bounded by statement_timeout.
    const response = await withDeadline(
      executeGraphQL(req, url, requestId),
      config.requestTimeoutMs,
      () => new HttpError(503, `The request took longer than ${config.requestTimeoutMs} ms (REQUEST_TIMEOUT_MS) and was abandoned. Try again, or ask for less.`, 'REQUEST_TIMEOUT', { 'retry-after': '5' }),
    );
    const outHeaders: Record<string, string> = { ...baseHeaders };
    for (const [key, value] of response.headers) outHeaders[key] = value;
    if (response.body.kind === 'complete') {
      outHeaders['content-length'] = String(Buffer.byteLength(response.body.string));
      res.writeHead(response.status ?? 200, outHeaders);
      res.end(response.body.string);
      return;
    }
    res.writeHead(response.status ?? 200, outHeaders);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function readiness(): Promise<{ ready: boolean; database: string; migrations: string }> {
    try {
      // Bounded: a database that hangs instead of refusing must not hang the probe.
      await withDeadline(ping(db.pool), config.db.acquireTimeoutMs, () => new Error(`no answer within ${config.db.acquireTimeoutMs} ms`));
    } catch (e) {
      return { ready: false, database: `unreachable: ${(e as Error).message}`, migrations: 'unknown' };
    }
    try {
      const status = await migrationStatus(databaseUrl);
      return { ready: status.upToDate, database: 'ok', migrations: status.upToDate ? 'ok' : `pending: ${status.pending.join(', ')}` };
    } catch (e) {
      return { ready: false, database: 'ok', migrations: `unknown: ${(e as Error).message}` };
    }
  }

  server.on('request', (req, res) => {
    const started = process.hrtime.bigint();
    const incomingId = req.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && /^[\w.-]{1,100}$/.test(incomingId) ? incomingId : randomUUID();
    const state: RequestState = { requestId };
    runWithRequestState(state, () => handleRequest(req, res, state, started));
  });

  function handleRequest(req: http.IncomingMessage, res: http.ServerResponse, state: RequestState, started: bigint): void {
    const { requestId } = state;
    const baseHeaders = { 'x-request-id': requestId, ...corsHeaders(req.headers.origin) };
    const url = new URL(req.url ?? '/', 'http://localhost');
    // One access-log line and one counter per request, GraphQL operation included when there was one.
    res.on('close', () => {
      const durationMs = Math.round((Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10;
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
      const route = routeLabel(url.pathname);
      metrics.httpRequests.inc({ method: req.method ?? 'unknown', route, status: String(status) });
      logger.info(
        { requestId, method: req.method, path: url.pathname, status, durationMs, operationName: state.operationName, operationType: state.operationType },
        'request',
      );
    });
    const route = async (): Promise<void> => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, baseHeaders);
        res.end();
        return;
      }
      switch (url.pathname) {
        case '/graphql':
          if (req.method !== 'GET' && req.method !== 'POST') {
            return sendJson(res, 405, errorBody('Use GET (queries only) or POST on /graphql.', 'METHOD_NOT_ALLOWED'), { ...baseHeaders, allow: 'GET, POST' });
          }
          if (ide.wantsPage(req, url)) return ide.servePage(req, res, baseHeaders);
          return handleGraphQL(req, res, url, requestId, baseHeaders);
        case '/healthz':
          return sendJson(res, 200, { status: 'ok' }, baseHeaders);
        case '/readyz': {
          const r = await readiness();
          return sendJson(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', ...r }, baseHeaders);
        }
        case '/metrics': {
          if (!metrics.enabled) return sendJson(res, 404, errorBody('Metrics are switched off (METRICS_ENABLED=false).', 'NOT_FOUND'), baseHeaders);
          const text = await metrics.registry.metrics();
          res.writeHead(200, { ...baseHeaders, 'content-type': metrics.registry.contentType, 'content-length': String(Buffer.byteLength(text)) });
          res.end(text);
          return;
        }
        case '/':
          res.writeHead(302, { ...baseHeaders, location: '/graphql' });
          res.end();
          return;
        default:
          if (url.pathname.startsWith(IDE_PATH_PREFIX)) return ide.serveAsset(req, res, url, baseHeaders);
          return sendJson(res, 404, errorBody(`No route for ${url.pathname}: the API is at /graphql.`, 'NOT_FOUND'), baseHeaders);
      }
    };
    route().catch((e: unknown) => {
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
