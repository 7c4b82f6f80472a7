/**
 * Per-request DataLoaders. A new set is built for every request (see
 * src/context.ts) and never shared, so one caller's cache never serves
 * another, and writes are seen by the next request.
 *
 * - byId: one `WHERE id = ANY($1)` per type per tick.
 * - pages: one statement per connection level for all parents (src/db/paging.ts),
 *   one loader per (relation, arguments) so different arguments never mix.
 * - lists: small bounded relations (parties, signatories, members) per parent.
 * - byKey: correctable records by key (a correction's record).
 * Every row any loader returns primes the byId loader of its type.
 */
import DataLoader from 'dataloader';
import type { Reader } from '../db/replica';
import type { Correction, MergeAudit } from '../generated/prisma/client';
import { toPageRequest, withCursors, type ConnectionArgs, type Page } from '../lib/connection';
import { fetchPages, fetchRootPage } from '../db/paging';
import {
  correctionQuery,
  listQuery,
  mergeAuditQuery,
  recordCorrectionsQuery,
  type CorrectionFilter,
  type FilterOf,
  type ListOrder,
  type MergeAuditFilter,
  type MergeAuditOrderField,
  type OrderOf,
  type RelationName,
  type RootListName,
  type Visibility,
} from '../db/lists';
import { NODE_TYPES, type CorrectableType, type NodeType, type RowOf, type SearchKind } from '../db/registry';
import { rowsByKeys } from '../db/corrections';
import { FULL_ROW, isFullRow, shapeKey, type RowShape } from '../db/shapes';

/** The row-shape vocabulary the schema describes its selections in (src/schema/common/selection.ts). */
export { FULL_ROW, isOneRelationName, isSmallListName, ONE_RELATIONS, type OneRelationName, type RowShape, type SmallListName } from '../db/shapes';
import { countriesByCodes, rowsByIds, smallListRows, smallListType, type SmallListName, type SmallListRow } from '../db/reads';
import { COUNTS, countGroups, type GroupFieldOf } from '../db/aggregates';
import { searchRecords, type SearchPageRequest } from '../db/search';

const smallListKey = (name: SmallListName, parentId: number): string => `${name}\u0000${parentId}`;
function splitSmallListKey(key: string): [SmallListName, number] {
  const [name, id] = key.split('\u0000');
  return [name as SmallListName, Number(id)];
}


/**
 * The arguments of a connection over list L (root or nested): paging, L's
 * filter and order in the data layer's terms (src/schema/common/lists.ts
 * decodes the API's), and which records show (rejected, confidence).
 */
export interface ListArgs<L extends RootListName = RootListName> extends ConnectionArgs, Visibility {
  filter?: FilterOf[L] | null;
  orderBy?: OrderOf<L> | null;
}

const visibilityOf = (args: Visibility): Visibility => ({ includeRejected: args.includeRejected ?? false, minConfidence: args.minConfidence ?? null });

type ByIdLoaders = { [T in NodeType]: DataLoader<number, RowOf<T> | null> };

/**
 * A request's by-id loaders, each built on first use: most requests touch one
 * or two types, and a request's fixed cost matters on by-id lookups (bench:
 * byId). The getters live on the prototype, defined once, not per request.
 */
class ByIdLoaderSet {
  readonly made = new Map<NodeType, DataLoader<number, unknown>>();
  constructor(readonly pool: Reader) {}
}
for (const type of NODE_TYPES) {
  Object.defineProperty(ByIdLoaderSet.prototype, type, {
    enumerable: true,
    get(this: ByIdLoaderSet) {
      let loader = this.made.get(type);
      if (!loader) {
        const pool = this.pool;
        loader = new DataLoader<number, unknown>(async (ids) => {
          const found = new Map((await rowsByIds(pool, type, ids)).map((r) => [r.id, r]));
          return ids.map((id) => found.get(id) ?? null);
        });
        this.made.set(type, loader);
      }
      return loader;
    },
  });
}

/** A DataLoader made on first use (a request that never asks for small lists or codes builds neither). */
function lazily<K, V>(make: () => DataLoader<K, V>): () => DataLoader<K, V> {
  let loader: DataLoader<K, V> | undefined;
  return () => (loader ??= make());
}

export function createLoaders(pool: Reader) {
  const byId = new ByIdLoaderSet(pool) as unknown as ByIdLoaders;

  function prime<T extends NodeType>(type: T, rows: readonly RowOf<T>[]): void {
    const loader = byId[type] as unknown as DataLoader<number, RowOf<T> | null>;
    for (const row of rows) loader.prime(row.id, row);
  }

  /** Rows of a partial shape are not whole rows: only full ones go into the by-id cache. */
  function primeShaped<T extends NodeType>(type: T, shape: RowShape, rows: readonly RowOf<T>[]): void {
    if (isFullRow(shape)) prime(type, rows);
  }

  const shapedById = new Map<string, DataLoader<number, unknown>>();
  /** Rows by id in a shape (only some fields, relations embedded: src/db/shapes.ts); one statement per type and shape per tick. */
  function byIdShaped<T extends NodeType>(type: T, shape: RowShape): DataLoader<number, RowOf<T> | null> {
    if (isFullRow(shape)) return byId[type] as unknown as DataLoader<number, RowOf<T> | null>;
    const key = `${type}\u0000${shapeKey(shape)}`;
    let loader = shapedById.get(key) as DataLoader<number, RowOf<T> | null> | undefined;
    if (!loader) {
      loader = new DataLoader<number, RowOf<T> | null>(async (ids) => {
        const found = new Map((await rowsByIds(pool, type, ids, shape)).map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      });
      shapedById.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  const pageLoaders = new Map<string, DataLoader<number, Page<unknown>>>();
  /** One page per parent of a nested connection, its rows in `shape`; all parents asked in the same tick share one statement. */
  function pageOf<T extends RootListName>(list: T, relation: RelationName, args: ListArgs<T>, withTotal: boolean, shape: RowShape = FULL_ROW) {
    const request = toPageRequest(args);
    const visibility = visibilityOf(args);
    const key = JSON.stringify([relation, args.first, args.after, args.last, args.before, args.filter, args.orderBy, visibility, withTotal, shapeKey(shape)]);
    let loader = pageLoaders.get(key) as DataLoader<number, Page<RowOf<T>>> | undefined;
    if (!loader) {
      const { source, filter, order } = listQuery(list, relation, args.filter, args.orderBy, visibility, shape);
      loader = new DataLoader<number, Page<RowOf<T>>>(async (parentIds) => {
        const pages = await fetchPages<RowOf<T>>(pool, source, filter, order, request, parentIds, withTotal);
        for (const page of pages.values()) primeShaped(list, shape, page.rows);
        return parentIds.map((id) => withCursors<RowOf<T>>(pages.get(id)!));
      });
      pageLoaders.set(key, loader as DataLoader<number, Page<unknown>>);
    }
    return loader;
  }

  /** A root list: one statement (page + total when asked), its rows in `shape`. */
  async function rootPage<T extends RootListName>(list: T, args: ListArgs<T>, withTotal: boolean, shape: RowShape = FULL_ROW): Promise<Page<RowOf<T>>> {
    const request = toPageRequest(args);
    const { source, filter, order } = listQuery(list, undefined, args.filter, args.orderBy, visibilityOf(args), shape);
    const page = await fetchRootPage<RowOf<T>>(pool, source, filter, order, request, withTotal);
    primeShaped(list, shape, page.rows);
    return withCursors<RowOf<T>>(page);
  }

  /** The merge audits (a root list that is not a record type): one statement, like rootPage. */
  async function mergeAuditPage(args: ConnectionArgs & { filter?: MergeAuditFilter | null; orderBy?: ListOrder<MergeAuditOrderField> | null }, withTotal: boolean): Promise<Page<MergeAudit>> {
    const { source, filter, order } = mergeAuditQuery(args.filter, args.orderBy);
    return withCursors(await fetchRootPage<MergeAudit>(pool, source, filter, order, toPageRequest(args), withTotal));
  }

  /** The corrections audit (not records): one statement, newest first. */
  async function correctionPage(args: ConnectionArgs & { filter?: CorrectionFilter | null }, withTotal: boolean): Promise<Page<Correction>> {
    const { source, filter, order } = correctionQuery(args.filter);
    return withCursors(await fetchRootPage<Correction>(pool, source, filter, order, toPageRequest(args), withTotal));
  }

  const correctionLoaders = new Map<string, DataLoader<number, Page<Correction>>>();
  /** The corrections of records of one type (by their key), one page per record; every record of the level in one statement. */
  function correctionsOf(type: CorrectableType, args: ConnectionArgs, withTotal: boolean): DataLoader<number, Page<Correction>> {
    const request = toPageRequest(args);
    const key = JSON.stringify([type, args.first, args.after, args.last, args.before, withTotal]);
    let loader = correctionLoaders.get(key);
    if (!loader) {
      const { source, filter, order } = recordCorrectionsQuery(type);
      loader = new DataLoader<number, Page<Correction>>(async (parentIds) => {
        const pages = await fetchPages<Correction>(pool, source, filter, order, request, parentIds, withTotal);
        return parentIds.map((id) => withCursors<Correction>(pages.get(id)!));
      });
      correctionLoaders.set(key, loader);
    }
    return loader;
  }

  const byKeyLoaders = new Map<CorrectableType, DataLoader<string, unknown>>();
  /** Correctable records of one type by key (a correction's record, found again after re-extraction gave it a new id); built on first use, one statement per type per tick. */
  function byKey<T extends CorrectableType>(type: T): DataLoader<string, RowOf<T> | null> {
    let loader = byKeyLoaders.get(type) as DataLoader<string, RowOf<T> | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, RowOf<T> | null>(async (keys) => {
        const rows = await rowsByKeys(pool, type, keys);
        prime(type, rows);
        return keys.map((k) => rows.find((r) => (r as { key: string }).key === k) ?? null);
      });
      byKeyLoaders.set(type, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /**
   * Every small list asked for in the same tick, of any parent type, shares ONE
   * statement: a UNION ALL with a branch per list, each row built as JSON
   * (the branches' row types differ). So `agreements { partyCountries
   * partyOrganizations signatories }` costs one statement for the level, not three.
   */
  const smallLists = lazily(() => new DataLoader<string, unknown[]>(async (keys) => {
    const idsByList = new Map<SmallListName, number[]>();
    for (const key of keys) {
      const [name, id] = splitSmallListKey(key);
      const ids = idsByList.get(name) ?? [];
      ids.push(id);
      idsByList.set(name, ids);
    }
    const found = new Map<string, unknown[]>(keys.map((key) => [key, []]));
    for (const { list, parent, row } of await smallListRows(pool, idsByList)) {
      found.get(smallListKey(list, parent))?.push(row);
      prime(smallListType(list), [row]);
    }
    return keys.map((key) => found.get(key)!);
  }));

  /** The rows of one small list for a parent, e.g. `smallList('Agreement.signatories').load(agreementId)`. */
  function smallList<N extends SmallListName>(name: N): { load(parentId: number): Promise<SmallListRow<N>[]> } {
    return { load: (parentId) => smallLists().load(smallListKey(name, parentId)) as Promise<SmallListRow<N>[]> };
  }

  /** Countries by upper-case ISO alpha-2 or alpha-3 code, batched; see `countryByCode`. */
  const countriesByCode = lazily(() => new DataLoader<string, RowOf<'Country'> | null>(async (codes) => {
    const rows = await countriesByCodes(pool, codes);
    prime('Country', rows);
    return codes.map((code) => rows.find((r) => r.iso2 === code || r.iso3 === code) ?? null);
  }));

  /** A country by ISO alpha-2 or alpha-3 code in any case and spacing; null for an unknown or malformed code (no SQL for those). */
  function countryByCode(code: string): Promise<RowOf<'Country'> | null> {
    const normalized = code.trim().toUpperCase();
    return /^[A-Z]{2,3}$/.test(normalized) ? countriesByCode().load(normalized) : Promise.resolve(null);
  }

  /** Group counts over agreements, statements or facts (one statement each, not batched: a root field asked once); rejected records never count. */
  const counts = {
    Agreement: (groupBy: readonly GroupFieldOf['Agreement'][], filter: FilterOf['Agreement'] | null | undefined, minConfidence?: number | null) =>
      countGroups(pool, COUNTS.Agreement, groupBy, filter, minConfidence),
    Statement: (groupBy: readonly GroupFieldOf['Statement'][], filter: FilterOf['Statement'] | null | undefined, minConfidence?: number | null) =>
      countGroups(pool, COUNTS.Statement, groupBy, filter, minConfidence),
    Fact: (groupBy: readonly GroupFieldOf['Fact'][], filter: FilterOf['Fact'] | null | undefined, minConfidence?: number | null) =>
      countGroups(pool, COUNTS.Fact, groupBy, filter, minConfidence),
  };

  /** One page of full-text hits across record kinds (one statement). */
  const search = (query: string, kinds: readonly SearchKind[], request: SearchPageRequest) => searchRecords(pool, query, kinds, request);

  const fieldMemo = new WeakMap<object, Map<string, unknown>>();
  /** This request's value for (a field node of the document, a name), made once: e.g. a nested connection's page loader. */
  function perField<V>(fieldNode: object, name: string, make: () => V): V {
    let byName = fieldMemo.get(fieldNode);
    if (!byName) fieldMemo.set(fieldNode, (byName = new Map()));
    if (!byName.has(name)) byName.set(name, make());
    return byName.get(name) as V;
  }

  return { byId, byIdShaped, perField, byKey, pageOf, rootPage, mergeAuditPage, correctionPage, correctionsOf, smallList, countryByCode, counts, search };
}

export type Loaders = ReturnType<typeof createLoaders>;
