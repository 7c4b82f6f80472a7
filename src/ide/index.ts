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
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Logger } from '../logger';
import { getIdeBundle, type IdeAsset } from './build';
import { IDE_PAGE_CSP, renderIdePage } from './page';

export { EXAMPLE_QUERIES, type ExampleQuery } from './examples';

/** Every IDE asset lives under this path. */
export const IDE_PATH_PREFIX = '/ide/';
const ASSET_BASE = `${IDE_PATH_PREFIX}assets/`;
const gzipAsync = promisify(gzip);

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

function sendText(res: http.ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

export function createIde({ enabled, endpoint, logger }: IdeOptions): Ide {
  const gzipped = new Map<string, Promise<Buffer>>();
  const compressible = (a: IdeAsset) => /^(text\/|image\/svg)/.test(a.contentType);

  async function bundleOr500(res: http.ServerResponse, baseHeaders: Record<string, string>) {
    try {
      const bundle = await getIdeBundle();
      return bundle;
    } catch (e) {
      logger.error({ err: e }, 'building the GraphQL IDE failed');
      sendText(res, 500, 'The GraphQL IDE could not be built on this server (see its log). The API itself works: POST /graphql.\n', baseHeaders);
      return undefined;
    }
  }

  return {
    wantsPage(req, url) {
      return req.method === 'GET' && !url.searchParams.has('query') && prefersHtml(req.headers.accept);
    },

    async servePage(_req, res, baseHeaders) {
      if (!enabled) return sendText(res, 404, DISABLED_MESSAGE, { ...baseHeaders, vary: 'Accept' });
      const bundle = await bundleOr500(res, baseHeaders);
      if (!bundle) return;
      const html = renderIdePage(bundle, { endpoint, assetBase: ASSET_BASE });
      res.writeHead(200, {
        ...baseHeaders,
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(Buffer.byteLength(html)),
        'cache-control': 'no-cache',
        vary: 'Accept',
        'content-security-policy': IDE_PAGE_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(html);
    },

    async serveAsset(req, res, url, baseHeaders) {
      if (!enabled) return sendText(res, 404, DISABLED_MESSAGE, baseHeaders);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Use GET.\n', { ...baseHeaders, allow: 'GET, HEAD' });
      const name = url.pathname.startsWith(ASSET_BASE) ? url.pathname.slice(ASSET_BASE.length) : '';
      const bundle = await bundleOr500(res, baseHeaders);
      if (!bundle) return;
      const asset = name.includes('/') ? undefined : bundle.assets.get(name);
      if (!asset) return sendText(res, 404, `No IDE asset at ${url.pathname}.\n`, baseHeaders);
      const etag = `"${asset.hash}"`;
      const headers: Record<string, string> = {
        ...baseHeaders,
        'content-type': asset.contentType,
        // File names carry a content hash: a changed file is a new URL.
        'cache-control': 'public, max-age=31536000, immutable',
        etag,
        vary: 'Accept-Encoding',
        'x-content-type-options': 'nosniff',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      let body: Uint8Array = asset.contents;
      if (compressible(asset) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = gzipped.get(name);
        if (!gz) gzipped.set(name, (gz = gzipAsync(asset.contents)));
        body = await gz;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.byteLength);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}
