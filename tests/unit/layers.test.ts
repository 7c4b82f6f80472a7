// The layer rules hold for src/, and the checkers see what they must: dependency-cruiser with
// .dependency-cruiser.cjs (the import arrows) and tests/support/layers.ts (process.env, SQL, Prisma calls).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KNOWN_ENV_READERS, layerViolations, readSources } from '../support/layers';

const ROOT = path.join(__dirname, '..', '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** dependency-cruiser on cwd's src/ with the given config, as check:layers runs it (readable report, exit code = errors). */
function depcruiseReport(cwd: string, config: string): { report: string; status: number | null } {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', config, '--output-type', 'err-long'], { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { report: run.stdout + run.stderr, status: run.status };
}

/** dependency-cruiser's violations on cwd's src/ (its JSON report: the json reporter always exits 0). */
function depcruiseViolations(cwd: string, config: string): Violation[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

/**
 * A throwaway tree (src/ files as given) cruised with the repository's rules. node_modules is a
 * symlink to the repository's, kept as node_modules/… in the paths (preserveSymlinks) so packages
 * resolve to the same paths the rules see in the real tree.
 */
function cruiseTree(files: Record<string, string>): { violations: Violation[]; report: string; status: number | null } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.join(ROOT, 'tsconfig.json'), include: ['src'] }));
    writeFileSync(
      path.join(dir, 'rules.cjs'),
      `const base = require(${JSON.stringify(path.join(ROOT, '.dependency-cruiser.cjs'))});\n` +
        'module.exports = { ...base, options: { ...base.options, preserveSymlinks: true } };\n',
    );
    return { violations: depcruiseViolations(dir, 'rules.cjs'), ...depcruiseReport(dir, 'rules.cjs') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const byRule = (a: Violation, b: Violation) => `${a.rule} ${a.from} ${a.to}`.localeCompare(`${b.rule} ${b.from} ${b.to}`);

test('the source tree breaks no layer rule (dependency-cruiser)', () => {
  const { report, status } = depcruiseReport(ROOT, '.dependency-cruiser.cjs');
  expect(report).toContain('no dependency violations found');
  expect(status).toBe(0);
});

test('the source tree breaks no layer rule (process.env, SQL, Prisma calls)', () => {
  expect(layerViolations(readSources())).toEqual([]);
});

test('the known exceptions are still needed (remove an entry once its file no longer reads process.env)', () => {
  const sources = readSources();
  for (const file of Object.keys(KNOWN_ENV_READERS)) {
    if (!sources.has(file)) continue;
    expect(layerViolations(new Map([[file, sources.get(file)!]]), {})).not.toEqual([]);
  }
});

test('dependency-cruiser catches each kind of bad arrow, and lets the allowed ones pass (deliberately bad files)', () => {
  const { violations, report, status } = cruiseTree({
    // Stand-ins for the real modules the bad files import.
    'src/generated/graphql.ts': 'export type Resolvers = unknown;\n',
    'src/generated/prisma/client.ts': 'export class PrismaClient {}\nexport namespace Prisma { export type Sql = string; }\n',
    'src/generated/prisma/enums.ts': "export const Kind = { A: 'A' } as const;\n",
    'src/schema/common/resolvers.ts': 'export const rootConnection = 1;\n',
    'src/loaders/index.ts': 'export const createLoaders = 1;\n',
    'src/db/paging.ts': 'export const fetchPages = 1;\n',
    'src/db/registry.ts': 'export const registry = 1;\n',
    // Bad: src/db reaching GraphQL, through another src file and with a type-only import.
    'src/db/a.ts': "import { helper } from './b';\nexport const x = helper;\n",
    'src/db/b.ts': "import type { GraphQLError } from 'graphql';\nexport const helper = 1 as unknown as GraphQLError;\n",
    // Bad: src/db importing the API; src/ingest importing the API and GraphQL.
    'src/db/c.ts': "import { rootConnection } from '../schema/common/resolvers';\nexport { rootConnection };\n",
    'src/ingest/d.ts': "import { createLoaders } from '../loaders';\nimport type { Resolvers } from '../generated/graphql';\nexport { createLoaders };\nexport type R = Resolvers;\n",
    // Bad: the driver and the Prisma client outside src/db, at run time.
    'src/schema/e.ts': "import { Pool } from 'pg';\nexport const f = (p: Pool) => p;\n",
    'src/lib/f.ts': "import { PrismaClient } from '../generated/prisma/client';\nexport const c = new PrismaClient();\n",
    // Bad: a resolver using src/db at run time other than the registry, errors and merges.
    'src/schema/h.ts': "import { fetchPages } from '../db/paging';\nexport { fetchPages };\n",
    // Bad: a new import cycle.
    'src/lib/x.ts': "import { y } from './y';\nexport const x = () => y;\n",
    'src/lib/y.ts': "import { x } from './x';\nexport const y = () => x;\n",
    // Bad: the explorer's browser code reaching past the public API.
    'src/explorer/client/bad.ts': "import { registry } from '../../db/registry';\nexport const r = registry;\n",
    // Fine: types from anywhere, the generated enums, the registry from a resolver, the one known cycle.
    'src/db/ok.ts': "import type { Prisma } from '../generated/prisma/client';\nexport type T = Prisma.Sql;\n",
    'src/schema/ok.ts':
      "import { type fetchPages } from '../db/paging';\nimport type { Pool } from 'pg';\nimport type { PrismaClient } from '../generated/prisma/client';\n" +
      "import { Kind } from '../generated/prisma/enums';\nimport { registry } from '../db/registry';\n" +
      'export const ok = [registry, Kind];\nexport type T = [typeof fetchPages, Pool, PrismaClient];\n',
    'src/explorer/client/ok.ts': "import { createClient } from '../../sdk';\nimport { recordPath } from '../routes';\nexport const ok = [createClient, recordPath];\n",
    'src/explorer/routes.ts': 'export const recordPath = (id: string) => id;\n',
    'src/sdk/index.ts': 'export const createClient = () => 1;\n',
    'src/ingest/extract/statements/collector.ts': "import { quoteText } from './quotes';\nexport interface StatementCollector { q: typeof quoteText }\n",
    'src/ingest/extract/statements/quotes.ts': "import type { StatementCollector } from './collector';\nexport const quoteText = (c?: StatementCollector) => c;\n",
  });
  expect(violations.sort(byRule)).toEqual(
    [
      { rule: 'db-reaches-graphql', from: 'src/db/a.ts', to: 'node_modules/graphql/index.js' },
      { rule: 'db-reaches-graphql', from: 'src/db/b.ts', to: 'node_modules/graphql/index.js' },
      { rule: 'db-imports-upper-layer', from: 'src/db/c.ts', to: 'src/schema/common/resolvers.ts' },
      { rule: 'ingest-imports-api', from: 'src/ingest/d.ts', to: 'src/loaders/index.ts' },
      { rule: 'ingest-imports-api', from: 'src/ingest/d.ts', to: 'src/generated/graphql.ts' },
      { rule: 'db-driver-outside-db', from: 'src/schema/e.ts', to: 'node_modules/pg/lib/index.js' },
      { rule: 'db-driver-outside-db', from: 'src/lib/f.ts', to: 'src/generated/prisma/client.ts' },
      { rule: 'schema-bypasses-loaders', from: 'src/schema/h.ts', to: 'src/db/paging.ts' },
      { rule: 'no-circular', from: 'src/lib/x.ts', to: 'src/lib/y.ts' }, // a cycle is reported once
      { rule: 'explorer-uses-public-api', from: 'src/explorer/client/bad.ts', to: 'src/db/registry.ts' },
    ].sort(byRule),
  );
  expect(status).toBe(10); // check:layers fails: the exit code is the number of errors
  expect(report).toContain('error schema-bypasses-loaders: src/schema/h.ts → src/db/paging.ts');
});

test('the code checker catches each kind of bad access (deliberately bad files)', () => {
  const bad = new Map([
    ['src/schema/e.ts', 'export const f = (p: { query(s: string): void }) => p.query(`SELECT 1 FROM countries`);'],
    ['src/schema/g.ts', 'export const g = (ctx: { db: { prisma: { $queryRaw: unknown; article: { findMany(): void } } } }) => { ctx.db.prisma.article.findMany(); return ctx.db.prisma.$queryRaw; };'],
    ['src/lib/i.ts', 'export const level = process.env.LOG_LEVEL;'],
    ['src/db/ok.ts', 'export const q = (p: { $queryRaw: unknown }) => [p.$queryRaw, `SELECT 1 FROM countries`];'],
  ]);
  const found = layerViolations(bad, {});
  const broken = (file: string) => found.filter((v) => v.startsWith(`${file}:`));
  expect(broken('src/schema/e.ts')).toEqual(['src/schema/e.ts: SQL text outside src/db ("SELECT 1 FROM countries")']);
  expect(broken('src/schema/g.ts')).toEqual(
    expect.arrayContaining(['src/schema/g.ts: database access outside src/db ($queryRaw)', 'src/schema/g.ts: Prisma model call outside src/db (article.findMany)']),
  );
  expect(broken('src/lib/i.ts')).toEqual(['src/lib/i.ts: reads process.env (only src/config.ts may)']);
  expect(broken('src/db/ok.ts')).toEqual([]);
});
