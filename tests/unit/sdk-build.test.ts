/**
 * dist/sdk (what the package export `./sdk` loads: src/sdk/build.ts) must be
 * what building src/sdk now gives, byte for byte; building also fails on any
 * type error in the declarations. On failure: `npm run build:sdk` (or
 * `npm run codegen`) and commit the result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSdk, SDK_DIST_DIR } from '../../src/sdk/build';

test('dist/sdk is up to date with src/sdk (stale: run `npm run build:sdk` and commit the result)', async () => {
  const fresh = await buildSdk();
  expect(readdirSync(SDK_DIST_DIR).sort()).toEqual([...fresh.keys()].sort());
  for (const [name, text] of fresh) {
    if (readFileSync(path.join(SDK_DIST_DIR, name), 'utf8') !== text) throw new Error(`dist/sdk/${name} is stale: run \`npm run build:sdk\` and commit the result`);
  }
}, 60_000);
