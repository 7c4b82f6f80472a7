/**
 * The confidence of extracted records means something:
 * - on the real development articles (../shared/realdev, skipped with a message in a bare clone), the records the
 *   checked-in table (src/ingest/confidence.ts) gives 0.8 or more are right (matched to a gold record) at least 90%
 *   of the time;
 * - the calibration estimate (src/quality/calibrate.ts) shrinks a method's precision toward its kind's, weighs sets
 *   the rules were developed on down, and scores each set with confidences fitted on the other sets only;
 * - the recalibration (Platt scaling) recovers known parameters, is fitted on the blind sets only (never on the set
 *   it grades), and is the identity without a blind set.
 */
import { join } from 'node:path';
import { BINS, IDENTITY, binTable, blindSets, confidenceModule, fit, fitPlatt, fitRecalibration, leaveOneSetOut, observe, type Observation } from '../../src/quality/calibrate';
import { recalibrate, sigmoid } from '../../src/ingest/confidence';
import { extractFolder } from '../../src/quality/predict';
import { goldFiles, matchArticle, KINDS } from '../../src/quality/score';
import { REALDEV_ARTICLES, REALDEV_GOLD, REALDEV_MISSING, REALDEV_PRESENT } from '../support/realdev';

const ROOT = join(__dirname, '..', '..');

/** Every record of a folder with its pipeline confidence and whether the scorer matches it to a gold record. */
function scoredRecords(articles: string, gold: string): Array<{ method: string; confidence: number; correct: boolean }> {
  const predictions = extractFolder(articles);
  return goldFiles(gold).flatMap(({ stem, doc }) => {
    const p = predictions.get(stem);
    if (!p) return [];
    const matches = matchArticle(doc, p.shaped);
    return KINDS.flatMap((kind) => p.extracted[kind].map((r, i) => ({ method: r.extraction.method, confidence: r.extraction.confidence, correct: matches[kind][i] != null })));
  });
}

describe('calibrated confidence on real news (../shared/realdev)', () => {
  if (!REALDEV_PRESENT) console.warn(REALDEV_MISSING);
  (REALDEV_PRESENT ? it : it.skip)('records with confidence >= 0.8 have precision >= 0.90', () => {
    const sure = scoredRecords(REALDEV_ARTICLES, REALDEV_GOLD).filter((r) => r.confidence >= 0.8);
    const precision = sure.filter((r) => r.correct).length / sure.length;
    expect(sure.length).toBeGreaterThan(100);
    expect({ precision: Number(precision.toFixed(3)), ok: precision >= 0.9 }).toEqual({ precision: Number(precision.toFixed(3)), ok: true });
  });
});

describe('the calibration estimate', () => {
  const obs = (set: string, method: string, correct: number, wrong: number, weight = 1): Observation[] => [
    ...Array.from({ length: correct }, () => ({ set, article: 'a', kind: method.split('.')[0] as Observation['kind'], method, correct: true, weight })),
    ...Array.from({ length: wrong }, () => ({ set, article: 'a', kind: method.split('.')[0] as Observation['kind'], method, correct: false, weight })),
  ];

  it('a method seen twice gets neither 1.0 nor 0.0, but moves toward what it shows', () => {
    const f = fit([...obs('x', 'organizations.gazetteer', 80, 20), ...obs('x', 'organizations.class-noun', 2, 0), ...obs('x', 'organizations.head-word', 0, 2)], 10);
    const kind = f.kinds.organizations!.confidence;
    expect(f.methods['organizations.class-noun']!.confidence).toBeGreaterThan(kind);
    expect(f.methods['organizations.class-noun']!.confidence).toBeLessThan(1);
    expect(f.methods['organizations.head-word']!.confidence).toBeLessThan(kind);
    expect(f.methods['organizations.head-word']!.confidence).toBeGreaterThan(0.5);
    expect(f.methods['organizations.gazetteer']!.confidence).toBeCloseTo((80 + 10 * kind) / (100 + 10), 10);
  });

  it('a kind where every record is right still gets less than 1.0', () => {
    const f = fit(obs('x', 'countries.name', 50, 0), 10);
    expect(f.kinds.countries!.confidence).toBeLessThan(1);
    expect(f.methods['countries.name']!.confidence).toBeGreaterThan(0.95);
  });

  it('records of a set the rules were developed on count by their weight, and are still counted as seen', () => {
    const full = fit([...obs('dev', 'facts.money', 100, 0), ...obs('blind', 'facts.money', 5, 5)], 10);
    const weighted = fit([...obs('dev', 'facts.money', 100, 0, 0.1), ...obs('blind', 'facts.money', 5, 5)], 10);
    expect(weighted.methods['facts.money']!.confidence).toBeLessThan(full.methods['facts.money']!.confidence);
    expect(weighted.methods['facts.money']!.n).toBe(110);
  });

  it('each set is scored with confidences fitted on the other sets only', () => {
    const data = [...obs('a', 'facts.money', 0, 20), ...obs('b', 'facts.money', 20, 0)];
    const [a, b] = leaveOneSetOut(data, ['a', 'b'], 10);
    // Set a is scored with b's (all correct) fit: confident and wrong.
    expect(a!.fittedOn).toEqual(['b']);
    expect(a!.bins.find((x) => x.label === '[0.9, 1.0]')!.records).toBe(20);
    expect(a!.bins.find((x) => x.label === '[0.9, 1.0]')!.correct).toBe(0);
    expect(b!.bins.find((x) => x.label === '[0, 0.5)')!.records).toBe(20);
  });

  it('bins cover every confidence once', () => {
    const bins = binTable([0, 0.49, 0.5, 0.79, 0.8, 0.89, 0.9, 1].map((confidence) => ({ confidence, correct: true })));
    expect(bins.map((b) => b.records)).toEqual([2, 2, 2, 2]);
    expect(BINS).toHaveLength(4);
  });

  it('runs on the seeds and the holdout, and writes a table module naming every method it saw', () => {
    const sets = [
      { name: 'seeds', articles: join(ROOT, 'seed', 'articles'), gold: join(ROOT, 'tests', 'fixtures', 'gold'), weight: 0.1 },
      { name: 'holdout', articles: join(ROOT, 'tests', 'fixtures', 'holdout', 'articles'), gold: join(ROOT, 'tests', 'fixtures', 'holdout', 'gold') },
    ];
    const observed = sets.flatMap(observe);
    expect(observed.filter((o) => o.set === 'seeds').every((o) => o.weight === 0.1)).toBe(true);
    const loso = leaveOneSetOut(observed, ['seeds', 'holdout']);
    for (const c of loso) expect(c.bins.reduce((n, b) => n + b.records, 0)).toBe(c.records);
    const f = fit(observed);
    const recalibration = fitRecalibration(observed, ['seeds', 'holdout']);
    expect(recalibration.fittedOn).toEqual(['holdout']);
    const module = confidenceModule(f, sets.map((s) => ({ ...s, articleCount: 1 })), recalibration);
    for (const method of Object.keys(f.methods)) expect(module).toContain(`'${method}': `);
    expect(module).toContain('export const RECALIBRATION');
    expect(module).not.toContain('function'); // data only: the lookup is src/ingest/confidence.ts
    expect(module).toContain(`export const RECALIBRATION: Readonly<{ a: number; b: number }> = { a: ${Number(recalibration.a.toFixed(4))}, b: ${Number(recalibration.b.toFixed(4))} };`);
  });

  it('Platt scaling recovers the parameters that generated the data, by maximum likelihood', () => {
    // Deterministic data: at each estimate p, 400 records of which round(400 * sigmoid(-1 + 2 logit p)) are correct.
    const points: Array<{ confidence: number; correct: boolean }> = [];
    for (const p of [0.3, 0.5, 0.7, 0.8, 0.9, 0.95]) {
      const k = Math.round(400 * sigmoid(-1 + 2 * Math.log(p / (1 - p))));
      for (let i = 0; i < 400; i++) points.push({ confidence: p, correct: i < k });
    }
    const r = fitPlatt(points);
    expect(r.a).toBeCloseTo(-1, 1);
    expect(r.b).toBeCloseTo(2, 1);
    // All correct (separable): Platt's smoothed targets keep the parameters finite.
    const sure = fitPlatt([0.6, 0.9].flatMap((confidence) => Array.from({ length: 10 }, () => ({ confidence, correct: true }))));
    expect(Number.isFinite(sure.a) && Number.isFinite(sure.b)).toBe(true);
    expect(recalibrate(sure, 0.6)).toBeLessThan(1);
    expect(fitPlatt([])).toEqual(IDENTITY);
  });

  it('the recalibration is fitted on the blind sets only, never on the set it grades; without one it is the identity', () => {
    const data = [...obs('dev', 'facts.money', 50, 0, 0.1), ...obs('b1', 'facts.money', 12, 8), ...obs('b1', 'facts.percent', 10, 0), ...obs('b2', 'facts.money', 5, 15), ...obs('b2', 'facts.percent', 10, 0)];
    expect(blindSets(data)).toEqual(['b1', 'b2']);
    const loso = leaveOneSetOut(data, ['dev', 'b1', 'b2'], 10);
    expect(loso.map((c) => c.recalibration.fittedOn)).toEqual([['b1', 'b2'], ['b2'], ['b1']]);
    expect(fitRecalibration(data, ['dev'], 10)).toEqual(IDENTITY);
    const r = fitRecalibration(data, ['dev', 'b1', 'b2'], 10);
    expect(r.records).toBe(60);
    // Monotone: the recalibration keeps the order of the estimates.
    expect(r.b).toBeGreaterThan(0);
    for (const c of loso) expect(c.binsRecalibrated.reduce((n, b) => n + b.records, 0)).toBe(c.records);
  });
});
