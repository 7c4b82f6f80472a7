/**
 * The depth and cost measures of src/limits on our schema, without a server:
 * the numbers README "Query limits" quotes, and the rules behind them.
 */
import { parse } from 'graphql';
import { OPERATIONS } from '../../bench/operations';
import { estimateCost, ExpansionTooLargeError } from '../../src/limits/cost';
import { documentDepth } from '../../src/limits/depth';
import { costVariablesOf } from '../../src/limits';
import { buildSchema } from '../../src/schema';

const schema = buildSchema();
const cost = (query: string, variables?: Record<string, unknown>): number => estimateCost(schema, parse(query), undefined, variables);
const depth = (query: string): number => documentDepth(schema, parse(query));

describe('cost: records a query can return, page sizes multiplied', () => {
  test('the benchmark nested query: 1 + 20 × (1 + 1 + 10 × (1 + 1 + 5 × (1 + 1 + 1)))', () => {
    expect(cost(OPERATIONS.nested.query)).toBe(3441);
  });

  test('nodes, edges { node } and both wrappers with pageInfo/totalCount cost the same', () => {
    const asNodes = cost('{ countries(first: 7) { nodes { iso2 } } }');
    expect(asNodes).toBe(1 + 7 * 1);
    expect(cost('{ countries(first: 7) { edges { cursor node { iso2 } } } }')).toBe(asNodes);
    expect(cost('{ countries(first: 7) { totalCount pageInfo { hasNextPage endCursor } nodes { iso2 } } }')).toBe(asNodes);
  });

  test('no first/last: the default page size (20); over 100: capped at 100 (the resolver refuses it anyway)', () => {
    expect(cost('{ countries { nodes { iso2 } } }')).toBe(1 + 20);
    expect(cost('{ countries(last: 3) { nodes { iso2 } } }')).toBe(1 + 3);
    expect(cost('{ countries(first: 1000) { nodes { iso2 } } }')).toBe(1 + 100);
  });

  test('page sizes from variables, and their defaults', () => {
    const query = 'query($n: Int = 5) { countries(first: $n) { nodes { organizations(first: $n) { nodes { name } } } } }';
    expect(cost(query)).toBe(1 + 5 * (1 + 1 + 5));
    expect(cost(query, { n: 100 })).toBe(1 + 100 * (1 + 1 + 100));
  });

  test('lists of records: nodes by number of ids, small relations as one', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3 * 1);
    expect(cost('{ agreements(first: 2) { nodes { partyCountries { iso2 } signatories { name } } } }')).toBe(1 + 2 * (1 + 1 + 1));
  });

  test('scalars and introspection cost nothing; skipped fields are not counted', () => {
    expect(cost('{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }')).toBe(0);
    expect(cost('query($big: Boolean!) { countries(first: 100) @include(if: $big) { nodes { iso2 } } }', { big: false })).toBe(0);
  });

  test('fragments spreading fragments: refused once 10,000 fields are visited, not walked to 2^29', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Country { iso2 ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join('\n');
    expect(() => cost(`{ countries { nodes { ...F0 } } }\n${fragments}`)).toThrow(ExpansionTooLargeError);
  });
});

describe('the variables a cost depends on (costs are cached per their values)', () => {
  test('page sizes, ids and @skip/@include conditions, in fragments too; nothing else', () => {
    const query = `query($id: ID!, $n: Int, $ids: [ID!]!, $q: String!, $show: Boolean!, $filter: AgreementFilter) {
      node(id: $id) { id }
      nodes(ids: $ids) { id }
      agreements(first: $n, filter: $filter) { nodes { ...parties @include(if: $show) } }
      search(query: $q) { totalCount }
    }
    fragment parties on Agreement { partyCountries { iso2 } signatories { name } }`;
    expect(costVariablesOf(parse(query))).toEqual(['ids', 'n', 'show']);
  });

  test('the benchmark by-id query reads none: its cost is computed once', () => {
    expect(costVariablesOf(parse(OPERATIONS.byId.query))).toEqual([]);
  });
});

describe('depth: levels of data, connection wrappers not counted', () => {
  test('the benchmark nested query is 5 deep, written with nodes or with edges { node }', () => {
    expect(depth(OPERATIONS.nested.query)).toBe(5);
    expect(depth('{ countries { edges { node { organizations { edges { node { agreements { edges { node { partyCountries { iso2 } } } } } } } } } } }')).toBe(5);
  });

  test('leaves count, fragments are flattened, introspection is ignored', () => {
    expect(depth('{ countries { totalCount } }')).toBe(2);
    expect(depth('{ countries { pageInfo { hasNextPage } } }')).toBe(2);
    expect(depth('{ countries { nodes { ...C } } } fragment C on Country { organizations { nodes { ... on Organization { name } } } }')).toBe(3);
    expect(depth('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }')).toBe(0);
  });

  test('the deepest operation of a document counts', () => {
    expect(depth('query A { countries { totalCount } } query B { countries { nodes { organizations { nodes { name } } } } }')).toBe(3);
  });

  test('a fragment spread many times is measured once (no blow-up)', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Country { iso2 ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join('\n');
    expect(depth(`{ countries { nodes { ...F0 } } }\n${fragments}`)).toBe(2);
  });
});
