/** `npm run seed` on bad input: each bad file is reported by name and skipped, the rest load, the exit code says so. */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../src/ingest/files';
import { SEED_DIR } from '../support/app';
import { createTestDatabase } from '../support/database';

const ROOT = path.resolve(__dirname, '..', '..');

test('empty, binary, non-UTF-8 and oversized files are named and skipped; good files still load; exit code 1', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kca-bad-'));
  const db = await createTestDatabase();
  try {
    writeFileSync(path.join(dir, 'a-empty.txt'), '   \n');
    writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(path.join(dir, 'c-latin1.txt'), Buffer.from('Caf\xe9 in Seoul', 'latin1'));
    writeFileSync(path.join(dir, 'd-huge.txt'), 'word '.repeat(MAX_ARTICLE_BYTES / 5 + 10));
    copyFileSync(path.join(SEED_DIR, '001_6be1f264b80a52a9.txt'), path.join(dir, 'e-good.txt'));
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/seed.ts', dir], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, HOME: '/tmp', DATABASE_URL: db.url },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/FAILED\s+\S*a-empty\.txt: is empty/);
    expect(output).toMatch(/FAILED\s+\S*b-binary\.txt: looks binary/);
    expect(output).toMatch(/FAILED\s+\S*c-latin1\.txt: is not valid UTF-8/);
    expect(output).toMatch(/FAILED\s+\S*d-huge\.txt: is \d+ bytes; the limit is/);
    expect(output).toMatch(/created\s+\S*e-good\.txt/);
    expect(output).toMatch(/1 new, 0 unchanged, 4 failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  }
}, 60_000);
