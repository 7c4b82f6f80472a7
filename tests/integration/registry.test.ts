/**
 * The record registry (src/db/registry.ts) is the one list of record types:
 * the served schema's unions, enums and counts that name record types
 * (generated from it into src/schema/generated/registry.graphql, whose
 * freshness tests/unit/registry-sdl.test.ts checks; here, that the server
 * serves them in registry order), the Node interface and its resolvers, the
 * SDL's copies of Prisma's enums (Prisma's MergeKind and CorrectionTarget
 * included), and the database's columns must agree with it. (Field names are
 * checked by the compiler: the registry's columns are typed from Prisma's row
 * types.)
 */
import { GraphQLEnumType, GraphQLObjectType, GraphQLUnionType, isInterfaceType, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import * as PrismaEnums from '../../src/generated/prisma/enums';
import { CORRECTABLE_TYPES, EVIDENCE_RECORD_TYPES, kindOf, MERGE_TYPES, NODE_TYPES, RECORD_KINDS, RECORD_TYPES, SEARCH_TYPES } from '../../src/db/registry';
import { buildSchema } from '../../src/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

const schema: GraphQLSchema = buildSchema();
const sorted = (values: Iterable<string>) => [...values].sort();

/** A union's members, in declaration order. */
function unionMembers(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLUnionType)) throw new Error(`${name} is not a union`);
  return type.getTypes().map((t) => t.name);
}

/** An enum's values, in declaration order. */
function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((v) => v.value as string);
}

test('the Node interface is implemented by exactly the registry types', () => {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('Node is not an interface');
  expect(sorted(schema.getPossibleTypes(node).map((t) => t.name))).toEqual(sorted(NODE_TYPES));
});

test('every registry type has its resolvers registered (its id is a global id, not the row id)', () => {
  for (const type of NODE_TYPES) {
    const object = schema.getType(type) as GraphQLObjectType;
    expect([type, typeof object.getFields().id?.resolve]).toEqual([type, 'function']);
  }
});

test('EvidenceRecord holds the types with evidence; RecordCounts counts them by their plural names', () => {
  expect(unionMembers('EvidenceRecord')).toEqual(EVIDENCE_RECORD_TYPES);
  const counts = schema.getType('RecordCounts') as GraphQLObjectType;
  expect(Object.keys(counts.getFields())).toEqual(RECORD_KINDS);
});

test('SearchNode and SearchKind are the searchable types', () => {
  expect(unionMembers('SearchNode')).toEqual(SEARCH_TYPES);
  expect(enumValues('SearchKind')).toEqual(SEARCH_TYPES.map(kindOf));
});

test("MergeKind (GraphQL and Prisma) names the merge types; Speaker's members are record types", () => {
  expect(enumValues('MergeKind')).toEqual(MERGE_TYPES.map(kindOf));
  expect(sorted(Object.values(PrismaEnums.MergeKind))).toEqual(sorted(MERGE_TYPES.map(kindOf)));
  for (const member of unionMembers('Speaker')) expect(NODE_TYPES).toContain(member);
});

test('CorrectionTarget (GraphQL and Prisma) names the correctable types, and each has the rejected column the registry lists', () => {
  expect(enumValues('CorrectionTarget')).toEqual(CORRECTABLE_TYPES.map(kindOf));
  expect(sorted(Object.values(PrismaEnums.CorrectionTarget))).toEqual(sorted(CORRECTABLE_TYPES.map(kindOf)));
  for (const type of CORRECTABLE_TYPES) expect(RECORD_TYPES[type].columns).toHaveProperty('rejected', 'rejected');
});

test("every Prisma enum has an SDL enum of the same name with the same values (ingest's enums are Prisma's)", () => {
  for (const [name, values] of Object.entries(PrismaEnums)) {
    expect([name, sorted(enumValues(name))]).toEqual([name, sorted(Object.values(values))]);
  }
});

describe('the database', () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  test("each registry table has the registry's columns, and every column of its own that the read path could need is in the registry", async () => {
    for (const type of NODE_TYPES) {
      const { table, columns } = RECORD_TYPES[type];
      const { rows } = await client.query<{ column_name: string; is_generated: string; data_type: string }>(
        "SELECT column_name, is_generated, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
        [table],
      );
      const stored = rows.map((r) => r.column_name);
      const registered = Object.values(columns).map((c: string) => c.split('::')[0]!);
      expect([type, sorted(registered.filter((c) => !stored.includes(c)))]).toEqual([type, []]);
      // Left out on purpose: generated columns only SQL reads (search tsvector, sort_date).
      const unregistered = rows.filter((r) => !registered.includes(r.column_name) && r.is_generated !== 'ALWAYS').map((r) => r.column_name);
      expect([type, unregistered]).toEqual([type, []]);
    }
  });
});
