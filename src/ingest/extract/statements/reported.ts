/**
 * Reported speech: a sentence whose subject resolves to a speaker and whose verb reports speech.
 * - subject before the verb: "Lee of the chamber agreed that", "In his remarks, Minister Sarsenov
 *   emphasized", "Director of X, Y Z, told", "Kim - who was making his second trip - said",
 *   "The Ministry of Energy said", "…, which the prime minister's office said …", "Kim reported
 *   that", "the ministry informs that", "Kim briefed his host on";
 * - lead-ins: "According to him, …", "In his words, …", "As she said, …";
 * - trailing attribution: "…, emphasized the President of Kazakhstan.", "…, reported the
 *   press office of X.", "…, according to Korea’s Ministry of Energy.", "as noted … by the portal
 *   X.tm" (a media credit such as ", Dunyo News writes." is ignored); "<Outlet> reports via the
 *   Ministry of X that …" -> the ministry;
 * - joint subjects: "The two leaders agreed", "it was agreed" after a two-party meeting.
 * A sentence that only attributes ("X told at a press conference.") reports the sentence before it.
 * A quoted fragment inside a reporting sentence is also a DIRECT_QUOTE of the same speaker.
 * Anonymous or media sourcing ("reports indicate", "It was mentioned", "<Outlet> reports that") is not a
 * statement; "<Outlet> reports via the Ministry of X" is the ministry's.
 */
import type { Sentence } from '../../types';
import type { ArticleContext } from '../context';
import type { StatementCollector } from './collector';
import { quoteText, wordCount, type QuoteSpan } from './quotes';
import { spokenBy, type SpeakerResolver, type Voice } from './speakers';
import { REPORTED_VERB_RE, REPORTING_VERBS, TRAILING_VERBS, VIA_SOURCE } from './verbs';

const ADVERBS_BEFORE_VERB = /(?:\s+(?:also|further|then|later|earlier|again|once again|repeatedly|have|has|had|jointly|both|all|reportedly|publicly|officially))+\s*$/i;
const CLAUSE_VERB = /\b(?:will|would|is|was|are|were|has|have|had|can|could|should|must|did|does)\b/;
const LEAD_INS = [
  /^According to ([^,]{2,80}),/,
  /^In (his|her|their) (?:words|opinion|view|estimation|remarks|speech),/,
  new RegExp(`^As ([^,]{2,60}?) (?:${REPORTING_VERBS}|put it),`),
];
/** "…, the energy ministry said Monday, Dunyo News writes.": the outlet's credit is not the speaker. */
const MEDIA_CREDIT = /,\s*[\p{Lu}][^,]{0,40}?\s+(?:informs|reports|writes)\s*\.?\s*$/u;
const TRAILING_ATTRIBUTION = new RegExp(`,\\s*(?:${TRAILING_VERBS})\\s+((?:the\\s+)?[^,]{2,80}?)\\s*\\.?$`, 'i');
const TRAILING_ACCORDING = /,\s*according to (.{2,100}?)\s*\.?$/;
const BY_SOURCE = /\b(?:noted|stated|reported|said|written|wrote)\s+(?:in\s+an?\s+[\w ]{0,30}?\s+)?by\s+(?:the\s+)?(?:portal|agency|newspaper|outlet|website)?\s*(.{2,60}?)[.,]?$/;
const SECOND_SPEAKER = new RegExp(`,\\s*(?:while|whereas)\\s+([^,;]{2,60}?)\\s+(?:also\\s+)?(?:${REPORTING_VERBS})\\b`, 'i');
/** "it was agreed", "It has been decided": the meeting's participants, jointly. */
const IT_WAS_AGREED = /(?:^|,\s*)it\s+(?:was|has been|had been)\s+(?:agreed|decided)\b/i;
/** Nothing after the verb but where, when or to whom: the content is the sentence before. */
const ONLY_ATTRIBUTES = /^\s*(?:(?:at|during|in|on|after|following)\s+[^,.;]{1,60}|to\s+(?:the\s+)?(?:\p{Lu}|reporters|journalists|media|press|lawmakers)[^,.;]{0,60}|reporters|journalists|the (?:media|press)|\p{Lu}\w+day)?\s*[.!]?\s*$/u;
/** Dash asides: "Kim - who was making his second trip - said". */
const DASH_ASIDE = /\s[-–—]\s[^-–—]{2,120}?\s[-–—]\s/g;
const MAX_VERBS = 3;

interface Found {
  voice: Voice;
  /** Offset in the sentence text just past the reporting verb, when a verb decided. */
  verbEnd: number | null;
  /** Where the subject starts: content before it ("The line opens in May, the ministry informs.") is the sentence's own. */
  subjectStart?: number;
}

/** Subject candidates before a verb at `verbAt`: after the last comma, before a relative clause, the lead clause, the whole. */
function subjectCandidates(pre: string): Array<[number, number]> {
  const candidates: Array<[number, number]> = [];
  const lastComma = pre.lastIndexOf(',');
  if (lastComma >= 0) candidates.push([lastComma + 1, pre.length]);
  // "Minister X, who attended the ceremony, said": the subject before the relative clause.
  const relative = /,\s+(?:who|which)\b[^,]*,?\s*$/.exec(pre);
  if (relative) candidates.push([pre.lastIndexOf(',', relative.index - 1) + 1, relative.index]);
  const firstComma = pre.indexOf(',');
  if (firstComma > 0 && wordCount(pre.slice(0, firstComma)) <= 5 && !CLAUSE_VERB.test(pre.slice(0, firstComma))) candidates.push([0, firstComma]);
  if (lastComma < 0) candidates.push([0, pre.length]);
  return candidates;
}

function reportingVoice(speakers: SpeakerResolver, sentence: Sentence): Found | null {
  const text = sentence.text;
  const at = (offset: number, phrase: string) => speakers.resolve(sentence.start + offset, sentence.start + offset + phrase.length);
  for (const lead of LEAD_INS) {
    const m = lead.exec(text);
    const voice = m && at(m[0].indexOf(m[1]!, 3), m[1]!);
    // "According to Yonhap, …": media sourcing, not a statement.
    if (voice && !voice.some((s) => s.media)) return { voice, verbEnd: null };
  }
  const via = VIA_SOURCE.exec(text);
  const source = via && at(via.index + via[0].lastIndexOf(via[1]!), via[1]!);
  if (source && source.some((s) => !s.media)) return { voice: source, verbEnd: null };
  if (IT_WAS_AGREED.test(text)) {
    const voice = speakers.participants(sentence.start);
    if (voice) return { voice, verbEnd: null };
  }
  const masked = text.replace(DASH_ASIDE, (aside) => ' '.repeat(aside.length));
  let tried = 0;
  for (const verb of masked.matchAll(REPORTED_VERB_RE)) {
    if (verb.index === 0 || ++tried > MAX_VERBS) continue;
    const pre = masked.slice(0, verb.index).replace(ADVERBS_BEFORE_VERB, '').replace(/[\s,]+$/, '');
    for (const [a, b] of [...subjectCandidates(pre), ...speakers.mentionsEndingAt(sentence.start + pre.length).map((m): [number, number] => [m - sentence.start, pre.length])]) {
      // "…, which the finance ministry said would …": the relative pronoun is not the subject.
      const lead = /^\s*(?:which|that|who|as)\s+/i.exec(pre.slice(a, b));
      const from = a + (lead ? lead[0].length : 0);
      if (wordCount(pre.slice(from, b)) > 20) continue;
      const voice = at(from, pre.slice(from, b));
      // Bodies that "agreed to" do something made a deal (an agreement), not a statement.
      if (voice && verb[0] === 'agreed' && /^\s+to\b/.test(masked.slice(verb.index + verb[0].length)) && voice.some((s) => s.type !== 'PERSON')) break;
      // An outlet reporting is sourcing, not speech.
      if (voice?.every((s) => s.media)) break;
      if (voice) return { voice, verbEnd: verb.index + verb[0].length, subjectStart: from };
    }
  }
  const credited = text.replace(MEDIA_CREDIT, '');
  for (const re of [TRAILING_ATTRIBUTION, TRAILING_ACCORDING]) {
    const m = re.exec(credited);
    const voice = m && at(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
    if (voice && !(re === TRAILING_ACCORDING && voice.some((s) => s.media))) return { voice, verbEnd: null };
  }
  const by = BY_SOURCE.exec(text);
  const voice = by && at(text.lastIndexOf(by[1]!), by[1]!);
  return voice ? { voice, verbEnd: null } : null;
}

/** Speech-like quoted words (not a title or a name in quotes): mostly lowercase words. */
function isSpokenFragment(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length;
}

/**
 * Adds the reported statement(s) of one sentence. `loose` are the quotes of its paragraph that
 * no attribution claimed.
 */
export function reportedStatement(
  ctx: ArticleContext,
  speakers: SpeakerResolver,
  sink: StatementCollector,
  sentence: Sentence,
  si: number,
  loose: QuoteSpan[],
): void {
  const inside = loose.filter((q) => q.open >= sentence.start && q.close <= sentence.end + 1);
  // A sentence that is mostly an unattributed quote is not reported speech.
  if (inside.some((q) => (q.close - q.open) * 2 > sentence.end - sentence.start)) return;
  const found = reportingVoice(speakers, sentence);
  if (!found) return;
  const { voice, verbEnd } = found;
  let first = si;
  let text = sentence.text;
  const previous = ctx.sentences[si - 1];
  const before = sentence.text.slice(0, found.subjectStart ?? 0);
  const ownContent = wordCount(before) > 3 && (CLAUSE_VERB.test(before) || /\d/.test(before));
  if (verbEnd !== null && !ownContent && ONLY_ATTRIBUTES.test(sentence.text.slice(verbEnd)) && previous && previous.paragraph === sentence.paragraph && !sink.covers(si - 1)) {
    first = si - 1;
    text = `${previous.text} ${sentence.text}`;
  }
  sink.add(spokenBy('reported', voice), voice, 'REPORTED', text, first, si, sentence.start);
  for (const q of inside) if (isSpokenFragment(q.inner)) sink.add('statements.fragment', voice, 'DIRECT_QUOTE', quoteText(q.inner), si, si, q.open);
  // A second speaker in a contrasting clause: "Karimov stressed that ..., while Abenov called on ...".
  const second = SECOND_SPEAKER.exec(sentence.text);
  if (second) {
    const at = sentence.start + second.index + second[0].indexOf(second[1]!);
    const other = speakers.resolve(at, at + second[1]!.length);
    if (other && other[0]!.name !== voice[0]!.name) sink.add(spokenBy('reported', other), other, 'REPORTED', text, si, si, at);
  }
}
