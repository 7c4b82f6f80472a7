/**
 * Analyst corrections: the correct* mutations, rejectRecord/restoreRecord, the
 * `corrections` audit and the Correction type. Each write resolver checks the
 * caller and takes the label of its token as the actor (src/auth); global ids
 * are decoded here, and refused input (here or in src/db/corrections.ts)
 * becomes `userErrors` with nothing written.
 */
import { isInputObjectType, type GraphQLSchema } from 'graphql';
import { writerLabel } from '../../auth';
import type { Context } from '../../context';
import type { CorrectionInput, CorrectionOutcome, CorrectionProblem } from '../../db/corrections';
import { CORRECTABLE_TYPES, typeOfKind, type CorrectableType, type NodeType, type RowOf } from '../../db/registry';
import type { Correction as CorrectionRow } from '../../generated/prisma/client';
import type { CorrectionChange, Resolvers, UserError, UserErrorCode } from '../../generated/graphql';
import { fromGlobalId, toAuditId } from '../../lib/globalId';
import { correctionWrites } from '../../loaders/writes';
import { connectionFields, selects } from '../common/resolvers';

/** A row of any correctable type (the CorrectableRecord union). */
type CorrectableRow = { [T in CorrectableType]: RowOf<T> }[CorrectableType];

const userError = (field: string[], code: UserErrorCode, message: string): UserError => ({ field, code, message });

/** Fields that name other records by global id, and the types each accepts (a speaker is a person or an organization). */
const REFERENCE_FIELDS: { [T in CorrectableType]?: Record<string, readonly NodeType[]> } = {
  Agreement: { partyOrganizations: ['Organization'], signatories: ['Person'] },
  Statement: { speaker: ['Person', 'Organization'], mentionedOrganizations: ['Organization'] },
  Person: { organization: ['Organization'] },
};

/** An input's fields (less `id`) in the data layer's terms: global ids decoded to row ids (a speaker to its type and id); bad ids go to `errors`. */
function decodeFields<T extends CorrectableType>(type: T, input: Record<string, unknown>, errors: UserError[]): CorrectionInput<T> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (field === 'id' || value === undefined) continue;
    const types = REFERENCE_FIELDS[type]?.[field];
    if (!types || value === null) {
      out[field] = value;
      continue;
    }
    const decode = (globalId: string, path: string[]) => {
      const decoded = fromGlobalId(globalId);
      if (decoded && types.includes(decoded.type)) return field === 'speaker' ? decoded : decoded.id;
      errors.push(userError(path, 'NOT_FOUND', `${JSON.stringify(String(globalId).slice(0, 80))} is not the id of a ${types.join(' or ')}.`));
      return undefined;
    };
    out[field] = Array.isArray(value) ? value.map((g: string, i) => decode(g, ['input', field, String(i)])) : decode(value as string, ['input', field]);
  }
  return out as CorrectionInput<T>;
}

/** A data-layer problem as a userError: its field under `input`, except a correction's `reason`, which is an argument of its own. */
function fromProblem(problem: CorrectionProblem, reasonPath: string[]): UserError {
  const code: UserErrorCode = problem.code;
  const field = problem.field[0] === 'reason' ? reasonPath : ['input', ...problem.field];
  return userError(field, code, problem.message);
}

/** The row id of a global id of one of `types`, or a userError on `input.id`. */
function recordId<T extends CorrectableType>(globalId: string, types: readonly T[], errors: UserError[]): { type: T; id: number } | null {
  const decoded = fromGlobalId(globalId);
  if (decoded && (types as readonly NodeType[]).includes(decoded.type)) return { type: decoded.type as T, id: decoded.id };
  errors.push(userError(['input', 'id'], 'NOT_FOUND', `${JSON.stringify(String(globalId).slice(0, 80))} is not the id of ${types.length === 1 ? `a ${types[0]}` : `a record that can be corrected (${types.join(', ')})`}.`));
  return null;
}

interface Outcome<T extends CorrectableType> {
  record: RowOf<T> | null;
  correction: CorrectionRow | null;
  changed: boolean | null;
  userErrors: UserError[];
}

const REFUSED = { record: null, correction: null, changed: null } as const;

function settle<T extends CorrectableType>(ctx: Context, what: string, outcome: CorrectionOutcome<T>, reasonPath: string[]): Outcome<T> {
  if (!outcome.ok) return { ...REFUSED, userErrors: outcome.problems.map((p) => fromProblem(p, reasonPath)) };
  ctx.logger.info({ correctionId: outcome.correction?.id ?? null, recordId: outcome.record.id, type: outcome.record.__typename, changed: outcome.changed }, what);
  return { record: outcome.record, correction: outcome.correction, changed: outcome.changed, userErrors: [] };
}

/** One correct* mutation: check the caller, decode ids, correct. */
async function runCorrection<T extends CorrectableType>(type: T, input: { id: string }, reason: string | null | undefined, ctx: Context): Promise<Outcome<T>> {
  const actor = writerLabel(ctx.caller);
  const errors: UserError[] = [];
  const ref = recordId(input.id, [type], errors);
  const fields = decodeFields(type, input as unknown as Record<string, unknown>, errors);
  if (errors.length || !ref) return { ...REFUSED, userErrors: errors };
  const outcome = await correctionWrites(ctx.db).correct(ref, fields, { reason: reason ?? null, actor, requestId: ctx.requestId });
  return settle(ctx, 'correction', outcome, ['reason']);
}

/** rejectRecord / restoreRecord. */
async function runState(input: { id: string; reason?: string | null }, rejected: boolean, ctx: Context): Promise<Outcome<CorrectableType>> {
  const actor = writerLabel(ctx.caller);
  const errors: UserError[] = [];
  const ref = recordId(input.id, CORRECTABLE_TYPES, errors);
  if (!ref) return { ...REFUSED, userErrors: errors };
  const writes = correctionWrites(ctx.db);
  const meta = { reason: input.reason ?? null, actor, requestId: ctx.requestId };
  const outcome = await (rejected ? writes.reject(ref, meta) : writes.restore(ref, meta));
  return settle(ctx, rejected ? 'reject' : 'restore', outcome, ['input', 'reason']);
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * A correction's changed fields: a CORRECT's before/after per field, in the
 * order of its input type's fields (JSONB keeps no order), a rejection's or
 * restoration's `rejected` flag.
 */
function changesOf(row: CorrectionRow, schema: GraphQLSchema): CorrectionChange[] {
  if (row.action === 'REJECT') return [{ field: 'rejected', before: 'false', after: 'true' }];
  if (row.action === 'RESTORE') return [{ field: 'rejected', before: 'true', after: 'false' }];
  const before = (row.before ?? {}) as Record<string, unknown>;
  const after = (row.after ?? {}) as Record<string, unknown>;
  const input = schema.getType(`Correct${typeOfKind(CORRECTABLE_TYPES, row.target)}Input`);
  const order = isInputObjectType(input) ? Object.keys(input.getFields()) : [];
  const position = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.keys(after)
    .sort((a, b) => position(a) - position(b) || a.localeCompare(b))
    .map((field) => ({ field, before: json(before[field]), after: json(after[field]) }));
}

export const correctionResolvers: Resolvers = {
  Query: {
    corrections: (_, args, ctx, info) => ctx.loaders.correctionPage(args, selects(info, 'totalCount')),
  },
  Mutation: {
    async correctAgreement(_, { input, reason }, ctx) {
      const { record, ...rest } = await runCorrection('Agreement', input, reason, ctx);
      return { agreement: record, correction: rest.correction, userErrors: rest.userErrors };
    },
    async correctStatement(_, { input, reason }, ctx) {
      const { record, ...rest } = await runCorrection('Statement', input, reason, ctx);
      return { statement: record, correction: rest.correction, userErrors: rest.userErrors };
    },
    async correctFact(_, { input, reason }, ctx) {
      const { record, ...rest } = await runCorrection('Fact', input, reason, ctx);
      return { fact: record, correction: rest.correction, userErrors: rest.userErrors };
    },
    async correctPerson(_, { input, reason }, ctx) {
      const { record, ...rest } = await runCorrection('Person', input, reason, ctx);
      return { person: record, correction: rest.correction, userErrors: rest.userErrors };
    },
    async correctOrganization(_, { input, reason }, ctx) {
      const { record, ...rest } = await runCorrection('Organization', input, reason, ctx);
      return { organization: record, correction: rest.correction, userErrors: rest.userErrors };
    },
    rejectRecord: async (_, { input }, ctx) => {
      const { record, ...rest } = await runState(input, true, ctx);
      return { record: record as CorrectableRow | null, ...rest };
    },
    restoreRecord: async (_, { input }, ctx) => {
      const { record, ...rest } = await runState(input, false, ctx);
      return { record: record as CorrectableRow | null, ...rest };
    },
  },
  Correction: {
    id: (row) => toAuditId('Correction', row.id),
    record: (row, _, ctx) => ctx.loaders.byKey(typeOfKind(CORRECTABLE_TYPES, row.target)).load(row.recordKey) as Promise<CorrectableRow | null>,
    changes: (row, _, __, info) => changesOf(row, info.schema),
  },
  CorrectionConnection: connectionFields,
  CorrectableRecord: { __resolveType: (row) => row.__typename },
};
