import type { Resolvers } from '../../generated/graphql';
import { connectionFields, extractionField, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const regionResolvers: Resolvers = {
  Query: { regions: rootConnection('Region') },
  Region: {
    id: globalIdField('Region'),
    extraction: extractionField,
    members: (r, _, ctx) => ctx.loaders.smallList('Region.members').load(r.id),
    evidence: nestedConnection('Evidence', 'Region.evidence'),
  },
  RegionConnection: connectionFields,
};
