/**
 * `npm run seed` and `npm run extract` on bad input: each bad file is
 * reported by name with the same message and skipped, the rest load (or
 * extract), the exit code is 1. A file that yields no records gets a warning.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_ARTICLE_BYTES, NO_RECORDS_WARNING } from '../../src/ingest/files';
import { SEED_DIR } from '../support/app';
import { createTestDatabase } from '../support/database';

const ROOT = path.resolve(__dirname, '..', '..');

/** The refusals both commands print, after their own prefix (`FAILED    ` / `error: `). */
const REFUSALS = [/a-empty\.txt: is empty/, /b-binary\.txt: looks binary/, /c-latin1\.txt: is not valid UTF-8/, /d-huge\.txt: is \d+ bytes; the limit is/];

function badFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kca-bad-'));
  writeFileSync(path.join(dir, 'a-empty.txt'), '   \n');
  writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  writeFileSync(path.join(dir, 'c-latin1.txt'), Buffer.from('Caf\xe9 in Seoul', 'latin1'));
  writeFileSync(path.join(dir, 'd-huge.txt'), 'word '.repeat(MAX_ARTICLE_BYTES / 5 + 10));
  copyFileSync(path.join(SEED_DIR, '001_6be1f264b80a52a9.txt'), path.join(dir, 'e-good.txt'));
  writeFileSync(path.join(dir, 'f-nothing.txt'), 'The weather was mild and the meeting was short.\n');
  return dir;
}

function runCli(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { PATH: process.env.PATH!, HOME: '/tmp', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test('seed: empty, binary, non-UTF-8 and oversized files are named and skipped; good files still load; no records is a warning; exit code 1', async () => {
  const dir = badFolder();
  const db = await createTestDatabase();
  try {
    const { code, stdout, stderr } = await runCli('src/cli/seed.ts', [dir], { DATABASE_URL: db.url });
    const output = stdout + stderr;
    expect(code).toBe(1);
    for (const refusal of REFUSALS) expect(output).toMatch(new RegExp(`FAILED\\s+\\S*${refusal.source}`));
    expect(output).toMatch(/created\s+\S*e-good\.txt/);
    expect(output).not.toMatch(/e-good\.txt.*warning/);
    expect(output).toContain(`f-nothing.txt  created: nothing; merged: nothing; warning: ${NO_RECORDS_WARNING}`);
    expect(output).toMatch(/2 new, 0 unchanged, 4 failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  }
}, 60_000);

test('extract refuses the same files with the same messages and exit code 1, and still extracts the others', async () => {
  const dir = badFolder();
  const files = ['a-empty', 'b-binary', 'c-latin1', 'd-huge', 'e-good', 'f-nothing'].map((n) => path.join(dir, `${n}.txt`));
  try {
    const { code, stdout, stderr } = await runCli('src/cli/extract.ts', files);
    expect(code).toBe(1);
    for (const refusal of REFUSALS) expect(stderr).toMatch(new RegExp(`^error: \\S*${refusal.source}`, 'm'));
    expect(stderr).toContain(`warning: ${files[5]}: ${NO_RECORDS_WARNING}`);
    const printed = JSON.parse(stdout) as Array<{ file: string; agreements: unknown[] }>;
    expect(printed.map((p) => path.basename(p.file))).toEqual(['e-good.txt', 'f-nothing.txt']);
    expect(printed[0]!.agreements.length).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
