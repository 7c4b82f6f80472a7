/**
 * Reported speech: a sentence whose subject resolves to a speaker and whose verb reports speech
 * ("Kang of the KCCI agreed that", "In his remarks, Minister Nurtleu emphasized", "According to
 * him, …", "…, emphasized the President of Kazakhstan.", "as noted … by the portal Orient.tm").
 */
import type { Sentence } from '../../types';
import type { ArticleContext } from '../context';
import type { StatementCollector } from './collector';
import { quoteSpans, wordCount } from './quotes';
import type { Speaker, SpeakerResolver } from './speakers';
import { REPORTING_VERB_RE, REPORTING_VERBS } from './verbs';

const ADVERBS_BEFORE_VERB = /\s+(?:also|further|then|later|again|once again|repeatedly|have|has|had)\s*$/i;
const AUXILIARIES_BEFORE_VERB = /\s+(?:also|have|has)\s*$/i;
const CLAUSE_VERB = /\b(?:will|would|is|was|are|were|has|have|had|can|could|should|must|did|does)\b/;
const TRAILING_ATTRIBUTION = new RegExp(`,\\s*(?:${REPORTING_VERBS})\\s+((?:the\\s+)?[^,]{2,80}?)\\s*\\.?$`, 'i');
const TRAILING_ACCORDING = /,\s*according to ((?:the\s+)?[^,]{2,80}?)\s*\.?$/;
const BY_SOURCE = /\b(?:noted|stated|reported|said|written|wrote)\s+(?:in\s+an?\s+[\w ]{0,30}?\s+)?by\s+(?:the\s+)?(?:portal|agency|newspaper|outlet|website)?\s*(.{2,60}?)[.,]?$/;
const SECOND_SPEAKER = new RegExp(`,\\s*(?:while|whereas)\\s+([^,;]{2,60}?)\\s+(?:also\\s+)?(?:${REPORTING_VERBS})\\b`, 'i');

/** The speaker of a reporting sentence, or null. */
function reportingSpeaker(ctx: ArticleContext, speakers: SpeakerResolver, sentence: Sentence): Speaker | null {
  const text = sentence.text;
  const at = (offset: number, phrase: string) => speakers.resolve(sentence.start + offset, sentence.start + offset + phrase.length);
  const according = /^According to ([^,]{2,80}),/.exec(text);
  if (according) {
    const speaker = at(13, according[1]!);
    if (speaker) return speaker;
  }
  // "In his words, ..." / "In her view, ...": the speaker the pronoun points to.
  const inWords = /^In (his|her) (?:words|opinion|view|estimation),/.exec(text);
  if (inWords) {
    const speaker = at(3, inWords[1]!);
    if (speaker) return speaker;
  }
  REPORTING_VERB_RE.lastIndex = 0;
  const verb = REPORTING_VERB_RE.exec(text);
  if (verb && verb.index > 0) {
    const pre = text.slice(0, verb.index).replace(ADVERBS_BEFORE_VERB, '').replace(AUXILIARIES_BEFORE_VERB, '');
    // The subject right before the verb, after a lead-in clause ("In his remarks, Minister Nurtleu"),
    // or before an apposition/aside ("Kim Tae-hyo, the first deputy director ..., stated").
    const candidates: Array<[number, number]> = [];
    const lastComma = pre.lastIndexOf(',');
    if (lastComma >= 0) candidates.push([lastComma + 1, pre.length]);
    // "Minister X, who attended the ceremony, said": the subject before the relative clause.
    const relative = /,\s+(?:who|which)\b[^,]*,?\s*$/.exec(pre);
    if (relative) candidates.push([pre.lastIndexOf(',', relative.index - 1) + 1, relative.index]);
    const firstComma = pre.indexOf(',');
    if (firstComma > 0 && wordCount(pre.slice(0, firstComma)) <= 5 && !CLAUSE_VERB.test(pre.slice(0, firstComma))) candidates.push([0, firstComma]);
    if (lastComma < 0) candidates.push([0, pre.length]);
    for (const [a, b] of candidates) {
      if (wordCount(pre.slice(a, b)) > 12) continue;
      const speaker = speakers.resolve(sentence.start + a, sentence.start + b);
      if (speaker) return speaker;
    }
  }
  for (const re of [TRAILING_ATTRIBUTION, TRAILING_ACCORDING]) {
    // "..., said the minister." / "..., according to the Ministry of Finance of Tajikistan."
    const m = re.exec(text);
    if (!m) continue;
    const speaker = at(m.index + m[0].indexOf(m[1]!), m[1]!);
    if (speaker) return speaker;
  }
  const by = BY_SOURCE.exec(text);
  if (by) return at(text.lastIndexOf(by[1]!), by[1]!);
  return null;
}

/** Adds the reported statement(s) of one sentence, unless a quote already covers it. */
export function reportedStatement(ctx: ArticleContext, speakers: SpeakerResolver, sink: StatementCollector, sentence: Sentence, si: number): void {
  const text = sentence.text;
  if (/[“”]/.test(text) && quoteSpans(ctx.body, sentence.start, sentence.end).some((q) => wordCount(q.inner) >= 4)) return;
  const speaker = reportingSpeaker(ctx, speakers, sentence);
  if (!speaker) return;
  sink.add(speaker, 'REPORTED', text, si, si, sentence.start);
  // A second speaker in a contrasting clause: "Rahmon stressed that ..., while Japarov called on ...".
  const second = SECOND_SPEAKER.exec(text);
  if (second) {
    const at = sentence.start + second.index + second[0].indexOf(second[1]!);
    const other = speakers.resolve(at, at + second[1]!.length);
    if (other && other.name !== speaker.name) sink.add(other, 'REPORTED', text, si, si, at);
  }
}
