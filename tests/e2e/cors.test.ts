/**
 * CORS for frontends, configured by CORS_ORIGINS: a listed origin gets its own
 * origin back (preflight and actual request), an unlisted one gets no
 * allow-origin header (the browser blocks it), "*" (the default) allows any.
 */
import { startTestApp, type TestApp } from '../support/app';

const ALLOWED = 'https://analyst.example.org';

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
}

describe('CORS_ORIGINS lists the allowed origins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { CORS_ORIGINS: `${ALLOWED}, https://other.example.org` } });
  });
  afterAll(async () => t?.close());

  test('a listed origin: preflight allows POST with content-type and authorization; the answer carries its origin', async () => {
    const pre = await preflight(t.url, ALLOWED);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(pre.headers.get('vary')).toMatch(/Origin/);

    const res = await fetch(t.url, { method: 'POST', headers: { origin: ALLOWED, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  test('an unlisted origin gets no allow-origin header, and the answer varies on Origin', async () => {
    const pre = await preflight(t.url, 'https://evil.example.com');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await fetch(t.url, { method: 'POST', headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });
});

describe('CORS_ORIGINS unset: any origin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => t?.close());

  test('any origin is allowed with "*"', async () => {
    const pre = await preflight(t.url, 'https://anywhere.example.net');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
  });
});
