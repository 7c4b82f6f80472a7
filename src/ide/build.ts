/**
 * Bundles the GraphQL IDE for the browser, offline, from node_modules
 * (through src/web/bundle.ts, as the explorer is).
 *
 * Why GraphiQL 5 and a bundler: GraphiQL 5 (the maintained successor of
 * GraphQL Playground) ships ESM only, built on Monaco, which needs web
 * workers; its own examples load it from a CDN (esm.sh). We bundle it once
 * per process, on the first IDE request, instead. Everything the page needs —
 * JS, CSS (the fonts are inlined in GraphiQL's stylesheet as data: URLs) and
 * Monaco's three workers — comes out of this build and is served from memory
 * under /ide/assets/ with content-hashed names, cached as immutable.
 */
import path from 'node:path';
import { buildBundle, lazyBundle, type WebAsset } from '../web/bundle';

export type IdeAsset = WebAsset;

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

export async function buildIde(): Promise<IdeBundle> {
  const bundle = await buildBundle({
    label: 'IDE',
    outDir: path.join(CLIENT_DIR, 'out'), // virtual: nothing is written
    // The page and Monaco's workers (the labels GraphiQL's setup-workers use).
    entries: {
      ide: path.join(CLIENT_DIR, 'entry.js'),
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
  });
  return {
    assets: bundle.assets,
    script: bundle.output('ide', '.js'),
    stylesheet: bundle.output('ide', '.css'),
    workers: {
      editor: bundle.output('editor.worker', '.js'),
      json: bundle.output('json.worker', '.js'),
      graphql: bundle.output('graphql.worker', '.js'),
    },
    buildMs: bundle.buildMs,
  };
}

/** The bundle, built once per process; a failed build is retried on the next call. */
export const getIdeBundle = lazyBundle(buildIde);
