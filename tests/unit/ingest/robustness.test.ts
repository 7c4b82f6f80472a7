/**
 * Robustness of the pure pipeline: hostile inputs never throw, and every
 * evidence is a [start, end) slice of the cleaned body that equals its text.
 * Fixed hostile cases, then property tests (fast-check, fixed seed) over
 * generated text from tests/support/hostileText.ts.
 */
import fc from 'fast-check';
import { extractArticle } from '../../../src/ingest/pipeline';
import type { ExtractedArticle } from '../../../src/ingest/types';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hostileMetadata, hostileText, PIPELINE_PROPERTY_SEED } from '../../support/hostileText';

function allEvidence(x: ExtractedArticle) {
  return [x.countries, x.regions, x.organizations, x.persons, x.agreements, x.statements, x.facts].flatMap((list) => (list as Array<{ evidence: Array<{ start: number; end: number; text: string }> }>).flatMap((r) => r.evidence));
}

function expectSound(x: ExtractedArticle) {
  const length = x.article.body.length;
  for (const e of allEvidence(x)) {
    expect({ start: e.start, end: e.end, inside: Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= length }).toEqual({ start: e.start, end: e.end, inside: true });
    expect(x.article.body.slice(e.start, e.end)).toBe(e.text);
  }
  expect(x.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
}

describe('pipeline robustness', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t '],
    ['control characters', '\u0000\u0001\u0002 Korea\u0007 signed\u001b a deal.'],
    ['html', '<html><body><p>Korea & Kazakhstan <b>signed</b> a memorandum.</p><script>alert("x")</script></body></html>'],
    ['unbalanced quotes', '“Korea is great, he said. ”” " " “ Park said “ “ “'],
    ['mixed scripts', '대한민국 Korea Қазақстан Kazakhstan Oʻzbekiston — “Сотрудничество”, said Tokayev.'],
    ['only punctuation', '.....!!!???,,,;;;::: (((( ))))'],
    ['astral characters before the evidence', '😀😀 Korea and Kazakhstan signed a memorandum. 𝒜 Uzbekistan signed a $6 billion deal.'],
    ['lone surrogates', '\ud800Korea and \udfffKazakhstan signed a memorandum\ud83d. President Tokayev said “yes\udc00”.'],
  ])('does not throw on %s', (_name, text) => {
    const x = extractArticle(text, {});
    expectSound(x);
  });

  // These two guard against catastrophic regex backtracking (which would run for hours), not speed:
  // speed is measured by `npm run bench:ingest`. The generous Jest timeout turns a hang into a failure
  // without making the test depend on how busy the machine is.
  const HANG_TIMEOUT_MS = 120_000;

  it('handles 1 MB of one word', () => {
    expectSound(extractArticle('Korea'.repeat(200_000), {}));
  }, HANG_TIMEOUT_MS);

  it('handles 1 MB of repeated prose', () => {
    const paragraph = 'President Kassym-Jomart Tokayev said that “Korea is a partner,” and 11 agreements were signed for $6 billion. ';
    expectSound(extractArticle(paragraph.repeat(2000), {}));
  }, HANG_TIMEOUT_MS);

  it('keeps evidence sound on the seed and fixture articles', () => {
    for (const dir of [join(__dirname, '../../../seed/articles'), join(__dirname, '../../fixtures/articles')]) {
      for (const f of readdirSync(dir)) expectSound(extractArticle(readFileSync(join(dir, f), 'utf8'), { sourceFile: f }));
    }
  });

  it('lets explicit metadata override what the text says', () => {
    const x = extractArticle(' date 2023-06-27 Text here.', { title: 'T', publisher: 'P', publishedOn: '2020-01-02', url: 'https://example.org/a' });
    expect(x.article).toMatchObject({ title: 'T', publisher: 'P', publishedOn: '2020-01-02', url: 'https://example.org/a', sourceFile: null });
  });
});

describe('pipeline properties (fast-check, seed PIPELINE_PROPERTY_SEED)', () => {
  const NUM_RUNS = 200;
  const text = hostileText();

  it('extractArticle never throws, and every evidence lies inside the body and slices it to its text', () => {
    fc.assert(
      fc.property(text, hostileMetadata, (raw, source) => {
        expectSound(extractArticle(raw, source));
      }),
      { seed: PIPELINE_PROPERTY_SEED, numRuns: NUM_RUNS },
    );
  });

  it('also on text wrapped in a scraped page (header, dateline, boilerplate) and on long texts', () => {
    const page = fc
      .tuple(fc.constantFrom('Back To Top\n\n', ' date 2024-06-12 ', 'Home > News\n', ''), text, fc.constantFrom(' ///nCa, 27 June 2023 (based on postings by The Korea Times)', '\n\n235 views Politics 0', '\n\n© 2024', ''))
      .map(([head, body, tail]) => head + body + tail);
    fc.assert(
      fc.property(fc.oneof(page, hostileText(1500)), (raw) => {
        expectSound(extractArticle(raw, {}));
      }),
      { seed: PIPELINE_PROPERTY_SEED + 1, numRuns: 40 },
    );
  });

  it('the generated texts make every kind of record fire (so the properties test the rules, not just the cleaner)', () => {
    const found = { countries: 0, organizations: 0, persons: 0, agreements: 0, statements: 0, facts: 0 };
    const samples = fc.sample(text, { seed: PIPELINE_PROPERTY_SEED, numRuns: 60 });
    for (const raw of samples) {
      const x = extractArticle(raw, {});
      for (const kind of Object.keys(found) as (keyof typeof found)[]) if (x[kind].length > 0) found[kind] += 1;
    }
    // Each kind is extracted from at least half of the generated articles.
    for (const [kind, n] of Object.entries(found)) expect({ kind, enough: n >= 30 }).toEqual({ kind, enough: true });
  });
});
