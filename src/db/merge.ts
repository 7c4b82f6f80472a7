/**
 * Correction merges: duplicates (sources) folded into one row (target).
 *
 * One transaction under the ingest advisory lock (src/db/locks.ts), so no
 * article load interleaves: every reference to a source moves to the target
 * (join rows re-pointed with ON CONFLICT DO NOTHING where the target already
 * has the same row), the target gains the sources' names as aliases, the
 * sources are deleted, and a merge_audits row keeps what they were. Their
 * claims (src/db/claims.ts) become the target's, so re-extraction folds the
 * target from all of them.
 *
 * Later ingestion: the article writer (src/db/articleWriter.ts) looks a name's key up in
 * merge_audits.source_keys and follows it to the target (through merges of
 * merges), so a merged-away name never comes back as a duplicate.
 */
import { Prisma, type MergeAudit, type MergeKind, type PrismaClient } from '../generated/prisma/client';
import { takeIngestLock } from './locks';
import { columnsOf, tableOf } from './records';
import { kindOf, type MergeType, type RowOf } from './registry';

type Tx = Prisma.TransactionClient;

export interface MergeRequest {
  sourceIds: readonly number[];
  targetId: number;
  reason: string;
  requestId: string | null;
}

export type MergeOutcome<Row> =
  | { ok: true; target: Row; audit: MergeAudit; alreadyMerged: boolean }
  /** Ids that name no row and were never merged into this target. */
  | { ok: false; missingTargetId: boolean; missingSourceIds: number[] };

/** How one type's rows are referenced: the SQL that re-points and merges. */
interface MergeSpec<T extends MergeType> {
  type: T;
  /** Moves every reference from `sources` to `target` and folds their fields into the target. */
  repoint(tx: Tx, target: RowOf<T>, sources: RowOf<T>[]): Promise<void>;
}

/** The rows by id, locked for the transaction, in id order. */
function lockRows<T extends MergeType>(tx: Tx, type: T, ids: number[]): Promise<RowOf<T>[]> {
  return tx.$queryRaw<RowOf<T>[]>(Prisma.sql`SELECT ${columnsOf(type)} FROM ${tableOf(type)} WHERE t.id = ANY(${ids}::int[]) ORDER BY t.id FOR UPDATE`);
}

const organizationSpec: MergeSpec<'Organization'> = {
  type: 'Organization',
  async repoint(tx, target, sources) {
    const s = sources.map((r) => r.id);
    const t = target.id;
    await tx.$executeRaw`INSERT INTO agreement_party_organizations (agreement_id, organization_id)
      SELECT agreement_id, ${t} FROM agreement_party_organizations WHERE organization_id = ANY(${s}::int[]) ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`INSERT INTO statement_mention_organizations (statement_id, organization_id)
      SELECT statement_id, ${t} FROM statement_mention_organizations WHERE organization_id = ANY(${s}::int[]) ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`UPDATE statements SET speaker_organization_id = ${t} WHERE speaker_organization_id = ANY(${s}::int[])`;
    await tx.$executeRaw`UPDATE facts SET subject_organization_id = ${t} WHERE subject_organization_id = ANY(${s}::int[])`;
    await tx.$executeRaw`UPDATE persons SET organization_id = ${t} WHERE organization_id = ANY(${s}::int[])`;
    await tx.$executeRaw`UPDATE evidence SET organization_id = ${t} WHERE organization_id = ANY(${s}::int[])`;
    // The sources' claims now speak of the target, under its identity: a fold from claims keeps the target's name and kind.
    await tx.$executeRaw`UPDATE claims SET organization_id = ${t}, fields = fields || jsonb_build_object('name', ${target.name}::text, 'kind', ${target.kind}::text)
      WHERE organization_id = ANY(${s}::int[])`;
    await tx.organization.update({
      where: { id: t },
      data: {
        aliases: mergedAliases(target, sources),
        acronyms: [...new Set([...target.acronyms, ...sources.flatMap((r) => r.acronyms)])],
        countryId: target.countryId ?? sources.find((r) => r.countryId !== null)?.countryId ?? null,
      },
      select: { id: true },
    });
    // The sources' remaining join rows (duplicates of the target's) go with them (ON DELETE CASCADE).
    await tx.organization.deleteMany({ where: { id: { in: s } } });
  },
};

const personSpec: MergeSpec<'Person'> = {
  type: 'Person',
  async repoint(tx, target, sources) {
    const s = sources.map((r) => r.id);
    const t = target.id;
    await tx.$executeRaw`INSERT INTO agreement_signatories (agreement_id, person_id)
      SELECT agreement_id, ${t} FROM agreement_signatories WHERE person_id = ANY(${s}::int[]) ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`UPDATE statements SET speaker_person_id = ${t} WHERE speaker_person_id = ANY(${s}::int[])`;
    await tx.$executeRaw`UPDATE evidence SET person_id = ${t} WHERE person_id = ANY(${s}::int[])`;
    await tx.$executeRaw`UPDATE claims SET person_id = ${t}, fields = fields || jsonb_build_object('name', ${target.name}::text) WHERE person_id = ANY(${s}::int[])`;
    const firstSet = <K extends 'role' | 'countryId' | 'organizationId'>(k: K) => target[k] ?? sources.find((r) => r[k] !== null)?.[k] ?? null;
    await tx.person.update({
      where: { id: t },
      data: { aliases: mergedAliases(target, sources), role: firstSet('role'), countryId: firstSet('countryId'), organizationId: firstSet('organizationId') },
      select: { id: true },
    });
    await tx.person.deleteMany({ where: { id: { in: s } } });
  },
};

/** The target's aliases and every name of the sources; the target's own name only as the articles gave it (aliases are what was seen, as the writer folds them). */
function mergedAliases(target: { name: string; aliases: string[] }, sources: { name: string; aliases: string[] }[]): string[] {
  const all = new Set([...target.aliases, ...sources.flatMap((r) => [r.name, ...r.aliases])]);
  if (!target.aliases.includes(target.name)) all.delete(target.name);
  return [...all];
}

async function merge<T extends MergeType>(prisma: PrismaClient, spec: MergeSpec<T>, request: MergeRequest): Promise<MergeOutcome<RowOf<T>>> {
  const sourceIds = [...new Set(request.sourceIds)];
  const kind: MergeKind = kindOf(spec.type);
  return prisma.$transaction(async (tx) => {
    await takeIngestLock(tx);
    const rows = await lockRows(tx, spec.type, [request.targetId, ...sourceIds]);
    const target = rows.find((r) => r.id === request.targetId);
    const sources = rows.filter((r) => r.id !== request.targetId);
    const missing = sourceIds.filter((id) => !sources.some((r) => r.id === id));
    // Sources gone because an earlier merge folded them into this very target: a repeat, not an error.
    const earlier = missing.length
      ? await tx.mergeAudit.findFirst({ where: { kind, targetId: request.targetId, sourceIds: { hasEvery: missing } }, orderBy: { id: 'desc' } })
      : null;
    if (!target || (missing.length && !earlier)) return { ok: false, missingTargetId: !target, missingSourceIds: earlier ? [] : missing };
    if (sources.length === 0) return { ok: true, target, audit: earlier!, alreadyMerged: true };
    await spec.repoint(tx, target, sources);
    const audit = await tx.mergeAudit.create({
      data: {
        kind,
        targetId: target.id,
        sourceIds: sources.map((r) => r.id),
        sourceKeys: sources.map((r) => r.key),
        sourceNames: sources.map((r) => r.name),
        reason: request.reason,
        requestId: request.requestId,
      },
    });
    const [merged] = await lockRows(tx, spec.type, [target.id]);
    return { ok: true, target: merged!, audit, alreadyMerged: false };
  });
}

export const mergeOrganizations = (prisma: PrismaClient, request: MergeRequest) => merge(prisma, organizationSpec, request);
export const mergePersons = (prisma: PrismaClient, request: MergeRequest) => merge(prisma, personSpec, request);

/**
 * Keys that a correction merge folded into another row (src/db/merge.ts),
 * mapped to the row that now stands for them, following merges of merges.
 * So an article naming a merged-away organization or person resolves to the
 * merge target instead of creating the duplicate again.
 */
export async function mergedKeyTargets(tx: Tx, kind: 'ORGANIZATION' | 'PERSON', keys: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ key: string; targetId: number }[]>(Prisma.sql`WITH RECURSIVE ${mergedKeyTargetsCte('redirect', kind, keys)} SELECT key, target_id AS "targetId" FROM redirect`);
  return new Map(rows.map((r) => [r.key, r.targetId]));
}

/**
 * mergedKeyTargets as a CTE `name(key, target_id)` of a `WITH RECURSIVE`
 * statement (the article load reads it with everything else it needs: src/db/articleReads.ts).
 */
export function mergedKeyTargetsCte(name: string, kind: 'ORGANIZATION' | 'PERSON', keys: readonly string[]): Prisma.Sql {
  const steps = Prisma.raw(`${name}_steps`);
  return Prisma.sql`${steps}(key, target_id, depth) AS (
      SELECT k, a.target_id, 1 FROM merge_audits a CROSS JOIN LATERAL unnest(a.source_keys) k
      WHERE a.kind = ${kind}::"MergeKind" AND a.source_keys && ${keys}::text[] AND k = ANY(${keys}::text[])
      UNION ALL
      SELECT r.key, a.target_id, r.depth + 1 FROM ${steps} r JOIN merge_audits a ON a.kind = ${kind}::"MergeKind" AND r.target_id = ANY(a.source_ids)
      WHERE r.depth < 20
    ),
    ${Prisma.raw(name)}(key, target_id) AS (SELECT DISTINCT ON (key) key, target_id FROM ${steps} ORDER BY key, depth DESC)`;
}
