/**
 * schema.graphql (repo root) is the printed SDL of the executable schema:
 * printSchema(buildSchema()), i.e. exactly what the server serves and
 * introspection returns. `npm run codegen` runs this file after
 * graphql-codegen; tests/unit/schema-artifacts.test.ts fails when the file
 * is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from '../schema';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

export function printExecutableSchema(): string {
  return `${printSchema(buildSchema())}\n`;
}

if (require.main === module) {
  const sdl = printExecutableSchema();
  let current: string | undefined;
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== sdl) writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`${current === sdl ? 'unchanged' : 'wrote'} ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
