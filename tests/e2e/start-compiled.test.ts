/**
 * What `npm start` runs since issue 16: the server compiled to one JavaScript
 * file (src/build/server.mjs → dist/server/index.js), started by plain node
 * with no TypeScript runtime. Built here from the sources, then started on a
 * real Postgres: ready, answering, serving the IDE and its bundled assets,
 * stamping articles with the same extractor version as the TypeScript
 * sources compute (or every switch between the two would re-extract
 * everything), and stopped cleanly by SIGTERM.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { extractorVersion } from '../../src/ingest/version';
import { createTestDatabase } from '../support/database';
import { run, PROJECT_ROOT } from '../support/processes';
import { COMPILED_ENTRY, exitOf, startProduct } from '../support/product';

test('the compiled server builds, starts without tsx, serves /readyz, GraphQL and the IDE, and stops on SIGTERM', async () => {
  const build = await run(process.execPath, ['src/build/server.mjs']);
  expect(build.stderr).toMatch(/built dist\/server\/index\.js from \d+ files/);
  expect(build.code).toBe(0);
  const bundle = readFileSync(COMPILED_ENTRY, 'utf8');
  // Our sources are inside; packages stay in node_modules (Prisma's runtime and wasm load from there).
  expect(bundle).toMatch(/require\("@prisma\/client\/runtime\/client"\)/);
  expect(bundle).not.toMatch(/require\("tsx/);

  const db = await createTestDatabase({ migrated: false });
  const client = new pg.Client({ connectionString: db.url });
  try {
    const s = await startProduct({ DATABASE_URL: db.url, WEB_CONCURRENCY: '1' }, 120_000, { via: 'compiled' });
    const cmdline = readFileSync(`/proc/${s.child.pid}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toContain(COMPILED_ENTRY);
    expect(cmdline.join(' ')).not.toMatch(/tsx/);
    const base = s.url.replace(/\/graphql$/, '');

    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { totalCount } countries(first: 100) { nodes { iso2 } } }' }),
    });
    const body = (await res.json()) as { data: { articles: { totalCount: number }; countries: { nodes: { iso2: string }[] } } };
    expect(body.data.articles.totalCount).toBe(5);
    expect(body.data.countries.nodes.map((c) => c.iso2)).toEqual(expect.arrayContaining(['KR', 'KZ', 'UZ']));

    // The IDE page and its bundled script, built at run time from src/ide/client (found from the bundle).
    const page = await fetch(s.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const script = /src="(\/ide\/assets\/ide-[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100_000);

    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT DISTINCT extractor_version AS version FROM articles');
    expect(rows).toEqual([{ version: extractorVersion() }]);

    s.child.kill('SIGTERM');
    expect(await exitOf(s.child)).toBe(0);
    expect(s.output()).toMatch(/"msg":"stopped"/);
  } finally {
    await client.end().catch(() => undefined);
    await db.drop();
  }
}, 180_000);

test('`npm start` runs the compiled server, built by npm ci (prepare) or by the prestart step when a source is newer', () => {
  const scripts = (JSON.parse(readFileSync(`${PROJECT_ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts.start).toBe('exec node --enable-source-maps dist/server/index.js');
  expect(scripts.prestart).toBe('node src/build/server.mjs --if-stale');
  expect(scripts.prepare).toBe('node src/build/server.mjs');
});
