/**
 * The extractor version: what made an article's records, stored per article
 * (articles.extractor_version) so that `npm run reextract` knows which
 * articles an upgrade leaves behind.
 *
 * It is a hash of the rules' own files (this folder) and of the reference
 * data they read (seed/reference), not a number bumped by hand: a forgotten
 * bump would silently keep old records, while a hash changes whenever
 * anything that can change a record changes. A change that turns out not to
 * change any record costs one re-extraction that reports `changed=0`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** Everything extraction reads: its code and the calibration table (src/ingest), the calendar check it shares, the reference lists. */
const SOURCES = [join(ROOT, 'src', 'ingest'), join(ROOT, 'src', 'lib', 'calendarDate.ts'), join(ROOT, 'seed', 'reference')];
/** Files in src/ingest that move records around without deciding what they are. */
const NOT_RULES = new Set(['load.ts', 'files.ts', 'extractThread.ts', 'output.ts', 'version.ts']);

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !NOT_RULES.has(name) && !name.endsWith('.md'))
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function hashOfRules(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder)) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

let version: string | null = null;

/** The running extractor's version: 12 hex digits of the rules' hash (read once per process). */
export function extractorVersion(): string {
  version ??= hashOfRules();
  return version;
}
