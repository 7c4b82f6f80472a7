/**
 * Writes: ingestArticle (the seed pipeline over GraphQL) and the merge
 * corrections. Each resolver re-checks the caller (src/auth: the plugin has
 * already refused unauthorized mutation operations); invalid input becomes
 * `userErrors` and writes nothing.
 */
import { requireWriter } from '../../auth';
import type { MergeAudit as MergeAuditRow, MergeKind } from '../../generated/prisma/client';
import type { IngestArticleInput, MergeInput, Resolvers, UserError, UserErrorCode } from '../../generated/graphql';
import { mergeOrganizations, mergePersons, type MergeOutcome, type MergeRequest } from '../../db/merge';
import { ArticleFileError, articleTextProblem, loadArticleText } from '../../ingest/files';
import { fromGlobalId, toGlobalId } from '../../lib/globalId';
import { MERGE_TYPES, typeOfKind, type MergeType, type NodeType } from '../../db/registry';
import type { Context } from '../../context';
import { connectionFields, selects } from '../common/resolvers';
import { isCalendarDate } from '../../lib/calendarDate';

/** Longest title, publisher or merge reason accepted. */
const MAX_SHORT_TEXT = 1000;
const MAX_URL_LENGTH = 2048;
/**
 * Largest text ingestArticle accepts: below the 1 MB request body limit
 * (REQUEST_MAX_BODY_BYTES, default 1 MB), so an oversized text is answered with a
 * userError naming the limit rather than a bare 413. Larger files: `npm run seed`.
 */
export const MAX_INGEST_TEXT_BYTES = 900_000;
/** Most sources one merge may fold in. */
const MAX_MERGE_SOURCES = 50;

const userError = (field: string[], code: UserErrorCode, message: string): UserError => ({ field, code, message });

function isHttpUrl(s: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** Blank optional strings count as not given. */
const given = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

function ingestInputErrors(input: IngestArticleInput): UserError[] {
  const errors: UserError[] = [];
  const text = articleTextProblem(input.text, MAX_INGEST_TEXT_BYTES);
  if (text) errors.push(userError(['input', 'text'], text.code === 'EMPTY' ? 'BLANK' : text.code, `text ${text.reason}.`));
  for (const field of ['title', 'publisher', 'url'] as const) {
    // Postgres text cannot hold U+0000 (the text itself is checked by articleTextProblem).
    if (input[field]?.includes('\u0000')) errors.push(userError(['input', field], 'BINARY', `${field} contains a NUL character (U+0000).`));
  }
  for (const field of ['title', 'publisher'] as const) {
    const v = given(input[field]);
    if (v && v.length > MAX_SHORT_TEXT) errors.push(userError(['input', field], 'TOO_LONG', `${field} is ${v.length} characters; the limit is ${MAX_SHORT_TEXT}.`));
  }
  const url = given(input.url);
  if (url && (url.length > MAX_URL_LENGTH || !isHttpUrl(url))) {
    errors.push(userError(['input', 'url'], 'INVALID_URL', `url ${JSON.stringify(url.slice(0, 100))} is not an absolute http(s) URL of at most ${MAX_URL_LENGTH} characters.`));
  }
  const publishedOn = given(input.publishedOn);
  if (publishedOn && !isCalendarDate(publishedOn)) {
    errors.push(userError(['input', 'publishedOn'], 'INVALID_DATE', `publishedOn ${JSON.stringify(publishedOn.slice(0, 40))} is not a calendar date as YYYY-MM-DD.`));
  }
  return errors;
}

/** Row ids from the input's global ids, or the userErrors naming the bad ones. */
function mergeRequest(input: MergeInput, type: NodeType, ctx: Context): MergeRequest | UserError[] {
  const errors: UserError[] = [];
  const idOf = (globalId: string, field: string[]): number => {
    const decoded = fromGlobalId(globalId);
    if (decoded?.type === type) return decoded.id;
    errors.push(userError(field, 'NOT_FOUND', `${JSON.stringify(globalId.slice(0, 80))} is not the id of a ${type}.`));
    return 0;
  };
  const targetId = idOf(input.targetId, ['input', 'targetId']);
  const sourceIds = input.sourceIds.map((id, i) => idOf(id, ['input', 'sourceIds', String(i)]));
  if (input.sourceIds.length === 0) errors.push(userError(['input', 'sourceIds'], 'BLANK', 'sourceIds is empty: name at least one duplicate to merge.'));
  if (input.sourceIds.length > MAX_MERGE_SOURCES) errors.push(userError(['input', 'sourceIds'], 'TOO_MANY', `sourceIds holds ${input.sourceIds.length} ids; the limit is ${MAX_MERGE_SOURCES}.`));
  if (targetId && sourceIds.includes(targetId)) errors.push(userError(['input', 'sourceIds'], 'TARGET_IN_SOURCES', 'The target is also listed as a source: a row cannot be merged into itself.'));
  const reason = input.reason.trim();
  if (!reason) errors.push(userError(['input', 'reason'], 'BLANK', 'reason is empty: say why these are the same, for the audit.'));
  if (reason.includes('\u0000')) errors.push(userError(['input', 'reason'], 'BINARY', 'reason contains a NUL character (U+0000).'));
  if (reason.length > MAX_SHORT_TEXT) errors.push(userError(['input', 'reason'], 'TOO_LONG', `reason is ${reason.length} characters; the limit is ${MAX_SHORT_TEXT}.`));
  return errors.length ? errors : { targetId, sourceIds, reason, requestId: ctx.requestId };
}

/** The record type a merge kind folds (the registry's merge types). */
const typeOfMerge = (kind: MergeKind): MergeType => typeOfKind(MERGE_TYPES, kind);

/** Runs one merge mutation: validate, merge, and report unknown ids as userErrors. */
async function runMerge<Row>(
  kind: MergeKind,
  input: MergeInput,
  ctx: Context,
  merge: (request: MergeRequest) => Promise<MergeOutcome<Row>>,
): Promise<{ target: Row | null; audit: MergeAuditRow | null; userErrors: UserError[] }> {
  requireWriter(ctx.caller);
  const type = typeOfMerge(kind);
  const request = mergeRequest(input, type, ctx);
  if (Array.isArray(request)) return { target: null, audit: null, userErrors: request };
  const outcome = await merge(request);
  if (!outcome.ok) {
    const userErrors = outcome.missingSourceIds.map((id) =>
      userError(['input', 'sourceIds', String(request.sourceIds.indexOf(id))], 'NOT_FOUND', `No ${type} ${toGlobalId(type, id)}, and none by that id was merged into the target.`),
    );
    if (outcome.missingTargetId) userErrors.unshift(userError(['input', 'targetId'], 'NOT_FOUND', `No ${type} ${input.targetId}.`));
    return { target: null, audit: null, userErrors };
  }
  ctx.logger.info({ kind, targetId: request.targetId, sourceIds: request.sourceIds, alreadyMerged: outcome.alreadyMerged, auditId: outcome.audit.id }, 'merge');
  return { target: outcome.target, audit: outcome.audit, userErrors: [] };
}

export const ingestResolvers: Resolvers = {
  Mutation: {
    async ingestArticle(_, { input }, ctx) {
      requireWriter(ctx.caller);
      const userErrors = ingestInputErrors(input);
      const refused = { article: null, alreadyExisted: null, createdRecords: null, mergedRecords: null, warnings: [], job: null };
      if (userErrors.length) {
        ctx.metrics.articlesIngested.inc({ outcome: 'rejected' });
        return { ...refused, userErrors };
      }
      const source = { sourceFile: null, title: given(input.title), url: given(input.url), publisher: given(input.publisher), publishedOn: given(input.publishedOn) };
      if (input.async) {
        const { job, created } = await ctx.queue.enqueue({ text: input.text, file: 'ingestArticle', source, requestId: ctx.requestId });
        ctx.metrics.articlesIngested.inc({ outcome: 'queued' });
        ctx.logger.info({ jobId: job.id, created, state: job.state }, 'ingestArticle: queued');
        return { ...refused, userErrors: [], job };
      }
      let result;
      try {
        result = await loadArticleText(ctx.db.prisma, input.text, 'text', source);
      } catch (e) {
        if (!(e instanceof ArticleFileError)) {
          ctx.metrics.articlesIngested.inc({ outcome: 'failed' });
          throw e;
        }
        ctx.metrics.articlesIngested.inc({ outcome: 'rejected' });
        return { ...refused, userErrors: [userError(['input', 'text'], 'NO_ARTICLE_TEXT', `${e.message}.`)] };
      }
      ctx.metrics.articlesIngested.inc({ outcome: result.status });
      for (const failure of result.stageFailures) {
        ctx.metrics.extractionStageFailures.inc({ stage: failure.stage });
        ctx.logger.error({ articleId: result.articleId, ...failure }, 'extraction stage failed');
      }
      ctx.logger.info({ articleId: result.articleId, status: result.status, created: result.created }, 'ingestArticle');
      const article = (await ctx.loaders.byId.Article.load(result.articleId))!;
      return { article, alreadyExisted: result.status === 'unchanged', createdRecords: result.created, mergedRecords: result.merged, userErrors: [], warnings: result.warnings, job: null };
    },
    async mergeOrganizations(_, { input }, ctx) {
      const { target, ...rest } = await runMerge('ORGANIZATION', input, ctx, (r) => mergeOrganizations(ctx.db.prisma, r));
      return { organization: target, ...rest };
    },
    async mergePersons(_, { input }, ctx) {
      const { target, ...rest } = await runMerge('PERSON', input, ctx, (r) => mergePersons(ctx.db.prisma, r));
      return { person: target, ...rest };
    },
  },
  Query: {
    mergeAudits: (_, args, ctx, info) => ctx.loaders.mergeAuditPage(args, selects(info, 'totalCount')),
    ingestJob(_, { id }, ctx) {
      requireWriter(ctx.caller);
      return ctx.queue.job(id);
    },
  },
  IngestJob: {
    article: (job, _, ctx) => (job.result ? ctx.loaders.byId.Article.load(job.result.articleId) : null),
    alreadyExisted: (job) => (job.result ? job.result.status === 'unchanged' : null),
    warnings: (job) => job.result?.warnings ?? [],
    enqueuedAt: (job) => job.createdAt,
    nextAttemptAt: (job) => job.runAfter,
  },
  MergeAudit: {
    targetId: (row) => toGlobalId(typeOfMerge(row.kind), row.targetId),
    sourceIds: (row) => row.sourceIds.map((id) => toGlobalId(typeOfMerge(row.kind), id)),
    mergedAt: (row) => row.createdAt,
  },
  MergeAuditConnection: connectionFields,
};
