/**
 * What counts as a level of data in our schema. Relay connections wrap every
 * list in `edges { node }` / `nodes` / `pageInfo`; those wrappers add nesting
 * to the query text but no records, so depth and cost skip them. Otherwise
 * `countries { edges { node { … } } }` would cost three levels where
 * `countries { nodes { … } }` costs two, and the same data would pass or fail
 * depending on the style the client writes.
 */
import type { GraphQLNamedType } from 'graphql';

/** Relay naming convention, which every list type in our schema follows. */
const CONNECTION_WRAPPER_FIELDS = new Set(['edges', 'nodes', 'pageInfo']);

/** A field that only wraps records of its parent connection/edge: `edges`, `nodes`, `pageInfo` on a *Connection, `node` on an *Edge. */
export function isConnectionWrapper(parentType: GraphQLNamedType, fieldName: string): boolean {
  if (parentType.name.endsWith('Connection')) return CONNECTION_WRAPPER_FIELDS.has(fieldName);
  if (parentType.name.endsWith('Edge')) return fieldName === 'node';
  return false;
}

/** `__schema` / `__type`: the IDE's introspection query nests `ofType` deeply but reads no data; like graphql-armor, limits ignore it. */
export function isIntrospectionField(fieldName: string): boolean {
  return fieldName === '__schema' || fieldName === '__type';
}
