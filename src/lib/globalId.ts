/**
 * Opaque global ids (Relay "Node" convention): base64url("Type:rowId").
 * Clients must not parse them; the server decodes them back to a type and a row id.
 * The types are the record registry's (src/db/registry.ts).
 */
import { NODE_TYPES, type NodeType } from '../db/registry';

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Null for anything that is not an id this server issued. */
export function fromGlobalId(globalId: string): { type: NodeType; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length > 64) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):(\d{1,10})$/.exec(decoded);
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
