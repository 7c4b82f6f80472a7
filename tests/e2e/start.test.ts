/**
 * `npm start` as a user runs it: a real process with an empty DATA_DIR
 * (embedded Postgres) or a DATABASE_URL, seeded, answering over HTTP, and
 * stopped by SIGTERM without leaving Postgres behind. Startup problems end
 * with one clear line (printed once) and exit code 1. Signals from npm, the
 * group and process managers: signals.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '../support/database';
import { alive, exitOf, runToExit, startProduct } from '../support/product';

async function counts(url: string): Promise<Record<string, number>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ countries { totalCount } organizations { totalCount } persons { totalCount } agreements { totalCount } statements { totalCount } facts { totalCount } articles { totalCount } }',
    }),
  });
  const body = (await res.json()) as { data: Record<string, { totalCount: number }> };
  return Object.fromEntries(Object.entries(body.data).map(([k, v]) => [k, v.totalCount]));
}

function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

describe('npm start with the embedded Postgres', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('serves the seeded countries, keeps counts across restarts, and SIGTERM leaves no Postgres behind', async () => {
    const first = await startProduct({ DATA_DIR: dataDir });
    const pid = postmasterPid(dataDir);
    expect(pid).not.toBeNull();
    const res = await fetch(first.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ countries(first: 100) { nodes { iso2 name } } }' }),
    });
    const body = (await res.json()) as { data: { countries: { nodes: { iso2: string }[] } } };
    expect(body.data.countries.nodes.map((c) => c.iso2)).toEqual(expect.arrayContaining(['KR', 'KZ', 'UZ', 'KG', 'TM', 'TJ']));
    const before = await counts(first.url);
    expect(before.agreements).toBeGreaterThan(0);

    first.child.kill('SIGTERM');
    expect(await exitOf(first.child)).toBe(0);
    expect(alive(pid!)).toBe(false);

    const second = await startProduct({ DATA_DIR: dataDir });
    expect(await counts(second.url)).toEqual(before);
    expect(second.output()).toMatch(/0 new, 5 unchanged/);
    const pid2 = postmasterPid(dataDir);
    second.child.kill('SIGTERM');
    expect(await exitOf(second.child)).toBe(0);
    expect(alive(pid2!)).toBe(false);
  }, 300_000);
});

describe('npm start with DATABASE_URL', () => {
  test('uses that server and starts no Postgres of its own', async () => {
    const db = await createTestDatabase({ migrated: false });
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-unused-'));
    try {
      const s = await startProduct({ DATABASE_URL: db.url, DATA_DIR: dataDir });
      expect((await counts(s.url)).articles).toBe(5);
      expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(false);
      s.child.kill('SIGTERM');
      expect(await exitOf(s.child)).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await db.drop();
    }
  }, 180_000);
});

describe('npm start after an upgrade of the extraction rules', () => {
  test('re-extracts the articles an older extractor version made, in the background once serving (REEXTRACT_ON_START)', async () => {
    const db = await createTestDatabase({ migrated: false });
    const client = new pg.Client({ connectionString: db.url });
    try {
      const first = await startProduct({ DATABASE_URL: db.url });
      first.child.kill('SIGTERM');
      expect(await exitOf(first.child)).toBe(0);
      await client.connect();
      // As if the articles had been loaded by older rules.
      await client.query(`UPDATE articles SET extractor_version = 'older-rules'`);

      const second = await startProduct({ DATABASE_URL: db.url });
      const deadline = Date.now() + 60_000;
      while (!/reextract: 5 article\(s\) brought to extractor version/.test(second.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(second.output()).toMatch(/reextract: 5 article\(s\) brought to extractor version \w+/);
      const { rows } = await client.query<{ version: string; n: number }>('SELECT extractor_version AS version, count(*)::int AS n FROM articles GROUP BY 1');
      expect(rows).toEqual([{ version: expect.stringMatching(/^[0-9a-f]{12}$/), n: 5 }]);
      second.child.kill('SIGTERM');
      expect(await exitOf(second.child)).toBe(0);

      // With REEXTRACT_ON_START=false the start leaves older articles alone.
      await client.query(`UPDATE articles SET extractor_version = 'older-rules'`);
      const third = await startProduct({ DATABASE_URL: db.url, REEXTRACT_ON_START: 'false' });
      third.child.kill('SIGTERM');
      expect(await exitOf(third.child)).toBe(0);
      expect((await client.query(`SELECT count(*)::int AS n FROM articles WHERE extractor_version = 'older-rules'`)).rows[0].n).toBe(5);
    } finally {
      await client.end().catch(() => undefined);
      await db.drop();
    }
  }, 240_000);
});

describe('startup errors are one clear line and exit code 1', () => {
  test('a bad config value names the variable', async () => {
    const { code, output } = await runToExit({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toMatch(/PORT="eighty"/);
    expect(output.match(/PORT="eighty"/g)).toHaveLength(1);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('an unreachable DATABASE_URL says so', async () => {
    const port = await freePort();
    const { code, output } = await runToExit({ DATABASE_URL: `postgresql://nobody:x@127.0.0.1:${port}/none`, SEED_ON_START: 'false' });
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot reach the database at 127\.0\.0\.1:\d+/);
    expect(output.match(/Cannot reach the database/g)).toHaveLength(1); // one message, not a JSON line and a plain one
  });

  test('a port already in use says so', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const db = await createTestDatabase();
    try {
      const { code, output } = await runToExit({ DATABASE_URL: db.url, PORT: String(port), SEED_ON_START: 'false' });
      expect(code).toBe(1);
      expect(output).toMatch(new RegExp(`Port ${port} .*already in use`));
      expect(output.match(/already in use/g)).toHaveLength(1);
    } finally {
      blocker.close();
      await db.drop();
    }
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
