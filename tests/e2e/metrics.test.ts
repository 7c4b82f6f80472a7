/**
 * /metrics in Prometheus text format, after a few requests: request counts by
 * route and status, operation durations by name, errors by code, pool
 * gauges, the ingest counter as ingestArticle moves it, errors of refused
 * queries; per-app registries; METRICS_ENABLED=false.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as regions from '../../src/ingest/extract/regions';
import { SEED_DIR, startTestApp, type TestApp } from '../support/app';

const TOKEN = 'metrics-test-token-0123456789';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false, env: { ADMIN_TOKEN: TOKEN } });
});
afterAll(async () => {
  await t?.close();
});

const metricsUrl = () => new URL('/metrics', t.url).toString();

/** The value of one sample line, e.g. sample(text, 'http_requests_total{method="POST",route="/graphql",status="200"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('counters, histograms and gauges appear with sensible labels after a few requests', async () => {
  const named = (name: string) =>
    fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${name} { countries(first: 1) { totalCount } }` }) });
  await named('CountryCount');
  await named('CountryCount');
  await t.gql('{ nope }'); // a validation error
  await fetch(new URL('/healthz', t.url));
  await fetch(new URL('/no-such-page', t.url));

  const res = await fetch(metricsUrl());
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();

  expect(sample(text, 'http_requests_total{method="POST",route="/graphql",status="200"}')).toBe(2);
  expect(sample(text, 'http_requests_total{method="POST",route="/graphql",status="400"}')).toBe(1);
  expect(sample(text, 'http_requests_total{method="GET",route="/healthz",status="200"}')).toBe(1);
  // Client-chosen paths are lumped together, so they cannot grow the label set.
  expect(sample(text, 'http_requests_total{method="GET",route="other",status="404"}')).toBe(1);
  expect(sample(text, 'graphql_operation_duration_seconds_count{operation="CountryCount",type="query"}')).toBe(2);
  expect(sample(text, 'graphql_operation_duration_seconds_bucket{le="+Inf",operation="CountryCount",type="query"}')).toBe(2);
  expect(sample(text, 'graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
  expect(sample(text, 'db_pool_max_connections')).toBe(10);
  expect(sample(text, 'db_pool_connections')).toBeGreaterThanOrEqual(1);
  expect(sample(text, 'db_pool_waiting_requests')).toBe(0);
  expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
});

const metricsText = async (): Promise<string> => (await fetch(metricsUrl())).text();

test('ingestArticle through the API moves articles_ingested_total: created, then unchanged for the same text, rejected for bad input', async () => {
  const ingest = async (input: Record<string, unknown>) => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyExisted userErrors { code } } }', variables: { input } }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { data: { ingestArticle: { alreadyExisted: boolean | null; userErrors: { code: string }[] } } }).data.ingestArticle;
  };
  const counts = async () => {
    const text = await metricsText();
    return Object.fromEntries(['created', 'unchanged', 'rejected', 'failed'].map((outcome) => [outcome, sample(text, `articles_ingested_total{outcome="${outcome}"}`)]));
  };
  expect(await counts()).toEqual({ created: undefined, unchanged: undefined, rejected: undefined, failed: undefined });

  const text = readFileSync(path.join(SEED_DIR, '000_e5fafdd21292ace5.txt'), 'utf8');
  expect(await ingest({ text })).toEqual({ alreadyExisted: false, userErrors: [] });
  expect(await counts()).toEqual({ created: 1, unchanged: undefined, rejected: undefined, failed: undefined });
  expect(await ingest({ text })).toEqual({ alreadyExisted: true, userErrors: [] });
  expect(await counts()).toEqual({ created: 1, unchanged: 1, rejected: undefined, failed: undefined });
  const refused = await ingest({ text, publishedOn: 'yesterday' });
  expect(refused.userErrors.length).toBeGreaterThan(0);
  expect(await counts()).toEqual({ created: 1, unchanged: 1, rejected: 1, failed: undefined });
});

test('an extraction stage that throws during ingestArticle is counted in extraction_stage_failures_total and logged, and the article still loads', async () => {
  const failing = jest.spyOn(regions, 'extractRegions').mockImplementation(() => {
    throw new RangeError('injected regions failure');
  });
  try {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyExisted createdRecords { agreements regions } userErrors { code } } }',
        variables: { input: { text: 'Korea and Kazakhstan signed a memorandum on uranium supply in Astana, the ministry of energy of Kazakhstan said. Central Asia supplies uranium.' } },
      }),
    });
    const body = (await res.json()) as { data: { ingestArticle: { alreadyExisted: boolean; createdRecords: { agreements: number; regions: number }; userErrors: unknown[] } } };
    expect(body.data.ingestArticle).toMatchObject({ alreadyExisted: false, userErrors: [] });
    expect(body.data.ingestArticle.createdRecords.regions).toBe(0);
    expect(body.data.ingestArticle.createdRecords.agreements).toBeGreaterThan(0);
  } finally {
    failing.mockRestore();
  }
  expect(sample(await metricsText(), 'extraction_stage_failures_total{stage="regions"}')).toBe(1);
});

test('a query refused by a limit counts under its code in graphql_errors_total', async () => {
  const deep = '{ countries(first: 1) { nodes { organizations(first: 1) { nodes { agreements(first: 1) { nodes { partyCountries { organizations(first: 1) { nodes { agreements(first: 1) { totalCount } } } } } } } } } } }';
  const before = sample(await metricsText(), 'graphql_errors_total{code="QUERY_TOO_DEEP"}') ?? 0;
  const res = await t.gql(deep);
  expect({ status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'QUERY_TOO_DEEP' });
  const after = await metricsText();
  expect(sample(after, 'graphql_errors_total{code="QUERY_TOO_DEEP"}')).toBe(before + 1);
  expect(sample(after, 'http_requests_total{method="POST",route="/graphql",status="400"}')).toBeGreaterThanOrEqual(1);
});

test('each app has its own registry: another app starts at zero', async () => {
  const other = await startTestApp({ seed: false });
  try {
    const text = await (await fetch(new URL('/metrics', other.url))).text();
    expect(sample(text, 'http_requests_total{method="GET",route="/healthz",status="200"}')).toBeUndefined();
    expect(sample(text, 'articles_ingested_total{outcome="created"}')).toBeUndefined();
  } finally {
    await other.close();
  }
});

test('METRICS_ENABLED=false: /metrics is a 404 saying so', async () => {
  const off = await startTestApp({ seed: false, env: { METRICS_ENABLED: 'false' } });
  try {
    const res = await fetch(new URL('/metrics', off.url));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('Metrics are switched off (METRICS_ENABLED=false).');
  } finally {
    await off.close();
  }
});
