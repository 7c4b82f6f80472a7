/**
 * Bad requests get a 4xx with a message that says what is wrong, never a
 * 500 or a hang; GET runs queries only; errors carry the request id; the
 * pool's statement timeout is the configured one, and a query past it gets
 * STATEMENT_TIMEOUT; a request that outlives REQUEST_TIMEOUT_MS gets a 503
 * REQUEST_TIMEOUT; the body limit is REQUEST_MAX_BODY_BYTES, to the byte.
 */
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { pgConfigFromUrl } from '../../src/db/schemaEngine';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false, env: { DB_STATEMENT_TIMEOUT_MS: '4321', REQUEST_TIMEOUT_MS: '1500' } });
});
afterAll(async () => {
  await t?.close();
});

async function post(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(t.url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as { errors?: { message: string; extensions: Record<string, string> }[]; data?: unknown } };
}

describe('bad requests', () => {
  test('malformed JSON: 400 saying the body is not valid JSON', async () => {
    const r = await post('{"query": "{ countries { totalCount } }"');
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.message).toMatch(/^Request body is not valid JSON/);
    expect(r.json.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  test('wrong content type: 415 naming the type received and the one expected', async () => {
    const r = await post('{ countries { totalCount } }', { 'content-type': 'text/plain' });
    expect(r.status).toBe(415);
    expect(r.json.errors?.[0]?.message).toBe('Content-Type must be application/json, not text/plain.');
    expect(r.json.errors?.[0]?.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(r.headers.get('accept-post')).toBe('application/json');
    const missing = await post(Buffer.from('{}'), {}); // a string body would make fetch send text/plain
    expect(missing.status).toBe(415);
    expect(missing.json.errors?.[0]?.message).toMatch(/header is missing/);
  });

  test('empty body: 400 saying what to send', async () => {
    const r = await post('');
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.message).toBe('Request body is empty: send a JSON object with a "query" field.');
  });

  test('a JSON body without a query: 400 from the GraphQL layer', async () => {
    const r = await post('{"variables":{}}');
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.message).toMatch(/query/i);
  });

  test('a 10 MB body: 413 with the limit, without reading it all', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'a');
    const r = await post(big);
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0]?.message).toMatch(/limit is 1000000 bytes/);
    expect(r.json.errors?.[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a 10 MB chunked body (no content-length): 413 as well', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/exceeds the limit of 1000000 bytes/);
  });

  test('unsupported method: 405 with Allow', async () => {
    const res = await fetch(t.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
  });

  test('unknown path: 404 pointing at /graphql', async () => {
    const res = await fetch(new URL('/nope', t.url));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('No route for /nope: the API is at /graphql.');
  });
});

describe('GET', () => {
  const get = (query: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
    fetch(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/graphql-response+json', ...headers } });

  test('runs queries', async () => {
    const res = await get('{ countries(first: 1) { totalCount } }');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await res.json()) as { data: { countries: { totalCount: number } } }).data.countries.totalCount).toBe(0);
  });

  test('refuses mutations with 405 and Allow: POST', async () => {
    const res = await get('mutation { __typename }');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/GET requests only support query operations/);
  });

  test('without a preflight-forcing header is blocked as possible CSRF (CSRF prevention is on)', async () => {
    const res = await get('{ countries(first: 1) { totalCount } }', {});
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('errors and request ids', () => {
  test('every GraphQL error carries extensions.requestId, equal to the x-request-id header', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-abc.123' }, body: JSON.stringify({ query: '{ nope }' }) });
    const body = (await res.json()) as { errors: { extensions: Record<string, string> }[] };
    expect(res.headers.get('x-request-id')).toBe('req-abc.123');
    expect(body.errors.length).toBeGreaterThan(0);
    for (const e of body.errors) expect(e.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'req-abc.123' });
  });

  test('transport errors carry it too; an unusable incoming id is replaced by a fresh one', async () => {
    const r = await post('{', { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' });
    const id = r.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.json.errors?.[0]?.extensions.requestId).toBe(id);
  });
});

describe('timeouts', () => {
  test('the pool sets Postgres statement_timeout from DB_STATEMENT_TIMEOUT_MS', async () => {
    const { rows } = await t.db.pool.query<{ statement_timeout: string }>('SHOW statement_timeout');
    expect(rows[0]!.statement_timeout).toBe('4321ms');
  });

  test('a request still waiting at REQUEST_TIMEOUT_MS gets 503 REQUEST_TIMEOUT with Retry-After', async () => {
    // Hold the body open: the request cannot finish, so only the deadline can answer it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":'));
        await held;
        controller.close();
      },
    });
    const started = Date.now();
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    const elapsed = Date.now() - started;
    release();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, string> }[] };
    expect(body.errors[0]!.extensions.code).toBe('REQUEST_TIMEOUT');
    expect(body.errors[0]!.message).toMatch(/longer than 1500 ms/);
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('REQUEST_MAX_BODY_BYTES', () => {
  const LIMIT = 300;
  let small: TestApp;
  beforeAll(async () => {
    small = await startTestApp({ seed: false, env: { REQUEST_MAX_BODY_BYTES: String(LIMIT) } });
  });
  afterAll(async () => {
    await small?.close();
  });

  /** A valid request body of exactly `bytes` bytes (the query padded with spaces). */
  const bodyOf = (bytes: number): string => {
    const body = (pad: string) => JSON.stringify({ query: `{ countries(first: 1) { totalCount } }${pad}` });
    const text = body(' '.repeat(bytes - body('').length));
    expect(Buffer.byteLength(text)).toBe(bytes);
    return text;
  };
  const send = (body: string | ReadableStream<Uint8Array>) =>
    fetch(small.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);

  test('a body of exactly the limit is accepted', async () => {
    const res = await send(bodyOf(LIMIT));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { countries: { totalCount: 0 } } });
  });

  test('one byte over: 413 PAYLOAD_TOO_LARGE naming the limit and the variable, with or without content-length', async () => {
    const declared = await send(bodyOf(LIMIT + 1));
    expect(declared.status).toBe(413);
    const body = (await declared.json()) as { errors: { message: string; extensions: Record<string, string> }[] };
    expect(body.errors[0]!.message).toBe(`Request body is ${LIMIT + 1} bytes; the limit is ${LIMIT} bytes (REQUEST_MAX_BODY_BYTES).`);
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', requestId: declared.headers.get('x-request-id') });

    const bytes = new TextEncoder().encode(bodyOf(LIMIT + 1));
    const chunked = await send(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, LIMIT));
          controller.enqueue(bytes.slice(LIMIT));
          controller.close();
        },
      }),
    );
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(`Request body exceeds the limit of ${LIMIT} bytes (REQUEST_MAX_BODY_BYTES).`);
  });

  test('a value that is not a positive whole number stops the config naming the variable', () => {
    expect(() => loadConfig({ REQUEST_MAX_BODY_BYTES: '1MB' })).toThrow(/REQUEST_MAX_BODY_BYTES="1MB": must be a number/);
    expect(() => loadConfig({ REQUEST_MAX_BODY_BYTES: '0' })).toThrow(/REQUEST_MAX_BODY_BYTES="0": must be positive/);
    expect(loadConfig({}).requestMaxBodyBytes).toBe(1_000_000);
  });
});

describe('DB_STATEMENT_TIMEOUT_MS over HTTP', () => {
  let quick: TestApp;
  beforeAll(async () => {
    quick = await startTestApp({ seed: false, env: { DB_STATEMENT_TIMEOUT_MS: '300' } });
  });
  afterAll(async () => {
    await quick?.close();
  });

  test('a query waiting on a table lock past the statement timeout gets STATEMENT_TIMEOUT with the request id; the server answers afterwards', async () => {
    // Another session holds ACCESS EXCLUSIVE on countries: the query's SELECT waits for it, and lock waits count toward statement_timeout.
    const locker = new pg.Client(pgConfigFromUrl(quick.database.url));
    await locker.connect();
    try {
      await locker.query('SET statement_timeout = 0');
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE countries IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const res = await fetch(quick.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'statement-timeout-1' },
        body: JSON.stringify({ query: '{ countries(first: 1) { totalCount nodes { iso2 } } }' }),
        signal: AbortSignal.timeout(10_000),
      });
      const elapsed = Date.now() - started;
      const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, string> }[] };
      expect(res.status).toBe(200);
      expect(body.errors.length).toBeGreaterThan(0);
      for (const e of body.errors) {
        expect(e.extensions).toEqual({ code: 'STATEMENT_TIMEOUT', requestId: 'statement-timeout-1' });
        expect(e.message).toBe('A database query ran longer than the 300 ms statement timeout (DB_STATEMENT_TIMEOUT_MS) and was cancelled.');
      }
      expect(body.data).toBeNull(); // countries is non-null, so the error nulls the whole data
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(5000);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    const after = await quick.gql('{ countries(first: 1) { totalCount nodes { iso2 } } }');
    expect(after).toEqual({ status: 200, body: expect.objectContaining({ data: { countries: { totalCount: 0, nodes: [] } } }) });
    expect(after.body.errors).toBeUndefined();
  });
});
