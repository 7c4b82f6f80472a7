/**
 * /metrics in Prometheus text format, after a few requests: request counts by
 * route and status, operation durations by name, errors by code, pool
 * gauges, the ingest counter; per-app registries; METRICS_ENABLED=false.
 */
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
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
  t.app.metrics.articlesIngested.inc({ outcome: 'created' });

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
  expect(sample(text, 'articles_ingested_total{outcome="created"}')).toBe(1);
  expect(sample(text, 'db_pool_max_connections')).toBe(10);
  expect(sample(text, 'db_pool_connections')).toBeGreaterThanOrEqual(1);
  expect(sample(text, 'db_pool_waiting_requests')).toBe(0);
  expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
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
