/**
 * npm run extract -- FILE... [--out DIR]
 * Runs the extraction pipeline (no database) and prints gold-shaped JSON to stdout,
 * or writes one <basename>.json per article into DIR.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extractArticle } from '../ingest/pipeline';
import { toGoldShape } from '../ingest/output';

function usage(): never {
  process.stderr.write('usage: npm run extract -- FILE... [--out DIR]\n');
  process.exit(2);
}

function main(argv: string[]): number {
  const files: string[] = [];
  let outDir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      outDir = argv[++i] ?? usage();
    } else if (arg === '--help' || arg === '-h') {
      usage();
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) usage();

  const texts: Array<{ file: string; text: string }> = [];
  for (const file of files) {
    try {
      texts.push({ file, text: readFileSync(file, 'utf8') });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error: cannot read ${file}: ${reason}\n`);
      return 1;
    }
  }
  if (outDir) mkdirSync(outDir, { recursive: true });
  const printed: unknown[] = [];
  for (const { file, text } of texts) {
    const relative = join(basename(dirname(file)), basename(file));
    const extracted = extractArticle(text, { sourceFile: file });
    for (const failure of extracted.stageFailures) process.stderr.write(`warning: ${file}: extraction stage ${failure.stage} failed (${failure.message}); its records are missing\n`);
    const shaped = toGoldShape(extracted, relative);
    if (outDir) {
      writeFileSync(join(outDir, `${basename(file).replace(/\.[^.]*$/, '')}.json`), JSON.stringify(shaped, null, 1) + '\n');
    } else {
      printed.push(shaped);
    }
  }
  if (!outDir) process.stdout.write(JSON.stringify(printed.length === 1 ? printed[0] : printed, null, 1) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
