/**
 * Browser bundles built by esbuild in-process from node_modules, kept in
 * memory and served by our own server: the GraphQL IDE (src/ide) and the
 * explorer (src/explorer) both come out of here, so neither needs a CDN nor
 * any network at run time.
 *
 * Why in-process and lazily: esbuild is already a dependency (through tsx),
 * a build takes a few seconds of CPU on the first request of a page, and
 * there are no build artefacts to keep in sync with the sources. esbuild's
 * service process is stopped as soon as a build is done: left running it
 * holds ~400 MB of RSS until shutdown for nothing (`npm run bench:rss`).
 * Output names carry a content hash, so assets are cached as immutable.
 */
import path from 'node:path';
import type { BuildOptions, BuildResult, Metafile } from 'esbuild';

export interface WebAsset {
  readonly contents: Uint8Array;
  readonly contentType: string;
  /** sha256 of the contents, also in the file name: usable as an ETag. */
  readonly hash: string;
}

export interface WebBundle {
  /** File name (no directory) → asset. */
  readonly assets: ReadonlyMap<string, WebAsset>;
  /** How long the build took, in milliseconds. */
  readonly buildMs: number;
  /** File name of the `.js` or `.css` output of one entry point. */
  output(entryName: string, ext: '.js' | '.css'): string;
}

export interface BundleSpec {
  /** For error messages, e.g. `IDE`. */
  readonly label: string;
  /** Output name → entry module (a path, or a package subpath). */
  readonly entries: Record<string, string>;
  /** Directory the (virtual) outputs are named relative to. */
  readonly outDir: string;
  /** Extra esbuild options (e.g. jsx). */
  readonly options?: Pick<BuildOptions, 'jsx' | 'loader'>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const ROOT = path.resolve(__dirname, '..', '..');

function outputOf(label: string, metafile: Metafile, assets: ReadonlyMap<string, WebAsset>, entryName: string, ext: '.js' | '.css'): string {
  for (const [outPath, meta] of Object.entries(metafile.outputs)) {
    const name = path.basename(outPath);
    if (!name.startsWith(`${entryName}-`) || !name.endsWith(ext)) continue;
    if (ext === '.js' && !meta.entryPoint) continue;
    if (assets.has(name)) return name;
  }
  throw new Error(`${label} build produced no ${ext} output for ${entryName}`);
}

export async function buildBundle(spec: BundleSpec): Promise<WebBundle> {
  const started = Date.now();
  // Loaded lazily: servers that never serve a page (and most tests) never start esbuild.
  const esbuild = await import('esbuild');
  let result: BuildResult<{ write: false; metafile: true }>;
  try {
    result = await esbuild.build({
      entryPoints: spec.entries,
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      outdir: spec.outDir,
      entryNames: '[name]-[hash]',
      assetNames: '[name]-[hash]',
      format: 'iife',
      platform: 'browser',
      target: ['es2022'],
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      ...spec.options,
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file', ...spec.options?.loader },
    });
  } finally {
    // The service process would otherwise stay until shutdown; a later esbuild call starts a new one.
    await esbuild.stop();
  }
  const assets = new Map<string, WebAsset>();
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    assets.set(name, { contents: file.contents, contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream', hash: file.hash });
  }
  const metafile = result.metafile;
  return { assets, buildMs: Date.now() - started, output: (entryName, ext) => outputOf(spec.label, metafile, assets, entryName, ext) };
}

/** A builder that runs once per process; a failed build is retried on the next call. */
export function lazyBundle<T>(build: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= build().catch((e: unknown) => {
      cached = undefined;
      throw e;
    });
    return cached;
  };
}
