/**
 * The TypeScript scorer (src/quality/score.ts, behind `npm run score` and the quality floors)
 * gives the same numbers as the reference Python scorer (tests/fixtures/score_extraction.py,
 * a copy of shared/tools/score_extraction.py) on the same predictions: every row's TP/FP/FN and
 * every attribute mean, on the seeds, the holdout and (when present) the real development set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { predictFolder } from '../../src/quality/predict';
import { ROWS, scoreAgainstGold } from '../../src/quality/score';
import { REALDEV_ARTICLES, REALDEV_GOLD, REALDEV_MISSING, REALDEV_PRESENT } from '../support/realdev';

const ROOT = join(__dirname, '..', '..');
const PYTHON_SCORER = join(ROOT, 'tests', 'fixtures', 'score_extraction.py');
const pythonFound = spawnSync('python3', ['--version']).status === 0;
if (!pythonFound && process.env.CI === 'true') throw new Error('python3 is required under CI=true (apt-get install python3)');
if (!pythonFound) console.warn('skipped: scorer parity needs python3 (apt-get install python3)');
if (!REALDEV_PRESENT) console.warn(REALDEV_MISSING);

interface PythonResult {
  kinds: Record<string, { tp: number; fp: number; fn: number }>;
  attributes: Record<string, { mean: number | null; n: number }>;
}

const sets: Array<[string, string, string, boolean]> = [
  ['seeds', join(ROOT, 'seed', 'articles'), join(ROOT, 'tests', 'fixtures', 'gold'), true],
  ['holdout', join(ROOT, 'tests', 'fixtures', 'holdout', 'articles'), join(ROOT, 'tests', 'fixtures', 'holdout', 'gold'), true],
  ['realdev', REALDEV_ARTICLES, REALDEV_GOLD, REALDEV_PRESENT],
];

describe.each(sets)('scorer parity on %s', (_name, articles, gold, present) => {
  (pythonFound && present ? test : test.skip)('TypeScript and Python scorers agree on every row and attribute', () => {
    const predictions = predictFolder(articles);
    const dir = mkdtempSync(join(tmpdir(), 'parity-'));
    try {
      for (const [stem, doc] of predictions) writeFileSync(join(dir, `${stem}.json`), JSON.stringify(doc));
      const out = join(dir, '_result.json');
      const run = spawnSync('python3', [PYTHON_SCORER, gold, dir, '--json', out], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const python = JSON.parse(readFileSync(out, 'utf8')) as PythonResult;
      const ours = scoreAgainstGold(gold, predictions);
      for (const row of ROWS) {
        const { tp, fp, fn } = ours.kinds[row];
        expect({ row, tp, fp, fn }).toEqual({ row, tp: python.kinds[row]!.tp, fp: python.kinds[row]!.fp, fn: python.kinds[row]!.fn });
      }
      for (const [name, a] of Object.entries(python.attributes)) {
        expect({ name, n: ours.attributes[name]!.n, mean: ours.attributes[name]!.mean?.toFixed(6) ?? null }).toEqual({ name, n: a.n, mean: a.mean?.toFixed(6) ?? null });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
