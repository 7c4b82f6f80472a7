/**
 * Full-text search over HTTP against a real Postgres with the seed articles:
 * ranked hits with highlighted snippets, the kinds filter, input errors, a
 * freshly loaded article becoming findable, paging both ways with totalCount,
 * and one SQL statement per search page.
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
  search(query: $q, kinds: $kinds, first: $first) { edges {
    kind rank snippet
    node { __typename
      ... on Article { id articleTitle: title publishedOn loadedAt }
      ... on Organization { id name }
      ... on Person { id name }
      ... on Agreement { id title kind status sectors date }
      ... on Statement { id text }
      ... on Fact { id subject metric } } } } }`;

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
  return body.data.search.edges;
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

describe('search is a connection', () => {
  const PAGE = `query($q: String!, $first: Int, $after: String, $last: Int, $before: String) {
    search(query: $q, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor kind node { __typename ... on Node { id } } } nodes { __typename } } }`;
  const key = (e: { kind: string; node: { id: string } }) => `${e.kind}:${e.node.id}`;

  test('paging forward and backward visits every hit once, with totalCount, in one statement per page', async () => {
    const all = await t.gql(PAGE, { q: 'Korea', first: 100 });
    expect(all.body.errors).toBeUndefined();
    const everything: string[] = all.body.data.search.edges.map(key);
    expect(all.body.data.search.totalCount).toBe(everything.length);
    expect(everything.length).toBeGreaterThan(6);
    expect(all.body.data.search.nodes).toHaveLength(everything.length);

    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const before = t.statements.length;
      const { body }: { body: any } = await t.gql(PAGE, { q: "Korea", first: 3, after });
      expect(t.statements.length - before).toBe(1);
      expect(body.data.search.totalCount).toBe(everything.length);
      forward.push(...body.data.search.edges.map(key));
      expect(body.data.search.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!body.data.search.pageInfo.hasNextPage) break;
      after = body.data.search.pageInfo.endCursor;
    }
    expect(forward).toEqual(everything);

    const backward: string[] = [];
    let beforeCursor: string | null = null;
    for (;;) {
      const { body }: { body: any } = await t.gql(PAGE, { q: "Korea", last: 4, before: beforeCursor });
      backward.unshift(...body.data.search.edges.map(key));
      if (!body.data.search.pageInfo.hasPreviousPage) break;
      beforeCursor = body.data.search.pageInfo.startCursor;
    }
    expect(backward).toEqual(everything);
  });

  test('a page past the end is empty but still counts; a foreign cursor is BAD_USER_INPUT', async () => {
    const all = await t.gql(PAGE, { q: 'uranium', first: 100 });
    const last = all.body.data.search.pageInfo.endCursor;
    const { body } = await t.gql(PAGE, { q: 'uranium', first: 5, after: last });
    expect(body.data.search.edges).toEqual([]);
    expect(body.data.search.totalCount).toBe(all.body.data.search.totalCount);
    const countryCursor = (await t.gql('{ countries(first: 1) { edges { cursor } } }')).body.data.countries.edges[0].cursor;
    const bad = await t.gql(PAGE, { q: 'uranium', after: countryCursor });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.message).toMatch(/after/);
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
