/**
 * The layers' arrows, enforced: `npm run check:layers` (this file, run by tsx)
 * and tests/unit/layers.test.ts (so `npm test` runs it with the rest). Data flows articles → ingest → db → loaders → schema →
 * HTTP; each rule below names an arrow that must not exist:
 *
 * - src/db knows nothing of the API: it reaches no GraphQL module (graphql,
 *   @apollo/*, the generated GraphQL types), directly or through any src file
 *   it imports, and imports nothing from ingest, loaders, schema or http.
 * - src/ingest never imports the API (schema, loaders, http, server, context).
 * - SQL and Prisma only in src/db: elsewhere no value import of pg, @prisma/*
 *   or the Prisma client (its types and generated enums are fine), no raw
 *   queries or transactions, no Prisma model calls, no SQL text.
 * - src/schema reaches src/db through the loaders: at run time it may use only
 *   the registry (data), the error types and the write functions (merges);
 *   types may come from anywhere in db.
 * - src/config.ts is the only reader of process.env.
 *
 * Imports are read with the TypeScript parser (static, dynamic, re-exports,
 * `import type` told apart), not with regular expressions. The last test
 * feeds the checker deliberately bad files, so a checker that sees nothing
 * cannot pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');

interface Import {
  /** Resolved src-relative path ("src/db/records.ts") for local files, else the package specifier. */
  target: string;
  typeOnly: boolean;
}

interface SourceFacts {
  imports: Import[];
  /** Property names accessed (`x.$queryRaw` → "$queryRaw"), with the name of the object for `a.b.c` chains. */
  accesses: { object: string; name: string }[];
  strings: string[];
  readsEnv: boolean;
}

/** The src files as path → text (generated code aside). */
export function readSources(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (rel !== 'src/generated') walk(rel);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.set(rel, readFileSync(path.join(ROOT, rel), 'utf8'));
      }
    }
  };
  walk('src');
  return files;
}

function resolveLocal(from: string, specifier: string, files: ReadonlySet<string>): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (files.has(candidate)) return candidate;
  return base; // generated code and non-TS files: kept as the path, which rules match by prefix
}

function factsOf(file: string, text: string, files: ReadonlySet<string>): SourceFacts {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const facts: SourceFacts = { imports: [], accesses: [], strings: [], readsEnv: false };
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteral(specifier)) facts.imports.push({ target: resolveLocal(file, specifier.text, files), typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      // `import { type A, type B }` is as type-only as `import type { A, B }`; a bare `import 'x'` runs x.
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal, true);
    } else if (ts.isPropertyAccessExpression(node)) {
      const object = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : ts.isIdentifier(node.expression) ? node.expression.text : '';
      facts.accesses.push({ object, name: node.name.text });
      if (object === 'process' && node.name.text === 'env' && ts.isIdentifier(node.expression)) facts.readsEnv = true;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      facts.strings.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      facts.strings.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

const GRAPHQL = (target: string) => target === 'graphql' || target.startsWith('graphql/') || target.startsWith('@apollo/') || target.startsWith('graphql-') || target.startsWith('@graphql-') || target === 'src/generated/graphql' || target === 'src/generated/graphql.ts';
const API = ['src/schema/', 'src/loaders/', 'src/http/', 'src/server', 'src/context.ts', 'src/limits/', 'src/auth/', 'src/execution/', 'src/ide/', 'src/sdk/'];
/** A target inside a folder prefix (`src/loaders/`), the folder itself included (`src/loaders`, an unresolved index import). */
const under = (target: string, prefixes: readonly string[]) => prefixes.some((p) => target.startsWith(p) || target === p.replace(/\/$/, ''));
const PRISMA_MODEL_CALLS = new Set(['findMany', 'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy']);
const RAW_PRISMA = new Set(['$queryRaw', '$queryRawUnsafe', '$executeRaw', '$executeRawUnsafe', '$transaction']);
const SQL_TEXT = /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b|\bUPDATE\s+\w+\s+SET\b|\bpg_advisory/;
/** Value imports src/schema may make from src/db (the rest goes through the loaders). */
const SCHEMA_MAY_RUN_FROM_DB = ['src/db/registry.ts', 'src/db/errors.ts', 'src/db/merge.ts'];
/** Files that pass the environment on to a child process as it is (not configuration): reading it is their job. */
const ENV_PASSED_THROUGH = ['src/db/embeddedPostgres.ts'];
/**
 * Known readers of process.env outside config.ts, each with its reason; the list may only shrink.
 * src/cli belongs to the operations work (issue 19), which moves its LOG_LEVEL to config.ts.
 */
export const KNOWN_ENV_READERS: Record<string, string> = { 'src/cli/seed.ts': 'LOG_LEVEL before the config is read (issue 19)' };

/** Every rule broken by the given files, as "file: what". */
export function layerViolations(sources: ReadonlyMap<string, string>, knownEnvReaders: Record<string, string> = KNOWN_ENV_READERS): string[] {
  const names = new Set(sources.keys());
  const facts = new Map([...sources].map(([file, text]) => [file, factsOf(file, text, names)]));
  const out: string[] = [];

  // src/db reaches no GraphQL module through any chain of src imports (type-only ones included).
  const reachesGraphql = new Map<string, string | null>();
  const graphqlPath = (file: string, seen: Set<string>): string | null => {
    if (reachesGraphql.has(file)) return reachesGraphql.get(file)!;
    if (seen.has(file)) return null;
    seen.add(file);
    let found: string | null = null;
    for (const { target } of facts.get(file)?.imports ?? []) {
      if (GRAPHQL(target)) found = `${file} → ${target}`;
      else if (facts.has(target)) {
        const via = graphqlPath(target, seen);
        if (via) found = `${file} → ${via}`;
      }
      if (found) break;
    }
    reachesGraphql.set(file, found);
    return found;
  };

  for (const [file, f] of facts) {
    const inDb = file.startsWith('src/db/');
    if (inDb) {
      const chain = graphqlPath(file, new Set());
      if (chain) out.push(`${file}: src/db reaches GraphQL (${chain})`);
      for (const { target } of f.imports) {
        if (under(target, [...API, 'src/ingest/'])) out.push(`${file}: src/db imports ${target}`);
      }
    }
    if (file.startsWith('src/ingest/')) {
      for (const { target } of f.imports) if (under(target, API) || GRAPHQL(target)) out.push(`${file}: src/ingest imports the API (${target})`);
    }
    if (!inDb) {
      for (const { target, typeOnly } of f.imports) {
        if (typeOnly) continue;
        if (target === 'pg' || target.startsWith('@prisma/') || target === 'src/generated/prisma/client' || target.startsWith('src/generated/prisma/internal')) {
          out.push(`${file}: database access outside src/db (imports ${target})`);
        }
      }
      for (const { object, name } of f.accesses) {
        if (RAW_PRISMA.has(name)) out.push(`${file}: database access outside src/db (${name})`);
        if (object === 'prisma' && name !== '$disconnect') out.push(`${file}: Prisma model access outside src/db (prisma.${name})`);
        if (PRISMA_MODEL_CALLS.has(name) && /^(article|country|region|organization|person|agreement|statement|fact|evidence|mergeAudit)$/.test(object)) {
          out.push(`${file}: Prisma model call outside src/db (${object}.${name})`);
        }
      }
      for (const text of f.strings) if (SQL_TEXT.test(text)) out.push(`${file}: SQL text outside src/db (${JSON.stringify(text.slice(0, 60))})`);
    }
    if (file.startsWith('src/schema/')) {
      for (const { target, typeOnly } of f.imports) {
        if (!typeOnly && target.startsWith('src/db/') && !SCHEMA_MAY_RUN_FROM_DB.includes(target)) out.push(`${file}: src/schema uses ${target} at run time instead of the loaders`);
      }
    }
    if (f.readsEnv && file !== 'src/config.ts' && !ENV_PASSED_THROUGH.includes(file) && !(file in knownEnvReaders)) out.push(`${file}: reads process.env (only src/config.ts may)`);
  }
  return out;
}

if (require.main === module) {
  const found = layerViolations(readSources());
  for (const v of found) console.error(v);
  console.log(found.length ? `${found.length} layer violation(s)` : 'no layer violations');
  process.exitCode = found.length ? 1 : 0;
}
