/**
 * Structured JSON logs (pino): one access-log line per request carrying the
 * request id, GraphQL operation name and type, duration and status; the
 * request id in a log line is the one the client got back.
 */
import { startTestApp, type TestApp } from '../support/app';
import { captureLogs } from '../support/logCapture';

const { logger, lines, waitForLine } = captureLogs();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false, logger });
});
afterAll(async () => {
  await t?.close();
});

test('one line per request: request id, operation name and type, duration, status', async () => {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-1' },
    body: JSON.stringify({ query: 'query CountryTotal { countries(first: 1) { totalCount } }' }),
  });
  expect(res.status).toBe(200);
  const line = await waitForLine((l) => l.msg === 'request' && l.requestId === 'log-test-1');
  expect(line).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: 200, operationName: 'CountryTotal', operationType: 'query' });
  expect(typeof line.durationMs).toBe('number');
  expect(lines.filter((l) => l.requestId === 'log-test-1' && l.msg === 'request')).toHaveLength(1);
});

test('an invalid document still logs the operation name the client sent, and the 400', async () => {
  await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-2' },
    body: JSON.stringify({ query: 'query Broken { nope }', operationName: 'Broken' }),
  });
  const line = await waitForLine((l) => l.msg === 'request' && l.requestId === 'log-test-2');
  expect(line).toMatchObject({ status: 400, operationName: 'Broken' });
});
