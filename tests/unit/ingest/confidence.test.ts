/**
 * Provenance of every record: the rule that produced it (`extraction.method`, one of src/ingest/extract/methods.ts)
 * and its calibrated confidence (src/ingest/confidence.ts: the per-method estimate, a per-kind fallback for a method the
 * table lacks, recalibrated by Platt scaling).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIDENCE, KIND_CONFIDENCE, METHOD_CONFIDENCE, RECALIBRATION, confidenceOf, estimateOf, recalibrated } from '../../../src/ingest/confidence';
import { ALL_METHODS, METHODS, extractionBy, mergeMethod, strongest, type MethodKind } from '../../../src/ingest/extract/methods';
import { toGoldShape } from '../../../src/ingest/output';
import { extractArticle } from '../../../src/ingest/pipeline';
import type { ExtractedArticle } from '../../../src/ingest/types';

const SEEDS = join(__dirname, '..', '..', '..', 'seed', 'articles');
const KINDS = Object.keys(METHODS) as MethodKind[];
const seeds: Array<[string, ExtractedArticle]> = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, extractArticle(readFileSync(join(SEEDS, f), 'utf8'), { sourceFile: f })]);

describe('extraction method and confidence of every record', () => {
  it('every record of the seed articles names a known method of its kind, with 0 < confidence <= 1: the table’s or its kind’s estimate, recalibrated', () => {
    const wrong: string[] = [];
    let records = 0;
    for (const [file, extracted] of seeds) {
      for (const kind of KINDS) {
        for (const record of extracted[kind]) {
          records++;
          const { method, confidence } = record.extraction;
          const known = (METHODS[kind] as readonly string[]).includes(method);
          const expected = recalibrated(METHOD_CONFIDENCE[method] ?? KIND_CONFIDENCE[kind] ?? DEFAULT_CONFIDENCE);
          if (!known || !(confidence > 0 && confidence <= 1) || confidence !== expected) wrong.push(`${file} ${kind}: ${method} ${confidence}`);
        }
      }
    }
    expect(records).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('the seeds meet methods of every kind, and most records meet a method the table has calibrated', () => {
    const methods = new Set(seeds.flatMap(([, x]) => KINDS.flatMap((k) => x[k].map((r) => r.extraction.method))));
    for (const kind of KINDS) expect([kind, [...methods].some((m) => m.startsWith(`${kind}.`))]).toEqual([kind, true]);
    const calibrated = [...methods].filter((m) => m in METHOD_CONFIDENCE);
    expect(calibrated.length / methods.size).toBeGreaterThan(0.8);
  });

  it('the gold shape (npm run extract, npm run score) does not carry the provenance', () => {
    expect(JSON.stringify(toGoldShape(seeds[0]![1], 'x'))).not.toContain('extraction');
  });
});

describe('the calibration table (src/ingest/confidence.ts)', () => {
  it('names only known methods and kinds, with confidences in (0, 1]', () => {
    expect(Object.keys(METHOD_CONFIDENCE).filter((m) => !(ALL_METHODS as readonly string[]).includes(m))).toEqual([]);
    expect(Object.keys(KIND_CONFIDENCE).filter((k) => !KINDS.includes(k as MethodKind))).toEqual([]);
    for (const c of [...Object.values(METHOD_CONFIDENCE), ...Object.values(KIND_CONFIDENCE), DEFAULT_CONFIDENCE]) expect(c > 0 && c <= 1).toBe(true);
  });

  it('falls back to the kind for a method it has not seen, and to the default for an unknown kind', () => {
    expect(estimateOf('organizations.no-such-rule')).toBe(KIND_CONFIDENCE.organizations ?? DEFAULT_CONFIDENCE);
    expect(estimateOf('nothing.at-all')).toBe(DEFAULT_CONFIDENCE);
    expect(estimateOf('persons.name-and-role')).toBe(METHOD_CONFIDENCE['persons.name-and-role'] ?? KIND_CONFIDENCE.persons ?? DEFAULT_CONFIDENCE);
    expect(confidenceOf('organizations.no-such-rule')).toBe(recalibrated(KIND_CONFIDENCE.organizations ?? DEFAULT_CONFIDENCE));
    expect(confidenceOf('nothing.at-all')).toBe(recalibrated(DEFAULT_CONFIDENCE));
  });

  it('the recalibration is sigmoid(a + b * logit(estimate)) with b > 0: monotone, in (0, 1), keeping the methods’ order', () => {
    expect(Number.isFinite(RECALIBRATION.a) && RECALIBRATION.b > 0).toBe(true);
    const p = 0.85;
    expect(recalibrated(p)).toBeCloseTo(1 / (1 + Math.exp(-(RECALIBRATION.a + RECALIBRATION.b * Math.log(p / (1 - p))))), 3);
    const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100).map(recalibrated);
    for (let i = 1; i < grid.length; i++) expect(grid[i]!).toBeGreaterThanOrEqual(grid[i - 1]!);
    for (const c of grid) expect(c >= 0 && c <= 1).toBe(true);
    const methods = Object.keys(METHOD_CONFIDENCE);
    for (const a of methods) for (const b of methods) if (METHOD_CONFIDENCE[a]! < METHOD_CONFIDENCE[b]!) expect(confidenceOf(a)).toBeLessThanOrEqual(confidenceOf(b));
  });

  it('method names are stable dotted names prefixed with their kind, and unique', () => {
    for (const kind of KINDS) for (const m of METHODS[kind]) expect(m).toMatch(new RegExp(`^${kind}\\.[a-z-]+(?:\\.[a-z-]+)*$`));
    expect(new Set(ALL_METHODS).size).toBe(ALL_METHODS.length);
  });
});

describe('merging keeps the strongest method', () => {
  it('the method listed first of a kind wins, in either order', () => {
    expect(strongest('organizations.head-word', 'organizations.gazetteer')).toBe('organizations.gazetteer');
    expect(strongest('organizations.gazetteer', 'organizations.class-noun')).toBe('organizations.gazetteer');
    const record = { extraction: extractionBy('persons.title') };
    mergeMethod(record, 'persons.name-and-role');
    expect(record.extraction).toEqual(extractionBy('persons.name-and-role'));
    mergeMethod(record, 'persons.apposition');
    expect(record.extraction.method).toBe('persons.name-and-role');
  });

  it('an organization named by a weak cue and by the gazetteer is the gazetteer’s', () => {
    const x = extractArticle('Officials of the company Hyundai Engineering met Hyundai Engineering engineers in Tashkent on Monday.');
    const org = x.organizations.find((o) => /Hyundai Engineering/.test(o.name));
    expect(org?.extraction.method).toBe('organizations.gazetteer');
  });
});
