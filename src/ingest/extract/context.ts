/** What every extractor gets: the cleaned article, its sentences and shared lookups. */
import type { CleanArticle, Evidence, Sentence, Span } from '../types';

export interface ArticleContext {
  article: CleanArticle;
  body: string;
  sentences: Sentence[];
  /** Date that relative dates are resolved against: publishedOn, else null. */
  referenceDate: string | null;
}

export function makeContext(article: CleanArticle, sentences: Sentence[]): ArticleContext {
  return { article, body: article.body, sentences, referenceDate: article.publishedOn };
}

/** Index of the sentence containing `offset` (binary search; -1 when outside every sentence). */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function evidenceOf(body: string, span: Span): Evidence {
  return { start: span.start, end: span.end, text: body.slice(span.start, span.end) };
}

/** Evidence spanning sentences [first, last] (inclusive). */
export function evidenceOfSentences(body: string, sentences: Sentence[], first: number, last: number): Evidence {
  return evidenceOf(body, { start: sentences[first]!.start, end: sentences[last]!.end });
}

/** Adds evidence to a list unless the same span is already there. */
export function addEvidence(list: Evidence[], evidence: Evidence): void {
  if (!list.some((e) => e.start === evidence.start && e.end === evidence.end)) list.push(evidence);
}
