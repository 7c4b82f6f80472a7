/**
 * Statements: what a named person or body said.
 * - Direct quotes: text between quotation marks (curly or straight; one quote may run over
 *   several sentences), attributed by the clause next to it: "…,” Park said", "…,” noted
 *   Kassym-Jomart Tokayev", "…”, he added", "Tokayev said: “…”". A quote with no attribution
 *   is a scare quote ("“green” energy") and is skipped. A closing mark with no opening one
 *   starts the quote at the paragraph start.
 * - First-person contributions: paragraphs following "Title Name:" (or "… the full text of
 *   X’s article:") are that person's own words, one DIRECT_QUOTE per paragraph.
 * - Reported speech: a sentence whose subject resolves to a speaker and whose verb reports
 *   speech ("Kang of the KCCI agreed that", "In his remarks, Minister Nurtleu emphasized",
 *   "According to him, …", "…, emphasized the President of Kazakhstan.", "as noted … by the portal Orient.tm").
 * Speakers resolve through person/organization mentions, short names, roles ("The Korean
 * leader", "the President of Kazakhstan"), pronouns (the last speaker) and bodies ("the ministry",
 * "the forum"); a country as subject ("Kazakhstan also expressed") is its current speaker.
 */
import type { PartialDate, Sentence, StatementRecord } from '../types';
import { uniq } from '../text';
import { countryCodeOf, countryCodesIn } from './countries';
import { evidenceOfSentences, sentenceIndexAt, type ArticleContext } from './context';
import type { OrganizationExtraction } from './organizations';
import { resolvePersonReference, type PersonExtraction } from './persons';
import { sectorsOf } from './sectors';

const VERBS = 'said|says|stated|states|noted|notes|emphasized|emphasised|emphasizes|stressed|stresses|underscored|underlined|highlighted|highlights|agreed(?!\\s+to\\b)|thanked|added|adds|confirmed|expressed|called on|called for|invited|urged|announced|pointed out|remarked|welcomed|reiterated|proposed|suggested|believes|sees|named|told|explained|assured|acknowledged|praised|mentioned|asserted|warned|insisted|wrote|declared|recalled|observed|argued|claimed|voiced|conveyed|went on saying|went on to say|continued|concluded|replied|answered';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const PRONOUN = /^(?:he|she|him|her)$/i;

interface Speaker {
  name: string;
  type: 'PERSON' | 'ORGANIZATION';
  /** Index into persons or organizations. */
  index: number;
  country: string | null;
}

interface QuoteSpan {
  /** Offsets in the body: the opening mark (or paragraph start) and just past the closing mark. */
  open: number;
  close: number;
  inner: string;
}

const OPENERS = new Set(['“', '"']);
const CLOSERS = new Set(['”', '"']);

/** Quote spans of a paragraph. Straight quotes alternate; curly ones pair by direction. */
function quoteSpans(body: string, start: number, end: number): QuoteSpan[] {
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
function quoteText(inner: string): string {
  return inner.trim().replace(/[,.]+$/, '').trim();
}

export function extractStatements(
  ctx: ArticleContext,
  orgs: OrganizationExtraction,
  people: PersonExtraction,
  dateOf: (sentenceIndex: number) => PartialDate | null,
): StatementRecord[] {
  const { body, sentences } = ctx;
  const statements: Array<StatementRecord & { at: number }> = [];
  const spoken: Array<{ at: number; speaker: Speaker }> = [];

  const lastSpeakerBefore = (offset: number): Speaker | null => {
    let best: { at: number; speaker: Speaker } | null = null;
    for (const s of spoken) if (s.at < offset && (!best || s.at > best.at)) best = s;
    return best?.speaker ?? null;
  };
  const personSpeaker = (index: number): Speaker => {
    const p = people.persons[index]!;
    return { name: p.name, type: 'PERSON', index, country: p.country };
  };
  const orgSpeaker = (index: number): Speaker => {
    const o = orgs.organizations[index]!;
    return { name: o.name, type: 'ORGANIZATION', index, country: o.country };
  };
  const recentPersons = (offset: number) => people.mentions.filter((m) => m.start < offset).map((m) => m.entity);

  /** Who the phrase body[start, end) names, or null. */
  const resolveSpeaker = (start: number, end: number): Speaker | null => {
    const phrase = body.slice(start, end).trim().replace(/^(?:the|The)\s+/, '');
    if (!phrase || phrase.length > 160) return null;
    if (PRONOUN.test(phrase)) {
      const last = lastSpeakerBefore(start);
      if (last) return last;
      const lastPerson = people.mentions.filter((m) => m.start < start).pop();
      return lastPerson ? personSpeaker(lastPerson.entity) : null;
    }
    const person = people.mentions.find((m) => m.start >= start && m.end <= end);
    if (person) return personSpeaker(person.entity);
    // "Strategists from the South Korean president’s administration": a body, unless the phrase starts with a title.
    const orgInside = orgs.mentions.find((m) => m.start >= start && m.end <= end);
    if (orgInside && !/^(?:Vice|Deputy|First|President|Minister|Chairman|Director|Head|Chief|CEO|Ambassador|Secretary|Speaker)\b/i.test(phrase) && phrase.split(/\s+/).length <= 12) {
      return orgSpeaker(orgInside.entity);
    }
    const nominal = resolvePersonReference(phrase, people.persons, recentPersons(start));
    if (nominal !== null && /^(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}(?:[\p{L}’'-]+\s+){0,2}(?:President|Minister|leader|Ambassador|Director|Chairman|Vice President|Foreign Minister|head|Speaker|Governor|Counselor|Attache|CEO|Secretary)\b/iu.test(phrase)) {
      return personSpeaker(nominal);
    }
    const org = orgs.mentions.find((m) => m.start >= start && m.end <= end);
    if (org && phrase.split(/\s+/).length <= 12) return orgSpeaker(org.entity);
    const body_ = /^(ministry|forum|company|agency|council|embassy|government office|committee|commission|bank|institute|organization)$/i.exec(phrase);
    if (body_) {
      const word = body_[1]!.toLowerCase();
      const previous = orgs.mentions.filter((m) => m.start < start && orgs.organizations[m.entity]!.name.toLowerCase().includes(word)).pop();
      if (previous) return orgSpeaker(previous.entity);
    }
    // A country as subject ("Kazakhstan also expressed") speaks through its current speaker.
    const countries = countryCodesIn(phrase);
    if (countries.length === 1 && countryCodeOf(phrase.replace(/\s+also$/, '')) === countries[0]) {
      const last = lastSpeakerBefore(start);
      if (last && last.country === countries[0]) return last;
    }
    return null;
  };

  const occasionOf = (text: string): string | null => {
    const m = /\b(?:at|during|in)\s+(?:a|an|the|his|her|their)\s+((?:[\w’'-]+\s+){0,3}?(?:briefing|speech|forum|meeting|roundtable|round table|conference|summit|interview|talks|press conference|remarks|session|ceremony|address|visit))\b/i.exec(text);
    return m ? m[1]! : null;
  };

  const add = (speaker: Speaker, kind: StatementRecord['kind'], text: string, first: number, last: number, at: number) => {
    const evidence = evidenceOfSentences(body, sentences, first, last);
    const orgNames = uniq(orgs.mentions.filter((m) => m.start >= evidence.start && m.end <= evidence.end).map((m) => orgs.organizations[m.entity]!.name));
    statements.push({
      speaker: speaker.name,
      speakerType: speaker.type,
      kind,
      text,
      date: dateOf(first),
      occasion: occasionOf(evidence.text),
      mentions: { countries: countryCodesIn(text), organizations: orgNames },
      sectors: sectorsOf(text),
      evidence: [evidence],
      at,
    });
    spoken.push({ at, speaker });
  };

  const verbFirstAfter = new RegExp(`^\\s*[,.]?\\s*(?:${VERBS})\\s+`, 'i');
  const subjectThenVerb = new RegExp(`^\\s*[,.]?\\s*([^,.;“”"]{1,80}?)\\s+(?:also\\s+|then\\s+)?(?:${VERBS})\\b`, 'i');
  const beforeQuote = new RegExp(`([^.;“”"]{1,100}?)\\s+(?:also\\s+)?(?:${VERBS})(?:\\s+that)?\\s*[:,]?\\s*$`, 'i');

  // ---------------------------------------------------------------- first-person sections
  const firstPersonParagraphs = new Set<number>();
  const paragraphs = ctx.article.paragraphs;
  paragraphs.forEach((p, pi) => {
    const text = body.slice(p.start, p.end);
    if (!/:\s*$/.test(text)) return;
    const lastSentence = sentences.filter((s) => s.paragraph === pi).pop();
    const inOpener = people.mentions.filter((m) => m.start >= (lastSentence?.start ?? p.start) && m.end <= p.end);
    const speakerMention = inOpener[inOpener.length - 1] ?? (/\b(?:his|her)\s+(?:article|remarks|contribution|letter|text|speech)\b/.test(text) ? people.mentions.filter((m) => m.start >= p.start && m.end <= p.end).pop() : undefined);
    if (!speakerMention) return;
    const speaker = personSpeaker(speakerMention.entity);
    for (let q = pi + 1; q < paragraphs.length; q++) {
      const para = paragraphs[q]!;
      const ptext = body.slice(para.start, para.end);
      if (!/[.!?”"…)]\s*$/.test(ptext) || /:\s*$/.test(ptext)) break; // a heading or the next opener ends the section
      const ps = sentences.map((s, i) => [s, i] as const).filter(([s]) => s.paragraph === q);
      if (ps.length === 0) continue;
      firstPersonParagraphs.add(q);
      add(speaker, 'DIRECT_QUOTE', ptext.replace(/(?<!\betc)\.$/, ''), ps[0]![1], ps[ps.length - 1]![1], para.start);
    }
  });

  // ---------------------------------------------------------------- direct quotes and reported speech, in text order
  const quoteCovered: Array<[number, number]> = [];
  paragraphs.forEach((p, pi) => {
    if (firstPersonParagraphs.has(pi)) return;
    const quotes = quoteSpans(body, p.start, p.end);
    const paragraphSentences = sentences.map((s, i) => [s, i] as const).filter(([s]) => s.paragraph === pi);
    const events: Array<{ at: number; run: () => void }> = [];

    for (const q of quotes) {
      const words = q.inner.trim().split(/\s+/).length;
      if (words < 4) continue;
      const closeSentence = sentenceIndexAt(sentences, q.close - 1);
      const sentenceEnd = closeSentence >= 0 ? sentences[closeSentence]!.end : p.end;
      const after = body.slice(q.close, Math.min(sentenceEnd, q.close + 160));
      events.push({
        at: q.open,
        run: () => {
          let speaker: Speaker | null = null;
          let attributionEnd = q.close;
          const verbFirst = verbFirstAfter.exec(after);
          if (verbFirst) {
            const subjectStart = q.close + verbFirst[0].length;
            const rest = body.slice(subjectStart, sentenceEnd);
            const subject = /^(.{2,90}?)(?=\s+(?:in|at|during|on|while|adding|after|before|when)\b|[,.;]|$)/.exec(rest);
            if (subject) {
              speaker = resolveSpeaker(subjectStart, subjectStart + subject[1]!.length);
              attributionEnd = subjectStart + subject[1]!.length;
            }
          }
          if (!speaker) {
            const sv = subjectThenVerb.exec(after);
            if (sv) {
              const subjectStart = q.close + sv[0].indexOf(sv[1]!);
              speaker = resolveSpeaker(subjectStart, subjectStart + sv[1]!.length);
              attributionEnd = q.close + sv[0].length;
            }
          }
          if (!speaker) {
            const openSentence = sentenceIndexAt(sentences, q.open);
            const from = openSentence >= 0 ? Math.max(p.start, sentences[openSentence]!.start) : p.start;
            const before = body.slice(from, q.open);
            const bq = beforeQuote.exec(before);
            if (bq) speaker = resolveSpeaker(from + (bq.index ?? 0), from + (bq.index ?? 0) + bq[1]!.length);
          }
          // A quote standing alone as its own sentence continues the quote just attributed in this paragraph.
          if (!speaker && standsAlone(q)) {
            const previous = spoken.filter((x) => x.at >= p.start && x.at < q.open).pop();
            speaker = previous?.speaker ?? null;
          }
          if (!speaker) return;
          const first = sentenceIndexAt(sentences, q.open === p.start ? p.start : q.open + 1);
          const last = sentenceIndexAt(sentences, Math.max(q.close, attributionEnd) - 1);
          if (first < 0 || last < 0) return;
          quoteCovered.push([sentences[first]!.start, sentences[last]!.end]);
          add(speaker, 'DIRECT_QUOTE', quoteText(q.inner), first, last, q.open);
        },
      });
    }

    for (const [sentence, si] of paragraphSentences) {
      events.push({ at: sentence.start + 0.5, run: () => reported(sentence, si) });
    }
    events.sort((a, b) => a.at - b.at);
    for (const e of events) e.run();
  });

  /** The quote is the whole sentence: nothing but punctuation around it. */
  function standsAlone(q: { open: number; close: number }): boolean {
    const si = sentenceIndexAt(sentences, q.open + 1);
    if (si < 0) return false;
    const s = sentences[si]!;
    return /^[\s“"‘']*$/.test(body.slice(s.start, q.open)) && /^[\s.,!?”"’']*$/.test(body.slice(q.close, s.end));
  }

  function reported(sentence: Sentence, si: number): void {
    if (quoteCovered.some(([s, e]) => sentence.start < e && s < sentence.end)) return;
    const text = sentence.text;
    if (/[“”]/.test(text) && quoteSpans(body, sentence.start, sentence.end).some((q) => q.inner.split(/\s+/).length >= 4)) return;
    let speaker: Speaker | null = null;
    const according = /^According to ([^,]{2,80}),/.exec(text);
    if (according) speaker = resolveSpeaker(sentence.start + 13, sentence.start + 13 + according[1]!.length);
    // "In his words, ..." / "In her view, ...": the speaker the pronoun points to.
    const inWords = speaker ? null : /^In (his|her) (?:words|opinion|view|estimation),/.exec(text);
    if (inWords) speaker = resolveSpeaker(sentence.start + 3, sentence.start + 3 + inWords[1]!.length);
    if (!speaker) {
      VERB_RE.lastIndex = 0;
      const verb = VERB_RE.exec(text);
      if (verb && verb.index > 0) {
        const pre = text.slice(0, verb.index).replace(/\s+(?:also|further|then|later|again|once again|repeatedly|have|has|had)\s*$/i, '').replace(/\s+(?:also|have|has)\s*$/i, '');
        // The subject right before the verb, after a lead-in clause ("In his remarks, Minister Nurtleu"),
        // or before an apposition/aside ("Kim Tae-hyo, the first deputy director ..., stated").
        const candidates: Array<[number, number]> = [];
        const lastComma = pre.lastIndexOf(',');
        if (lastComma >= 0) candidates.push([lastComma + 1, pre.length]);
        // "Minister X, who attended the ceremony, said": the subject before the relative clause.
        const relative = /,\s+(?:who|which)\b[^,]*,?\s*$/.exec(pre);
        if (relative) candidates.push([pre.lastIndexOf(',', relative.index - 1) + 1, relative.index]);
        const firstComma = pre.indexOf(',');
        const clauseVerb = /\b(?:will|would|is|was|are|were|has|have|had|can|could|should|must|did|does)\b/;
        if (firstComma > 0 && pre.slice(0, firstComma).trim().split(/\s+/).length <= 5 && !clauseVerb.test(pre.slice(0, firstComma))) candidates.push([0, firstComma]);
        if (lastComma < 0) candidates.push([0, pre.length]);
        for (const [a, b] of candidates) {
          const phrase = pre.slice(a, b);
          if (phrase.trim().split(/\s+/).length > 12) continue;
          speaker = resolveSpeaker(sentence.start + a, sentence.start + b);
          if (speaker) break;
        }
      }
    }
    if (!speaker) {
      const trailing = new RegExp(`,\\s*(?:${VERBS})\\s+((?:the\\s+)?[^,]{2,80}?)\\s*\\.?$`, 'i').exec(text);
      if (trailing) speaker = resolveSpeaker(sentence.start + trailing.index + trailing[0].indexOf(trailing[1]!), sentence.start + trailing.index + trailing[0].indexOf(trailing[1]!) + trailing[1]!.length);
    }
    if (!speaker) {
      // "..., according to the Ministry of Finance of Tajikistan."
      const trailingAccording = /,\s*according to ((?:the\s+)?[^,]{2,80}?)\s*\.?$/.exec(text);
      if (trailingAccording) {
        const at = sentence.start + trailingAccording.index + trailingAccording[0].indexOf(trailingAccording[1]!);
        speaker = resolveSpeaker(at, at + trailingAccording[1]!.length);
      }
    }
    if (!speaker) {
      const by = /\b(?:noted|stated|reported|said|written|wrote)\s+(?:in\s+an?\s+[\w ]{0,30}?\s+)?by\s+(?:the\s+)?(?:portal|agency|newspaper|outlet|website)?\s*(.{2,60}?)[.,]?$/.exec(text);
      if (by) speaker = resolveSpeaker(sentence.start + text.lastIndexOf(by[1]!), sentence.start + text.lastIndexOf(by[1]!) + by[1]!.length);
    }
    if (!speaker) return;
    add(speaker, 'REPORTED', text, si, si, sentence.start);
    // A second speaker in a contrasting clause: "Rahmon stressed that ..., while Japarov called on ...".
    const second = new RegExp(`,\\s*(?:while|whereas)\\s+([^,;]{2,60}?)\\s+(?:also\\s+)?(?:${VERBS})\\b`, 'i').exec(text);
    if (second) {
      const at = sentence.start + second.index + second[0].indexOf(second[1]!);
      const other = resolveSpeaker(at, at + second[1]!.length);
      if (other && other.name !== speaker.name) add(other, 'REPORTED', text, si, si, at);
    }
  }

  return statements
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...s }) => s);
}


