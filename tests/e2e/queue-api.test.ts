/**
 * The queue over real HTTP: ingestArticle with `async: true` checks the input, enqueues and returns the job
 * (the same text again: the same job); ingestJob(id) follows it (token required) to LOADED with its article,
 * or to DEAD with its error; /metrics shows ingest_queue_jobs{state} as the queue moves. A worker
 * (src/ingest/queue.ts, in this process, on its own pool) loads the jobs.
 */
import { createDatabase, type Database } from '../../src/db/client';
import { openIngestQueue, type IngestQueue } from '../../src/db/queue';
import { startWorker, type RunningWorker } from '../../src/ingest/queue';
import { createLogger } from '../../src/logger';
import { startTestApp, type TestApp } from '../support/app';
import { waitFor } from '../support/waitFor';

const TOKEN = 'queue-api-test-token-0123456789';
const TEXT = 'Tashkent, 14 May 2024 — Uzbekistan and Korea agreed to build a textile technology centre in Namangan, KOICA said.\n';

let t: TestApp;
let workerDb: Database;
let workerQueue: IngestQueue;
let worker: RunningWorker | undefined;

beforeAll(async () => {
  // Jobs the server enqueues get no retry: a failing text is DEAD after one attempt.
  t = await startTestApp({ seed: false, env: { ADMIN_TOKEN: TOKEN, QUEUE_RETRY_LIMIT: '0' } });
  workerDb = createDatabase(t.database.url, { poolMax: 2, acquireTimeoutMs: 30_000 });
  workerQueue = openIngestQueue(workerDb.pool);
});

afterAll(async () => {
  await worker?.stop();
  await workerQueue?.stop();
  await workerDb?.close();
  await t?.close();
});

async function gql(query: string, variables: Record<string, unknown>, token: string | null = TOKEN): Promise<{ status: number; body: any }> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

const JOB = 'id state file attempts maxAttempts error alreadyExisted warnings requestId enqueuedAt startedAt finishedAt nextAttemptAt article { id title contentHash }';
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } alreadyExisted createdRecords { countries } userErrors { field code message } warnings job { ${JOB} } } }`;
const JOB_QUERY = `query($id: ID!) { ingestJob(id: $id) { ${JOB} } }`;

async function gauges(): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', t.url))).text();
  return Object.fromEntries([...text.matchAll(/^ingest_queue_jobs\{state="(\w+)"\} (\d+)$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

const jobState = async (id: string): Promise<string | undefined> => (await gql(JOB_QUERY, { id })).body.data?.ingestJob?.state;

it('async: true enqueues and returns the job; the same text again returns the same job; a worker loads it; the gauges follow', async () => {
  expect(await gauges()).toEqual({ QUEUED: 0, ACTIVE: 0, RETRYING: 0, LOADED: 0, DEAD: 0, CANCELLED: 0 });
  const first = await gql(INGEST, { input: { text: TEXT, title: 'Textile centre', async: true } });
  expect(first.status).toBe(200);
  const payload = first.body.data.ingestArticle;
  expect(payload).toMatchObject({ article: null, alreadyExisted: null, createdRecords: null, userErrors: [], warnings: [] });
  expect(payload.job).toMatchObject({ state: 'QUEUED', file: 'ingestArticle', attempts: 0, maxAttempts: 1, error: null, article: null, alreadyExisted: null, startedAt: null });
  expect(payload.job.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(typeof payload.job.requestId).toBe('string');
  const again = await gql(INGEST, { input: { text: TEXT, async: true } });
  expect(again.body.data.ingestArticle.job.id).toBe(payload.job.id);
  expect(await gauges()).toMatchObject({ QUEUED: 1, LOADED: 0 });

  // The job is an operator's view: no token, no answer.
  const anonymous = await gql(JOB_QUERY, { id: payload.job.id }, null);
  expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect((await gql(JOB_QUERY, { id: 'not-a-uuid' })).body.data.ingestJob).toBeNull();

  worker = startWorker(workerQueue, workerDb.prisma, { concurrency: 1, pollIntervalMs: 500, logger: createLogger('silent') });
  await waitFor('the job to be loaded', async () => (await jobState(payload.job.id)) === 'LOADED', 30_000, 100);
  const loaded = (await gql(JOB_QUERY, { id: payload.job.id })).body.data.ingestJob;
  expect(loaded).toMatchObject({ state: 'LOADED', attempts: 1, error: null, alreadyExisted: false, nextAttemptAt: null, article: { title: 'Textile centre' } });
  expect(Date.parse(loaded.finishedAt)).toBeGreaterThanOrEqual(Date.parse(loaded.startedAt));
  expect(await gauges()).toMatchObject({ QUEUED: 0, ACTIVE: 0, LOADED: 1 });

  // Loading it now (not async) finds the article the worker stored.
  const sync = await gql(INGEST, { input: { text: TEXT } });
  expect(sync.body.data.ingestArticle).toMatchObject({ alreadyExisted: true, job: null, article: { id: loaded.article.id } });
});

it('refuses bad input before enqueuing, and a text that cannot load ends DEAD with its error', async () => {
  const refused = await gql(INGEST, { input: { text: '   ', async: true } });
  expect(refused.body.data.ingestArticle).toMatchObject({ job: null, userErrors: [{ field: ['input', 'text'], code: 'BLANK' }] });

  const chromeOnly = await gql(INGEST, { input: { text: 'Back to top\nAdvertisement\n', async: true } });
  const id = chromeOnly.body.data.ingestArticle.job.id as string;
  await waitFor('the job to be dead', async () => (await jobState(id)) === 'DEAD', 30_000, 100);
  const dead = (await gql(JOB_QUERY, { id })).body.data.ingestJob;
  expect(dead).toMatchObject({ state: 'DEAD', attempts: 1, maxAttempts: 1, error: 'ingestArticle: has no article text left after cleaning', article: null });
  expect(await gauges()).toMatchObject({ DEAD: 1, LOADED: 1, QUEUED: 0 });
});
