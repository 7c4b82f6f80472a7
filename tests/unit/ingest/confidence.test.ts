/**
 * Provenance of every record: the rule that produced it (`extraction.method`, one of src/ingest/extract/methods.ts)
 * and its calibrated confidence (src/ingest/confidence.ts, a per-kind fallback for a method the table lacks).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIDENCE, KIND_CONFIDENCE, METHOD_CONFIDENCE, confidenceOf } from '../../../src/ingest/confidence';
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
  it('every record of the seed articles names a known method of its kind, with 0 < confidence <= 1 from the table or its kind', () => {
    const wrong: string[] = [];
    let records = 0;
    for (const [file, extracted] of seeds) {
      for (const kind of KINDS) {
        for (const record of extracted[kind]) {
          records++;
          const { method, confidence } = record.extraction;
          const known = (METHODS[kind] as readonly string[]).includes(method);
          const expected = METHOD_CONFIDENCE[method] ?? KIND_CONFIDENCE[kind] ?? DEFAULT_CONFIDENCE;
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
    expect(confidenceOf('organizations.no-such-rule')).toBe(KIND_CONFIDENCE.organizations ?? DEFAULT_CONFIDENCE);
    expect(confidenceOf('nothing.at-all')).toBe(DEFAULT_CONFIDENCE);
    expect(confidenceOf('persons.name-and-role')).toBe(METHOD_CONFIDENCE['persons.name-and-role'] ?? KIND_CONFIDENCE.persons ?? DEFAULT_CONFIDENCE);
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
