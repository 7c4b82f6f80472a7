/**
 * The GraphQL IDE (GraphiQL 5) served by our own server, assets included, so
 * it works offline and behind firewalls. src/server.ts calls:
 * - `ide.wantsPage(req, url)` / `ide.servePage(...)` for a browser's GET /graphql
 *   (Accept prefers text/html, no `query` search parameter); everything else
 *   on /graphql still goes to Apollo;
 * - `ide.serveAsset(...)` for paths under IDE_PATH_PREFIX (`/ide/`).
 * When the IDE is disabled (IDE_ENABLED=false) both answer a short 404.
 *
 * Bundling: see build.ts. The preloaded example tabs: see examples.ts.
 */
import type http from 'node:http';
import type { Logger } from '../logger';
import { createPageServer } from '../web/serve';
import { getIdeBundle } from './build';
import { IDE_PAGE_CSP, renderIdePage } from './page';

export { EXAMPLE_QUERIES, type ExampleQuery } from './examples';

/** Every IDE asset lives under this path. */
export const IDE_PATH_PREFIX = '/ide/';
const ASSET_BASE = `${IDE_PATH_PREFIX}assets/`;
export interface IdeOptions {
  enabled: boolean;
  /** Path of the GraphQL endpoint the IDE talks to. */
  endpoint: string;
  logger: Logger;
}

export interface Ide {
  /** True for a browser opening the endpoint: GET, Accept prefers text/html, no `query` parameter. */
  wantsPage(req: http.IncomingMessage, url: URL): boolean;
  servePage(req: http.IncomingMessage, res: http.ServerResponse, baseHeaders: Record<string, string>): Promise<void>;
  serveAsset(req: http.IncomingMessage, res: http.ServerResponse, url: URL, baseHeaders: Record<string, string>): Promise<void>;
}

interface MediaRange {
  type: string;
  q: number;
  index: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const qParam = params.find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.type.length > 0);
}

/**
 * Whether an Accept header prefers HTML over a JSON response: text/html must
 * be listed explicitly with q > 0 and rank above every range that would
 * accept JSON (application/json, application/graphql-response+json,
 * application/*, *\/*), ties going to the one listed first. Browsers send
 * `text/html,…,*\/*;q=0.8`; curl's `*\/*` and API clients' JSON types do not.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const best = (types: string[]) =>
    ranges.filter((r) => types.includes(r.type)).reduce<MediaRange | undefined>((a, r) => (!a || r.q > a.q ? r : a), undefined);
  const html = best(['text/html']);
  if (!html || html.q <= 0) return false;
  const json = best(['application/json', 'application/graphql-response+json', 'application/*', '*/*']);
  if (!json || json.q <= 0) return true;
  return html.q > json.q || (html.q === json.q && html.index < json.index);
}

const DISABLED_MESSAGE = 'The GraphQL IDE is disabled on this server (IDE_ENABLED=false). Send GraphQL operations with POST /graphql.\n';

export function createIde({ enabled, endpoint, logger }: IdeOptions): Ide {
  const pages = createPageServer({
    label: 'The GraphQL IDE',
    enabled,
    disabledMessage: DISABLED_MESSAGE,
    assetBase: ASSET_BASE,
    getBundle: getIdeBundle,
    assetsOf: (b) => b.assets,
    render: (b) => renderIdePage(b, { endpoint, assetBase: ASSET_BASE }),
    csp: IDE_PAGE_CSP,
    logger,
  });
  return {
    wantsPage(req, url) {
      return req.method === 'GET' && !url.searchParams.has('query') && prefersHtml(req.headers.accept);
    },
    // The same URL answers JSON to API clients: caches must key on Accept.
    servePage: (req, res, baseHeaders) => pages.servePage(req, res, baseHeaders, { vary: 'Accept' }),
    serveAsset: pages.serveAsset,
  };
}
