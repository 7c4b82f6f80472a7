/**
 * npm run extract -- FILE... [--out DIR] [--verbose]
 * Runs the extraction pipeline (no database) and prints gold-shaped JSON to stdout,
 * or writes one <basename>.json per article into DIR. --verbose adds to every record
 * its `extraction`: the rule that produced it and its calibrated confidence. A file `npm run seed`
 * refuses (empty, binary, not UTF-8, over 2 MB, nothing left after cleaning)
 * is refused here too, with the same message (`error: FILE: is empty`): the
 * other files are still extracted and the exit code is 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ArticleFileError, extractArticleText, extractionWarnings, readArticleFile, stageFailureWarning } from '../ingest/files';
import { toGoldShape, type GoldShapedArticle } from '../ingest/output';
import type { ExtractedArticle, ExtractedRecords } from '../ingest/types';

const RECORD_LISTS = ['countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts'] as const satisfies ReadonlyArray<keyof ExtractedRecords & keyof GoldShapedArticle>;

/** The gold shape with each record's extraction method and confidence (the lists run in the same order). */
function withProvenance(shaped: GoldShapedArticle, extracted: ExtractedArticle): GoldShapedArticle {
  const out = { ...shaped };
  for (const kind of RECORD_LISTS) {
    (out[kind] as Array<Record<string, unknown>>) = (shaped[kind] as Array<Record<string, unknown>>).map((record, i) => ({ ...record, extraction: extracted[kind][i]!.extraction }));
  }
  return out;
}

function usage(): never {
  process.stderr.write('usage: npm run extract -- FILE... [--out DIR] [--verbose]\n');
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let outDir: string | null = null;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      outDir = argv[++i] ?? usage();
    } else if (arg === '--verbose') {
      verbose = true;
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
    const shaped = verbose ? withProvenance(toGoldShape(extracted, relative), extracted) : toGoldShape(extracted, relative);
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
