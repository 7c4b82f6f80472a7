import { cleanArticle } from '../../../src/ingest/clean';

describe('cleanArticle', () => {
  it('moves a " date" header into publishedOn and keeps the glued sentence', () => {
    const c = cleanArticle(' date 2023-06-27 The Korea Times hosted a roundtable.\n\nSecond paragraph.');
    expect(c.publishedOn).toBe('2023-06-27');
    expect(c.body).toBe('The Korea Times hosted a roundtable.\n\nSecond paragraph.');
    expect(c.title).toBeNull();
  });

  it('drops boilerplate lines and takes the headline as title', () => {
    const raw = 'Back To Top\n\nKorea boosts Central Asia ties\n\n235 views Politics 0\n\nKorea is seeking partners.\n\n#Korea, #Central_Asia\n\nRead: Another story\n\nCourtesy: Some Outlet\n\nPlease enter your comment!\nPlease enter your name here';
    const c = cleanArticle(raw);
    expect(c.title).toBe('Korea boosts Central Asia ties');
    expect(c.body).toBe('Korea is seeking partners.');
  });

  it('strips caption debris glued to words', () => {
    const c = cleanArticle('Headline about a visit here\n\nc42.760x0-isKazakhstan Visit\n\nc4.730x400During the negotiations, lithium was discussed.');
    expect(c.body).toContain('Kazakhstan Visit');
    expect(c.body).toContain('During the negotiations, lithium was discussed.');
    expect(c.body).not.toMatch(/c4\.730x400|c42/);
  });

  it('reads a closing dateline as publisher and date, and removes it from the body', () => {
    const c = cleanArticle('First paragraph.\n\nLast words of the text. ///nCa, 27 June 2023 (based on postings by The Korea Times)');
    expect(c.publisher).toBe('News Central Asia');
    expect(c.publishedOn).toBe('2023-06-27');
    expect(c.body.endsWith('Last words of the text.')).toBe(true);
  });

  it('reads a wire-style opening dateline as date and outlet, and keeps it in the body', () => {
    const c = cleanArticle('Korea and Uzbekistan sign energy deal\n\nTASHKENT, May 14, 2024 (UzDaily) -- Uzbekistan and Korea signed an agreement.');
    expect(c).toMatchObject({ title: 'Korea and Uzbekistan sign energy deal', publisher: 'UzDaily', publishedOn: '2024-05-14' });
    expect(c.body).toBe('TASHKENT, May 14, 2024 (UzDaily) -- Uzbekistan and Korea signed an agreement.');
    expect(cleanArticle('ASTANA, Sept. 3, 2023 (Reuters) - Kazakhstan said so.').publishedOn).toBe('2023-09-03');
    // No year stated: no date is invented.
    expect(cleanArticle('SEOUL, June 12 (Yonhap) -- Korea said so.').publishedOn).toBeNull();
  });

  it('takes a date alone on the last line as publishedOn and never invents one', () => {
    expect(cleanArticle('Some headline for the page\n\nText here.\n\nJune 12, 2024').publishedOn).toBe('2024-06-12');
    expect(cleanArticle('Some headline for the page\n\nThe visit was on June 12, 2024.').publishedOn).toBeNull();
  });

  it('collapses a repeated headline and a breadcrumb ending with it', () => {
    const raw = 'Home World News South Korea launches an initiative\n\nSouth Korea launches an initiative\n\nSouth Korea launches an initiative\n\nBody text.';
    const c = cleanArticle(raw);
    expect(c.title).toBe('South Korea launches an initiative');
    expect(c.body).toBe('Body text.');
  });

  it('gives paragraph spans that slice the body', () => {
    const c = cleanArticle('Para one.\n\n\n\nPara two.\n\nPara three.');
    expect(c.paragraphs.map((p) => c.body.slice(p.start, p.end))).toEqual(['Para one.', 'Para two.', 'Para three.']);
  });
});
