import type { Resolvers } from '../../generated/graphql';
import { Prisma } from '../../generated/prisma/client';
import { connectionFields, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';
import { columnsOf } from '../../db/records';

export const countryResolvers: Resolvers = {
  Query: {
    countries: rootConnection('Country'),
    country: async (_, { code }, ctx) => {
      const normalized = code.trim().toUpperCase();
      if (!/^[A-Z]{2,3}$/.test(normalized)) return null;
      const q = Prisma.sql`SELECT ${columnsOf('Country')} FROM countries t WHERE t.iso2 = ${normalized} OR t.iso3 = ${normalized} LIMIT 1`;
      const { rows } = await ctx.db.pool.query(q.text, q.values);
      return rows[0] ?? null;
    },
  },
  Country: {
    id: globalIdField('Country'),
    regions: (c, _, ctx) => ctx.loaders.smallList('Country.regions').load(c.id),
    organizations: nestedConnection('Organization', 'Country.organizations'),
    persons: nestedConnection('Person', 'Country.persons'),
    agreements: nestedConnection('Agreement', 'Country.agreements'),
    statements: nestedConnection('Statement', 'Country.statements'),
    facts: nestedConnection('Fact', 'Country.facts'),
    evidence: nestedConnection('Evidence', 'Country.evidence'),
  },
  CountryConnection: connectionFields,
};
