/**
 * src/schema/generated/registry.graphql (the unions, enums and counts that list
 * record types) is generated from the record registry by
 * src/schema/registrySdl.ts and must be what it gives now; the server and
 * codegen load it with the other SDL files, and no hand-written SDL file may
 * declare or extend its types (the schema merge would silently add a
 * hand-written member or value to the generated ones). On failure:
 * `npm run codegen` and commit the result.
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../src/schema';
import { REGISTRY_SDL_FILE, registrySdl } from '../../src/schema/registrySdl';

const FIX = 'stale: run `npm run codegen` (or `npm run codegen:registry`) and commit the result';

const namesOf = (definitions: readonly DefinitionNode[]) => definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []));

test(`src/schema/generated/registry.graphql is registrySdl() (${FIX})`, () => {
  let onDisk = '';
  try {
    onDisk = readFileSync(REGISTRY_SDL_FILE, 'utf8');
  } catch {
    // missing: fails below
  }
  if (onDisk !== registrySdl()) throw new Error(`src/schema/generated/registry.graphql is ${FIX}`);
});

test('the schema loads the generated SDL once, and no other SDL file declares or extends its types', () => {
  const generated = readFileSync(REGISTRY_SDL_FILE, 'utf8');
  const generatedNames = namesOf(parse(generated).definitions);
  expect(generatedNames).toEqual(['EvidenceRecord', 'RecordCounts', 'SearchKind', 'SearchNode', 'MergeKind', 'CorrectionTarget']);
  const typeDefs = loadTypeDefs();
  expect(typeDefs.filter((sdl) => sdl === generated)).toHaveLength(1);
  const elsewhere = typeDefs
    .filter((sdl) => sdl !== generated)
    .flatMap((sdl) => namesOf(parse(sdl).definitions.filter((d) => d.kind !== Kind.SCHEMA_DEFINITION)))
    .filter((name) => generatedNames.includes(name));
  expect(elsewhere).toEqual([]);
});
