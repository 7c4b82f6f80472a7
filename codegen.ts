// GraphQL Code Generator (`npm run codegen`), from the SDL in src/schema/**
// (the same files the server loads: src/schema/index.ts). `npm run codegen`
// first runs src/schema/registrySdl.ts, which writes
// src/schema/generated/registry.graphql (the unions, enums and counts listing
// record types) from the record registry, so both read it fresh.
// Outputs:
// - src/generated/graphql.ts: resolver types, with mappers tying each GraphQL
//   object to the row type the resolvers receive (the record registry's row
//   types; connections are Page<Row>);
// - src/sdk/generated.ts: typed documents for the SDK's operations in
//   src/sdk/operations/*.graphql;
// - src/explorer/client/generated.ts: the same for the explorer's operations
//   in src/explorer/operations/*.graphql.
// `npm run codegen` then runs src/sdk/print-schema.ts, which writes
// schema.graphql: printSchema() of the executable schema (buildSchema() from
// src/schema/index.ts, exactly what the server serves).
// tests/unit/schema-artifacts.test.ts fails when any of these is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

import { NODE_TYPES } from './src/db/registry';

// Record types resolve from the registry's row types (src/db/registry.ts: `CountryRow` is RowOf<'Country'>, the Prisma
// row as the read SQL selects it, with __typename); merge audits and corrections, which are not records, from Prisma's row types.
const row = (name: string) => ((NODE_TYPES as string[]).includes(name) ? `../db/registry#${name}Row` : `./prisma/client#${name} as ${name}Row`);
const rowTypes = [...NODE_TYPES, 'MergeAudit', 'Correction'];

const scalars = { Date: 'string', DateTime: 'string' };

/** Typed documents for client operations: the SDK's and the explorer's. */
const typedOperations = {
  // typescript-operations 6 emits the enums and input types it needs itself.
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    // Over the wire both scalars are strings (JSON).
    scalars,
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    useTypeImports: true,
    maybeValue: 'T | null',
    inputMaybeValue: 'T | null | undefined',
    skipTypename: false,
    nonOptionalTypename: false,
    dedupeFragments: true,
  },
};

const config: CodegenConfig = {
  schema: 'src/schema/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
        scalars: { Date: 'string', DateTime: 'Date' },
        mappers: {
          ...Object.fromEntries(rowTypes.map((t) => [t, row(t)])),
          ...Object.fromEntries(rowTypes.map((t) => [`${t}Connection`, `../lib/connection#Page<${t}Row>`])),
          ...Object.fromEntries(rowTypes.map((t) => [`${t}Edge`, `../lib/connection#Edge<${t}Row>`])),
          CountryRelation: '../schema/relation/parent#CountryRelationParent',
          IngestJob: '../db/queue#IngestJob as IngestJobRow',
          SearchConnection: '../schema/search/parent#SearchConnectionRow',
          SearchEdge: '../schema/search/parent#SearchEdgeRow',
        },
      },
    },
    'src/sdk/generated.ts': { documents: 'src/sdk/operations/*.graphql', ...typedOperations },
    // The explorer's own operations, generated the same way (it runs them through the SDK's client).
    'src/explorer/client/generated.ts': { documents: 'src/explorer/operations/*.graphql', ...typedOperations },
  },
};
export default config;
