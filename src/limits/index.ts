/**
 * Query limits, enforced before execution so a refused query issues no SQL:
 *
 * - tokens: graphql's own parser stops after `maxTokens` (Apollo `parseOptions`),
 *   so a huge document is never built into an AST (code GRAPHQL_PARSE_FAILED);
 * - depth (depth.ts), aliases and directives (graphql-armor's counters),
 *   over every operation in the document, once per parsed document;
 * - cost (cost.ts), for the operation that runs with its variables, reported
 *   to the client in `extensions.cost` when the query runs.
 *
 * Circular fragments need nothing here: graphql's NoFragmentCycles validation
 * rule refuses them (GRAPHQL_VALIDATION_FAILED) before any of this runs.
 *
 * Checks run in Apollo's `didResolveOperation` hook, after validation and
 * before execution, because errors from validation rules all leave Apollo
 * with the code GRAPHQL_VALIDATION_FAILED; here each limit keeps its own code.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, validate, visit, type DocumentNode, type GraphQLSchema, type ParseOptions } from 'graphql';
import type { Config } from '../config';
import { estimateCost, ExpansionTooLargeError } from './cost';
import { documentDepth } from './depth';

export type QueryLimits = Config['limits'];

/** Codes of limit refusals; src/server.ts exposes them to clients. */
export const QUERY_LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'QUERY_TOO_COMPLEX'] as const;
type QueryLimitCode = (typeof QUERY_LIMIT_CODES)[number];

/** For Apollo's `parseOptions`: the parser gives up after this many tokens. */
export function limitsParseOptions(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

interface DocumentShape {
  depth: number;
  aliases: number;
  directives: number;
  /**
   * The variables a cost estimate reads: those passed to `first`, `last` or
   * `ids`, or to @skip/@include. The cost is a function of their values alone.
   */
  costVariables: string[];
  /** Known costs per (operation name, values of costVariables); bounded, cleared when full. */
  costs: Map<string, number>;
}

/** Arguments whose values the cost model reads (src/limits/cost.ts itemsRequested, and @skip/@include's `if`). */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids', 'if']);
const MAX_COSTS_PER_DOCUMENT = 256;

/** Names of the variables used, anywhere in the document, as the value (or inside the value) of an argument the cost model reads. */
export function costVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (!COST_ARGUMENTS.has(node.name.value)) return false;
      visit(node.value, { Variable: (v) => void names.add(v.name.value) });
      return false;
    },
  });
  return [...names].sort();
}

/** Aliases and directives counted by graphql-armor's rules: given no ceiling, they report the largest count over the document's operations. */
function countWithArmor(schema: GraphQLSchema, document: DocumentNode): Pick<DocumentShape, 'aliases' | 'directives'> {
  let aliases = 0;
  let directives = 0;
  validate(schema, document, [
    maxAliasesRule({ n: Infinity, onAccept: [(_ctx, { n }) => (aliases = Math.max(aliases, n))] }),
    maxDirectivesRule({ n: Infinity, onAccept: [(_ctx, { n }) => (directives = Math.max(directives, n))] }),
  ]);
  return { aliases, directives };
}

function refusal(code: QueryLimitCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

export function queryLimitsPlugin<TContext extends object>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  // Apollo reuses the parsed document of a repeated query string, so the
  // document-only counts are computed once per distinct query.
  const shapes = new WeakMap<DocumentNode, DocumentShape>();

  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          let shape = shapes.get(document);
          if (!shape) {
            shape = { depth: documentDepth(schema, document), ...countWithArmor(schema, document), costVariables: costVariablesOf(document), costs: new Map() };
            shapes.set(document, shape);
          }
          if (shape.depth > limits.maxDepth) {
            throw refusal('QUERY_TOO_DEEP', `Query depth ${shape.depth} exceeds the limit of ${limits.maxDepth} (QUERY_MAX_DEPTH; connection wrappers edges/node/nodes/pageInfo do not count).`);
          }
          if (shape.aliases > limits.maxAliases) {
            throw refusal('QUERY_TOO_MANY_ALIASES', `Query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases} (QUERY_MAX_ALIASES).`);
          }
          if (shape.directives > limits.maxDirectives) {
            throw refusal('QUERY_TOO_MANY_DIRECTIVES', `Query uses ${shape.directives} directives; the limit is ${limits.maxDirectives} (QUERY_MAX_DIRECTIVES).`);
          }
          // No operation by that name: execution refuses the request before any resolver runs.
          if (!operation) return;
          // The estimate walks the document and coerces the variables (~0.1 ms for the benchmark's nested
          // query, a tenth of a by-id request): done once per operation and values of the variables it reads.
          // Variables it does not read are coerced by execution, which refuses bad ones with BAD_USER_INPUT.
          const variables = request.variables ?? {};
          const costKey = JSON.stringify([operation.name?.value ?? '', ...shape.costVariables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []))]);
          try {
            requested = shape.costs.get(costKey);
            if (requested === undefined) {
              requested = estimateCost(schema, document, operation.name?.value, request.variables);
              if (shape.costs.size >= MAX_COSTS_PER_DOCUMENT) shape.costs.clear();
              shape.costs.set(costKey, requested);
            }
          } catch (e) {
            if (e instanceof ExpansionTooLargeError) throw refusal('QUERY_TOO_COMPLEX', `${e.message} Refused without an estimate (QUERY_MAX_COST is ${limits.maxCost}).`);
            // Variables that do not coerce (`Variable "$n" got invalid value …`) give no page sizes to
            // estimate with: refused here, as graphql-js execution would (BAD_USER_INPUT), whatever executor runs.
            if (e instanceof GraphQLError && e.message.startsWith('Variable "$')) {
              throw new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            throw e;
          }
          if (requested > limits.maxCost) {
            throw refusal(
              'QUERY_TOO_COMPLEX',
              `Query cost ${requested} exceeds the limit of ${limits.maxCost} (QUERY_MAX_COST; cost counts the records a query can return, page sizes multiplied: ask for smaller pages or fewer levels).`,
            );
          }
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: limits.maxCost } };
        },
      };
    },
  };
}
