/**
 * Segment stage: cleaned body -> sentences with offsets.
 *
 * Sentence boundaries come from `sbd` (a rule-based English sentence splitter
 * with an abbreviation list), run paragraph by paragraph so that a sentence
 * never crosses a paragraph. Its known failure modes are repaired afterwards:
 * company suffixes ("Co.", "Ltd.", "Corp.") and honorifics it does not know
 * split a name from its sentence, and a split right after an opening bracket
 * or before a lowercase word is never a real boundary.
 */
import sbd from 'sbd';
import type { CleanArticle, Sentence, Span } from './types';

/** Abbreviations that end a token with a period but rarely a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:Co|Ltd|Corp|Inc|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Jr|Sr|Gen|Col|Lt|Gov|Sen|Rep|Amb|Dept|Est|vs|etc|approx|e\.g|i\.e|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** Paragraphs longer than this are split on sentence punctuation only (keeps hostile input linear). */
const MAX_SBD_LENGTH = 20_000;

function sbdSplit(text: string): string[] {
  if (text.length > MAX_SBD_LENGTH) return text.split(/(?<=[.!?])\s+/);
  return sbd.sentences(text, { newline_boundaries: false, preserve_whitespace: false, sanitize: false });
}

/** Locates each split piece in the paragraph, in order, so offsets are exact. */
function locate(paragraphText: string, pieces: string[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const at = paragraphText.indexOf(trimmed, cursor);
    if (at < 0) continue; // the splitter changed the text: skip; the gap is merged below
    spans.push({ start: at, end: at + trimmed.length });
    cursor = at + trimmed.length;
  }
  // Close gaps so that the spans cover the whole paragraph.
  if (spans.length === 0) return paragraphText.trim() ? [{ start: 0, end: paragraphText.length }] : [];
  spans[0]!.start = 0;
  for (let i = 1; i < spans.length; i++) spans[i - 1]!.end = Math.max(spans[i - 1]!.end, spans[i]!.start);
  spans[spans.length - 1]!.end = paragraphText.length;
  return spans;
}

function shouldMerge(previous: string, next: string): boolean {
  if (ABBREVIATIONS.test(previous.trimEnd())) return true;
  if (/^[\p{Ll}]/u.test(next)) return true; // "...Ltd. signed" or a quote resumed mid-sentence
  if (/[(\[]\s*$/.test(previous)) return true;
  if (/^[,;:)\]]/.test(next)) return true;
  return false;
}

export function segmentParagraph(paragraphText: string): Span[] {
  const spans = locate(paragraphText, sbdSplit(paragraphText));
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && shouldMerge(paragraphText.slice(last.start, last.end), paragraphText.slice(span.start, span.end))) {
      last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  // Trim whitespace at the edges so evidence text is tidy.
  return merged
    .map((s) => {
      let { start, end } = s;
      while (start < end && /\s/.test(paragraphText[start]!)) start++;
      while (end > start && /\s/.test(paragraphText[end - 1]!)) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}

export function segmentSentences(article: Pick<CleanArticle, 'body' | 'paragraphs'>): Sentence[] {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const paragraphText = article.body.slice(paragraph.start, paragraph.end);
    for (const span of segmentParagraph(paragraphText)) {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      sentences.push({ start, end, text: article.body.slice(start, end), paragraph: index });
    }
  });
  return sentences;
}
