/**
 * SIGTERM from wherever an operator or a process manager sends it: to the
 * `npm start` process (spawned as a user does), to the node process under it,
 * and to the whole process group (a terminal, `kill -TERM -PGID`). Each time,
 * with the embedded Postgres: an ingestArticle in flight still finishes with
 * 200, new connections are refused meanwhile, npm exits 0, and no process of
 * the run (npm, node, the postmaster and its backends) is left.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processesInDataDir, runningEmbeddedPostgres } from '../../src/db/embeddedPostgres';
import { SEED_DIR } from '../support/app';
import { holdIngestLock, tryConnect } from '../support/ingestLock';
import { alive, descendantsOf, exitOf, killTree, startProduct } from '../support/product';
import { waitFor } from '../support/waitFor';

const TOKEN = 'signals-test-token-0123456789';
const TEXT = readFileSync(path.join(SEED_DIR, '002_da98c90b56f972cd.txt'), 'utf8');

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-signals-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Target = 'npm' | 'node' | 'group';

test.each<Target>(['npm', 'node', 'group'])('SIGTERM to the %s: the in-flight request drains, then nothing is left running', async (target) => {
  const { child, url, output } = await startProduct(
    { DATA_DIR: dataDir, HOST: '127.0.0.1', SEED_ON_START: 'false', ADMIN_TOKEN: TOKEN, SHUTDOWN_TIMEOUT_MS: '20000' },
    120_000,
    { via: 'npm', detached: true },
  );
  const exited = exitOf(child);
  const npmPid = child.pid!;
  const running = runningEmbeddedPostgres(dataDir);
  expect(running).toBeDefined();
  const lock = await holdIngestLock(running!.url);
  try {
    // npm → node (npm's script execs the compiled server, no shell left between) → the postmaster → its backends.
    const tree = [npmPid, ...descendantsOf(npmPid)];
    const nodePid = running!.ownerPid;
    expect(tree).toContain(nodePid);
    expect(tree).toContain(running!.postmasterPid);

    let settled = false;
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyExisted userErrors { code } } }',
        variables: { input: { text: `${TEXT}\n(${target})`, title: `Signal test ${target}` } },
      }),
      signal: AbortSignal.timeout(60_000),
    }).finally(() => (settled = true));
    await waitFor('ingestArticle to wait for the ingest lock', async () => (await lock.waiters()) === 1);

    if (target === 'npm') process.kill(npmPid, 'SIGTERM');
    else if (target === 'node') process.kill(nodePid, 'SIGTERM');
    else process.kill(-npmPid, 'SIGTERM');

    await waitFor('new connections to be refused', async () => (await tryConnect(Number(new URL(url).port))) === 'ECONNREFUSED');
    expect(settled).toBe(false);
    expect(alive(running!.postmasterPid)).toBe(true); // still serving the request in flight

    await lock.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ ingestArticle: { alreadyExisted: false, userErrors: [] } });
    expect(await exited).toBe(0);
    expect(output()).toMatch(/"msg":"stopped"/);

    await waitFor('every process of the run to be gone', async () => tree.every((pid) => !alive(pid)), 10_000);
    expect(processesInDataDir(dataDir)).toEqual([]);
  } finally {
    await lock.release();
    if (child.exitCode === null) killTree(child, 'SIGKILL');
    await exited;
  }
}, 180_000);
