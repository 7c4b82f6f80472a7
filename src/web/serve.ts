/**
 * Serving a page and the files of its in-memory bundle (src/web/bundle.ts):
 * content-hashed names cached as immutable, ETag/304, gzip for text, HEAD,
 * a short 404 when the page is switched off, a 500 that says the API still
 * works when the bundle cannot be built. Used by the IDE and the explorer.
 */
import type http from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Logger } from '../logger';
import type { WebAsset } from './bundle';

const gzipAsync = promisify(gzip);

export function sendText(res: http.ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

export interface PageServerOptions<B> {
  /** Human name, e.g. `The GraphQL IDE`. */
  label: string;
  enabled: boolean;
  /** Answer (404) when not enabled. */
  disabledMessage: string;
  /** URL prefix of the bundle's files, ending in `/`. */
  assetBase: string;
  getBundle(): Promise<B>;
  assetsOf(bundle: B): ReadonlyMap<string, WebAsset>;
  /** The page's HTML for a built bundle. */
  render(bundle: B): string;
  /** Content-Security-Policy of the page. */
  csp: string;
  logger: Logger;
}

export interface PageServer {
  servePage(req: http.IncomingMessage, res: http.ServerResponse, baseHeaders: Record<string, string>, extraHeaders?: Record<string, string>): Promise<void>;
  serveAsset(req: http.IncomingMessage, res: http.ServerResponse, url: URL, baseHeaders: Record<string, string>): Promise<void>;
}

export function createPageServer<B>(o: PageServerOptions<B>): PageServer {
  const gzipped = new Map<string, Promise<Buffer>>();
  const compressible = (a: WebAsset) => /^(text\/|image\/svg)/.test(a.contentType);
  const acceptsGzip = (req: http.IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

  async function bundleOr500(res: http.ServerResponse, baseHeaders: Record<string, string>): Promise<B | undefined> {
    try {
      return await o.getBundle();
    } catch (e) {
      o.logger.error({ err: e }, `building ${o.label} failed`);
      sendText(res, 500, `${o.label} could not be built on this server (see its log). The API itself works: POST /graphql.\n`, baseHeaders);
      return undefined;
    }
  }

  async function body(req: http.IncomingMessage, key: string, contents: Uint8Array, headers: Record<string, string>): Promise<Uint8Array> {
    if (!acceptsGzip(req)) return contents;
    let gz = gzipped.get(key);
    if (!gz) gzipped.set(key, (gz = gzipAsync(contents)));
    headers['content-encoding'] = 'gzip';
    return gz;
  }

  return {
    async servePage(req, res, baseHeaders, extraHeaders = {}) {
      if (!o.enabled) return sendText(res, 404, o.disabledMessage, { ...baseHeaders, ...extraHeaders });
      const bundle = await bundleOr500(res, baseHeaders);
      if (bundle === undefined) return;
      const html = o.render(bundle);
      res.writeHead(200, {
        ...baseHeaders,
        ...extraHeaders,
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(Buffer.byteLength(html)),
        'cache-control': 'no-cache',
        'content-security-policy': o.csp,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : html);
    },

    async serveAsset(req, res, url, baseHeaders) {
      if (!o.enabled) return sendText(res, 404, o.disabledMessage, baseHeaders);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Use GET.\n', { ...baseHeaders, allow: 'GET, HEAD' });
      const name = url.pathname.startsWith(o.assetBase) ? url.pathname.slice(o.assetBase.length) : '';
      const bundle = await bundleOr500(res, baseHeaders);
      if (bundle === undefined) return;
      const asset = name.includes('/') ? undefined : o.assetsOf(bundle).get(name);
      if (!asset) return sendText(res, 404, `No ${o.label} asset at ${url.pathname}.\n`, baseHeaders);
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
      const data = compressible(asset) ? await body(req, name, asset.contents, headers) : asset.contents;
      headers['content-length'] = String(data.byteLength);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    },
  };
}

/** Content-Security-Policy for our pages: same-origin only (inline styles for Monaco and for charts' computed sizes). */
export const SAME_ORIGIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON safe inside a <script> element: no `</script>`, no `<!--`, no U+2028/2029 surprises. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
