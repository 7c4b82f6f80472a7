/**
 * The SDK as consumers load it (package export `./sdk`): built JavaScript with
 * type declarations in dist/sdk/, one flavour per module system, so a
 * TypeScript or JavaScript project imports it the same way whether it is an
 * ES module, CommonJS, or bundled:
 *
 *   index.mjs + index.d.mts (+ generated.d.mts)   "import" condition
 *   index.cjs + index.d.cts (+ generated.d.cts)   "require" condition
 *
 * The JavaScript is esbuild's bundle of src/sdk/index.ts with its generated
 * documents (every package import, i.e. graphql, stays an import); the
 * declarations are tsc's, with their relative imports given the extension
 * of their flavour. `npm run codegen` runs this after generating; the files
 * are committed like the other generated ones, and tests/unit/sdk-build.test.ts
 * fails when they are stale. `npm run build:sdk` runs it alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
export const SDK_DIST_DIR = path.join(ROOT, 'dist', 'sdk');
const ENTRY = path.join(ROOT, 'src', 'sdk', 'index.ts');
const BANNER = '// Built from src/sdk by `npm run build:sdk` (src/sdk/build.ts). Do not edit.';

async function bundle(format: 'esm' | 'cjs'): Promise<string> {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      format,
      platform: format === 'cjs' ? 'node' : 'neutral',
      packages: 'external',
      target: 'es2022',
      legalComments: 'none',
      logLevel: 'silent',
      banner: { js: BANNER },
    });
    return result.outputFiles[0]!.text;
  } finally {
    await esbuild.stop();
  }
}

/** tsc's declarations for src/sdk/index.ts and what it imports from src/sdk: file base name → text. */
async function declarations(): Promise<Map<string, string>> {
  // A build-time tool (devDependency): never loaded by the server.
  const ts = await import('typescript');
  const out = new Map<string, string>();
  const program = ts.createProgram([ENTRY], {
    declaration: true,
    emitDeclarationOnly: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    rootDir: path.join(ROOT, 'src', 'sdk'),
    outDir: SDK_DIST_DIR,
  });
  const emitted = program.emit(undefined, (file, text) => out.set(path.basename(file), text));
  const problems = ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics);
  if (problems.length > 0) throw new Error(`SDK declarations: ${ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' })}`);
  return out;
}

/** Every file of dist/sdk: name → contents. Writes nothing. */
export async function buildSdk(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('index.mjs', await bundle('esm'));
  files.set('index.cjs', await bundle('cjs'));
  for (const [name, text] of await declarations()) {
    const base = name.replace(/\.d\.ts$/, '');
    for (const ext of ['mts', 'cts'] as const) {
      // `from './generated'` → `from './generated.mjs'`: what node16/nodenext resolution needs, for the matching .d.mts.
      const typed = text.replace(/(from\s+['"])(\.\/[^'"]+)(['"])/g, `$1$2.${ext.replace('ts', 'js')}$3`);
      files.set(`${base}.d.${ext}`, `${BANNER}\n${typed}`);
    }
  }
  return files;
}

if (require.main === module) {
  void buildSdk().then((files) => {
    mkdirSync(SDK_DIST_DIR, { recursive: true });
    for (const [name, text] of files) {
      const file = path.join(SDK_DIST_DIR, name);
      let current: string | undefined;
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        current = undefined;
      }
      if (current !== text) writeFileSync(file, text);
      process.stdout.write(`${current === text ? 'unchanged' : 'wrote'} ${path.relative(process.cwd(), file)}\n`);
    }
  });
}
