/**
 * npm run bench:rss: memory of `npm start` as an operator sees it. Starts the
 * product (its own command, embedded Postgres in a throwaway DATA_DIR),
 * then reads the resident set size (VmRSS) of the server process and of the
 * processes it started other than Postgres (tsx's and the IDE's esbuild) at
 * three points: after start, after the first IDE view (the page and every
 * asset it loads), and after a 15 s autocannon load on /graphql.
 *
 *   npm run bench:rss [-- --seconds 15 --connections 10]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const ROOT = path.resolve(__dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 15);
const connections = arg('connections', 10);

function statusField(pid: number, field: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s*(.*)$`, 'm'))?.[1];
  } catch {
    return undefined;
  }
}
const rssMb = (pid: number) => Number((statusField(pid, 'VmRSS') ?? '0 kB').split(/\s+/)[0]) / 1024;

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      out.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    }
  } catch {
    // gone
  }
  return out;
}

function snapshot(label: string, pid: number) {
  const helpers = children(pid)
    .map((p) => ({ pid: p, name: statusField(p, 'Name') ?? '?', state: statusField(p, 'State') ?? '', mb: rssMb(p) }))
    .filter((c) => c.name !== 'postgres' && !c.state.startsWith('Z'));
  const server = rssMb(pid);
  const rest = helpers.reduce((sum, c) => sum + c.mb, 0);
  console.log(
    `${label.padEnd(22)} server ${server.toFixed(0).padStart(4)} MB   + helpers ${rest.toFixed(0).padStart(4)} MB (${helpers.map((c) => `${c.name} ${c.mb.toFixed(0)}`).join(', ') || 'none'})   = ${(server + rest).toFixed(0)} MB`,
  );
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kca-rss-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    // One process from source, as this measurement has always been taken (bench:start compares compiled and all workers).
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '', WEB_CONCURRENCY: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /ready at (http:\/\/\S+\/graphql)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  const pid = child.pid!;
  try {
    await new Promise((r) => setTimeout(r, 2000));
    snapshot('after start', pid);

    const page = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
    const assets = [...page.matchAll(/\/ide\/assets\/[\w.-]+/g)].map((m) => m[0]);
    for (const asset of new Set(assets)) await (await fetch(new URL(asset, url))).arrayBuffer();
    await new Promise((r) => setTimeout(r, 2000));
    snapshot(`after IDE view (${new Set(assets).size} assets)`, pid);

    const result = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ countries(first: 20) { nodes { iso2 name organizations(first: 10) { nodes { name agreements(first: 5) { nodes { title } } } } } } }' }),
      connections,
      duration: seconds,
    });
    await new Promise((r) => setTimeout(r, 2000));
    snapshot(`after ${seconds} s load`, pid);
    console.log(`load: ${result.requests.average.toFixed(0)} req/s, ${result.non2xx} non-2xx, ${result.errors} errors`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
