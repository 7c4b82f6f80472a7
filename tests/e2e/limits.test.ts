/**
 * Query limits over HTTP (src/limits, README "Query limits"): the product's
 * own queries pass under the defaults — the benchmark's nested query in both
 * connection styles, every IDE example, every README query and every SDK
 * operation, read from their files so new ones are covered as they are
 * added — and abusive ones are refused with a 400, a code, the limit in the
 * message and no SQL statement issued.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Kind, parse, print, visit, type FieldNode } from 'graphql';
import { OPERATIONS } from '../../bench/operations';
import { EXAMPLE_QUERIES } from '../../src/ide';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { requiredVariables, sdkOperations, sdkSampleVariables } from '../support/sdkOperations';

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_MAX_COST = 5000;

/** The same query with every `nodes { … }` written as `edges { node { … } }`. */
function withEdges(query: string): string {
  return print(
    visit(parse(query), {
      Field(field: FieldNode): FieldNode | undefined {
        if (field.name.value !== 'nodes' || !field.selectionSet) return undefined;
        const node: FieldNode = { ...field, name: { kind: Kind.NAME, value: 'node' } };
        return { ...field, name: { kind: Kind.NAME, value: 'edges' }, selectionSet: { kind: Kind.SELECTION_SET, selections: [node] } };
      },
    }),
  );
}

/**
 * Every GraphQL document in README.md: fenced ```graphql blocks, and the JSON body of every curl `-d '…'`
 * (with its variables), however many lines it spans. A body that is not JSON with a `query` fails here.
 */
function readmeQueries(): { query: string; variables?: Record<string, unknown>; where: string }[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const fenced = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({ query: m[1]!, where: 'a ```graphql block' }));
  const curl = [...readme.matchAll(/(?:-d|--data(?:-raw)?) '([^']*)'/g)].map((m) => {
    const body = JSON.parse(m[1]!) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof body.query !== 'string') throw new Error(`a curl body in README.md has no "query": ${m[1]}`);
    return { query: body.query, variables: body.variables, where: `curl -d '${m[1]!.slice(0, 60)}…'` };
  });
  // Each block and each curl body was found (a regex that skipped multi-line bodies would fail here).
  expect(fenced).toHaveLength(readme.split('```graphql\n').length - 1);
  expect(curl).toHaveLength(readme.split(/\bcurl /).length - 1);
  return [...fenced, ...curl];
}

/** A query `fields` fields deep (wrappers included) along countries → organizations → agreements → partyCountries → organizations → … */
function nestedQuery(fields: number, style: 'nodes' | 'edges'): string {
  const wrapper = style === 'nodes' ? ['nodes'] : ['edges', 'node'];
  const cycle = ['organizations', ...wrapper, 'agreements', ...wrapper, 'partyCountries'];
  const chain = ['countries', ...wrapper];
  while (chain.length < fields - 1) chain.push(...cycle);
  // Any prefix is valid: the leaf `__typename` exists on every type.
  const opened = chain.slice(0, fields - 1);
  return `{ ${opened.map((f) => `${f} {`).join(' ')} __typename ${'}'.repeat(opened.length)} }`;
}

/** Fields deep as written: the deepest brace nesting (the operation's own braces stand for the leaf inside). */
function textDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of query) {
    if (ch === '{') deepest = Math.max(deepest, ++depth);
    if (ch === '}') depth--;
  }
  return deepest;
}

/** `{ countries { totalCount totalCount … } }` of exactly `tokens` tokens. */
function manyTokens(tokens: number): string {
  return `{ countries { ${'totalCount '.repeat(tokens - 5)}} }`;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

/** Sends a query expected to be refused; asserts the status, the code, the message and that no SQL went out. */
async function expectRefused(query: string, code: string, message: RegExp, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const before = t.statements.length;
  const res = await t.gql(query, variables);
  expect({ status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code });
  expect(res.body.errors?.[0]?.message).toMatch(message);
  expect(res.body.data).toBeUndefined();
  expect(t.statements.slice(before)).toEqual([]);
  return res;
}

/** Passed every limit: the cost was estimated and is within the limit, and no error comes from parsing, validation or a limit. */
function expectWithinLimits(res: GraphQLResponse, what: string): void {
  const codes = (res.body.errors ?? []).map((e) => String(e.extensions?.code));
  expect({ what, codes: codes.filter((c) => /^(QUERY_|GRAPHQL_PARSE|GRAPHQL_VALIDATION)/.test(c)) }).toEqual({ what, codes: [] });
  const cost = res.body.extensions?.cost as { requested: number; limit: number } | undefined;
  expect(cost?.limit).toBe(DEFAULT_MAX_COST);
  expect(cost?.requested).toBeLessThanOrEqual(DEFAULT_MAX_COST);
}

function expectAnswered(res: GraphQLResponse, what: string): void {
  expect({ what, status: res.status, errors: res.body.errors }).toEqual({ what, status: 200, errors: undefined });
  expectWithinLimits(res, what);
}

describe('accepted under the default limits', () => {
  test('the benchmark nested query (20 countries → 10 organizations → 5 agreements → parties), with nodes and with edges { node }: same cost, in extensions', async () => {
    const asNodes = await t.gql(OPERATIONS.nested.query);
    const asEdges = await t.gql(withEdges(OPERATIONS.nested.query));
    expectAnswered(asNodes, 'nested, nodes');
    expectAnswered(asEdges, 'nested, edges { node }');
    // 1 + 20 × (1 + 1 + 10 × (1 + 1 + 5 × (1 + 1 + 1))): see src/limits/cost.ts.
    expect(asNodes.body.extensions?.cost).toEqual({ requested: 3441, limit: DEFAULT_MAX_COST });
    expect(asEdges.body.extensions?.cost).toEqual(asNodes.body.extensions?.cost);
  });

  test('every other benchmark operation', async () => {
    const agreementId: string = (await t.gql('{ agreements(first: 1) { nodes { id } } }')).body.data.agreements.nodes[0].id;
    const samples: Record<string, unknown> = { id: agreementId, filter: { parties: ['KR'] }, q: 'uranium' };
    for (const op of Object.values(OPERATIONS)) {
      if (op.name === 'nested') continue;
      const variables = Object.fromEntries(Object.entries(samples).filter(([name]) => op.query.includes(`$${name}`)));
      expectAnswered(await t.gql(op.query, variables), op.name);
    }
  });

  test.each(EXAMPLE_QUERIES.map((e) => [e.title, e] as const))('IDE example %s', async (_title, example) => {
    const res = await t.gql(example.query, example.variables);
    // The write examples: this app has no ADMIN_TOKEN, so they are refused (WRITES_DISABLED) once the limits let them through.
    if (parse(example.query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation')) {
      expectWithinLimits(res, example.title);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('WRITES_DISABLED');
    } else expectAnswered(res, example.title);
  });

  test('every GraphQL document in README.md (fenced blocks and curl bodies, multi-line ones included)', async () => {
    const documents = readmeQueries();
    expect(documents.length).toBeGreaterThanOrEqual(3);
    // The multi-line ingestArticle example in "Writes" is among them.
    expect(documents.some(({ query }) => /ingestArticle\(input: \$input\)/.test(query))).toBe(true);
    for (const { query, variables, where } of documents) {
      const res = await t.gql(query, variables);
      const isMutation = parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
      // This app has no ADMIN_TOKEN: a mutation is refused (WRITES_DISABLED) once the limits let it through, so nothing is written.
      if (isMutation) {
        expectWithinLimits(res, where);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('WRITES_DISABLED');
      } else expectAnswered(res, where);
    }
  });

  test('every SDK operation (src/sdk/operations/*.graphql), required variables filled in', async () => {
    const someCountryId: string = (await t.gql('{ countries(first: 1) { nodes { id } } }')).body.data.countries.nodes[0].id;
    const samples = sdkSampleVariables(someCountryId);
    const operations = sdkOperations();
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['Agreements', 'Countries', 'Country', 'Node', 'Statements']));
    for (const { name, document, operation } of operations) {
      const { variables, missing } = requiredVariables(operation, samples);
      expect({ operation: name, missing }).toEqual({ operation: name, missing: [] });
      const res = await t.gql(document, variables);
      // Mutations are sent without a token: refused by authorization after the limits let them through, so nothing is written.
      if (operation.operation === 'mutation') expectWithinLimits(res, name);
      else expectAnswered(res, name);
    }
  });

  test('introspection (the IDE loads the schema with it) is not limited', async () => {
    const res = await t.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('refused before execution, no SQL issued', () => {
  test('a 100 × 100 × 100 nested page', async () => {
    await expectRefused(
      '{ countries(first: 100) { nodes { organizations(first: 100) { nodes { agreements(first: 100) { nodes { id } } } } } } }',
      'QUERY_TOO_COMPLEX',
      /^Query cost 1020201 exceeds the limit of 5000 \(QUERY_MAX_COST/,
    );
  });

  test('a cost over the limit at depth 3, and the same query with page sizes from variables', async () => {
    await expectRefused('{ agreements(first: 100) { nodes { evidence(first: 100) { nodes { sentence } } } } }', 'QUERY_TOO_COMPLEX', /^Query cost 10201 exceeds the limit of 5000/);
    const query = 'query($n: Int) { countries(first: $n) { nodes { organizations(first: $n) { nodes { name } } } } }';
    await expectRefused(query, 'QUERY_TOO_COMPLEX', /^Query cost 10201 exceeds/, { n: 100 });
    const small = await t.gql(query, { n: 10 });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.extensions?.cost).toEqual({ requested: 121, limit: DEFAULT_MAX_COST });
  });

  test('a page size variable that is not an Int: refused by variable coercion, nothing run', async () => {
    const before = t.statements.length;
    const res = await t.gql('query($n: Int) { countries(first: $n) { nodes { iso2 } } }', { n: 'all' });
    expect({ status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(res.body.errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "all"/);
    expect(t.statements.slice(before)).toEqual([]);
  });

  test.each(['nodes', 'edges'] as const)('20 levels of depth (written with %s)', async (style) => {
    const query = nestedQuery(20, style);
    expect(textDepth(query)).toBe(20);
    expect(parse(query)).toBeDefined();
    await expectRefused(query, 'QUERY_TOO_DEEP', /^Query depth \d+ exceeds the limit of 6 \(QUERY_MAX_DEPTH/);
  });

  test('6 levels of data pass, 7 do not (leaves count, wrappers do not)', async () => {
    const levels = (leaf: string): string =>
      `{ countries(first: 1) { nodes { organizations(first: 1) { nodes { agreements(first: 1) { nodes { partyCountries { organizations(first: 1) { nodes { ${leaf} } } } } } } } } } }`;
    expectAnswered(await t.gql(levels('name')), 'depth 6');
    await expectRefused(levels('agreements(first: 1) { totalCount }'), 'QUERY_TOO_DEEP', /^Query depth 7 exceeds the limit of 6/);
  });

  test("15 aliases pass (graphql-armor's default), 16 do not; 1,000 are stopped by the token limit first", async () => {
    const aliases = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: countries(first: 1) { totalCount }`).join(' ')} }`;
    const fifteen = await t.gql(aliases(15));
    expectAnswered(fifteen, '15 aliases');
    expect(Object.keys(fifteen.body.data)).toHaveLength(15);
    await expectRefused(aliases(1000), 'GRAPHQL_PARSE_FAILED', /more th.. 1000 tokens/);
    await expectRefused(aliases(16), 'QUERY_TOO_MANY_ALIASES', /^Query uses 16 aliases; the limit is 15 \(QUERY_MAX_ALIASES\)/);
  });

  test('5,000 and 50,000 tokens', async () => {
    for (const tokens of [5000, 50_000]) {
      await expectRefused(manyTokens(tokens), 'GRAPHQL_PARSE_FAILED', /^Syntax Error: Document contains more th.. 1000 tokens/);
    }
  });

  test('51 directives', async () => {
    const directives = (n: number): string => `{ countries(first: 1) { ${'... @include(if: true) { totalCount } '.repeat(n)}} }`;
    expectAnswered(await t.gql(directives(50)), '50 directives');
    await expectRefused(directives(51), 'QUERY_TOO_MANY_DIRECTIVES', /^Query uses 51 directives; the limit is 50 \(QUERY_MAX_DIRECTIVES\)/);
  });

  test('fragments spread in fragments (2^29 fields once expanded): refused without walking them', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Country { iso2 ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ');
    // Walking 2^29 fields would take hours: the Jest timeout turns that into a failure without timing a healthy run.
    await expectRefused(`{ countries { nodes { ...F0 } } } ${fragments}`, 'QUERY_TOO_COMPLEX', /^Query expands to more than 10000 fields once its fragments are spread\. Refused without an estimate/);
  }, 60_000);

  test("circular fragments (graphql's own NoFragmentCycles rule)", async () => {
    await expectRefused(
      '{ countries { nodes { ...A } } } fragment A on Country { organizations { nodes { country { ...B } } } } fragment B on Country { ...A }',
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot spread fragment "A" within itself via "B"/,
    );
  });
});

describe('limits from the environment', () => {
  let tight: TestApp;
  beforeAll(async () => {
    tight = await startTestApp({ seed: false, env: { QUERY_MAX_DEPTH: '4', QUERY_MAX_COST: '100', QUERY_MAX_TOKENS: '200' } });
  });
  afterAll(async () => {
    await tight?.close();
  });

  test('a tighter QUERY_MAX_DEPTH refuses the benchmark query the default accepts', async () => {
    const res = await tight.gql(OPERATIONS.nested.query);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(res.body.errors?.[0]?.message).toMatch(/^Query depth 5 exceeds the limit of 4 \(QUERY_MAX_DEPTH/);
  });

  test('QUERY_MAX_COST and QUERY_MAX_TOKENS', async () => {
    const before = tight.statements.length;
    const costly = await tight.gql('{ countries(first: 100) { nodes { iso2 } } }');
    expect(costly.body.errors?.[0]?.message).toMatch(/^Query cost 101 exceeds the limit of 100/);
    const wordy = await tight.gql(manyTokens(201));
    expect(wordy.body.errors?.[0]?.message).toMatch(/more th.. 200 tokens/);
    expect(tight.statements.slice(before)).toEqual([]);
    expect((await tight.gql(manyTokens(200))).body.errors).toBeUndefined();
    const fits = await tight.gql('{ countries(first: 99) { nodes { iso2 } } }');
    expect(fits.body.errors).toBeUndefined();
    expect(fits.body.extensions?.cost).toEqual({ requested: 100, limit: 100 });
  });
});
