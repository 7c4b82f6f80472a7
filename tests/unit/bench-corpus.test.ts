// The benchmark corpus generator: reproducible, seed-dependent, exactly N articles,
// and text the real extraction pipeline turns into records of every core kind.
import { generateArticles } from '../../bench/corpus';
import { extractArticle } from '../../src/ingest/pipeline';

const texts = (articles: number, seed?: number) => [...generateArticles({ articles, seed })];

describe('bench corpus generator', () => {
  it('gives identical output for the same seed', () => {
    expect(texts(30, 7)).toEqual(texts(30, 7));
  });

  it('gives different output for a different seed', () => {
    const a = texts(30, 7);
    const b = texts(30, 8);
    expect(a.map((x) => x.text)).not.toEqual(b.map((x) => x.text));
    expect(a.filter((x, i) => x.text === b[i]!.text)).toHaveLength(0);
  });

  it('produces exactly N articles with unique file names, lazily', () => {
    const articles = texts(120);
    expect(articles).toHaveLength(120);
    expect(new Set(articles.map((a) => a.fileName)).size).toBe(120);
    expect(texts(0)).toHaveLength(0);
    // A generator: asking for a million and taking one costs one article.
    const first = generateArticles({ articles: 1_000_000 }).next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(texts(1)[0]);
  });

  it('yields articles the pipeline extracts into every core record kind', () => {
    const counts = { organizations: 0, persons: 0, agreements: 0, statements: 0, facts: 0, withPublisher: 0, withDate: 0 };
    for (const { text, fileName } of generateArticles({ articles: 10 })) {
      const x = extractArticle(text, { sourceFile: fileName });
      counts.organizations += x.organizations.length;
      counts.persons += x.persons.length;
      counts.agreements += x.agreements.length;
      counts.statements += x.statements.length;
      counts.facts += x.facts.length;
      if (x.article.publisher) counts.withPublisher++;
      if (x.article.publishedOn) counts.withDate++;
    }
    expect(counts.organizations).toBeGreaterThanOrEqual(30);
    expect(counts.persons).toBeGreaterThanOrEqual(20);
    expect(counts.agreements).toBeGreaterThanOrEqual(10);
    expect(counts.statements).toBeGreaterThanOrEqual(50);
    expect(counts.facts).toBeGreaterThanOrEqual(20);
    expect(counts.withPublisher).toBeGreaterThanOrEqual(5);
    expect(counts.withDate).toBe(10);
  });

  it('rejects a negative or fractional article count', () => {
    expect(() => texts(-1)).toThrow(/articles must be a whole number/);
    expect(() => texts(1.5)).toThrow(/articles must be a whole number/);
  });
});
