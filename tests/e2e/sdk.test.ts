/**
 * The SDK (src/sdk) against a real server holding the seed articles: typed
 * documents generated from src/sdk/operations/*.graphql, sent by
 * createClient(). The annotations below are checked by `tsc`, so a drift
 * between operations, generated types and this test fails the typecheck.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as sdk from '../../src/sdk';
import {
  AgreementCountsDocument,
  ArticleRecordsDocument,
  FactsDocument,
  OrganizationsDocument,
  PersonsDocument,
  SearchDocument,
  StatementCountsDocument,
  AgreementsDocument,
  CorrectAgreementDocument,
  CorrectionsDocument,
  CountriesDocument,
  CountryDocument,
  createClient,
  GraphQLRequestError,
  NodeDocument,
  RecordCorrectionsDocument,
  RejectRecordDocument,
  RelationDocument,
  RestoreRecordDocument,
  StatementsDocument,
  type AgreementsQuery,
  type Client,
  type CorrectionsQuery,
  type CountriesQuery,
  type NodeQuery,
  type RelationQuery,
} from '../../src/sdk';
import { startTestApp, type TestApp } from '../support/app';

const ADMIN_TOKEN = 'sdk-test-token-0123456789abcdef';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await startTestApp({ env: { ADMIN_TOKEN: `sdk-analyst:${ADMIN_TOKEN}` } });
  client = createClient({ url: t.url, headers: { 'x-client': 'sdk-test' } });
});
afterAll(async () => {
  await t?.close();
});

test('list countries', async () => {
  const data: CountriesQuery = await client.request(CountriesDocument, { first: 100 });
  const codes: string[] = data.countries.nodes.map((c) => c.iso2);
  expect(codes).toEqual(expect.arrayContaining(['KR', 'KZ', 'UZ', 'KG', 'TM', 'TJ']));
  expect(data.countries.totalCount).toBe(codes.length);
  expect(data.countries.nodes.find((c) => c.iso2 === 'KR')?.iso3).toBe('KOR');
  // Variables are optional when the operation has no required ones.
  const firstPage = await client.request(CountriesDocument);
  expect(firstPage.countries.nodes.length).toBeGreaterThan(0);
});

test('a country by code with organizations and agreements', async () => {
  const { country } = await client.request(CountryDocument, { code: 'kz', first: 5 });
  expect(country?.name).toBe('Kazakhstan');
  expect(country!.agreements.totalCount).toBeGreaterThan(0);
  for (const a of country!.agreements.nodes) expect(a.partyCountries.map((c) => c.iso2)).toContain('KZ');
  expect((await client.request(CountryDocument, { code: 'ZZ' })).country).toBeNull();
});

test('an agreement with parties, signatories and evidence that slices its article', async () => {
  const data: AgreementsQuery = await client.request(AgreementsDocument, { filter: { parties: ['KR'] }, first: 5, evidenceFirst: 3 });
  expect(data.agreements.edges.length).toBeGreaterThan(0);
  const agreement = data.agreements.edges[0]!.node;
  expect(agreement.title.length).toBeGreaterThan(0);
  expect(agreement.partyCountries.map((c) => c.iso2)).toContain('KR');
  expect(agreement.evidence.totalCount).toBeGreaterThan(0);
  const evidence = agreement.evidence.nodes[0]!;
  const article = await client.request(NodeDocument, { id: evidence.article.id });
  expect(article.node?.__typename).toBe('Article');
  expect(evidence.end).toBeGreaterThan(evidence.start);
  expect(evidence.sentence.length).toBe(evidence.end - evidence.start);

  // Paging with the returned cursor continues the list.
  if (data.agreements.pageInfo.hasNextPage) {
    const next = await client.request(AgreementsDocument, { filter: { parties: ['KR'] }, first: 5, after: data.agreements.pageInfo.endCursor });
    const seen = new Set(data.agreements.edges.map((e) => e.node.id));
    for (const e of next.agreements.edges) expect(seen.has(e.node.id)).toBe(false);
  }
});

test('statements with speaker and evidence', async () => {
  const { statements } = await client.request(StatementsDocument, { first: 5, evidenceFirst: 1 });
  expect(statements.nodes.length).toBeGreaterThan(0);
  for (const s of statements.nodes) {
    const speaker = s.speaker;
    const name: string = speaker.__typename === 'Person' ? speaker.name : speaker.name;
    expect(name.length).toBeGreaterThan(0);
    expect(s.evidence.totalCount).toBeGreaterThan(0);
  }
});

test('node round trip: ids from lists resolve to the same records', async () => {
  const { agreements } = await client.request(AgreementsDocument, { first: 1, evidenceFirst: 1 });
  const agreement = agreements.edges[0]!.node;
  const { node }: NodeQuery = await client.request(NodeDocument, { id: agreement.id });
  if (node?.__typename !== 'Agreement') throw new Error(`expected an Agreement, got ${node?.__typename}`);
  expect(node.id).toBe(agreement.id);
  expect(node.title).toBe(agreement.title);
  expect(node.agreementKind).toBe(agreement.kind);

  const country = (await client.request(CountriesDocument, { first: 1 })).countries.nodes[0]!;
  const again = (await client.request(NodeDocument, { id: country.id })).node;
  expect(again?.__typename === 'Country' ? again.iso2 : null).toBe(country.iso2);
});

test('GraphQL errors are thrown with the errors attached', async () => {
  const error = await client.request(CountriesDocument, { first: 1000 }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLRequestError);
  expect((error as GraphQLRequestError).errors.length).toBeGreaterThan(0);
  expect((error as GraphQLRequestError).message).toMatch(/first/i);
});

test('the relation between two countries, typed', async () => {
  const { relation }: RelationQuery = await client.request(RelationDocument, { between: ['KR', 'UZ'], first: 50, evidenceFirst: 1 });
  expect(relation?.countries.map((c) => c.iso2)).toEqual(['KR', 'UZ']);
  expect(relation!.agreements.totalCount).toBeGreaterThan(0);
  for (const a of relation!.agreements.nodes) {
    expect(a.partyCountries.map((c) => c.iso2)).toEqual(expect.arrayContaining(['KR', 'UZ']));
    expect(a.evidence.nodes[0]?.sentence.length).toBeGreaterThan(0);
  }
});

test('the package exports the SDK as korea-central-asia-knowledge-api/sdk: the CommonJS build, with the same exports as the source', () => {
  // Node's own resolver, through package.json "exports" (self-reference); ES-module consumers: sdk-consumers.test.ts.
  const require = createRequire(__filename);
  const resolved = require.resolve('korea-central-asia-knowledge-api/sdk');
  expect(resolved).toBe(path.resolve(__dirname, '..', '..', 'dist', 'sdk', 'index.cjs'));
  const built = require(resolved) as Record<string, unknown>;
  expect(Object.keys(built).sort()).toEqual(Object.keys(sdk).sort());
  expect(Object.keys(sdk)).toEqual(expect.arrayContaining(['createClient', 'GraphQLRequestError', 'SearchDocument', 'AgreementCountsDocument']));
});

test('full-text search: ranked hits with highlighted snippets, typed per kind', async () => {
  const { search } = await client.request(SearchDocument, { query: 'uranium', first: 5 });
  expect(search.totalCount).toBeGreaterThan(0);
  const ranks = search.edges.map((e) => e.rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  for (const edge of search.edges) {
    expect(edge.snippet).toMatch(/<b>uranium<\/b>/i);
    const label: string = edge.node.__typename === 'Article' ? (edge.node.articleTitle ?? '') : edge.node.__typename === 'Fact' ? edge.node.subject : edge.node.__typename === 'Statement' ? edge.node.text : edge.node.__typename === 'Agreement' ? edge.node.title : 'name' in edge.node ? edge.node.name : '';
    expect(typeof label).toBe('string');
  }
  const onlyStatements = await client.request(SearchDocument, { query: 'uranium', kinds: ['STATEMENT'] });
  for (const e of onlyStatements.search.edges) expect(e.node.__typename).toBe('Statement');
});

test('grouped counts of agreements and statements', async () => {
  const { agreementCounts } = await client.request(AgreementCountsDocument, { groupBy: ['COUNTRY', 'SECTOR'] });
  expect(agreementCounts.length).toBeGreaterThan(0);
  for (const g of agreementCounts) {
    expect(g.count).toBeGreaterThan(0);
    expect(g.keys.country).toMatch(/^[A-Z]{2}$/);
  }
  // Korea's transport agreements (with Turkmenistan and Kyrgyzstan) are in the seeds; an agreement without a sector groups under null.
  expect(agreementCounts.find((g) => g.keys.country === 'KR' && g.keys.sector === 'TRANSPORT_AND_LOGISTICS')?.count).toBeGreaterThan(0);
  const kr = await client.request(AgreementsDocument, { filter: { parties: ['KR'] }, first: 1, evidenceFirst: 1 });
  const { agreementCounts: byCountry } = await client.request(AgreementCountsDocument, { groupBy: ['COUNTRY'] });
  expect(byCountry.find((g) => g.keys.country === 'KR')?.count).toBe(kr.agreements.totalCount);
  const { statementCounts } = await client.request(StatementCountsDocument, { groupBy: ['KIND'] });
  expect(statementCounts.reduce((sum, g) => sum + g.count, 0)).toBe((await client.request(StatementsDocument, { first: 1, evidenceFirst: 1 })).statements.totalCount);
});

test('organizations, persons and facts with filters; an article with the records drawn from it', async () => {
  const { organizations } = await client.request(OrganizationsDocument, { filter: { countries: ['KR'] }, first: 10 });
  expect(organizations.totalCount).toBeGreaterThan(0);
  for (const o of organizations.nodes) expect(o.country?.iso2).toBe('KR');
  const { persons } = await client.request(PersonsDocument, { filter: { countries: ['KZ'] }, first: 10 });
  for (const p of persons.nodes) expect(p.country?.iso2).toBe('KZ');
  const { facts } = await client.request(FactsDocument, { first: 5, evidenceFirst: 1 });
  expect(facts.nodes.length).toBeGreaterThan(0);
  const articleId = facts.nodes[0]!.evidence.nodes[0]!.article.id;
  const { node } = await client.request(ArticleRecordsDocument, { id: articleId, first: 50 });
  if (node?.__typename !== 'Article') throw new Error(`expected an Article, got ${node?.__typename}`);
  expect(node.facts.nodes.map((f) => f.id)).toContain(facts.nodes[0]!.id);
});

test('corrections: correct an agreement, reject and restore it, read the audit, typed (the last test: it writes)', async () => {
  const writer = createClient({ url: t.url, headers: () => ({ authorization: `Bearer ${ADMIN_TOKEN}` }) });
  const { agreements } = await client.request(AgreementsDocument, { first: 1, evidenceFirst: 1, minConfidence: 0 });
  const agreement = agreements.edges[0]!.node;
  expect(agreement.confidence).toBeGreaterThan(0);
  expect(agreement.extraction.method.length).toBeGreaterThan(0);
  expect(agreement.rejected).toBe(false);

  const { correctAgreement } = await writer.request(CorrectAgreementDocument, { input: { id: agreement.id, title: 'Corrected over the SDK', status: 'SIGNED' }, reason: 'SDK test' });
  expect(correctAgreement.userErrors).toEqual([]);
  expect(correctAgreement.agreement?.title).toBe('Corrected over the SDK');
  const correction = correctAgreement.correction!;
  expect(correction).toMatchObject({ target: 'AGREEMENT', action: 'CORRECT', actor: 'sdk-analyst', reason: 'SDK test' });
  expect(correction.changes.find((c) => c.field === 'title')).toEqual({ field: 'title', before: JSON.stringify(agreement.title), after: JSON.stringify('Corrected over the SDK') });

  const rejected = (await writer.request(RejectRecordDocument, { input: { id: agreement.id, reason: 'SDK test' } })).rejectRecord;
  expect(rejected.changed).toBe(true);
  expect(rejected.record?.__typename === 'Agreement' && rejected.record.rejected).toBe(true);
  const hidden = await client.request(AgreementsDocument, { first: 100, evidenceFirst: 1 });
  expect(hidden.agreements.edges.map((e) => e.node.id)).not.toContain(agreement.id);
  const shown = await client.request(AgreementsDocument, { first: 100, evidenceFirst: 1, includeRejected: true });
  expect(shown.agreements.edges.map((e) => e.node.id)).toContain(agreement.id);
  const restored = (await writer.request(RestoreRecordDocument, { input: { id: agreement.id } })).restoreRecord;
  expect(restored.record?.__typename === 'Agreement' && restored.record.rejected).toBe(false);

  const audit: CorrectionsQuery = await client.request(CorrectionsDocument, { first: 10, filter: { targets: ['AGREEMENT'], actors: ['sdk-analyst'] } });
  expect(audit.corrections.nodes.map((c) => c.action)).toEqual(['RESTORE', 'REJECT', 'CORRECT']);
  expect(audit.corrections.nodes[2]!.record?.__typename).toBe('Agreement');
  const { node } = await client.request(RecordCorrectionsDocument, { id: agreement.id, first: 10 });
  if (node?.__typename !== 'Agreement') throw new Error(`expected an Agreement, got ${node?.__typename}`);
  expect(node.corrections.totalCount).toBe(3);

  // Without the token: refused before anything runs.
  const refused = await client.request(RejectRecordDocument, { input: { id: agreement.id, reason: 'no token' } }).then(() => null, (e: unknown) => e);
  expect(refused).toBeInstanceOf(GraphQLRequestError);
  expect((refused as GraphQLRequestError).status).toBe(401);
});
