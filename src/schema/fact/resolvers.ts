import type { Resolvers } from '../../generated/graphql';
import { oneRelationField } from '../common/resolvers';

/** Fact's fields beyond the registry's (src/schema/records.ts: id, extraction, corrections, evidence, the root list). */
export const factResolvers: Resolvers = {
  Fact: {
    subjectCountry: oneRelationField('Fact.subjectCountry'),
    subjectOrganization: oneRelationField('Fact.subjectOrganization'),
  },
};
