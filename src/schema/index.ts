/**
 * The executable schema: SDL from src/schema/<domain>/schema.graphql (the
 * source of truth; resolver types are generated from it by `npm run codegen`)
 * and src/schema/generated/registry.graphql (the unions, enums and counts that
 * list record types, generated from the record registry by ./registrySdl.ts),
 * plus the resolvers the registry gives every record type (./records.ts) and
 * each domain's own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { aggregateResolvers } from './aggregate/resolvers';
import { agreementResolvers } from './agreement/resolvers';
import { articleResolvers } from './article/resolvers';
import { commonResolvers } from './common/resolvers';
import { correctionResolvers } from './correction/resolvers';
import { countryResolvers } from './country/resolvers';
import { factResolvers } from './fact/resolvers';
import { ingestResolvers } from './ingest/resolvers';
import { organizationResolvers } from './organization/resolvers';
import { personResolvers } from './person/resolvers';
import { recordResolvers } from './records';
import { regionResolvers } from './region/resolvers';
import { relationResolvers } from './relation/resolvers';
import { searchResolvers } from './search/resolvers';
import { statementResolvers } from './statement/resolvers';

/** Every .graphql file under src/schema (subdirectories included), in path order: the same files as codegen.ts's schema glob. */
export function loadTypeDefs(): string[] {
  return readdirSync(__dirname, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.graphql'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort()
    .map((file) => readFileSync(file, 'utf8'));
}

const resolvers: Resolvers[] = [
  // What every record type has (id, connections, evidence, lists), from the registry; then each domain's own fields.
  recordResolvers(),
  commonResolvers,
  {
    Node: { __resolveType: (row) => row.__typename },
  },
  countryResolvers,
  regionResolvers,
  relationResolvers,
  organizationResolvers,
  personResolvers,
  agreementResolvers,
  statementResolvers,
  factResolvers,
  articleResolvers,
  searchResolvers,
  aggregateResolvers,
  ingestResolvers,
  correctionResolvers,
];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}
