import type { Resolvers } from '../../generated/graphql';
import { nestedConnection, rootConnection } from '../common/resolvers';

/** Article's fields beyond the registry's (src/schema/records.ts: id and, per record type, `Article.<plural>`). */
export const articleResolvers: Resolvers = {
  Query: { articles: rootConnection('Article') },
  Article: {
    loadedAt: (a) => a.createdAt,
    extractedAt: (a) => a.extractedAt,
    evidence: nestedConnection('Evidence', 'Article.evidence'),
  },
};
