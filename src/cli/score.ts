/**
 * npm run score -- ARTICLES_DIR GOLD_DIR [--verbose] [--json]
 * Extracts every ARTICLES_DIR/<stem>.txt (no database) and scores it against GOLD_DIR/<stem>.json:
 * the per-kind table (TP, FP, FN, precision, recall, F1), attribute accuracy, and a SCORE line,
 * as ../shared/tools/score_extraction.py prints them (that script stays the reference; they agree,
 * see tests/quality/scorer-parity.test.ts). --verbose lists every miss and extra per article;
 * --json prints the whole result as JSON instead.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { predictFolder } from '../quality/predict';
import { formatScore, scoreAgainstGold } from '../quality/score';

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--verbose', '--json'].includes(f));
  if (dirs.length !== 2 || unknown.length > 0) {
    process.stderr.write(`usage: npm run score -- ARTICLES_DIR GOLD_DIR [--verbose] [--json]${unknown.length ? ` (unknown option ${unknown.join(', ')})` : ''}\n`);
    return 2;
  }
  const [articlesDir, goldDir] = dirs as [string, string];
  for (const [label, dir] of [['ARTICLES_DIR', articlesDir], ['GOLD_DIR', goldDir]] as const) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      process.stderr.write(`error: ${label} is not a directory: ${dir}\n`);
      return 2;
    }
  }
  const stems = readdirSync(goldDir).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => f.replace(/\.json$/, ''));
  if (stems.length === 0) {
    process.stderr.write(`error: no gold files (*.json not starting with '_') in ${goldDir}\n`);
    return 2;
  }
  const predictions = predictFolder(articlesDir);
  for (const stem of stems) if (!predictions.has(stem)) process.stderr.write(`warning: no article ${join(articlesDir, `${stem}.txt`)} for gold ${stem}.json (scored as empty)\n`);
  const result = scoreAgainstGold(goldDir, predictions);
  process.stdout.write(flags.has('--json') ? `${JSON.stringify(result, null, 1)}\n` : `${formatScore(result, flags.has('--verbose'))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
