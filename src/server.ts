/**
 * Builds the HTTP server from its dependencies; listening is the caller's
 * business (src/index.ts, tests), so tests reuse exactly what users run.
 *
 * A small node:http router in front of Apollo's transport-neutral
 * `executeHTTPGraphQLRequest`: /graphql (POST, GET for queries, the IDE for
 * browsers), /healthz, /readyz. No web framework: fewer layers on the hot path.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/client';
import { migrationStatus } from './db/migrate';
import type { Logger } from './logger';
import { createIde, IDE_PATH_PREFIX } from './ide';
import { buildSchema } from './schema';

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
  /** Stops accepting, drains in-flight requests, then stops Apollo. Does not close the database. */
  stop(): Promise<void>;
}

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/** Codes of errors we raise on purpose; any other error is masked for clients. */
const EXPOSED_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new HttpError(413, `Request body is ${declared} bytes; the limit is ${limit} bytes.`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body exceeds the limit of ${limit} bytes.`));
        req.destroy();
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
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    // A public, documented API: introspection stays on in production too, unless switched off.
    introspection: config.introspectionEnabled,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = String(formatted.extensions?.code ?? '');
      if (EXPOSED_CODES.has(code)) return formatted;
      // Unexpected: log the real error (with the request id via the context logger) and mask it.
      const original = unwrapResolverError(error);
      logger.error({ err: original, path: formatted.path }, 'unexpected error while executing a GraphQL operation');
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  const ide = createIde({ enabled: config.ideEnabled, endpoint: '/graphql', logger });
  const corsAny = config.corsOrigins.includes('*');
  function corsHeaders(origin: string | undefined): Record<string, string> {
    if (!origin) return {};
    if (!corsAny && !config.corsOrigins.includes(origin)) return {};
    return {
      'access-control-allow-origin': corsAny ? '*' : origin,
      'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-expose-headers': 'x-request-id',
      'access-control-max-age': '600',
      ...(corsAny ? {} : { vary: 'Origin' }),
    };
  }

  async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string, baseHeaders: Record<string, string>): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const text = await readBody(req, MAX_BODY_BYTES);
      if (text.length === 0) throw new HttpError(400, 'Request body is empty: send a JSON object with a "query" field.');
      if (isJsonContentType(req.headers['content-type'])) {
        try {
          body = JSON.parse(text);
        } catch (e) {
          throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
        }
      } else {
        body = text;
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const log = logger.child({ requestId });
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createContext(db, log, requestId),
    });
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
      await db.pool.query('SELECT 1');
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
    const baseHeaders = { 'x-request-id': requestId, ...corsHeaders(req.headers.origin) };
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
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
            return sendJson(res, 405, { errors: [{ message: 'Use GET or POST on /graphql.' }] }, { ...baseHeaders, allow: 'GET, POST' });
          }
          if (ide.wantsPage(req, url)) return ide.servePage(req, res, baseHeaders);
          return handleGraphQL(req, res, url, requestId, baseHeaders);
        case '/healthz':
          return sendJson(res, 200, { status: 'ok' }, baseHeaders);
        case '/readyz': {
          const r = await readiness();
          return sendJson(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', ...r }, baseHeaders);
        }
        case '/':
          res.writeHead(302, { ...baseHeaders, location: '/graphql' });
          res.end();
          return;
        default:
          if (url.pathname.startsWith(IDE_PATH_PREFIX)) return ide.serveAsset(req, res, url, baseHeaders);
          return sendJson(res, 404, { errors: [{ message: `No route for ${url.pathname}: the API is at /graphql.` }] }, baseHeaders);
      }
    };
    route().catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) logger.error({ err: e, requestId }, 'request failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const message = e instanceof HttpError ? e.message : 'Internal server error';
      sendJson(res, status, { errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId } }] }, baseHeaders);
    });
  });

  return {
    server,
    apollo,
    async stop() {
      await apollo.stop(); // the drain plugin closes the listener and waits for in-flight requests
    },
  };
}
