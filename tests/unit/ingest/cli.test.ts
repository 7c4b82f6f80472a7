import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/extract.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('extract CLI', () => {
  it('writes gold-shaped JSON per article', () => {
    const out = mkdtempSync(join(tmpdir(), 'extract-'));
    const r = run([join(ROOT, 'tests/fixtures/articles/railway_signing.txt'), '--out', out]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'railway_signing.json'), 'utf8'));
    expect(Object.keys(doc)).toEqual(['file', 'title', 'publisher', 'publishedOn', 'countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts']);
    expect(typeof doc.agreements[0].evidence).toBe('string');
  });

  it('--verbose adds each record its extraction method and confidence; the default output has none', () => {
    const file = join(ROOT, 'tests/fixtures/articles/railway_signing.txt');
    const plain = run([file]);
    const verbose = run([file, '--verbose']);
    expect([plain.status, verbose.status]).toEqual([0, 0]);
    expect(plain.stdout).not.toContain('"extraction"');
    const doc = JSON.parse(verbose.stdout);
    const records = ['countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts'].flatMap((k) => doc[k] as Array<{ extraction: { method: string; confidence: number } }>);
    expect(records.length).toBeGreaterThan(3);
    for (const r of records) expect(r.extraction).toEqual({ method: expect.stringMatching(/^[a-z]+\.[a-z.-]+$/), confidence: expect.any(Number) });
    const { extraction: _, ...rest } = doc.agreements[0];
    expect(rest).toEqual(JSON.parse(plain.stdout).agreements[0]);
  });

  it('fails clearly on a missing file', () => {
    const r = run(['/nonexistent/article.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/article.txt');
  });
});
