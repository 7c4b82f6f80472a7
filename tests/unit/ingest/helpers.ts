import { cleanArticle } from '../../../src/ingest/clean';
import { segmentSentences } from '../../../src/ingest/segment';
import { makeContext, type ArticleContext } from '../../../src/ingest/extract/context';
import { extractOrganizations } from '../../../src/ingest/extract/organizations';
import { extractPersons } from '../../../src/ingest/extract/persons';

export function contextOf(raw: string, publishedOn: string | null = null): ArticleContext {
  const article = cleanArticle(raw);
  if (publishedOn) article.publishedOn = publishedOn;
  return makeContext(article, segmentSentences(article));
}

export function entitiesOf(raw: string, publishedOn: string | null = null) {
  const ctx = contextOf(raw, publishedOn);
  const orgs = extractOrganizations(ctx);
  const people = extractPersons(ctx, orgs);
  return { ctx, orgs, people };
}
