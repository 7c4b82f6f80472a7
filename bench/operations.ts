/**
 * The five read operations the benchmark drives, as the GraphQL a client
 * sends. Every variant (our server, the SQL ceiling, the in-memory server)
 * receives exactly these request bodies; the ceiling dispatches on
 * `operationName` and answers with one hand-written SQL statement.
 */
import type { Pool } from 'pg';
import { toGlobalId } from '../src/lib/globalId';

export const OPERATION_NAMES = ['byId', 'nested', 'paged', 'search', 'aggregate'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

export interface Operation {
  name: OperationName;
  /** What the table calls it. */
  label: string;
  query: string;
  /**
   * Connection / list levels of the query; SQL statements per request must
   * stay at most levels + 1 at every data size (issue 7).
   */
  levels: number;
}

export const OPERATIONS: Record<OperationName, Operation> = {
  byId: {
    name: 'byId',
    label: 'node by id',
    levels: 1,
    query: `query byId($id: ID!) {
  node(id: $id) { id ... on Agreement { title kind status date sectors } }
}`,
  },
  nested: {
    name: 'nested',
    label: 'nested 20×10×5 + parties',
    // countries → organizations → agreements → (partyCountries + partyOrganizations): 4 levels.
    levels: 4,
    query: `query nested {
  countries(first: 20) {
    nodes {
      iso2 name
      organizations(first: 10) {
        nodes {
          id name kind
          agreements(first: 5) {
            nodes {
              id title kind status date
              partyCountries { iso2 name }
              partyOrganizations { id name }
            }
          }
        }
      }
    }
  }
}`,
  },
  paged: {
    name: 'paged',
    label: 'filtered page + totalCount',
    // agreements (page + total in one statement) → partyCountries.
    levels: 2,
    query: `query paged($filter: AgreementFilter) {
  agreements(filter: $filter, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title kind status date sectors partyCountries { iso2 } }
  }
}`,
  },
  search: {
    name: 'search',
    label: 'full-text search',
    levels: 1,
    query: `query search($q: String!) {
  search(query: $q, first: 10) {
    edges {
      kind rank snippet
      node {
        __typename
        ... on Article { id headline: title }
        ... on Organization { id name }
        ... on Person { id name }
        ... on Agreement { id title }
        ... on Statement { id text }
        ... on Fact { id metric }
      }
    }
  }
}`,
  },
  aggregate: {
    name: 'aggregate',
    label: 'agreementCounts by country, year',
    levels: 1,
    query: `query aggregate {
  agreementCounts(groupBy: [COUNTRY, YEAR]) { count keys { country year } }
}`,
  },
};

export interface RequestBody {
  operationName: OperationName;
  query: string;
  variables: Record<string, unknown>;
}

const SEARCH_WORDS = ['uranium', 'logistics', 'energy', 'investment', 'railway', 'gas', 'memorandum', 'hydrogen'];
const PARTY_CODES = ['KR', 'KZ', 'UZ', 'KG', 'TJ', 'TM'];

/**
 * The request bodies of each operation, rotated by every load-generator
 * connection. byId spreads over up to 100 agreements across the id range,
 * so no one row stays hot in Postgres' buffers more than in real use.
 */
export async function requestBodies(pool: Pick<Pool, 'query'>): Promise<Record<OperationName, RequestBody[]>> {
  const { rows } = await pool.query<{ id: number }>(
    'SELECT min(id) AS id FROM (SELECT id, ntile(100) OVER (ORDER BY id) AS bucket FROM agreements) b GROUP BY bucket ORDER BY 1',
  );
  if (rows.length === 0) throw new Error('The benchmark database holds no agreements: load the corpus first.');
  const body = (name: OperationName, variables: Record<string, unknown> = {}): RequestBody => ({ operationName: name, query: OPERATIONS[name].query, variables });
  return {
    byId: rows.map((r) => body('byId', { id: toGlobalId('Agreement', r.id) })),
    nested: [body('nested')],
    paged: PARTY_CODES.map((code) => body('paged', { filter: { parties: [code] } })),
    search: SEARCH_WORDS.map((q) => body('search', { q })),
    aggregate: [body('aggregate')],
  };
}
