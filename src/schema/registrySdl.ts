/**
 * The SDL that only lists record types, generated from the record registry
 * (src/db/registry.ts) so that it is never written by hand:
 * - `union EvidenceRecord` and `type RecordCounts` (types with evidence; the
 *   counts' fields are their plural names),
 * - `union SearchNode` and `enum SearchKind` (searchable types),
 * - `enum MergeKind` (types correction merges fold),
 * - `enum CorrectionTarget` (types analysts correct and reject),
 * members and values in registry order.
 *
 * The output is committed as src/schema/generated/registry.graphql, which the
 * server (loadTypeDefs() in ./index.ts) and graphql-codegen both read with the
 * other SDL files. `npm run codegen` (or `npm run codegen:registry`) runs this
 * file first to write it; tests/unit/registry-sdl.test.ts fails when it is
 * stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  CORRECTABLE_TYPES,
  EVIDENCE_RECORD_TYPES,
  kindOf,
  MERGE_TYPES,
  RECORD_TYPES,
  SEARCH_TYPES,
  type EvidenceRecordType,
} from '../db/registry';

export const REGISTRY_SDL_FILE = path.join(__dirname, 'generated', 'registry.graphql');

/** "Organizations.": a record type's plural name (registry `evidence.plural`), capitalized. */
function pluralLabel(type: EvidenceRecordType): string {
  const plural = RECORD_TYPES[type].evidence.plural;
  return `${plural[0]!.toUpperCase()}${plural.slice(1)}.`;
}

/** A one-line GraphQL string (JSON's escaping is GraphQL's for these characters). */
const described = (text: string, indent = '') => `${indent}${JSON.stringify(text)}\n`;

const union = (description: string, name: string, members: readonly string[]) =>
  `${described(description)}union ${name} = ${members.join(' | ')}\n`;

const block = (keyword: 'enum' | 'type', description: string, name: string, entries: readonly (readonly [string, string])[]) =>
  `${described(description)}${keyword} ${name} {\n${entries.map(([entry, text]) => `${described(text, '  ')}  ${entry}\n`).join('')}}\n`;

/** The generated SDL text (the content of src/schema/generated/registry.graphql). */
export function registrySdl(): string {
  return [
    '# Generated from the record registry (src/db/registry.ts) by src/schema/registrySdl.ts:\n# do not edit; `npm run codegen` (or `npm run codegen:registry`) rewrites it.\n',
    union('Any record that evidence can support.', 'EvidenceRecord', EVIDENCE_RECORD_TYPES),
    block(
      'type',
      'Per record kind, how many rows.',
      'RecordCounts',
      EVIDENCE_RECORD_TYPES.map((t) => [`${RECORD_TYPES[t].evidence.plural}: Int!`, pluralLabel(t)] as const),
    ),
    block(
      'enum',
      'Kinds of record that full-text search covers.',
      'SearchKind',
      SEARCH_TYPES.map((t) => [kindOf(t), RECORD_TYPES[t].search.describes] as const),
    ),
    union('Any record that full-text search can return.', 'SearchNode', SEARCH_TYPES),
    block('enum', 'What was merged.', 'MergeKind', MERGE_TYPES.map((t) => [kindOf(t), pluralLabel(t)] as const)),
    block('enum', 'The record types analysts can correct and reject.', 'CorrectionTarget', CORRECTABLE_TYPES.map((t) => [kindOf(t), pluralLabel(t)] as const)),
  ].join('\n');
}

if (require.main === module) {
  const sdl = registrySdl();
  let current: string | undefined;
  try {
    current = readFileSync(REGISTRY_SDL_FILE, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== sdl) {
    mkdirSync(path.dirname(REGISTRY_SDL_FILE), { recursive: true });
    writeFileSync(REGISTRY_SDL_FILE, sdl);
  }
  process.stdout.write(`${current === sdl ? 'unchanged' : 'wrote'} ${path.relative(process.cwd(), REGISTRY_SDL_FILE)}\n`);
}
