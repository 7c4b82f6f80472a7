import type { Resolvers } from '../../generated/graphql';
import { nestedConnection, oneRelationField } from '../common/resolvers';

/** Person's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const personResolvers: Resolvers = {
  Person: {
    country: oneRelationField('Person.country'),
    organization: oneRelationField('Person.organization'),
    statements: nestedConnection('Statement', 'Person.statements'),
    agreementsSigned: nestedConnection('Agreement', 'Person.agreementsSigned'),
  },
};
