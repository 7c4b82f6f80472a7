/**
 * The routes: /graphql (POST, GET for queries, the IDE page for browsers),
 * /healthz, /readyz, /metrics, the IDE's assets, and the explorer at / (its
 * views' paths and assets; with the explorer off, / redirects to /graphql).
 * No web framework: fewer layers on the hot path.
 */
import type http from 'node:http';
import type { Explorer } from '../explorer';
import { EXPLORER_PATH_PREFIX } from '../explorer';
import type { Ide } from '../ide';
import { IDE_PATH_PREFIX } from '../ide';
import type { Metrics } from '../metrics';
import type { Readiness } from './readiness';
import { errorBody, sendJson } from './responses';

export interface Routes {
  ide: Ide;
  explorer: Explorer;
  metrics: Metrics;
  /** The body of GET /metrics (this process's registry, or the cluster's aggregate). */
  metricsText(): Promise<string>;
  graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string, baseHeaders: Record<string, string>): Promise<void>;
  readiness(): Promise<Readiness>;
}

export function createRouter({ ide, explorer, metrics, metricsText, graphql, readiness }: Routes) {
  return async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string, baseHeaders: Record<string, string>): Promise<void> {
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
        return graphql(req, res, url, requestId, baseHeaders);
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' }, baseHeaders);
      case '/readyz': {
        const r = await readiness();
        return sendJson(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', ...r }, baseHeaders);
      }
      case '/metrics': {
        if (!metrics.enabled) return sendJson(res, 404, errorBody('Metrics are switched off (METRICS_ENABLED=false).', 'NOT_FOUND'), baseHeaders);
        const text = await metricsText();
        res.writeHead(200, { ...baseHeaders, 'content-type': metrics.registry.contentType, 'content-length': String(Buffer.byteLength(text)) });
        res.end(text);
        return;
      }
      case '/':
        if (!explorer.enabled) {
          res.writeHead(302, { ...baseHeaders, location: '/graphql' });
          res.end();
          return;
        }
        if (explorer.wantsPage(req, url)) return explorer.servePage(req, res, baseHeaders);
        return sendJson(res, 405, errorBody('Use GET on /: it is the explorer page. The API is at /graphql.', 'METHOD_NOT_ALLOWED'), { ...baseHeaders, allow: 'GET, HEAD' });
      default:
        if (url.pathname.startsWith(IDE_PATH_PREFIX)) return ide.serveAsset(req, res, url, baseHeaders);
        if (url.pathname.startsWith(EXPLORER_PATH_PREFIX)) return explorer.serveAsset(req, res, url, baseHeaders);
        if (explorer.enabled && explorer.wantsPage(req, url)) return explorer.servePage(req, res, baseHeaders);
        return sendJson(res, 404, errorBody(`No route for ${url.pathname}: the API is at /graphql.`, 'NOT_FOUND'), baseHeaders);
    }
  };
}
