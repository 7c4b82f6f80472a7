/**
 * The README's SDK example, verbatim, as other projects run it against a
 * running server: compiled by tsc (module nodenext) in an ES-module project
 * and in a CommonJS one, and bundled by esbuild. Each consumer has this
 * package linked into its node_modules, as `npm install /path/to/repo`
 * does, so `korea-central-asia-knowledge-api/sdk` goes through package.json
 * "exports" to the built files in dist/sdk (src/sdk/build.ts).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/app';

const ROOT = path.resolve(__dirname, '..', '..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const exec = promisify(execFile);

/** The first ```ts block of the README's "## SDK" section. */
function readmeExample(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## SDK\n'));
  const block = /```ts\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no ```ts block under "## SDK"');
  return block[1]!;
}

const EXPECTED_LINE = /^Uzbekistan: [1-9]\d* agreements with Korea, [1-9]\d* hits for uranium, [1-9]\d* country\/sector groups\n$/;

let t: TestApp;
const dirs: string[] = [];
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await t?.close();
});

/** A project with this package in node_modules and the README example as example.ts. */
function consumer(type: 'module' | 'commonjs'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kca-sdk-${type}-`));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `sdk-consumer-${type}`, private: true, type }));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'korea-central-asia-knowledge-api'), 'dir');
  writeFileSync(path.join(dir, 'example.ts'), readmeExample());
  return dir;
}

const runExample = (file: string) => exec(process.execPath, [file], { env: { PATH: process.env.PATH!, API_URL: t.url }, timeout: 30_000 });

test.each(['module', 'commonjs'] as const)('tsc compiles the README example in a %s project, and it runs against the server', async (type) => {
  const dir = consumer(type);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        outDir: 'out',
        skipLibCheck: true, // as most projects do; tests/unit/sdk-build.test.ts checks the declarations themselves
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      },
      files: ['example.ts'],
    }),
  );
  await exec(process.execPath, [TSC, '-p', dir], { cwd: dir }).catch((e: { stdout: string }) => {
    throw new Error(`tsc failed in the ${type} consumer:\n${e.stdout}`);
  });
  const compiled = readFileSync(path.join(dir, 'out', 'example.js'), 'utf8');
  // The module system really differs: an import statement, or require().
  if (type === 'module') expect(compiled).toMatch(/^import \{ createClient,/m);
  else expect(compiled).toContain('require("korea-central-asia-knowledge-api/sdk")');
  const { stdout } = await runExample(path.join(dir, 'out', 'example.js'));
  expect(stdout).toMatch(EXPECTED_LINE);
}, 120_000);

test('esbuild bundles the README example, and the bundle runs against the server', async () => {
  const dir = consumer('module');
  const esbuild = await import('esbuild');
  try {
    await esbuild.build({ entryPoints: [path.join(dir, 'example.ts')], absWorkingDir: dir, bundle: true, platform: 'node', format: 'esm', outfile: path.join(dir, 'bundle.mjs'), logLevel: 'silent' });
  } finally {
    await esbuild.stop();
  }
  const { stdout } = await runExample(path.join(dir, 'bundle.mjs'));
  expect(stdout).toMatch(EXPECTED_LINE);
}, 60_000);
