import type { Resolvers } from '../../generated/graphql';
import { nestedConnection, oneRelationField } from '../common/resolvers';

/** Organization's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const organizationResolvers: Resolvers = {
  Organization: {
    country: oneRelationField('Organization.country'),
    persons: nestedConnection('Person', 'Organization.persons'),
    agreements: nestedConnection('Agreement', 'Organization.agreements'),
    statements: nestedConnection('Statement', 'Organization.statements'),
  },
};
