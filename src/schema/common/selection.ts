/**
 * From the operation's selection to a row shape (src/db/shapes.ts): which row
 * fields a list or a by-id lookup must return, and which small lists and
 * single related rows to fetch in the same statement. Computed once per field
 * of a parsed document (Apollo reuses parsed documents, so a repeated query
 * pays this once) and cached on the field's AST node.
 *
 * Anything not understood selects the whole row: asking for too much is only
 * slower, asking for too little would be wrong.
 */
import { getNamedType, isAbstractType, isObjectType, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { FULL_ROW, isOneRelationName, ONE_RELATIONS, isSmallListName, type OneRelationName, type RowShape, type SmallListName } from '../../loaders';

/** Resolved fields that read only these row fields (besides `id`, which every row has). */
const READS: Record<string, readonly string[]> = {
  id: [],
  extraction: ['extractionMethod', 'extractionVersion'],
  'Statement.speaker': ['speakerPersonId', 'speakerOrganizationId'],
};

type Fragments = GraphQLResolveInfo['fragments'];

/** The sub-selections of each field selected on objects of `type` (fragments followed; aliases merged; directives ignored: over-selecting is safe). */
function fieldsOn(sets: readonly SelectionSetNode[], type: GraphQLObjectType, schema: GraphQLSchema, fragments: Fragments): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const abstract = schema.getType(condition);
    return !!abstract && isAbstractType(abstract) && schema.isSubType(abstract, type);
  };
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const subs = fields.get(s.name.value) ?? [];
        if (s.selectionSet) subs.push(s.selectionSet);
        fields.set(s.name.value, subs);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) visit(s.selectionSet);
      } else {
        const fragment = fragments[s.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/** The row shape objects of `type` need for these selections. */
function shapeOn(sets: readonly SelectionSetNode[], type: GraphQLObjectType, schema: GraphQLSchema, fragments: Fragments): RowShape {
  const rowFields = new Set<string>();
  const lists: { name: SmallListName; fields: readonly string[] | null }[] = [];
  const ones: { name: OneRelationName; fields: readonly string[] | null }[] = [];
  const defs = type.getFields();
  for (const [field, subs] of fieldsOn(sets, type, schema, fragments)) {
    const def = defs[field];
    if (!def) continue; // __typename: every row has it
    const relation = `${type.name}.${field}`;
    const target = getNamedType(def.type);
    if (!def.resolve) rowFields.add(field); // the default resolver reads the row field of the same name
    else if (READS[relation] ?? READS[field]) (READS[relation] ?? READS[field])!.forEach((f) => rowFields.add(f));
    else if (target.name.endsWith('Connection')) continue; // nested connections are found by the row's id
    else if ((isSmallListName(relation) || isOneRelationName(relation)) && isObjectType(target)) {
      // Embedded rows are plain JSON: only when they need nothing embedded themselves; else the resolver loads them (by the row's id or key).
      const inner = shapeOn(subs, target, schema, fragments);
      const plain = inner.lists.length === 0 && inner.ones.length === 0;
      if (isSmallListName(relation)) {
        if (plain) lists.push({ name: relation, fields: inner.fields });
      } else if (plain) ones.push({ name: relation, fields: inner.fields });
      else rowFields.add(ONE_RELATIONS[relation].key); // loaded by its foreign key
    } else return FULL_ROW;
  }
  return { fields: [...rowFields].sort(), lists, ones };
}

const cache = new WeakMap<FieldNode, Map<string, RowShape>>();

/** Cached per (field node, type); fields merged from several nodes are computed each time (rare). */
function cached(info: GraphQLResolveInfo, typeName: string, compute: () => RowShape): RowShape {
  if (info.fieldNodes.length !== 1) return compute();
  const node = info.fieldNodes[0]!;
  let byType = cache.get(node);
  if (!byType) cache.set(node, (byType = new Map()));
  let shape = byType.get(typeName);
  if (!shape) byType.set(typeName, (shape = compute()));
  return shape;
}

function objectType(info: GraphQLResolveInfo, typeName: string): GraphQLObjectType | null {
  const type = info.schema.getType(typeName);
  return type && isObjectType(type) ? type : null;
}

/** The shape of the rows of the connection being resolved (its `nodes` and `edges { node }`). */
export function connectionShape(info: GraphQLResolveInfo, typeName: string): RowShape {
  return cached(info, typeName, () => {
    const type = objectType(info, typeName);
    if (!type) return FULL_ROW;
    const { schema, fragments } = info;
    const connection = fieldsOn(
      info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
      getNamedType(info.returnType) as GraphQLObjectType,
      schema,
      fragments,
    );
    const nodeSets = [...(connection.get('nodes') ?? [])];
    for (const edges of connection.get('edges') ?? []) {
      for (const s of edges.selections) {
        if (s.kind !== Kind.FIELD) return FULL_ROW; // fragments on edges: not worth following
        if (s.name.value === 'node' && s.selectionSet) nodeSets.push(s.selectionSet);
      }
    }
    return shapeOn(nodeSets, type, schema, fragments);
  });
}

/** The shape of a record of `typeName` returned by the field being resolved (node, nodes). */
export function recordShape(info: GraphQLResolveInfo, typeName: string): RowShape {
  return cached(info, typeName, () => {
    const type = objectType(info, typeName);
    return type ? shapeOn(info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), type, info.schema, info.fragments) : FULL_ROW;
  });
}

/** An embedded list or related row of a shaped row (see src/db/shapes.ts), or undefined when the row came without it. */
export function embedded<R>(row: object, name: SmallListName | OneRelationName): R | undefined {
  return name in row ? ((row as Record<string, unknown>)[name] as R) : undefined;
}
