import { segmentParagraph, segmentSentences } from '../../../src/ingest/segment';
import { cleanArticle } from '../../../src/ingest/clean';

const split = (text: string) => segmentParagraph(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('does not split after company suffixes', () => {
    expect(split('Hyundai Engineering Co., Ltd. signed the deal. It was big.')).toEqual(['Hyundai Engineering Co., Ltd. signed the deal.', 'It was big.']);
  });

  it('keeps "(…)" with the sentence it introduces', () => {
    expect(split('Trade reached $6 billion. (…) Currently, 700 ventures operate.')).toEqual(['Trade reached $6 billion.', '(…) Currently, 700 ventures operate.']);
  });

  it('keeps a closing quote and its attribution together', () => {
    const parts = split('“We are partners. We will grow,” noted the President. Then he left.');
    expect(parts).toEqual(['“We are partners.', 'We will grow,” noted the President.', 'Then he left.']);
  });

  it('gives offsets into the body and paragraph indexes', () => {
    const article = cleanArticle('Headline of the article here\n\nFirst one. Second one.\n\nThird one.');
    const sentences = segmentSentences(article);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([['First one.', 0], ['Second one.', 0], ['Third one.', 1]]);
    for (const s of sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
  });
});
