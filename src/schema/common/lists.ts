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

/** The generated input and enum types by name (codegen's ResolversTypes; its index signature gives `any` for a name it lacks, which the checks below refuse). */
type Generated = G.ResolversTypes;

/** Each list's filter input, exactly as codegen generates it from the SDL (`XFilter`; evidence lists take none). */
export type ApiFilterOf = { [L in RootListName]: L extends 'Evidence' ? Record<string, never> : Generated[`${L}Filter`] };

/** Each list's order input, as generated (`XOrder`; evidence lists are always in text order). */
export type ApiOrderOf = { [L in RootListName]: L extends 'Evidence' ? { field: 'POSITION'; direction?: G.InputMaybe<G.OrderDirection> } : Generated[`${L}Order`] };

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

/** The lists whose API filter the data layer cannot take as it is: those with global ids (the compiler names any it is missing). */
type ListToDecode = { [L in RootListName]: ApiFilterOf[L] extends FilterOf[L] ? never : L }[RootListName];

const DECODE: { [L in ListToDecode]: (f: ApiFilterOf[L]) => FilterOf[L] } = {
  Person: (f) => ({ ...f, organizations: organizations(f.organizations, 'filter.organizations') }),
  Agreement: (f) => ({
    ...f,
    partyOrganizations: organizations(f.partyOrganizations, 'filter.partyOrganizations'),
    signatories: rowIds(f.signatories, ['Person'], 'filter.signatories'),
  }),
  Statement: (f) => ({ ...f, speakers: speakerIds(f.speakers), mentionedOrganizations: organizations(f.mentionedOrganizations, 'filter.mentionedOrganizations') }),
  Fact: (f) => ({ ...f, subjectOrganizations: organizations(f.subjectOrganizations, 'filter.subjectOrganizations') }),
  Article: (f) => ({ ...f, mentionedOrganizations: organizations(f.mentionedOrganizations, 'filter.mentionedOrganizations') }),
};

/** List L's filter in the data layer's terms (global ids decoded to row ids; other filters are already in them). */
export function listFilter<L extends RootListName>(list: L, filter: ApiFilterOf[L] | null | undefined): FilterOf[L] | null | undefined {
  // Typed per list above; looked up by a list the compiler cannot narrow here.
  const decode = (DECODE as Partial<Record<RootListName, (f: unknown) => unknown>>)[list];
  return (filter && decode ? decode(filter) : filter) as FilterOf[L] | null | undefined;
}

/** List L's connection arguments for the loaders. */
export function listArgs<L extends RootListName>(list: L, args: ApiListArgs<L>): ListArgs<L> {
  // The orders need no decoding: the checks below make the API's order values exactly the data layer's.
  const minConfidence = minConfidenceArg(args.minConfidence);
  return { ...args, filter: args.filter ? listFilter(list, args.filter) : args.filter, includeRejected: args.includeRejected ?? false, minConfidence } as ListArgs<L>;
}

// Compile-time checks: each constant type-checks only while no list (or group-by) is named in its type; otherwise the
// compiler's message names the list whose SDL filter fields or order values differ from the data layer's (src/db/lists.ts).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SameKeys<A, B> = Same<keyof A, keyof B>;
type Failing<Checks> = { [K in keyof Checks]: Checks[K] extends true ? never : K }[keyof Checks];
/** 'all' when every check holds, else the names of those that fail (so assigning 'all' fails, naming them). */
type AllHold<Checks> = [Failing<Checks>] extends [never] ? 'all' : Failing<Checks>;
const filterFieldsMatch: AllHold<{ [L in RootListName]: SameKeys<ApiFilterOf[L], FilterOf[L]> }> = 'all';
const orderValuesMatch: AllHold<{ [L in RootListName]: Same<ApiOrderOf[L]['field'], OrderFieldOf[L]> }> = 'all';
const groupValuesMatch: AllHold<{ Agreement: Same<G.AgreementGroupField, GroupFieldOf['Agreement']>; Statement: Same<G.StatementGroupField, GroupFieldOf['Statement']> }> = 'all';
void [filterFieldsMatch, orderValuesMatch, groupValuesMatch];
