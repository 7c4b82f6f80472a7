/**
 * Page debris before and after the story. After it: tag lines, author lines and related-link headlines that follow the last paragraph
 * ending like prose ("Aidar Nurlanov", "Uzbekistan and South Korea Ministry of Energy"). They name no
 * entity of the story. A copyright footer ("© The Korea Post") is not debris: it names the outlet. Before it: a list of
 * three or more other stories' headlines (a ticker, "Most Popular") ahead of the first paragraph of prose.
 */
import type { ArticleContext } from './context';

const PROSE_END = /[.!?…»”"’')\]]\s*$/u;

/** Character offset where trailing debris starts (the body's length when there is none). */
export function trailingDebrisStart(ctx: ArticleContext): number {
  const paragraphs = ctx.article.paragraphs;
  let start = ctx.body.length;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const text = ctx.body.slice(paragraphs[i]!.start, paragraphs[i]!.end).trim();
    if (PROSE_END.test(text) || text.length > 120 || /©/.test(text)) break;
    start = paragraphs[i]!.start;
  }
  return start;
}

const HEADLINE_LIKE = /^\p{Lu}\S*(?:\s+\S+){3,}$/u;

/** Character offset where the story starts after a leading list of other headlines (0 when there is none). */
export function leadingDebrisEnd(ctx: ArticleContext): number {
  const paragraphs = ctx.article.paragraphs;
  let headlines = 0;
  let end = 0;
  for (const p of paragraphs) {
    const text = ctx.body.slice(p.start, p.end).trim();
    if (PROSE_END.test(text) || text.length > 120) break;
    if (HEADLINE_LIKE.test(text) && text !== ctx.article.title) {
      headlines++;
      end = p.end;
    }
  }
  return headlines >= 3 ? end : 0;
}

/** The story between the page's leading and trailing debris, cached per article. */
const spans = new WeakMap<ArticleContext, [number, number]>();
export function storySpan(ctx: ArticleContext): [number, number] {
  let span = spans.get(ctx);
  if (!span) {
    span = [leadingDebrisEnd(ctx), trailingDebrisStart(ctx)];
    spans.set(ctx, span);
  }
  return span;
}
