/**
 * The explorer: a web app for analysts and journalists who do not write
 * GraphQL, served at `/` by this server (the API and the IDE stay at
 * /graphql). It talks to the public API only, through typed operations
 * (src/explorer/operations → client/generated.ts by `npm run codegen`) and
 * the SDK's client. Its bundle is built from node_modules by esbuild on the
 * first page request, like the IDE's (src/web/bundle.ts), and served from
 * memory under /explorer/assets/. With EXPLORER_ENABLED=false, `/` redirects
 * to /graphql as before and the explorer's paths answer 404.
 */
import type http from 'node:http';
import path from 'node:path';
import type { Logger } from '../logger';
import { buildBundle, lazyBundle, type WebBundle } from '../web/bundle';
import { createPageServer, escapeHtml, SAME_ORIGIN_CSP, scriptJson } from '../web/serve';
import { isExplorerPath } from './routes';

export const EXPLORER_PATH_PREFIX = '/explorer/';
const ASSET_BASE = `${EXPLORER_PATH_PREFIX}assets/`;
const CLIENT_DIR = path.join(__dirname, 'client');

export const buildExplorer = (): Promise<WebBundle> =>
  buildBundle({
    label: 'Explorer',
    outDir: path.join(CLIENT_DIR, 'out'), // virtual: nothing is written
    entries: { explorer: path.join(CLIENT_DIR, 'main.tsx') },
    options: { jsx: 'automatic' },
  });

const getExplorerBundle = lazyBundle(buildExplorer);

export interface ExplorerOptions {
  enabled: boolean;
  /** Path of the GraphQL endpoint the explorer talks to. */
  endpoint: string;
  logger: Logger;
}

export interface Explorer {
  readonly enabled: boolean;
  /** True for a GET/HEAD of `/` or of one of the explorer's views. */
  wantsPage(req: http.IncomingMessage, url: URL): boolean;
  servePage(req: http.IncomingMessage, res: http.ServerResponse, baseHeaders: Record<string, string>): Promise<void>;
  serveAsset(req: http.IncomingMessage, res: http.ServerResponse, url: URL, baseHeaders: Record<string, string>): Promise<void>;
}

export function renderExplorerPage(bundle: WebBundle, endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Explorer · Korea–Central Asia knowledge API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(ASSET_BASE + bundle.output('explorer', '.css'))}">
<script id="explorer-config" type="application/json">${scriptJson({ endpoint })}</script>
<script defer src="${escapeHtml(ASSET_BASE + bundle.output('explorer', '.js'))}"></script>
</head>
<body>
<div id="explorer"><p class="boot">Loading the explorer… (it needs JavaScript; the data is also available from the GraphQL API at <a href="${escapeHtml(endpoint)}">${escapeHtml(endpoint)}</a>.)</p></div>
</body>
</html>
`;
}

export function createExplorer({ enabled, endpoint, logger }: ExplorerOptions): Explorer {
  const pages = createPageServer({
    label: 'The explorer',
    enabled,
    disabledMessage: 'The explorer is disabled on this server (EXPLORER_ENABLED=false). The API and its IDE are at /graphql.\n',
    assetBase: ASSET_BASE,
    getBundle: getExplorerBundle,
    assetsOf: (b) => b.assets,
    render: (b) => renderExplorerPage(b, endpoint),
    csp: SAME_ORIGIN_CSP,
    logger,
  });
  return {
    enabled,
    wantsPage: (req, url) => (req.method === 'GET' || req.method === 'HEAD') && isExplorerPath(url.pathname),
    servePage: (req, res, baseHeaders) => pages.servePage(req, res, baseHeaders),
    serveAsset: pages.serveAsset,
  };
}
