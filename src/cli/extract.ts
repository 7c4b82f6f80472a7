/**
 * npm run extract -- FILE... [--out DIR]
 * Runs the extraction pipeline (no database) and prints gold-shaped JSON to stdout,
 * or writes one <basename>.json per article into DIR. A file `npm run seed`
 * refuses (empty, binary, not UTF-8, over 2 MB, nothing left after cleaning)
 * is refused here too, with the same message (`error: FILE: is empty`): the
 * other files are still extracted and the exit code is 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ArticleFileError, extractArticleText, extractionWarnings, readArticleFile, stageFailureWarning } from '../ingest/files';
import { toGoldShape } from '../ingest/output';

function usage(): never {
  process.stderr.write('usage: npm run extract -- FILE... [--out DIR]\n');
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
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

  if (outDir) mkdirSync(outDir, { recursive: true });
  const printed: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    const relative = join(basename(dirname(file)), basename(file));
    let extracted;
    try {
      extracted = extractArticleText(await readArticleFile(file), file, { sourceFile: file });
    } catch (error) {
      if (!(error instanceof ArticleFileError)) throw error;
      process.stderr.write(`error: ${error.message}\n`);
      failed += 1;
      continue;
    }
    for (const warning of [...extracted.stageFailures.map(stageFailureWarning), ...extractionWarnings(extracted)]) process.stderr.write(`warning: ${file}: ${warning}\n`);
    const shaped = toGoldShape(extracted, relative);
    if (outDir) {
      writeFileSync(join(outDir, `${basename(file).replace(/\.[^.]*$/, '')}.json`), JSON.stringify(shaped, null, 1) + '\n');
    } else {
      printed.push(shaped);
    }
  }
  if (!outDir && printed.length > 0) process.stdout.write(JSON.stringify(printed.length === 1 && files.length === 1 ? printed[0] : printed, null, 1) + '\n');
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  },
);
