/**
 * Query cost: an estimate of how many records a query can return, computed
 * before execution with graphql-query-complexity (it walks fragments, union
 * and interface branches, @skip/@include and variables for us).
 *
 * The model is Shopify's: a record (object) costs 1, a scalar or enum 0, and
 * a paged field multiplies what one item costs by its page size — `first` or
 * `last`, else the default page size (20), capped at the maximum (100); past
 * the cap the resolver refuses the argument itself with a clearer message.
 * Connection wrappers (`edges`, `pageInfo`) cost nothing of their own, so
 * `nodes { … }` and `edges { node { … } }` cost the same. `nodes(ids:)`
 * multiplies by the number of ids. Lists without paging (an agreement's
 * parties, signatories) are small relations and count as one record.
 *
 * graphql-armor's cost-limit ignores arguments (5 fields cost the same
 * whether the page holds 1 or 100), so it cannot tell the benchmark's
 * 20 × 10 × 5 page (cost 3,441) from a 100 × 100 × 100 one (≈ 1,020,000);
 * we keep its default ceiling of 5,000 with this model.
 */
import { isLeafType, getNamedType, GraphQLError, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../lib/connection';
import { isConnectionWrapper, isIntrospectionField } from './shape';

/** How many items one field can return: its page size (`first`/`last`, default, cap), the number of `ids`, or 1. */
export function itemsRequested(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.args.some((a) => a.name === 'first' || a.name === 'last')) {
    const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
  }
  if (Array.isArray(args.ids)) return Math.min(args.ids.length, MAX_PAGE_SIZE);
  return 1;
}

export const recordCountEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const returned = getNamedType(field.type);
  if (isIntrospectionField(field.name) || isLeafType(returned)) return 0;
  // edges, pageInfo: no record of their own. nodes / edge.node: the records, one each.
  if (isConnectionWrapper(type, field.name)) return field.name === 'edges' || field.name === 'pageInfo' ? childComplexity : 1 + childComplexity;
  const items = itemsRequested(field, args);
  // A connection: one for the page, then its page size times one item (whose `nodes`/`node` counts the record).
  if (returned.name.endsWith('Connection')) return 1 + items * childComplexity;
  // A list of records (search hits, nodes by id) or a single record.
  return items * (1 + childComplexity);
};

/**
 * Fields visited with fragments expanded before the estimate gives up: a few
 * hundred tokens of fragments spreading fragments twice each expand to
 * billions of fields, which no estimate should walk.
 */
export const MAX_EXPANDED_FIELDS = 10_000;

/**
 * Cost of the operation that will run, for these variables. Throws a
 * GraphQLError when variables do not coerce, or when the operation expands
 * past MAX_EXPANDED_FIELDS (ExpansionTooLargeError).
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [recordCountEstimator], maxQueryNodes: MAX_EXPANDED_FIELDS });
  } catch (e) {
    if (e instanceof GraphQLError && e.message === 'Query exceeds the maximum allowed number of nodes.') throw new ExpansionTooLargeError();
    throw e;
  }
}

export class ExpansionTooLargeError extends Error {
  constructor() {
    super(`Query expands to more than ${MAX_EXPANDED_FIELDS} fields once its fragments are spread.`);
  }
}
