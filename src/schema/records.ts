/**
 * The resolvers every record type has, made from the record registry
 * (src/db/registry.ts) so that a new type needs none written by hand:
 * - `X.id` (its global id) and `XConnection`'s four fields, for every type;
 * - `X.extraction`, for types whose rows carry provenance;
 * - `X.corrections`, for types analysts correct;
 * - for types with evidence: the root list `Query.<plural>`, the record's
 *   `X.evidence` and the article's `Article.<plural>` (the records it supports).
 * Each domain's resolvers.ts adds only the fields the registry cannot know
 * (references to other records, small lists, lookups by code).
 *
 * The SDL still declares every one of these fields (in the type's own
 * schema.graphql; `Article.<plural>` as `extend type Article` there): a
 * resolver for a field the SDL lacks makes buildSchema() throw, naming it.
 */
import type { Resolvers } from '../generated/graphql';
import { CORRECTABLE_TYPES, EVIDENCE_RECORD_TYPES, NODE_TYPES, RECORD_TYPES } from '../db/registry';
import type { RelationName } from '../db/lists';
import { connectionFields, correctionsConnection, extractionField, globalIdField, nestedConnection, rootConnection } from './common/resolvers';

type FieldResolvers = Record<string, unknown>;

export function recordResolvers(): Resolvers {
  const resolvers: Record<string, FieldResolvers> = { Query: {}, Article: {} };
  for (const type of NODE_TYPES) {
    resolvers[type] = { id: globalIdField(type) };
    resolvers[`${type}Connection`] = connectionFields;
    if ('confidence' in RECORD_TYPES[type].columns) resolvers[type].extraction = extractionField;
  }
  for (const type of CORRECTABLE_TYPES) resolvers[type]!.corrections = correctionsConnection(type);
  for (const type of EVIDENCE_RECORD_TYPES) {
    const plural = RECORD_TYPES[type].evidence.plural;
    resolvers.Query![plural] = rootConnection(type);
    resolvers[type]!.evidence = nestedConnection('Evidence', `${type}.evidence` satisfies RelationName);
    resolvers.Article![plural] = nestedConnection(type, `Article.${plural}` satisfies RelationName);
  }
  // Checked field by field at run time (buildSchema throws on a resolver the SDL lacks), not by the compiler: the keys are computed.
  return resolvers as Resolvers;
}
