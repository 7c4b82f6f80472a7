/**
 * Query depth in levels of data. graphql-armor's max-depth counts every
 * field, connection wrappers included, so its default of 6 would refuse our
 * own benchmark query (countries → organizations → agreements → parties is 8
 * fields deep with `nodes`, 11 with `edges { node }`). We count like armor —
 * every field is a level, a leaf too, fragments are flattened, introspection
 * is ignored — except that connection wrappers (see shape.ts) add no level.
 * That query is then 5 deep under armor's default of 6.
 *
 * A wrapper can at most triple the text depth (`x { edges { node { … } } }`),
 * so any query nested 20 fields deep still has ≥ 7 levels and is refused.
 */
import {
  Kind,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  getNamedType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { isConnectionWrapper, isIntrospectionField } from './shape';

/** Depth of the deepest operation in a validated document. */
export function documentDepth(schema: GraphQLSchema, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // A fragment's depth does not depend on where it is spread: compute each once,
  // so fragments spread into fragments cannot blow the walk up exponentially.
  const fragmentDepths = new Map<string, number>();

  function selectionSetDepth(selectionSet: SelectionSetNode, parentType: GraphQLNamedType): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (isIntrospectionField(name)) continue;
        const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
        const own = isConnectionWrapper(parentType, name) ? 0 : 1;
        const childType = field && getNamedType(field.type);
        depth = own + (selection.selectionSet && childType ? selectionSetDepth(selection.selectionSet, childType) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        depth = type ? selectionSetDepth(selection.selectionSet, type) : 0;
      } else {
        depth = fragmentDepth(selection.name.value);
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  function fragmentDepth(name: string): number {
    const known = fragmentDepths.get(name);
    if (known !== undefined) return known;
    fragmentDepths.set(name, 0); // cycles are refused by graphql's NoFragmentCycles before we run; this only stops a loop
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const depth = fragment && type && isCompositeType(type) ? selectionSetDepth(fragment.selectionSet, type) : 0;
    fragmentDepths.set(name, depth);
    return depth;
  }

  let deepest = 0;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(d.operation);
    if (root) deepest = Math.max(deepest, selectionSetDepth(d.selectionSet, root));
  }
  return deepest;
}
