import type { Resolvers } from '../../generated/graphql';
import { connectionFields, globalIdField, nestedConnection, rootConnection } from '../common/resolvers';

export const articleResolvers: Resolvers = {
  Query: { articles: rootConnection('Article') },
  Article: {
    id: globalIdField('Article'),
    loadedAt: (a) => a.createdAt,
    evidence: nestedConnection('Evidence', 'Article.evidence'),
  },
  ArticleConnection: connectionFields,
};
