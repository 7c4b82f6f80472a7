/**
 * Checked-in artifacts derived from the SDL must match it: schema.graphql
 * (printed executable schema), src/generated/graphql.ts (resolver types) and
 * src/sdk/generated.ts (SDK documents). Codegen runs in memory (nothing is
 * written) in a child Node process: @graphql-codegen/cli pulls in ESM-only
 * yargs, which Jest's CommonJS runtime cannot load. On failure:
 * `npm run codegen` and commit the result.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { printExecutableSchema, SCHEMA_FILE } from '../../src/sdk/print-schema';

const ROOT = path.resolve(__dirname, '..', '..');
// Loads codegen.ts the way the CLI does, generates without writing, prints the outputs as JSON.
const IN_MEMORY_CODEGEN = `
const { loadCodegenConfig, generate } = require('@graphql-codegen/cli');
(async () => {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
  const outputs = await generate({ ...config, cwd: process.cwd(), silent: true, verbose: false }, false);
  process.stdout.write(JSON.stringify({ generates: Object.keys(config.generates), outputs: outputs.map((o) => ({ filename: o.filename, content: o.content })) }));
})().catch((e) => { console.error(e); process.exit(1); });
`;
const FIX = 'stale: run `npm run codegen` and commit the result';

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

describe('generated schema artifacts', () => {
  it(`schema.graphql is printSchema(buildSchema()) (${FIX})`, () => {
    expect(readOrEmpty(SCHEMA_FILE)).toBe(printExecutableSchema());
  });

  it(`codegen outputs on disk match a fresh in-memory codegen run (${FIX})`, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', IN_MEMORY_CODEGEN], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const { generates, outputs } = JSON.parse(stdout) as { generates: string[]; outputs: { filename: string; content: string }[] };
    const byFile = new Map(outputs.map((o) => [path.resolve(ROOT, o.filename), o.content]));
    const expected = generates.map((f) => path.resolve(ROOT, f));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect([...byFile.keys()].sort()).toEqual(expected.sort());
    for (const [file, content] of byFile) {
      const onDisk = readOrEmpty(file);
      if (onDisk !== content) throw new Error(`${path.relative(ROOT, file)} is ${FIX}`);
    }
  }, 20_000);
});
