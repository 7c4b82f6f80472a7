import type { Resolvers } from '../../generated/graphql';
import { connectionFields, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const articleResolvers: Resolvers = {
  Query: { articles: rootConnection('Article') },
  Article: {
    id: globalIdField('Article'),
    loadedAt: (a) => a.createdAt,
    extractedAt: (a) => a.extractedAt,
    countries: nestedConnection('Country', 'Article.countries'),
    regions: nestedConnection('Region', 'Article.regions'),
    organizations: nestedConnection('Organization', 'Article.organizations'),
    persons: nestedConnection('Person', 'Article.persons'),
    agreements: nestedConnection('Agreement', 'Article.agreements'),
    statements: nestedConnection('Statement', 'Article.statements'),
    facts: nestedConnection('Fact', 'Article.facts'),
    evidence: nestedConnection('Evidence', 'Article.evidence'),
  },
  ArticleConnection: connectionFields,
};
