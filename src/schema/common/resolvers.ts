import { GraphQLError, GraphQLScalarType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../../context';
import type { Resolvers } from '../../generated/graphql';
import type { Edge, Page } from '../../lib/connection';
import { badUserInput } from '../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../lib/globalId';
import type { RelationName, RootListName } from '../../db/lists';
import { EVIDENCE_FIELDS, type CorrectableType, type NodeType, type RowOf } from '../../db/registry';
import type { ConnectionArgs } from '../../lib/connection';
import { listArgs, type ApiListArgs } from './lists';
import { isCalendarDate } from '../../lib/calendarDate';
import { ONE_RELATIONS, type OneRelationName, type SmallListName } from '../../loaders';
import type { SmallListRow } from '../../db/reads';
import { connectionShape, embedded, recordShape } from './selection';

const MAX_NODES = 100;


/** True when the query selects `field` directly under the current field (through fragments too). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      return visit(fragment?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** Resolver for a root connection field: one statement, total only when selected. */
export function rootConnection<T extends RootListName>(list: T) {
  return (_: unknown, args: ApiListArgs<T>, ctx: Context, info: GraphQLResolveInfo): Promise<Page<RowOf<T>>> =>
    ctx.loaders.rootPage(list, listArgs(list, args), selects(info, 'totalCount'), connectionShape(info, list));
}

/** Resolver for a nested connection field: batched across all parents of the level. */
export function nestedConnection<T extends RootListName>(list: T, relation: RelationName) {
  // Within one request a field node always has the same arguments (they come from the document and the request's
  // variables): its loader is found once per request, not once per parent (decoding filters, keys, the shape).
  // (A field merged from several nodes, rare, is looked up each time: its selection depends on all of them.)
  return (parent: { id: number }, args: ApiListArgs<T>, ctx: Context, info: GraphQLResolveInfo): Promise<Page<RowOf<T>>> => {
    const loader = () => ctx.loaders.pageOf(list, relation, listArgs(list, args), selects(info, 'totalCount'), connectionShape(info, list));
    return (info.fieldNodes.length === 1 ? ctx.loaders.perField(info.fieldNodes[0]!, relation, loader) : loader()).load(parent.id);
  };
}

/** The `corrections` connection of a correctable record: found by the record's key, batched across the level. */
export function correctionsConnection(type: CorrectableType) {
  return (parent: { id: number }, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) => ctx.loaders.correctionsOf(type, args, selects(info, 'totalCount')).load(parent.id);
}

/** The `extraction` field of an extracted record: the rule and extractor version of its strongest claim. */
export const extractionField = (row: { extractionMethod: string; extractionVersion: string }) => ({ method: row.extractionMethod, version: row.extractionVersion });

const notRejected = (r: { rejected?: boolean }) => !r.rejected;

/**
 * A small list of records without the rejected ones (parties, signatories, mentions: hidden like in every list).
 * Synchronous for an embedded list: a promise per parent (a thousand agreements on the nested page) made the
 * executor wait for each object separately.
 */
export function withoutRejected<R extends { rejected?: boolean }>(rows: R[] | Promise<R[]>): R[] | Promise<R[]> {
  return Array.isArray(rows) ? rows.filter(notRejected) : rows.then((r) => r.filter(notRejected));
}

/** Resolver for a small list of a record: fetched with the record when the shape embedded it, else batched across the level. */
export function smallListField<N extends SmallListName>(name: N, options: { hideRejected?: boolean } = {}) {
  return (row: { id: number }, _: unknown, ctx: Context): Promise<SmallListRow<N>[]> | SmallListRow<N>[] => {
    const rows = embedded<SmallListRow<N>[]>(row, name) ?? ctx.loaders.smallList(name).load(row.id);
    return options.hideRejected ? (withoutRejected(rows as { rejected?: boolean }[] | Promise<{ rejected?: boolean }[]>) as SmallListRow<N>[] | Promise<SmallListRow<N>[]>) : rows;
  };
}

/** Resolver for a single related record (foreign key `key`): fetched with the record when the shape embedded it, else by id, batched. */
export function oneRelationField<N extends OneRelationName>(name: N) {
  type Row = RowOf<(typeof ONE_RELATIONS)[N]['of']>;
  const { of, key } = ONE_RELATIONS[name];
  return (row: object, _: unknown, ctx: Context): Promise<Row | null> | Row | null => {
    const found = embedded<Row | null>(row, name);
    if (found !== undefined) return found;
    const id = (row as Record<string, number | null>)[key];
    return id == null ? null : (ctx.loaders.byId[of].load(id) as Promise<Row | null>);
  };
}

/** Any record's row (a union of the row types, as the Node interface resolves it). */
type AnyRow = { [T in NodeType]: RowOf<T> }[NodeType];

/** The four fields every XConnection type has. */
export const connectionFields = {
  edges: <T>(page: Page<T>): Edge<T>[] => page.rows.map((node, i) => ({ cursor: page.cursors[i]!, node })),
  nodes: <T>(page: Page<T>): T[] => page.rows,
  pageInfo: <T>(page: Page<T>) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.cursors[0] ?? null,
    endCursor: page.cursors[page.cursors.length - 1] ?? null,
  }),
  totalCount: <T>(page: Page<T>) => page.totalCount ?? 0,
};

/** The `id` field of a Node type: its opaque global id. */
export function globalIdField(type: NodeType) {
  return (row: { id: number }) => toGlobalId(type, row.id);
}

async function loadNode(ctx: Context, globalId: string, info: GraphQLResolveInfo) {
  const decoded = fromGlobalId(globalId);
  if (!decoded) return null; // an id we never issued is simply not found
  return ctx.loaders.byIdShaped(decoded.type, recordShape(info, decoded.type)).load(decoded.id) as Promise<AnyRow | null>;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

export const commonResolvers: Resolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date, `YYYY-MM-DD`.',
    serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDate(v)),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    description: 'A point in time, ISO 8601 in UTC.',
    serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  }),
  Query: {
    node: (_, { id }, ctx, info) => loadNode(ctx, id, info),
    nodes: (_, { ids }, ctx, info) => {
      if (ids.length > MAX_NODES) throw badUserInput(`\`ids\` may hold at most ${MAX_NODES} ids, got ${ids.length}.`, { argumentName: 'ids' });
      return Promise.all(ids.map((id) => loadNode(ctx, id, info)));
    },
  },
  Evidence: {
    article: async (e, _, ctx) => (await ctx.loaders.byId.Article.load(e.articleId))!,
    // A CHECK constraint guarantees exactly one record column is set; the by-id loaders batch the level per type.
    record: async (e, _, ctx) => {
      const [field, type] = EVIDENCE_FIELDS.find(([f]) => e[f] !== null)!;
      return (await ctx.loaders.byId[type].load(e[field]!))!;
    },
  },
  EvidenceRecord: { __resolveType: (row) => row.__typename },
};
