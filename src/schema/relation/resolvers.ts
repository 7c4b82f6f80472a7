import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import type { Resolvers } from '../../generated/graphql';
import type { RootListName } from '../../db/lists';
import { badUserInput } from '../../lib/errors';
import { selects } from '../common/resolvers';
import type { Page } from '../../lib/connection';
import type { RowOf } from '../../db/registry';
import type { CountryRelationParent } from './parent';
import { listArgs, type ApiListArgs } from '../common/lists';

/**
 * A relation is the two country rows; its lists are the root lists narrowed
 * to both countries (one statement each), oldest first unless asked otherwise.
 */
function relationList<T extends RootListName>(
  list: T,
  narrow: (codes: string[], filter: ApiListArgs<T>['filter']) => NonNullable<ApiListArgs<T>['filter']>,
  oldestFirst: NonNullable<ApiListArgs<T>['orderBy']>,
) {
  return (relation: CountryRelationParent, args: ApiListArgs<T>, ctx: Context, info: GraphQLResolveInfo): Promise<Page<RowOf<T>>> =>
    ctx.loaders.rootPage(
      list,
      listArgs(list, { ...args, filter: narrow(relation.countries.map((c) => c.iso2), args.filter), orderBy: args.orderBy ?? oldestFirst }),
      selects(info, 'totalCount'),
    );
}

const union = (a: readonly string[] | null | undefined, b: string[]): string[] => [...new Set([...(a ?? []), ...b])];

/** A relation's lists read as a timeline unless the client orders them otherwise. */
const OLDEST_FIRST = { field: 'DATE', direction: 'ASC' } as const;

export const relationResolvers: Resolvers = {
  Query: {
    relation: async (_, { between }, ctx) => {
      const codes = between.map((c) => c.trim().toUpperCase());
      if (codes.length !== 2) throw badUserInput(`\`between\` takes exactly two country codes, got ${codes.length}.`, { argumentName: 'between' });
      if (codes[0] === codes[1]) throw badUserInput(`\`between\` needs two different countries, got ${codes[0]} twice.`, { argumentName: 'between' });
      const countries = await Promise.all(codes.map((c) => ctx.loaders.countryByCode(c)));
      if (countries.some((c) => !c)) return null;
      if (countries[0]!.id === countries[1]!.id) throw badUserInput(`\`between\` needs two different countries, got ${countries[0]!.iso2} twice.`, { argumentName: 'between' });
      return { countries: countries.map((c) => c!) };
    },
  },
  CountryRelation: {
    agreements: relationList('Agreement', (codes, f) => ({ ...f, parties: union(f?.parties, codes) }), OLDEST_FIRST),
    statements: relationList('Statement', (codes, f) => ({ ...f, involving: union(f?.involving, codes) }), OLDEST_FIRST),
    facts: relationList('Fact', (codes, f) => ({ ...f, involving: union(f?.involving, codes) }), OLDEST_FIRST),
  },
};
