/**
 * Direct quotes: text between quotation marks (curly, straight or guillemets; one quote may run
 * over several sentences and hold quoted names of its own), attributed by the clause next to it:
 * "…,” Kim said", "…,” noted Nurlan Abenov", "…”, he added", "Abenov said: “…”",
 * "…,” the press service of X reports", "…,” the company comments".
 * - A quote split by its attribution ("“A,” he said. “B.”"), or going on in the next paragraph
 *   without one, is one statement: the segments joined by a space.
 * - A quote with no attribution right after a statement is that speaker's (a quote left open by
 *   the page's end included); elsewhere it is a scare quote or a title and is skipped here (inside
 *   a reporting sentence it is a quoted fragment: see reported.ts).
 * - A closing mark with no opening one starts the quote at the paragraph start.
 */
import type { Span } from '../../types';
import { sentenceIndexAt, type ArticleContext } from '../context';
import type { StatementCollector } from './collector';
import { spokenBy, type SpeakerResolver, type Voice } from './speakers';
import { QUOTE_VERBS, VIA_SOURCE } from './verbs';

export interface QuoteSpan {
  /** Offsets in the body: the opening mark (or paragraph start) and just past the closing mark (or paragraph end). */
  open: number;
  close: number;
  inner: string;
  /** No closing mark before the paragraph's end. */
  unclosed?: boolean;
}

const CLOSER_OF: Record<string, string> = { '“': '”', '«': '»', '"': '"' };

/** A straight mark opens when it follows a space or bracket and precedes a non-space. */
function opensStraight(body: string, i: number, start: number): boolean {
  return (i === start || /[\s(\[—–-]/.test(body[i - 1]!)) && i + 1 < body.length && !/\s/.test(body[i + 1]!);
}

function closesStraight(body: string, i: number): boolean {
  return i > 0 && !/\s/.test(body[i - 1]!) && (i + 1 >= body.length || /[\s.,;:!?)\]—–-]/.test(body[i + 1]!));
}

/**
 * Quote spans of the paragraph body[start, end). Curly marks and guillemets pair by direction,
 * straight ones by position; marks of the same kind inside an open quote nest ("… project “My
 * Village”, which …”).
 */
export function quoteSpans(body: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let kind = '';
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = body[i]!;
    if (open < 0) {
      if (ch === '“' || ch === '«' || (ch === '"' && opensStraight(body, i, start))) {
        open = i;
        kind = ch;
        depth = 0;
      } else if (spans.length === 0 && (ch === '”' || ch === '»' || (ch === '"' && /^[,.]?\s*\p{Ll}/u.test(body.slice(i + 1, i + 4)) && i > start + 40))) {
        // A closing mark with no opening one: the quote started at the paragraph start.
        spans.push({ open: start, close: i + 1, inner: body.slice(start, i) });
      }
      continue;
    }
    const closer = CLOSER_OF[kind]!;
    if (kind === '"') {
      if (ch !== '"') continue;
      if (opensStraight(body, i, start) && !closesStraight(body, i)) depth++;
      else if (depth > 0) depth--;
      else {
        spans.push({ open, close: i + 1, inner: body.slice(open + 1, i) });
        open = -1;
      }
    } else if (ch === kind) {
      depth++;
    } else if (ch === closer) {
      if (depth > 0) depth--;
      else {
        spans.push({ open, close: i + 1, inner: body.slice(open + 1, i) });
        open = -1;
      }
    }
  }
  // A quote left open to the paragraph's end, when it opened the paragraph or a sentence.
  if (open >= 0 && (open === start || /[.!?]\s*$/.test(body.slice(start, open)))) {
    spans.push({ open, close: end, inner: body.slice(open + 1, end), unclosed: true });
  }
  return spans.filter((s) => s.inner.trim().length > 0);
}

/** Quote text as the gold convention wants it: no marks, no final comma (a final period stays). */
export function quoteText(inner: string): string {
  return inner.trim().replace(/[\s,]+$/, '');
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

const NOT_QUOTE = '[^,.;“”«»"]';
const VERB_FIRST_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:${QUOTE_VERBS})\\s+`, 'i');
const SUBJECT_THEN_VERB = new RegExp(`^\\s*[,.]?\\s*(${NOT_QUOTE}{1,80}?)\\s+(?:also\\s+|then\\s+|earlier\\s+|later\\s+)?(?:${QUOTE_VERBS})\\b`, 'i');
const BEFORE_QUOTE = new RegExp(`([^.;“”«»"]{1,100}?)\\s+(?:also\\s+|earlier\\s+|later\\s+|then\\s+)?(?:${QUOTE_VERBS})(?:\\s+that)?\\s*[:,]?\\s*$`, 'i');
const SUBJECT_END = /^(.{2,90}?)(?=\s+(?:in|at|during|on|while|adding|after|before|when)\b|[,.;]|$)/;

/** The voice the clause next to the quote names (an outlet that "reports" a quote is not its speaker), and where that clause ends. */
function attribution(ctx: ArticleContext, speakers: SpeakerResolver, p: Span, q: QuoteSpan): { voice: Voice; end: number } | null {
  const found = attributionOf(ctx, speakers, p, q);
  if (!found || found.voice.some((s) => !s.media)) return found;
  // "“…,” Dunyo News reports citing the embassy": the cited source speaks.
  const via = VIA_SOURCE.exec(ctx.body.slice(q.close, q.close + 200));
  const at = via ? q.close + via.index + via[0].lastIndexOf(via[1]!) : -1;
  const source = via && speakers.resolve(at, at + via[1]!.length);
  return source && source.some((s) => !s.media) ? { voice: source, end: at + via[1]!.length } : null;
}

function attributionOf(ctx: ArticleContext, speakers: SpeakerResolver, p: Span, q: QuoteSpan): { voice: Voice; end: number } | null {
  const { body, sentences } = ctx;
  const closeSentence = sentenceIndexAt(sentences, q.close - 1);
  const sentenceEnd = closeSentence >= 0 ? sentences[closeSentence]!.end : p.end;
  const after = body.slice(q.close, Math.min(sentenceEnd, q.close + 160));
  const verbFirst = VERB_FIRST_AFTER.exec(after);
  if (verbFirst) {
    const subjectStart = q.close + verbFirst[0].length;
    const subject = SUBJECT_END.exec(body.slice(subjectStart, sentenceEnd));
    const voice = subject && speakers.resolve(subjectStart, subjectStart + subject[1]!.length);
    if (voice) return { voice, end: subjectStart + subject[1]!.length };
  }
  const sv = SUBJECT_THEN_VERB.exec(after);
  if (sv) {
    const subjectStart = q.close + sv[0].indexOf(sv[1]!);
    const voice = speakers.resolve(subjectStart, subjectStart + sv[1]!.length);
    if (voice) return { voice, end: q.close + sv[0].length };
  }
  const openSentence = sentenceIndexAt(sentences, q.open);
  const from = openSentence >= 0 ? Math.max(p.start, sentences[openSentence]!.start) : p.start;
  const bq = BEFORE_QUOTE.exec(body.slice(from, q.open));
  const voice = bq && speakers.resolve(from + bq.index, from + bq.index + bq[1]!.length);
  return voice ? { voice, end: q.close } : null;
}

/**
 * Adds the statement of quote `q` in paragraph `p` (or extends the quote it continues); returns
 * the sentence span it covers, or null when the text does not attribute it.
 */
export function quoteStatement(ctx: ArticleContext, speakers: SpeakerResolver, sink: StatementCollector, p: Span, q: QuoteSpan): Span | null {
  const { sentences } = ctx;
  const first = sentenceIndexAt(sentences, q.open === p.start ? p.start : q.open + 1);
  if (first < 0) return null;
  const covered = (last: number) => ({ start: sentences[first]!.start, end: sentences[last]!.end });
  const found = q.unclosed ? null : attribution(ctx, speakers, p, q);
  if (found) {
    const last = sentenceIndexAt(sentences, Math.max(q.close, found.end) - 1);
    if (last < 0) return null;
    sink.add(spokenBy('quote', found.voice), found.voice, 'DIRECT_QUOTE', quoteText(q.inner), first, last, q.open, q.inner.trim());
    return covered(last);
  }
  // No attribution of its own: the quote goes on from the statement just before it.
  if (!startsSentence(ctx, q)) return null;
  const previous = sink.lastBefore(q.open);
  if (!previous || previous.last !== first - 1) return null;
  const last = sentenceIndexAt(sentences, q.close - 1);
  if (last < 0) return null;
  if (previous.raw !== null && q.inner.trim()) sink.extend(previous, q.inner.trim(), last);
  else sink.add('statements.quote.continued', previous.voice, 'DIRECT_QUOTE', quoteText(q.inner), first, last, q.open, q.inner.trim());
  return covered(last);
}

/** Nothing but marks or spaces between the quote's sentence start and its opening mark. */
function startsSentence(ctx: ArticleContext, q: QuoteSpan): boolean {
  const si = sentenceIndexAt(ctx.sentences, q.open + 1);
  if (si < 0) return false;
  return /^[\s“"‘'«]*$/.test(ctx.body.slice(ctx.sentences[si]!.start, q.open));
}
