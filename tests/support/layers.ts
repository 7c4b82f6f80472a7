/**
 * The layer rules an import graph cannot see, enforced: `npm run check:layers` runs
 * dependency-cruiser (.dependency-cruiser.cjs: every import arrow between the layers) and
 * then this file (by tsx); tests/unit/layers.test.ts runs both in `npm test`. This file
 * reads what code does, not what it imports:
 *
 * - SQL and Prisma only in src/db: elsewhere no raw queries or transactions
 *   ($queryRaw, $executeRaw, $transaction…), no Prisma model calls, no SQL text.
 *   (Value imports of pg, @prisma/* and the Prisma client: .dependency-cruiser.cjs.)
 * - src/config.ts is the only reader of process.env.
 *
 * Sources are read with the TypeScript parser, not with regular expressions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');

interface SourceFacts {
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

function factsOf(file: string, text: string): SourceFacts {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const facts: SourceFacts = { accesses: [], strings: [], readsEnv: false };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
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

const PRISMA_MODEL_CALLS = new Set(['findMany', 'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy']);
const RAW_PRISMA = new Set(['$queryRaw', '$queryRawUnsafe', '$executeRaw', '$executeRawUnsafe', '$transaction']);
const SQL_TEXT = /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b|\bUPDATE\s+\w+\s+SET\b|\bpg_advisory/;
/** Files that pass the environment on to a child process as it is (not configuration): reading it is their job. */
const ENV_PASSED_THROUGH = ['src/db/embeddedPostgres.ts'];
/**
 * Known readers of process.env outside config.ts, each with its reason; the list may only shrink.
 * src/cli belongs to the operations work (issue 19), which moves its LOG_LEVEL to config.ts.
 */
export const KNOWN_ENV_READERS: Record<string, string> = { 'src/cli/seed.ts': 'LOG_LEVEL before the config is read (issue 19)' };

/** Every rule (of this file's) broken by the given files, as "file: what". */
export function layerViolations(sources: ReadonlyMap<string, string>, knownEnvReaders: Record<string, string> = KNOWN_ENV_READERS): string[] {
  const out: string[] = [];
  for (const [file, text] of sources) {
    const f = factsOf(file, text);
    if (!file.startsWith('src/db/')) {
      for (const { object, name } of f.accesses) {
        if (RAW_PRISMA.has(name)) out.push(`${file}: database access outside src/db (${name})`);
        if (object === 'prisma' && name !== '$disconnect') out.push(`${file}: Prisma model access outside src/db (prisma.${name})`);
        if (PRISMA_MODEL_CALLS.has(name) && /^(article|country|region|organization|person|agreement|statement|fact|evidence|mergeAudit)$/.test(object)) {
          out.push(`${file}: Prisma model call outside src/db (${object}.${name})`);
        }
      }
      for (const text of f.strings) if (SQL_TEXT.test(text)) out.push(`${file}: SQL text outside src/db (${JSON.stringify(text.slice(0, 60))})`);
    }
    if (f.readsEnv && file !== 'src/config.ts' && !ENV_PASSED_THROUGH.includes(file) && !(file in knownEnvReaders)) out.push(`${file}: reads process.env (only src/config.ts may)`);
  }
  return out;
}

if (require.main === module) {
  const found = layerViolations(readSources());
  for (const v of found) console.error(v);
  console.log(found.length ? `${found.length} layer violation(s) (process.env, SQL, Prisma calls)` : 'no process.env, SQL or Prisma-call violations');
  process.exitCode = found.length ? 1 : 0;
}
