/**
 * Opaque global ids (Relay "Node" convention): base64url("Type:rowId").
 * Clients must not parse them; the server decodes them back to a type and a row id.
 * The types are the record registry's (src/db/registry.ts).
 */
import { NODE_TYPES, type NodeType } from '../db/registry';

/**
 * Ids already encoded, per type: a nested page encodes over a thousand per
 * request, mostly the same ones again. Bounded: emptied when full (a
 * cache, not a store; any id is encoded again on demand).
 */
const encoded = new Map<NodeType, Map<number, string>>();
const decoded = new Map<string, { type: NodeType; id: number } | null>();
const MAX_CACHED = 50_000;

export function toGlobalId(type: NodeType, id: number): string {
  let ofType = encoded.get(type);
  if (!ofType) encoded.set(type, (ofType = new Map()));
  let globalId = ofType.get(id);
  if (globalId === undefined) {
    globalId = Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
    if (ofType.size >= MAX_CACHED) ofType.clear();
    ofType.set(id, globalId);
  }
  return globalId;
}

/** Null for anything that is not an id this server issued. */
export function fromGlobalId(globalId: string): { type: NodeType; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length > 64) return null;
  let found = decoded.get(globalId);
  if (found === undefined) {
    found = decode(globalId);
    if (decoded.size >= MAX_CACHED) decoded.clear();
    decoded.set(globalId, found);
  }
  // A copy: callers own what they get.
  return found && { type: found.type, id: found.id };
}

function decode(globalId: string): { type: NodeType; id: number } | null {
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):(\d{1,10})$/.exec(text);
  if (!m || !(NODE_TYPES as readonly string[]).includes(m[1]!)) return null;
  const id = Number(m[2]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  return { type: m[1] as NodeType, id };
}

/**
 * Opaque ids of audit rows that are not Nodes (corrections): shaped like a
 * global id, but of no Node type, so `node(id:)` finds nothing for them.
 */
export function toAuditId(kind: 'Correction', id: number): string {
  return Buffer.from(`${kind}:${id}`, 'utf8').toString('base64url');
}
