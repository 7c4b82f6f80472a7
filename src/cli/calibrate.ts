/**
 * npm run calibrate -- ARTICLES_DIR GOLD_DIR [ARTICLES_DIR GOLD_DIR ...] [--developed-on NAME,...] [--write] [--prior A]
 * Extracts every set (no database), matches each record to the gold files with the scorer, and prints per
 * extraction method the records seen, how many are correct, their precision and the shrunk confidence (fitted on
 * all sets), then a calibration table per set (bins of confidence: records, correct, precision), each set scored
 * with confidences fitted on the OTHER sets only (leave-one-set-out). A set is named for the folder holding its
 * articles/ (realdev, seeds, holdout); --developed-on names the sets the rules were developed on, whose records
 * count DEVELOPED_ON_WEIGHT (--developed-weight W). --write writes src/ingest/confidenceTable.ts with the fit on all
 * sets given. On top of the per-method estimate, a recalibration (Platt scaling) is fitted on the blind sets (those
 * not named by --developed-on); the per-set tables show each set before and after it, fitted without that set.
 * See src/quality/calibrate.ts for the estimate and the recalibration.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PRIOR, DEVELOPED_ON_WEIGHT, confidenceModule, fit, fitRecalibration, formatReport, observe, setName, type CalibrationSet } from '../quality/calibrate';

const USAGE = 'usage: npm run calibrate -- ARTICLES_DIR GOLD_DIR [ARTICLES_DIR GOLD_DIR ...] [--developed-on NAME,...] [--developed-weight W] [--write] [--prior A]';
const TABLE = join(__dirname, '..', 'ingest', 'confidenceTable.ts');

function main(argv: string[]): number {
  const dirs: string[] = [];
  let write = false;
  let prior = DEFAULT_PRIOR;
  let developedWeight = DEVELOPED_ON_WEIGHT;
  const developedOn = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--write') write = true;
    else if (arg === '--prior') prior = Number(argv[++i]);
    else if (arg === '--developed-weight') developedWeight = Number(argv[++i]);
    else if (arg === '--developed-on') for (const name of (argv[++i] ?? '').split(',').filter(Boolean)) developedOn.add(name);
    else if (arg.startsWith('--')) {
      process.stderr.write(`${USAGE} (unknown option ${arg})\n`);
      return 2;
    } else dirs.push(arg);
  }
  if (dirs.length === 0 || dirs.length % 2 !== 0 || !(prior > 0) || !(developedWeight >= 0 && developedWeight <= 1)) {
    process.stderr.write(`${USAGE}${!(prior > 0) ? ' (--prior takes a positive number)' : ''}${!(developedWeight >= 0 && developedWeight <= 1) ? ' (--developed-weight takes a number in [0, 1])' : ''}\n`);
    return 2;
  }
  const sets: Array<CalibrationSet & { articleCount: number }> = [];
  for (let i = 0; i < dirs.length; i += 2) {
    const [articles, gold] = [dirs[i]!, dirs[i + 1]!];
    for (const [label, dir] of [['ARTICLES_DIR', articles], ['GOLD_DIR', gold]] as const) {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        process.stderr.write(`error: ${label} is not a directory: ${dir}\n`);
        return 2;
      }
    }
    let name = setName(articles);
    for (let n = 2; sets.some((s) => s.name === name); n++) name = `${setName(articles)}-${n}`;
    const stems = new Set(readdirSync(gold).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => f.replace(/\.json$/, '')));
    const articleCount = readdirSync(articles).filter((f) => f.endsWith('.txt') && stems.has(f.replace(/\.txt$/, ''))).length;
    if (articleCount === 0) {
      process.stderr.write(`error: no article of ${articles} has a gold file in ${gold}\n`);
      return 2;
    }
    sets.push({ name, articles, gold, articleCount, weight: developedOn.has(name) ? developedWeight : 1 });
  }
  const unknown = [...developedOn].filter((name) => !sets.some((s) => s.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`error: --developed-on names no set given: ${unknown.join(', ')} (sets: ${sets.map((s) => s.name).join(', ')})\n`);
    return 2;
  }
  const observations = sets.flatMap(observe);
  process.stdout.write(`${formatReport(sets, observations, prior)}\n`);
  if (write) {
    writeFileSync(TABLE, confidenceModule(fit(observations, prior), sets, fitRecalibration(observations, sets.map((s) => s.name), prior)));
    process.stdout.write(`\nwrote ${TABLE} (fitted on ${sets.map((s) => s.name).join(', ')})\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
