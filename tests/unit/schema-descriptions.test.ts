/**
 * Every part of the served schema has a description: each type (Query and
 * Mutation included), field, argument, enum value and input field. The
 * executable schema is walked, so a new piece of SDL without its docstring
 * fails here, named by its coordinate (`Type.field(arg:)`).
 */
import {
  buildSchema as schemaFromSdl,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from '../../src/schema';

const described = (d: string | null | undefined): boolean => typeof d === 'string' && d.trim().length > 0;

/** Schema coordinates of everything without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const args = (owner: string, list: readonly GraphQLArgument[]) => {
    for (const a of list) if (!described(a.description)) missing.push(`${owner}(${a.name}:)`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!described(field.description)) missing.push(coordinate);
        args(coordinate, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf'].includes(directive.name)) continue;
    if (!described(directive.description)) missing.push(`@${directive.name}`);
    args(`@${directive.name}`, directive.args);
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  const schema = buildSchema();

  test('every type, field, argument, enum value and input field of the served schema has a description', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  test('the walk finds what lacks one (Query itself, a field, an argument, an enum value, an input field)', () => {
    const bare = schemaFromSdl(`
      type Query { "ok" a(x: Int): E, b("ok" y: I): Int }
      "ok" enum E { "ok" ONE TWO }
      "ok" input I { "ok" p: Int, q: Int }`);
    expect(undescribed(bare)).toEqual(['E.TWO', 'I.q', 'Query', 'Query.a(x:)', 'Query.b']);
  });
});
