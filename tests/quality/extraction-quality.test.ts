/** End-to-end quality gate: the pipeline on the seed articles, scored like score_extraction.py. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/ingest/pipeline';
import { toGoldShape } from '../../src/ingest/output';
import { scoreAgainstGold } from './score';

const ROOT = join(__dirname, '..', '..');
const ARTICLES = join(ROOT, 'seed', 'articles');
const GOLD = join(ROOT, 'tests', 'fixtures', 'gold');

const THRESHOLDS = { countries: 0.95, organizations: 0.85, persons: 0.9, agreements: 0.8, statements: 0.8, facts: 0.7 } as const;

describe('extraction quality on the seed articles', () => {
  const predictions = new Map<string, Record<string, unknown>>();
  const started = Date.now();
  for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
    const extracted = extractArticle(readFileSync(join(ARTICLES, file), 'utf8'), { sourceFile: file });
    predictions.set(file.replace(/\.txt$/, ''), toGoldShape(extracted, `articles/${file}`) as unknown as Record<string, unknown>);
  }
  const elapsed = Date.now() - started;
  const scores = scoreAgainstGold(GOLD, predictions);

  it.each(Object.entries(THRESHOLDS))('%s micro F1 reaches %d', (kind, threshold) => {
    expect(scores[kind as keyof typeof THRESHOLDS].f1).toBeGreaterThanOrEqual(threshold);
  });

  it('extracts the five seeds well under 5 seconds', () => {
    expect(elapsed).toBeLessThan(5000);
  });
});
