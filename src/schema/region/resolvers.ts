import type { Resolvers } from '../../generated/graphql';

/** Region's fields beyond the registry's (src/schema/records.ts: id, extraction, evidence, the root list). */
export const regionResolvers: Resolvers = {
  Region: {
    members: (r, _, ctx) => ctx.loaders.smallList('Region.members').load(r.id),
  },
};
