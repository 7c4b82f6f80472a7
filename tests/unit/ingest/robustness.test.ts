/** Property-style robustness: hostile inputs never throw, and every evidence is a slice of the body. */
import { extractArticle } from '../../../src/ingest/pipeline';
import type { ExtractedArticle } from '../../../src/ingest/types';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function allEvidence(x: ExtractedArticle) {
  return [x.countries, x.regions, x.organizations, x.persons, x.agreements, x.statements, x.facts].flatMap((list) => (list as Array<{ evidence: Array<{ start: number; end: number; text: string }> }>).flatMap((r) => r.evidence));
}

function expectSound(x: ExtractedArticle) {
  for (const e of allEvidence(x)) expect(x.article.body.slice(e.start, e.end)).toBe(e.text);
  expect(x.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
}

/** A small deterministic generator (no test-time randomness). */
function* randomTexts(seed: number, count: number): Generator<string> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const pieces = ['Korea', 'Kazakhstan', '“', '”', '"', '(…)', '(...)', 'said', 'Park', 'Kim Tae-hyo', 'signed', 'a memorandum', '$6 billion', '40%', '\n\n', '.', ',', ' ', 'President', 'of', 'the', 'Tokayev', 'Ministry', 'Embassy of', '\u0000', '\u200b', 'Ω', '한국', 'Қазақстан', 'c4.730x400', ' date 2024-01-01', 'June 12, 2024', ':', 'he added', 'KOICA (', ')'];
  for (let i = 0; i < count; i++) {
    const n = next() % 80;
    let text = '';
    for (let j = 0; j < n; j++) text += pieces[next() % pieces.length] + (next() % 3 === 0 ? ' ' : '');
    yield text;
  }
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

  it('never throws on generated noise', () => {
    for (const text of randomTexts(42, 150)) expectSound(extractArticle(text, {}));
  });

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
