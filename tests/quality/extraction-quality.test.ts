/**
 * End-to-end quality gate: the pipeline scored like score_extraction.py on
 * - the seed articles (seed/articles, gold in tests/fixtures/gold);
 * - the holdout articles our team wrote in other outlets' shapes (tests/fixtures/holdout);
 * - the real development articles in ../shared/realdev (third-party text, read in place; skipped
 *   with a message in a bare clone). Real text is what users load, so its floors guard the
 *   numbers that matter; the first two only catch regressions on our own shapes.
 * Floors sit just below what the extractor reaches, so a regression fails the suite.
 */
import { join } from 'node:path';
import { predictFolder } from '../../src/quality/predict';
import { scoreAgainstGold, type Score } from '../../src/quality/score';
import { REALDEV_ARTICLES, REALDEV_GOLD, REALDEV_MISSING, REALDEV_PRESENT } from '../support/realdev';

const ROOT = join(__dirname, '..', '..');

type Floors = Partial<Record<keyof Score['score'], number>>;

const SEED_FLOORS: Floors = { countries: 0.95, organizations: 0.85, persons: 0.9, agreements: 0.8, statements: 0.8, facts: 0.7, macro: 0.97 };
/** Just below what the extractor reaches on the holdout (0.97-1.00 per kind). */
const HOLDOUT_FLOORS: Floors = { countries: 0.95, organizations: 0.93, persons: 0.95, agreements: 0.95, statements: 0.95, facts: 0.95 };
/**
 * Real news (../shared/realdev): per kind and macro F1, and the attributes analysts filter by.
 * The extractor reaches 1.000 on every kind here (2026-12-03; 0.77 macro before the rules were
 * worked on real text); floors leave room for a general rule that costs a realdev judgement call,
 * and stay at or above the acceptance (macro 0.90, these attributes 0.80).
 */
const REALDEV_FLOORS: Floors = { countries: 0.97, organizations: 0.93, persons: 0.93, agreements: 0.93, statements: 0.93, facts: 0.93, macro: 0.95 };
const REALDEV_ATTRIBUTE_FLOORS: Record<string, number> = {
  'agreements.date': 0.9, // reached 1.000
  'agreements.party_organizations': 0.8, // 0.860
  'persons.role': 0.9, // 0.970
  'persons.country': 0.9, // 0.970
};

function expectFloors(score: Score, floors: Floors): void {
  const reached = Object.fromEntries(Object.keys(floors).map((k) => [k, Number(score.score[k as keyof Score['score']].toFixed(3))]));
  const below = Object.entries(floors).filter(([k, floor]) => reached[k]! < floor!);
  expect({ below, reached }).toEqual({ below: [], reached });
}

describe('extraction quality on the seed articles', () => {
  it('reaches every floor', () => {
    expectFloors(scoreAgainstGold(join(ROOT, 'tests', 'fixtures', 'gold'), predictFolder(join(ROOT, 'seed', 'articles'))), SEED_FLOORS);
  });
});

describe('extraction quality on the holdout articles', () => {
  it('reaches every floor', () => {
    const holdout = join(ROOT, 'tests', 'fixtures', 'holdout');
    expectFloors(scoreAgainstGold(join(holdout, 'gold'), predictFolder(join(holdout, 'articles'))), HOLDOUT_FLOORS);
  });
});

describe('extraction quality on real news (../shared/realdev)', () => {
  if (!REALDEV_PRESENT) console.warn(REALDEV_MISSING);
  const run = REALDEV_PRESENT ? it : it.skip;
  const score = () => scoreAgainstGold(REALDEV_GOLD, predictFolder(REALDEV_ARTICLES));

  run('reaches every per-kind and macro floor', () => {
    expectFloors(score(), REALDEV_FLOORS);
  });

  run('reaches the attribute floors (agreement dates and parties, person roles and countries)', () => {
    const attributes = score().attributes;
    const reached = Object.fromEntries(Object.keys(REALDEV_ATTRIBUTE_FLOORS).map((k) => [k, Number((attributes[k]!.mean ?? 0).toFixed(3))]));
    const below = Object.entries(REALDEV_ATTRIBUTE_FLOORS).filter(([k, floor]) => reached[k]! < floor);
    expect({ below, reached }).toEqual({ below: [], reached });
  });
});
