/**
 * The edge between the API's list arguments and the data layer's: filter
 * inputs arrive as codegen generates them from the SDL (other records as
 * global ids) and leave as src/db/lists.ts takes them (row ids). The checks at
 * the bottom make the compiler refuse an SDL filter field, order value or
 * group-by value that the data layer does not handle, and the reverse.
 */
import type * as G from '../../generated/graphql';
import type { GroupFieldOf } from '../../db/aggregates';
import type { FilterOf, OrderFieldOf, RootListName } from '../../db/lists';
import type { ConnectionArgs } from '../../lib/connection';
import { badUserInput } from '../../lib/errors';
import type { NodeType } from '../../db/registry';
import { fromGlobalId } from '../../lib/globalId';
import type { ListArgs } from '../../loaders';

/** Each list's filter input, exactly as codegen generates it from the SDL (evidence lists take none). */
export interface ApiFilterOf {
  Country: G.CountryFilter;
  Region: G.RegionFilter;
  Organization: G.OrganizationFilter;
  Person: G.PersonFilter;
  Agreement: G.AgreementFilter;
  Statement: G.StatementFilter;
  Fact: G.FactFilter;
  Article: G.ArticleFilter;
  Evidence: Record<string, never>;
}

/** Each list's order input, as generated (evidence lists are always in text order). */
export interface ApiOrderOf {
  Country: G.CountryOrder;
  Region: G.RegionOrder;
  Organization: G.OrganizationOrder;
  Person: G.PersonOrder;
  Agreement: G.AgreementOrder;
  Statement: G.StatementOrder;
  Fact: G.FactOrder;
  Article: G.ArticleOrder;
  Evidence: { field: 'POSITION'; direction?: G.InputMaybe<G.OrderDirection> };
}

/** The arguments of a connection over list L as the API receives them (`includeRejected` and `minConfidence` only where the SDL has them). */
export interface ApiListArgs<L extends RootListName> extends ConnectionArgs {
  filter?: ApiFilterOf[L] | null;
  orderBy?: ApiOrderOf[L] | null;
  includeRejected?: boolean | null;
  minConfidence?: number | null;
}

/** `minConfidence` checked: a number from 0 to 1, or null. */
export function minConfidenceArg(value: number | null | undefined, argName = 'minConfidence'): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw badUserInput(`\`${argName}\` must be a number from 0 to 1, got ${value}.`, { argumentName: argName });
  return value;
}

/** Row ids from global ids of the expected types (null when none are given); an id of another type or a malformed one is a user error. */
function rowIds(globalIds: readonly string[] | null | undefined, types: readonly NodeType[], argName: string): number[] | null {
  if (!globalIds || globalIds.length === 0) return null;
  return globalIds.map((g) => {
    const decoded = fromGlobalId(g);
    if (!decoded || !types.includes(decoded.type)) throw badUserInput(`\`${argName}\` contains ${JSON.stringify(g)}, which is not the id of a ${types.join(' or ')}.`, { argumentName: argName });
    return decoded.id;
  });
}

/** Speakers are people or organizations: their row ids by type. */
function speakerIds(globalIds: readonly string[] | null | undefined): FilterOf['Statement']['speakers'] {
  if (!globalIds?.length) return null;
  const decoded = globalIds.map(fromGlobalId);
  if (decoded.some((d) => !d || (d.type !== 'Person' && d.type !== 'Organization'))) {
    throw badUserInput('`filter.speakers` must hold ids of people or organizations.', { argumentName: 'filter.speakers' });
  }
  const idsOf = (type: NodeType) => decoded.filter((d) => d!.type === type).map((d) => d!.id);
  return { persons: idsOf('Person'), organizations: idsOf('Organization') };
}

const organizations = (ids: readonly string[] | null | undefined, argName: string) => rowIds(ids, ['Organization'], argName);

const DECODE: { [L in RootListName]: (f: ApiFilterOf[L]) => FilterOf[L] } = {
  Country: (f) => f,
  Region: (f) => f,
  Organization: (f) => f,
  Person: (f) => ({ ...f, organizations: organizations(f.organizations, 'filter.organizations') }),
  Agreement: (f) => ({
    ...f,
    partyOrganizations: organizations(f.partyOrganizations, 'filter.partyOrganizations'),
    signatories: rowIds(f.signatories, ['Person'], 'filter.signatories'),
  }),
  Statement: (f) => ({ ...f, speakers: speakerIds(f.speakers), mentionedOrganizations: organizations(f.mentionedOrganizations, 'filter.mentionedOrganizations') }),
  Fact: (f) => ({ ...f, subjectOrganizations: organizations(f.subjectOrganizations, 'filter.subjectOrganizations') }),
  Article: (f) => ({ ...f, mentionedOrganizations: organizations(f.mentionedOrganizations, 'filter.mentionedOrganizations') }),
  Evidence: (f) => f,
};

/** List L's filter in the data layer's terms (global ids decoded to row ids). */
export function listFilter<L extends RootListName>(list: L, filter: ApiFilterOf[L] | null | undefined): FilterOf[L] | null | undefined {
  return filter ? DECODE[list](filter) : filter;
}

/** List L's connection arguments for the loaders. */
export function listArgs<L extends RootListName>(list: L, args: ApiListArgs<L>): ListArgs<L> {
  // The orders need no decoding: the checks below make the API's order values exactly the data layer's.
  const minConfidence = minConfidenceArg(args.minConfidence);
  return { ...args, filter: args.filter ? listFilter(list, args.filter) : args.filter, includeRejected: args.includeRejected ?? false, minConfidence } as ListArgs<L>;
}

// Compile-time checks: `true` only type-checks where both sides agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SameKeys<A, B> = Same<keyof A, keyof B>;
const filterFieldsMatch: { [L in RootListName]: SameKeys<ApiFilterOf[L], FilterOf[L]> } = {
  Country: true, Region: true, Organization: true, Person: true, Agreement: true, Statement: true, Fact: true, Article: true, Evidence: true,
};
const orderValuesMatch: { [L in RootListName]: Same<ApiOrderOf[L]['field'], OrderFieldOf[L]> } = {
  Country: true, Region: true, Organization: true, Person: true, Agreement: true, Statement: true, Fact: true, Article: true, Evidence: true,
};
const groupValuesMatch: { Agreement: Same<G.AgreementGroupField, GroupFieldOf['Agreement']>; Statement: Same<G.StatementGroupField, GroupFieldOf['Statement']> } = {
  Agreement: true,
  Statement: true,
};
void [filterFieldsMatch, orderValuesMatch, groupValuesMatch];
