/**
 * Bundles the GraphQL IDE for the browser, offline, from node_modules.
 *
 * Why GraphiQL 5 and a bundler: GraphiQL 5 (the maintained successor of
 * GraphQL Playground) ships ESM only, built on Monaco, which needs web
 * workers; its own examples load it from a CDN (esm.sh). We run esbuild (a
 * dependency we already have through tsx) in-process instead, once per
 * process, on the first IDE request: no network, no build artefacts to keep
 * in sync, a few seconds of CPU. esbuild's service process is stopped as soon
 * as the build is done: left running it holds ~400 MB of RSS until shutdown
 * for nothing (`npm run bench:rss` measures it). Everything the page needs — JS, CSS (the
 * fonts are inlined in GraphiQL's stylesheet as data: URLs) and Monaco's three
 * workers — comes out of this build and is served from memory under
 * /ide/assets/ with content-hashed names, cached as immutable.
 */
import path from 'node:path';
import type { BuildResult, Metafile, OutputFile } from 'esbuild';

export interface IdeAsset {
  readonly contents: Uint8Array;
  readonly contentType: string;
  /** sha256 of the contents, also in the file name: usable as an ETag. */
  readonly hash: string;
}

export interface IdeBundle {
  /** File name (no directory) → asset. */
  readonly assets: ReadonlyMap<string, IdeAsset>;
  /** File names of the page's script and stylesheet. */
  readonly script: string;
  readonly stylesheet: string;
  /** Monaco worker label (`editor`, `json`, `graphql`) → file name. */
  readonly workers: Readonly<Record<string, string>>;
  /** How long the build took, in milliseconds. */
  readonly buildMs: number;
}

const CLIENT_DIR = path.join(__dirname, 'client');
const OUT_DIR = path.join(CLIENT_DIR, 'out'); // virtual: write is false

/** Entry points: the page and Monaco's workers (the labels GraphiQL's setup-workers use). */
const ENTRIES: Record<string, string> = {
  ide: path.join(CLIENT_DIR, 'entry.js'),
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function entryOutput(metafile: Metafile, outputs: Map<string, OutputFile>, entryName: string, ext: '.js' | '.css'): string {
  for (const [outPath, meta] of Object.entries(metafile.outputs)) {
    const name = path.basename(outPath);
    if (!name.startsWith(`${entryName}-`) || !name.endsWith(ext)) continue;
    if (ext === '.js' && !meta.entryPoint) continue;
    if (outputs.has(name)) return name;
  }
  throw new Error(`IDE build produced no ${ext} output for ${entryName}`);
}

export async function buildIde(): Promise<IdeBundle> {
  const started = Date.now();
  // Loaded lazily: servers with the IDE disabled (and most tests) never start esbuild.
  const esbuild = await import('esbuild');
  let result: BuildResult<{ write: false; metafile: true }>;
  try {
    result = await esbuild.build({
      entryPoints: ENTRIES,
      absWorkingDir: path.resolve(__dirname, '..', '..'),
      bundle: true,
      write: false,
      metafile: true,
      outdir: OUT_DIR,
      entryNames: '[name]-[hash]',
      assetNames: '[name]-[hash]',
      format: 'iife',
      platform: 'browser',
      target: ['es2022'],
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    });
  } finally {
    // The service process would otherwise stay until shutdown; a later esbuild call starts a new one.
    await esbuild.stop();
  }
  const assets = new Map<string, IdeAsset>();
  const outputs = new Map<string, OutputFile>();
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    outputs.set(name, file);
    assets.set(name, {
      contents: file.contents,
      contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
      hash: file.hash,
    });
  }
  return {
    assets,
    script: entryOutput(result.metafile, outputs, 'ide', '.js'),
    stylesheet: entryOutput(result.metafile, outputs, 'ide', '.css'),
    workers: {
      editor: entryOutput(result.metafile, outputs, 'editor.worker', '.js'),
      json: entryOutput(result.metafile, outputs, 'json.worker', '.js'),
      graphql: entryOutput(result.metafile, outputs, 'graphql.worker', '.js'),
    },
    buildMs: Date.now() - started,
  };
}

let cached: Promise<IdeBundle> | undefined;

/** The bundle, built once per process; a failed build is retried on the next call. */
export function getIdeBundle(): Promise<IdeBundle> {
  cached ??= buildIde().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}
