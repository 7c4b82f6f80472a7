#!/usr/bin/env node
/**
 * Compiles the server (src/index.ts and everything it imports from src/) into
 * one CommonJS file, dist/server/index.js, so `npm start` runs plain node: no
 * TypeScript runtime, no tsx loader hooks, no esbuild service process.
 *
 *   node src/build/server.mjs             build (npm's `prepare`, run by `npm ci`)
 *   node src/build/server.mjs --if-stale  build only if a source file changed since the last build (`prestart`)
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 *
 * - Packages stay external (`require`d from node_modules at run time), so
 *   Prisma's runtime, its query-compiler wasm, pg, prom-client … load exactly
 *   as under tsx; only our own TypeScript (Prisma's generated client included)
 *   is bundled.
 * - `__dirname` in our sources means "this source file's folder" (the
 *   .graphql files, the IDE's client entry, prisma/migrations, the files the
 *   extractor version hashes). The bundle rewrites each use to that folder,
 *   found relative to the bundle, so the compiled server reads the same files
 *   as the TypeScript one and computes the same extractor version (the source
 *   tree ships with the build, as in the Dockerfile).
 * - Freshness: dist/server/build.json records every input's size and mtime;
 *   `--if-stale` compares them (a few hundred stat calls), so an edited or
 *   pulled source is never served stale and an unchanged tree starts at once.
 * - Written atomically (temporary files, then rename): two starts racing to
 *   build never run half a file.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = path.join(ROOT, 'src', 'index.ts');
export const OUT_DIR = path.join(ROOT, 'dist', 'server');
export const OUT_FILE = path.join(OUT_DIR, 'index.js');
const MANIFEST = path.join(OUT_DIR, 'build.json');
const THIS_FILE = fileURLToPath(import.meta.url);

/** Rewrites `__dirname` / `__filename` in our sources to the source file's own folder / path, located from the bundle. */
const sourcePaths = {
  name: 'source-paths',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!/\b__(dirname|filename)\b/.test(source)) return { contents: source, loader: 'ts' };
      const rel = (p) => JSON.stringify(path.relative(ROOT, p).split(path.sep).join('/'));
      const contents = source
        .replace(/\b__dirname\b/g, `__kcaSourcePath(${rel(path.dirname(args.path))})`)
        .replace(/\b__filename\b/g, `__kcaSourcePath(${rel(args.path)})`);
      return { contents, loader: 'ts' };
    });
  },
};

/** Input files (relative to the root) with their size and mtime; the build script counts as an input. */
async function fingerprint(files) {
  const entries = await Promise.all(
    [...files, path.relative(ROOT, THIS_FILE)].map(async (file) => {
      const s = await stat(path.join(ROOT, file));
      return [file, `${s.size}:${s.mtimeMs}`];
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Why the last build cannot be used (a reason), or null when every input is as it was. */
export async function staleness() {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
    await stat(OUT_FILE);
  } catch {
    return 'no previous build';
  }
  const files = Object.keys(manifest.inputs ?? {});
  let now;
  try {
    now = await fingerprint(files.filter((f) => f !== path.relative(ROOT, THIS_FILE)));
  } catch (e) {
    return `an input is gone (${e.code ?? e.message})`;
  }
  const changed = files.find((f) => now[f] !== manifest.inputs[f]);
  return changed ? `${changed} changed` : null;
}

export async function buildServer() {
  const started = Date.now();
  // esbuild is a dependency (tsx brings it too); its install script is not needed (package.json allowScripts).
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: OUT_FILE,
    write: false,
    metafile: true,
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
    banner: { js: `'use strict';\nconst __kcaSourcePath = (p) => require('node:path').join(__dirname, '..', '..', p);` },
    plugins: [sourcePaths],
  });
  await mkdir(OUT_DIR, { recursive: true });
  const suffix = `.tmp-${process.pid}`;
  for (const file of result.outputFiles) await writeFile(file.path + suffix, file.contents);
  const inputs = await fingerprint(Object.keys(result.metafile.inputs));
  await writeFile(MANIFEST + suffix, JSON.stringify({ builtAt: new Date().toISOString(), esbuild: esbuild.version, inputs }, null, 1));
  // The map first, the manifest last: a reader that sees the new manifest finds the new bundle.
  for (const file of [...result.outputFiles].sort((a) => (a.path.endsWith('.map') ? -1 : 1))) await rename(file.path + suffix, file.path);
  await rename(MANIFEST + suffix, MANIFEST);
  return { ms: Date.now() - started, inputs: Object.keys(inputs).length, bytes: result.outputFiles.find((f) => f.path === OUT_FILE).contents.length };
}

async function main() {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale) {
    const reason = await staleness();
    if (!reason) return;
    console.error(`building the server (${reason})…`);
  }
  const { ms, inputs, bytes } = await buildServer();
  console.error(`built ${path.relative(ROOT, OUT_FILE)} from ${inputs} files (${Math.round(bytes / 1024)} KB) in ${ms} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === THIS_FILE) {
  main().catch((e) => {
    console.error(`error: building the server failed: ${e.message}`);
    process.exit(1);
  });
}
