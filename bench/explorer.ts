/**
 * The explorer's time to first meaningful render, per view, in headless
 * Chromium: from the start of the navigation to the `explorer:data:<view>`
 * performance mark, which each view sets once it has painted real data
 * (src/explorer/client/ui.tsx). Each measurement uses a fresh browser context
 * (cold HTTP cache: the bundle is downloaded and parsed every time, as on a
 * first visit); the median of --rounds is reported. Also the bundle's size,
 * raw and gzipped as served.
 *
 *   npm run bench:explorer [-- --rounds 5]
 *
 * Databases: the 5 seed articles in its own embedded Postgres (.bench/pg-explorer,
 * wiped each run), then the read benchmark's database (.bench/pg-run) when it
 * exists, at whatever size `npm run bench -- --scale 1,10` left it
 * (.bench/corpus-state.json says which). The server is the real app
 * (createApp, NODE_ENV=production) on 127.0.0.1 in this process.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/config';
import { openDatabase, type OpenDatabase } from '../src/db/bootstrap';
import { collectArticleFiles, loadArticleFiles } from '../src/ingest/files';
import { createLogger } from '../src/logger';
import { createClient } from '../src/sdk';
import { createApp } from '../src/server';
import { HAVE_CHROMIUM, HOW_TO_ENABLE, launchChromium, waitForPainted } from '../tests/support/browser';
import { sampleRecords, viewUrls } from '../tests/support/explorerViews';
import { openEmptyBenchDatabase } from './load-corpus';

const ROOT = path.resolve(__dirname, '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const PAIR: [string, string] = ['KR', 'KZ'];

interface Row {
  view: string;
  ms: number[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, opened: OpenDatabase, rounds: number, searchWord: string): Promise<{ label: string; rows: Row[]; bundle: { raw: number; gzip: number; buildMs: number } }> {
  const logger = createLogger('warn');
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  const app = await createApp({ config, db: opened.db, databaseUrl: opened.url, logger });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const sample = await sampleRecords(createClient({ url: `${origin}/graphql` }), PAIR);
    // The first page request builds the bundle (once per process): timed apart, not in the renders.
    const built = Date.now();
    const html = await (await fetch(`${origin}/`, { headers: { accept: 'text/html' } })).text();
    const buildMs = Date.now() - built;
    let raw = 0;
    let gzip = 0;
    for (const m of html.matchAll(/(?:src|href)="(\/explorer\/assets\/[^"]+)"/g)) {
      const bytes = Buffer.from(await (await fetch(origin + m[1]!)).arrayBuffer());
      raw += bytes.byteLength;
      gzip += gzipSync(bytes).byteLength;
    }
    const rows: Row[] = [];
    for (const [view, url] of viewUrls(sample, searchWord)) {
      const mark = view;
      const row: Row = { view, ms: [] };
      for (let r = 0; r < rounds; r++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(origin + url);
        row.ms.push(Math.round(await waitForPainted(page, mark, 60_000)));
        await context.close();
      }
      process.stdout.write(`  ${label} ${view}: ${row.ms.join(', ')} ms\n`);
      rows.push(row);
    }
    return { label, rows, bundle: { raw, gzip, buildMs } };
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function main(): Promise<void> {
  if (!HAVE_CHROMIUM) throw new Error(HOW_TO_ENABLE);
  const roundsArg = process.argv.indexOf('--rounds');
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number >= 1, got ${process.argv[roundsArg + 1]}`);
  const results: Awaited<ReturnType<typeof measure>>[] = [];

  const seeded = await openEmptyBenchDatabase(path.join(BENCH_DIR, 'pg-explorer'), 'bench:explorer');
  try {
    await loadArticleFiles(seeded.db.prisma, await collectArticleFiles([path.join(ROOT, 'seed', 'articles')]));
    results.push(await measure('seeded (5 articles)', seeded, rounds, 'uranium'));
  } finally {
    await seeded.close();
  }

  const benchDir = path.join(BENCH_DIR, 'pg-run');
  if (existsSync(benchDir)) {
    const state = JSON.parse(readFileSync(path.join(BENCH_DIR, 'corpus-state.json'), 'utf8')) as { factor: number; articleRows: number };
    const opened = await openDatabase(loadConfig({ ...process.env, DATA_DIR: benchDir, LOG_LEVEL: 'warn' }), createLogger('warn'));
    try {
      results.push(await measure(`bench ${state.factor}× (${state.articleRows} articles)`, opened, rounds, 'energy'));
    } finally {
      await opened.close();
    }
  } else {
    process.stdout.write('no .bench/pg-run: run `npm run bench -- --scale 1,10` first for the larger database\n');
  }

  const views = results[0]!.rows.map((r) => r.view);
  const lines = [
    `Explorer, first meaningful render (ms from navigation start to the view's data mark; median of ${rounds}, cold cache, 1280 px), ${new Date().toISOString()}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}:`,
    '',
    `| view | ${results.map((r) => r.label).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
    ...views.map((v) => `| ${v} | ${results.map((r) => median(r.rows.find((x) => x.view === v)!.ms)).join(' | ')} |`),
    '',
    `Bundle (JS + CSS): ${(results[0]!.bundle.raw / 1024).toFixed(0)} KiB, ${(results[0]!.bundle.gzip / 1024).toFixed(1)} KiB gzipped; built on the first page request in ${results.map((r) => `${r.bundle.buildMs} ms`).join(' / ')}.`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
