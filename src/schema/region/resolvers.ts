import type { Resolvers } from '../../generated/graphql';
import { connectionFields, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const regionResolvers: Resolvers = {
  Query: { regions: rootConnection('Region') },
  Region: {
    id: globalIdField('Region'),
    members: (r, _, ctx) => ctx.loaders.smallList('Region.members').load(r.id),
    evidence: nestedConnection('Evidence', 'Region.evidence'),
  },
  RegionConnection: connectionFields,
};
