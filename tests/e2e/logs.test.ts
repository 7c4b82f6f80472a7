/**
 * Structured JSON logs (pino): one access-log line per request carrying the
 * request id, GraphQL operation name and type, duration and status; the
 * request id in a log line is the one the client got back.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { startTestApp, type TestApp } from '../support/app';

const lines: Record<string, unknown>[] = [];
let t: TestApp;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  t = await startTestApp({ seed: false, logger: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await t?.close();
});

async function waitForLine(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const found = lines.find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no matching log line among ${lines.length}`);
}

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
