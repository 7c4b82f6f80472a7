/**
 * The benchmark operations PostGraphile 5 (bench/peer/postgraphile.ts) can
 * express, written in ITS schema (amber preset + simplify-inflection +
 * pg-many-to-many), and how its answers and ours are brought to one shape
 * for comparison.
 *
 *   nested  20 countries (name, id) → 10 organizations each (name, id) → their 5 newest
 *           agreements (sort_date DESC, id DESC, through agreement_party_organizations)
 *           → party countries and party organizations (name, id): exactly our
 *           `nested` query and the ceiling's NESTED_SQL.
 *   byId    one agreement by primary key: `agreement(rowId:)` where we take
 *           `node(id:)` with a Relay global id.
 *
 * Not expressed: `paged` (PostGraphile's amber preset has no filter on a
 * party country and orders only by indexed columns), `search` (no full-text
 * search without a plugin or a function in the database) and `aggregate`
 * (needs @graphile/pg-aggregates).
 */
import { fromGlobalId } from '../../src/lib/globalId';
import type { OperationName, RequestBody } from '../operations';

export const PEER_OPERATIONS = ['nested', 'byId'] as const satisfies readonly OperationName[];
export type PeerOperationName = (typeof PEER_OPERATIONS)[number];

export const isPeerOperation = (op: OperationName): op is PeerOperationName => (PEER_OPERATIONS as readonly string[]).includes(op);

export const PEER_QUERIES: Record<PeerOperationName, string> = {
  nested: `query nested {
  countries(first: 20, orderBy: [NAME_ASC, ROW_ID_ASC]) {
    nodes {
      iso2 name
      organizations(first: 10, orderBy: [NAME_ASC, ROW_ID_ASC]) {
        nodes {
          rowId name kind
          agreements: agreementsByAgreementPartyOrganizationOrganizationIdAndAgreementId(first: 5, orderBy: [SORT_DATE_DESC, ROW_ID_DESC]) {
            nodes {
              rowId title kind status date
              partyCountries: countriesByAgreementPartyCountryAgreementIdAndCountryId(orderBy: [NAME_ASC, ROW_ID_ASC]) { nodes { iso2 name } }
              partyOrganizations: organizationsByAgreementPartyOrganizationAgreementIdAndOrganizationId(orderBy: [NAME_ASC, ROW_ID_ASC]) { nodes { rowId name } }
            }
          }
        }
      }
    }
  }
}`,
  byId: `query byId($rowId: Int!) {
  agreement(rowId: $rowId) { rowId title kind status date sectors }
}`,
};

/** The peer's request body for one of our request bodies (same record asked for). */
export function peerBody(body: RequestBody): { operationName: string; query: string; variables: Record<string, unknown> } {
  const op = body.operationName;
  if (!isPeerOperation(op)) throw new Error(`PostGraphile has no form of the ${op} operation`);
  if (op === 'byId') {
    const decoded = fromGlobalId(String(body.variables.id));
    if (!decoded) throw new Error(`byId: ${JSON.stringify(body.variables.id)} is not a global id`);
    return { operationName: op, query: PEER_QUERIES.byId, variables: { rowId: decoded.id } };
  }
  return { operationName: op, query: PEER_QUERIES[op], variables: {} };
}

/**
 * One shape for both servers' `data`: connections (`{ nodes }`) become their
 * lists, record ids become the row id (our Relay global ids decoded,
 * PostGraphile's `rowId` renamed `id`), and by-id answers become the record
 * itself (our `node`, its `agreement`). Key order does not matter to the
 * comparison; list order does.
 */
export function normalise(op: PeerOperationName, data: unknown): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === 'nodes' && Array.isArray(record.nodes)) return walk(record.nodes);
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(record)) {
      if (key === 'rowId') out.id = v;
      else if (key === 'id' && typeof v === 'string') {
        const decoded = fromGlobalId(v);
        out.id = decoded ? decoded.id : v;
      } else out[key] = walk(v);
    }
    return out;
  };
  const root = (data ?? {}) as Record<string, unknown>;
  if (op === 'byId') return walk(root.node ?? root.agreement ?? null);
  return walk(root);
}
