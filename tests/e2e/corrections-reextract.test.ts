/**
 * Corrections made over HTTP survive re-extraction (issue 14): the seeds are
 * loaded, an analyst corrects an agreement and a person and rejects a
 * statement through the API, then every article is re-extracted with every
 * record folded anew from its claims (the worst case: claims removed, as in
 * a database from before claims existed). The API then still serves the
 * corrected fields, hides the rejected statement, and lists the corrections.
 */
import { reextractArticles } from '../../src/ingest/reextract';
import { startTestApp, type TestApp } from '../support/app';

const TOKEN = 'token-analyst-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { ADMIN_TOKEN: `analyst:${TOKEN}` } });
});
afterAll(async () => {
  await t?.close();
});

async function data(query: string, variables: Record<string, unknown> = {}, write = false): Promise<any> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(write ? { authorization: `Bearer ${TOKEN}`, 'x-request-id': 'survival-test' } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  expect([res.status, body.errors]).toEqual([200, undefined]);
  return body.data;
}

test('corrections and rejections made over HTTP survive re-extraction of every article', async () => {
  const before = await data(`{ agreements(first: 1) { nodes { id title sectors } } statements(first: 1) { totalCount nodes { id } } persons(first: 1) { nodes { id role } } }`);
  const agreement = before.agreements.nodes[0];
  const statement = before.statements.nodes[0];
  const person = before.persons.nodes[0];

  const corrected = await data(
    `mutation($a: CorrectAgreementInput!, $p: CorrectPersonInput!, $s: RejectRecordInput!) {
      correctAgreement(input: $a, reason: "title as in the signed text") { agreement { title sectors } userErrors { field } }
      correctPerson(input: $p) { person { role } userErrors { field } }
      rejectRecord(input: $s) { userErrors { field } } }`,
    { a: { id: agreement.id, title: 'Corrected agreement title', sectors: ['TOURISM'] }, p: { id: person.id, role: 'Corrected role' }, s: { id: statement.id, reason: 'not a statement' } },
    true,
  );
  expect(corrected.correctAgreement).toEqual({ agreement: { title: 'Corrected agreement title', sectors: ['TOURISM'] }, userErrors: [] });

  await t.db.pool.query(`UPDATE articles SET extractor_version = 'older'`);
  await t.db.pool.query('DELETE FROM claims');
  const summary = await reextractArticles(t.db.prisma);
  expect(summary).toMatchObject({ articles: 5, failed: 0 });
  expect(summary.changed).toBeGreaterThan(0);

  const after = await data(
    `query($a: ID!, $p: ID!, $s: ID!) {
      a: node(id: $a) { ... on Agreement { title sectors corrections(first: 5) { totalCount nodes { actor requestId reason } } } }
      p: node(id: $p) { ... on Person { role } }
      s: node(id: $s) { ... on Statement { rejected } }
      statements(first: 1) { totalCount }
      all: statements(first: 1, includeRejected: true) { totalCount }
      corrections(first: 10) { totalCount } }`,
    { a: agreement.id, p: person.id, s: statement.id },
  );
  expect(after.a).toEqual({
    title: 'Corrected agreement title',
    sectors: ['TOURISM'],
    corrections: { totalCount: 1, nodes: [{ actor: 'analyst', requestId: 'survival-test', reason: 'title as in the signed text' }] },
  });
  expect(after.p).toEqual({ role: 'Corrected role' });
  expect(after.s).toEqual({ rejected: true });
  expect(after.statements.totalCount).toBe(before.statements.totalCount - 1);
  expect(after.all.totalCount).toBe(before.statements.totalCount);
  expect(after.corrections.totalCount).toBe(3);
});
