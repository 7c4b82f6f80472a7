/**
 * Full-text search over HTTP against a real Postgres with the seed articles:
 * ranked hits with highlighted snippets, the kinds filter, input errors, a
 * freshly loaded article becoming findable, and one SQL statement per search.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../../src/ingest/load';
import { extractArticle } from '../../src/ingest/pipeline';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const SEARCH = `query($q: String!, $kinds: [SearchKind!], $first: Int) {
  search(query: $q, kinds: $kinds, first: $first) {
    kind rank snippet
    node { __typename
      ... on Article { id articleTitle: title publishedOn loadedAt }
      ... on Organization { id name }
      ... on Person { id name }
      ... on Agreement { id title kind status sectors date }
      ... on Statement { id text }
      ... on Fact { id subject metric } } } }`;

interface Hit {
  kind: string;
  rank: number;
  snippet: string;
  node: { __typename: string; id: string };
}

const TYPENAME: Record<string, string> = {
  ARTICLE: 'Article', ORGANIZATION: 'Organization', PERSON: 'Person', AGREEMENT: 'Agreement', STATEMENT: 'Statement', FACT: 'Fact',
};

async function search(q: string, vars: Record<string, unknown> = {}): Promise<Hit[]> {
  const { status, body } = await t.gql(SEARCH, { q, ...vars });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data.search;
}

function expectRanked(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) expect(hits[i]!.rank).toBeLessThanOrEqual(hits[i - 1]!.rank);
  for (const h of hits) {
    expect(h.rank).toBeGreaterThan(0);
    expect(h.node.__typename).toBe(TYPENAME[h.kind]);
    expect(h.node.id).toEqual(expect.any(String));
  }
}

describe('search over the seeds', () => {
  test.each(['uranium', 'logistics'])('"%s" returns ranked hits with <b> snippets', async (word) => {
    const hits = await search(word);
    expect(hits.length).toBeGreaterThan(0);
    expectRanked(hits);
    expect(hits.filter((h) => h.snippet.includes('<b>') && h.snippet.includes('</b>')).length).toBeGreaterThan(0);
    // Text-bearing kinds (articles, statements, agreements) always highlight the match.
    for (const h of hits.filter((x) => ['ARTICLE', 'STATEMENT'].includes(x.kind))) expect(h.snippet).toMatch(new RegExp(`<b>${word.slice(0, 5)}`, 'i'));
    expect(hits.some((h) => h.kind === 'ARTICLE')).toBe(true);
  });

  test('one SQL statement per search, however many kinds', async () => {
    const before = t.statements.length;
    await search('uranium', { first: 100 });
    expect(t.statements.length - before).toBe(1);
  });

  test('kinds narrows the hits; first caps them', async () => {
    const all = await search('logistics', { first: 100 });
    const kinds = [...new Set(all.map((h) => h.kind))];
    expect(kinds.length).toBeGreaterThan(1);
    for (const kind of kinds) {
      const only = await search('logistics', { kinds: [kind], first: 100 });
      expect(only.length).toBe(all.filter((h) => h.kind === kind).length);
      expect(only.every((h) => h.kind === kind)).toBe(true);
    }
    const two = await search('logistics', { first: 2 });
    expect(two.map((h) => h.node.id)).toEqual(all.slice(0, 2).map((h) => h.node.id));
  });

  test('a blank query, or first out of range, is BAD_USER_INPUT', async () => {
    for (const [q, first] of [['', 20], ['   ', 20], ['uranium', 0], ['uranium', 101]] as const) {
      const { body } = await t.gql(SEARCH, { q, first });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('search sees newly loaded articles', () => {
  test('"railway" finds nothing on the seeds, then finds the loaded railway article and its agreement', async () => {
    expect(await search('railway')).toEqual([]);
    const file = path.resolve(__dirname, '..', 'fixtures', 'articles', 'railway_signing.txt');
    await loadArticle(t.db.prisma, extractArticle(readFileSync(file, 'utf8'), { sourceFile: 'railway.txt' }));
    const hits = await search('railway', { first: 100 });
    expectRanked(hits);
    const article = hits.find((h) => h.kind === 'ARTICLE') as (Hit & { node: { publishedOn: string; loadedAt: string } }) | undefined;
    expect(article?.snippet).toMatch(/<b>railway/i);
    // Rows come back typed like the record lists': dates and timestamps serialize as usual.
    expect(article?.node.publishedOn).toBe('2024-03-16');
    expect(article?.node.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(hits.find((h) => h.kind === 'AGREEMENT')?.snippet).toMatch(/<b>railway<\/b>/);
    expect(hits.some((h) => h.kind === 'STATEMENT')).toBe(true);
  });
});
