// The SDK's operations (src/sdk/operations/*.graphql) read from their files,
// with sample values for their required variables: for tests that send every
// operation to a server (tests/e2e/limits.test.ts, tests/e2e/postgres15.test.ts),
// so that a new operation is covered as soon as it is added.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

const OPERATIONS_DIR = path.resolve(__dirname, '..', '..', 'src', 'sdk', 'operations');

export interface SdkOperation {
  name: string;
  /** The operation printed with the fragments it spreads (transitively). */
  document: string;
  operation: OperationDefinitionNode;
}

/** Each operation in src/sdk/operations/*.graphql as a document with the fragments it spreads (transitively). */
export function sdkOperations(): SdkOperation[] {
  const definitions: DefinitionNode[] = readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(readFileSync(path.join(OPERATIONS_DIR, f), 'utf8')).definitions);
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const spreadsOf = (node: DefinitionNode): string[] => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
    return names;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const needed = new Set<string>();
      const queue = spreadsOf(operation);
      while (queue.length) {
        const name = queue.pop()!;
        if (needed.has(name)) continue;
        needed.add(name);
        queue.push(...spreadsOf(fragments.get(name)!));
      }
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...[...needed].map((n) => fragments.get(n)!)] };
      return { name: operation.name!.value, document: print(document), operation };
    });
}

/**
 * Sample values for required variables, keyed by `$name: Type!` as written
 * (`id: ID!` gets `id`); a new operation with another required variable must
 * add it here.
 */
export function sdkSampleVariables(id: string): Record<string, unknown> {
  return {
    'code: String!': 'UZ',
    'between: [String!]!': ['KR', 'UZ'],
    'id: ID!': id,
    'input: IngestArticleInput!': { text: 'Korea and Uzbekistan signed a memorandum on uranium supply.', title: 'Limits test', url: 'https://example.org/limits', publisher: 'Test', publishedOn: '2024-05-01' },
    'input: MergeInput!': { sourceIds: [id], targetId: id, reason: 'limits test' },
    // Corrections of `id` (a country's or an article's): refused as userErrors (not a correctable record), nothing written.
    'input: CorrectAgreementInput!': { id, title: 'SDK sample', sectors: ['ENERGY'] },
    'input: CorrectStatementInput!': { id, text: 'SDK sample' },
    'input: CorrectFactInput!': { id, value: 1 },
    'input: CorrectPersonInput!': { id, role: null },
    'input: CorrectOrganizationInput!': { id, kind: 'COMPANY' },
    'input: RejectRecordInput!': { id, reason: 'SDK sample' },
    'input: RestoreRecordInput!': { id, reason: 'SDK sample' },
    'query: String!': 'uranium',
    'groupBy: [AgreementGroupField!]!': ['COUNTRY', 'SECTOR', 'YEAR'],
    'groupBy: [StatementGroupField!]!': ['COUNTRY', 'KIND'],
  };
}

/** The operation's required variables filled in from `samples`, and the `name: Type!` of any with no sample. */
export function requiredVariables(operation: OperationDefinitionNode, samples: Record<string, unknown>): { variables: Record<string, unknown>; missing: string[] } {
  const variables: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const v of operation.variableDefinitions ?? []) {
    if (v.type.kind !== Kind.NON_NULL_TYPE) continue;
    const variable = `${v.variable.name.value}: ${print(v.type)}`;
    if (variable in samples) variables[v.variable.name.value] = samples[variable];
    else missing.push(variable);
  }
  return { variables, missing };
}
