/**
 * package.json's engines.node (what the README promises) against what the
 * installed tree declares, from package-lock.json: every package the server
 * runs with (not dev-only) must accept the oldest Node we support. The one
 * exception is named with its reason; dev-only tools that declare Node 22
 * are listed in the README ("Quick start") and are not checked here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } | string[] }>;
};

/** Prisma CLI's `prisma dev` local server (prisma → @prisma/dev): never loaded by the server, which migrates through the WebAssembly engine. */
const ALLOWED = ['node_modules/@prisma/streams-local'];

type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/^[=v]+/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  return [a, b, c];
};
const cmp = (x: Version, y: Version) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

/** A small semver range check: `||` of space-separated comparators (>=, >, <=, <, ^, ~, =, x.y.z) */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((clause) =>
    clause
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1') // `>= 0.4`
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((c) => {
        const m = /^(>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(c)!;
        if (m[2] === '*' || m[2] === 'x') return true;
        const r = parse(m[2]!);
        switch (m[1]) {
          case '>=': return cmp(v, r) >= 0;
          case '>': return cmp(v, r) > 0;
          case '<=': return cmp(v, r) <= 0;
          case '<': return cmp(v, r) < 0;
          case '^': return cmp(v, r) >= 0 && (r[0] > 0 ? v[0] === r[0] : v[1] === r[1]);
          case '~': return cmp(v, r) >= 0 && v[0] === r[0] && v[1] === r[1];
          default: return /^\d+$/.test(m[2]!) ? v[0] === r[0] : cmp(v, r) === 0;
        }
      }),
  );
}

test('the range check reads engines fields as npm does', () => {
  expect(satisfies('20.19.0', '>=20.19')).toBe(true);
  expect(satisfies('20.19.0', '>=22.15.0')).toBe(false);
  expect(satisfies('20.19.0', '>=23.5.0 || ^22.13.0 || ^20.17.0')).toBe(true);
  expect(satisfies('20.19.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
  expect(satisfies('20.19.0', '>= 16')).toBe(true);
  expect(satisfies('20.19.0', '>=10 <20')).toBe(false);
});

test(`every package the server runs with accepts Node ${pkg.engines.node} (package.json engines)`, () => {
  const oldest = pkg.engines.node.replace(/^>=\s*/, '');
  const refusing = Object.entries(lock.packages)
    .filter(([name, entry]) => name !== '' && !entry.dev)
    .filter(([, entry]) => {
      const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return typeof node === 'string' && !satisfies(oldest, node);
    })
    .map(([name, entry]) => `${name}@${entry.version} wants node ${(entry.engines as { node: string }).node}`);
  expect(refusing.filter((r) => !ALLOWED.some((a) => r.startsWith(`${a}@`)))).toEqual([]);
});
