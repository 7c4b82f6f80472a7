/**
 * Direct quotes: text between quotation marks (curly or straight; one quote may run over several
 * sentences), attributed by the clause next to it: "…,” Park said", "…,” noted Kassym-Jomart
 * Tokayev", "…”, he added", "Tokayev said: “…”". A quote with no attribution is a scare quote
 * ("“green” energy") and is skipped. A closing mark with no opening one starts the quote at the
 * paragraph start.
 */
import type { Span } from '../../types';
import { sentenceIndexAt, type ArticleContext } from '../context';
import type { StatementCollector } from './collector';
import type { Speaker, SpeakerResolver } from './speakers';
import { REPORTING_VERBS } from './verbs';

export interface QuoteSpan {
  /** Offsets in the body: the opening mark (or paragraph start) and just past the closing mark. */
  open: number;
  close: number;
  inner: string;
}

const OPENERS = new Set(['“', '"']);
const CLOSERS = new Set(['”', '"']);

/** Quote spans of body[start, end). Straight quotes alternate; curly ones pair by direction. */
export function quoteSpans(body: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const ch = body[i]!;
    if (open < 0 && (ch === '“' || (ch === '"' && isOpeningStraight(body, i)))) {
      open = i;
    } else if (open >= 0 && CLOSERS.has(ch)) {
      spans.push({ open, close: i + 1, inner: body.slice(open + 1, i) });
      open = -1;
    } else if (open < 0 && CLOSERS.has(ch) && spans.length === 0 && ch === '”' || open < 0 && ch === '"' && spans.length === 0 && /^[,.]?\s*\p{Ll}/u.test(body.slice(i + 1, i + 4)) && i > start + 40) {
      // A closing mark with no opening one: the quote started at the paragraph start.
      spans.push({ open: start, close: i + 1, inner: body.slice(start, i) });
    }
  }
  return spans.filter((s) => !OPENERS.has(s.inner));
}

function isOpeningStraight(body: string, i: number): boolean {
  return i === 0 || /[\s(\[—–-]/.test(body[i - 1]!);
}

/** Quote text as the gold convention wants it: no marks, no final comma/period. */
export function quoteText(inner: string): string {
  return inner.trim().replace(/[,.]+$/, '').trim();
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

const VERB_FIRST_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:${REPORTING_VERBS})\\s+`, 'i');
const SUBJECT_THEN_VERB = new RegExp(`^\\s*[,.]?\\s*([^,.;“”"]{1,80}?)\\s+(?:also\\s+|then\\s+)?(?:${REPORTING_VERBS})\\b`, 'i');
const BEFORE_QUOTE = new RegExp(`([^.;“”"]{1,100}?)\\s+(?:also\\s+)?(?:${REPORTING_VERBS})(?:\\s+that)?\\s*[:,]?\\s*$`, 'i');

/**
 * Adds the statement of quote `q` in paragraph `p` when the text attributes it; returns the
 * sentence span it covers (quote and attribution), or null when it is not a statement.
 */
export function quoteStatement(ctx: ArticleContext, speakers: SpeakerResolver, sink: StatementCollector, p: Span, q: QuoteSpan): Span | null {
  const { body, sentences } = ctx;
  const closeSentence = sentenceIndexAt(sentences, q.close - 1);
  const sentenceEnd = closeSentence >= 0 ? sentences[closeSentence]!.end : p.end;
  const after = body.slice(q.close, Math.min(sentenceEnd, q.close + 160));
  let speaker: Speaker | null = null;
  let attributionEnd = q.close;
  const verbFirst = VERB_FIRST_AFTER.exec(after);
  if (verbFirst) {
    const subjectStart = q.close + verbFirst[0].length;
    const rest = body.slice(subjectStart, sentenceEnd);
    const subject = /^(.{2,90}?)(?=\s+(?:in|at|during|on|while|adding|after|before|when)\b|[,.;]|$)/.exec(rest);
    if (subject) {
      speaker = speakers.resolve(subjectStart, subjectStart + subject[1]!.length);
      attributionEnd = subjectStart + subject[1]!.length;
    }
  }
  if (!speaker) {
    const sv = SUBJECT_THEN_VERB.exec(after);
    if (sv) {
      const subjectStart = q.close + sv[0].indexOf(sv[1]!);
      speaker = speakers.resolve(subjectStart, subjectStart + sv[1]!.length);
      attributionEnd = q.close + sv[0].length;
    }
  }
  if (!speaker) {
    const openSentence = sentenceIndexAt(sentences, q.open);
    const from = openSentence >= 0 ? Math.max(p.start, sentences[openSentence]!.start) : p.start;
    const bq = BEFORE_QUOTE.exec(body.slice(from, q.open));
    if (bq) speaker = speakers.resolve(from + bq.index, from + bq.index + bq[1]!.length);
  }
  // A quote standing alone as its own sentence continues the quote just attributed in this paragraph.
  if (!speaker && standsAlone(ctx, q)) {
    const previous = sink.spoken.filter((x) => x.at >= p.start && x.at < q.open).pop();
    speaker = previous?.speaker ?? null;
  }
  if (!speaker) return null;
  const first = sentenceIndexAt(sentences, q.open === p.start ? p.start : q.open + 1);
  const last = sentenceIndexAt(sentences, Math.max(q.close, attributionEnd) - 1);
  if (first < 0 || last < 0) return null;
  sink.add(speaker, 'DIRECT_QUOTE', quoteText(q.inner), first, last, q.open);
  return { start: sentences[first]!.start, end: sentences[last]!.end };
}

/** The quote is the whole sentence: nothing but punctuation around it. */
function standsAlone(ctx: ArticleContext, q: QuoteSpan): boolean {
  const { body, sentences } = ctx;
  const si = sentenceIndexAt(sentences, q.open + 1);
  if (si < 0) return false;
  const s = sentences[si]!;
  return /^[\s“"‘']*$/.test(body.slice(s.start, q.open)) && /^[\s.,!?”"’']*$/.test(body.slice(q.close, s.end));
}
