/**
 * Page debris after the story: tag lines, author lines and related-link headlines that follow the last paragraph
 * ending like prose ("Adlet Seilkhanov", "Kazakhstan and South Korea Ministry of Foreign Affairs"). They name no
 * entity of the story. A copyright footer ("© The Korea Post") is not debris: it names the outlet.
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
