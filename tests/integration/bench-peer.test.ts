// The benchmark's peer (bench/peer/): PostGraphile 5, forked as its own process
// as `npm run bench` does, answers the operations it can express with the same
// records in the same order as our server, on the seeded database, once both
// answers are in the shape bench/peer/operations.ts normalises them to.
// Also the Promise.withResolvers shim only that process loads.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { requestBodies, type RequestBody } from '../../bench/operations';
import { normalise, peerBody, PEER_OPERATIONS } from '../../bench/peer/operations';
import type { PeerReady } from '../../bench/peer/postgraphile';
import { withResolvers } from '../../bench/peer/with-resolvers';
import { startTestApp, type TestApp } from '../support/app';

const ROOT = path.resolve(__dirname, '..', '..');

describe('bench peer: PostGraphile answers as we do', () => {
  let t: TestApp;
  let peer: ChildProcess | undefined;
  let peerUrl: string;
  let output = '';

  beforeAll(async () => {
    t = await startTestApp();
    peer = fork(path.join(ROOT, 'bench', 'peer', 'postgraphile.ts'), [t.database.url], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    });
    peer.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    peer.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const ready = await new Promise<PeerReady>((resolve, reject) => {
      peer!.once('message', (m) => resolve(m as PeerReady));
      peer!.once('exit', (code) => reject(new Error(`the PostGraphile peer exited with code ${code}:\n${output}`)));
    });
    peerUrl = `http://127.0.0.1:${ready.port}/graphql`;
  }, 120_000);

  afterAll(async () => {
    if (peer && peer.exitCode === null) {
      const exited = new Promise((resolve) => peer!.once('exit', resolve));
      peer.send({ kind: 'stop' });
      await exited;
    }
    await t?.close();
  });

  async function post(url: string, body: object): Promise<unknown> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    expect(json.errors).toBeUndefined();
    expect(res.status).toBe(200);
    return json.data;
  }

  async function compare(body: RequestBody): Promise<unknown> {
    const op = body.operationName as (typeof PEER_OPERATIONS)[number];
    const ours = normalise(op, await post(t.url, body));
    const theirs = normalise(op, await post(peerUrl, peerBody(body)));
    expect(theirs).toEqual(ours);
    return ours;
  }

  test('nested: the same countries, organizations, newest agreements and parties, in the same order', async () => {
    const bodies = await requestBodies(t.db.pool);
    const nested = (await compare(bodies.nested[0]!)) as { countries: { organizations: { agreements: { partyOrganizations: unknown[] }[] }[] }[] };
    // Not vacuous: the seeds give organizations with agreements and parties.
    const agreements = nested.countries.flatMap((c) => c.organizations.flatMap((o) => o.agreements));
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.some((a) => a.partyOrganizations.length > 0)).toBe(true);
  });

  test('byId: every agreement the benchmark asks for', async () => {
    const bodies = await requestBodies(t.db.pool);
    expect(bodies.byId.length).toBeGreaterThan(1);
    for (const body of bodies.byId) expect(await compare(body)).toMatchObject({ id: expect.any(Number), title: expect.any(String) });
  });
});

describe('bench peer: the Promise.withResolvers shim', () => {
  test('resolves and rejects the promise it returns', async () => {
    const a = withResolvers.call(Promise) as { promise: Promise<number>; resolve: (v: number) => void; reject: (e: unknown) => void };
    a.resolve(7);
    await expect(a.promise).resolves.toBe(7);
    const b = withResolvers.call(Promise) as { promise: Promise<number>; reject: (e: unknown) => void };
    b.reject(new Error('no'));
    await expect(b.promise).rejects.toThrow('no');
  });

  test('uses its this value as the constructor, and refuses a non-constructor', () => {
    class MyPromise<T> extends Promise<T> {}
    expect((withResolvers.call(MyPromise) as { promise: unknown }).promise).toBeInstanceOf(MyPromise);
    expect(() => withResolvers.call(undefined)).toThrow(TypeError);
    expect(() => withResolvers.call({})).toThrow(TypeError);
    expect(() => withResolvers.call(() => undefined)).toThrow(TypeError);
    expect(withResolvers.name).toBe('withResolvers');
    expect(withResolvers.length).toBe(0);
    expect(() => new (withResolvers as unknown as new () => unknown)()).toThrow(TypeError);
  });

  test('is installed as a non-enumerable, writable, configurable method', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Promise, 'withResolvers');
    expect(descriptor).toMatchObject({ enumerable: false, writable: true, configurable: true });
    expect(typeof descriptor!.value).toBe('function');
  });
});
