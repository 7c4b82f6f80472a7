import type { Resolvers } from '../../generated/graphql';
import { smallListField } from '../common/resolvers';

/** Region's fields beyond the registry's (src/schema/records.ts: id, extraction, evidence, the root list). */
export const regionResolvers: Resolvers = {
  Region: {
    members: smallListField('Region.members'),
  },
};
