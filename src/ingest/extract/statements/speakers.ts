/**
 * Who a subject phrase names as speaker(s):
 * - a person: a mention inside the phrase, the name written out ("Kim Min-jun"), a role ("The Korean
 *   leader", "the President of Kazakhstan", "The head of government"), a pronoun (the last speaker);
 * - a body: an organization mention ("the press office of X", "a X official"), or a body noun
 *   naming one mentioned before ("the ministry", "the presidential office", "the embassy");
 *   "it" after a body spoke is that body;
 * - joint subjects: "X and Y", "the two leaders", "the sides", "The countries" -> the two
 *   participants of the meeting the article reports (see `participants`);
 * - a country as subject ("Kazakhstan also expressed") speaks through its current speaker.
 */
import { escapeRegExp } from '../../text';
import { countryCodeOf, countryCodesIn } from '../countries';
import type { ArticleContext } from '../context';
import type { OrganizationExtraction } from '../organizations';
import { resolvePersonReference, type PersonExtraction } from '../persons';
import type { MethodOf } from '../methods';

export interface Speaker {
  name: string;
  type: 'PERSON' | 'ORGANIZATION';
  /** Index into persons or organizations. */
  index: number;
  country: string | null;
  /** An outlet: "according to" it is sourcing, not speech. */
  media: boolean;
  /** How the phrase that names the speaker was resolved (set by the resolver on the voice it returns). */
  via?: SpeakerVia;
}

/**
 * How a speaker was found: named in the phrase (a person's name), an organization (named, or a body noun such as
 * "the ministry"), a title alone ("the Korean leader"), a pronoun or the last speaker ("he", "it", "Kazakhstan
 * also"), the participants of a meeting speaking jointly ("the two leaders", "it was agreed").
 */
export type SpeakerVia = 'named' | 'organization' | 'title' | 'pronoun' | 'joint';

const VIA_METHOD: Record<Exclude<SpeakerVia, 'joint'>, string> = { named: 'named-speaker', organization: 'organization', title: 'title-speaker', pronoun: 'pronoun-speaker' };

/** The extraction method of a quote or a reporting sentence spoken by `voice`. */
export function spokenBy(source: 'quote' | 'reported', voice: Voice): MethodOf<'statements'> {
  const via = voice[0]?.via ?? 'pronoun';
  return via === 'joint' ? 'statements.joint-speakers' : (`statements.${source}.${VIA_METHOD[via]}` as MethodOf<'statements'>);
}

/** One speaker, or the participants speaking jointly (first = the one stored as speaker). */
export type Voice = Speaker[];

/** What the resolver needs to know about statements already found. */
export interface SpeakerHistory {
  lastVoiceBefore(offset: number): Voice | null;
  /** Voices before `offset`, nearest first. */
  voicesBefore(offset: number): Voice[];
}

export interface SpeakerResolver {
  /** Who the phrase body[start, end) names, or null. */
  resolve(start: number, end: number): Voice | null;
  /** The two sides of the meeting the article reports before `offset`, or null. */
  participants(offset: number): Voice | null;
  person(index: number): Speaker;
  /** Starts of the person and organization mentions that end at `offset`. */
  mentionsEndingAt(offset: number): number[];
}

const PRONOUN = /^(?:he|she|him|her|his)$/i;
/** A title before the organization in a phrase makes the phrase a person, not the organization. */
const ROLE_BEFORE_BODY = /\b(?:vice|deputy|first|president|minister|chairman|chairwoman|director|head|chief|CEO|ambassador|secretary|speaker|governor|manager)\b/i;
const ROLE_PHRASE = /^(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}(?:[\p{L}’'-]+\s+){0,2}(?:President|Minister|leader|Ambassador|Director|Chairman|Vice President|Foreign Minister|head|Speaker|Governor|Counselor|Attache|CEO|Secretary)\b/iu;
/** "a statement by", "a spokesperson for", "the press service of": the body behind them speaks. */
const ON_BEHALF = /^(?:(?:a|an|the)\s+)?(?:(?:joint|official|written|press)\s+)?(?:statement|press release|release|spokes(?:person|man|woman)|representative|press[- ]service|press[- ]cent(?:re|er)|press office|official|officials)\s+(?:issued\s+)?(?:of|for|from|by|at)\s+/i;
/** "the ministry", "the presidential office", "the Korean embassy": a body noun with up to three modifiers. */
const BODY_NOUN = /^(?:(?:a|an|the|its|their|this|that)\s+)?((?:[\p{L}’'-]+\s+){0,3})(ministry|office|forum|company|agency|council|embassy|committee|commission|bank|institute|organization|corporation|administration|government|department|service|center|centre|secretariat|fund|university|association|chamber|parliament|assembly|airline|group|firm|concern)$/iu;
/** Generic nouns that point to the nearest body of a kind: "the company" -> the last company named. */
const KIND_OF_NOUN: Record<string, string> = { company: 'COMPANY', firm: 'COMPANY', corporation: 'COMPANY', group: 'COMPANY', concern: 'COMPANY' };
/** Modifiers that say which body: "foreign ministry" -> Foreign, "presidential office" -> President. */
const MODIFIER_STEM: Record<string, string> = { presidential: 'president', foreign: 'foreign', state: '', national: 'national' };
/** The participants of a two-party meeting speaking together. */
const JOINT = /^(?:the\s+)?(?:(?:two|both)\s+)?(?:leaders|presidents|heads of state|prime ministers|(?:foreign\s+)?ministers|sides|parties|countries|nations|governments|delegations|counterparts)(?:\s+of\s+(?:the\s+two|both)\s+(?:countries|nations|sides))?$/i;
/** "The Kazakh side", "the Korean delegation". */
const SIDE = /^([\p{Lu}][\p{L}’'-]+)\s+(?:side|delegation)$/u;
/** "Turkmen leader", "Kazakh President": a head of state named by country. */
const LEADER = /^([\p{Lu}][\p{L}’'-]+)\s+(?:leader|president|head of state)$/iu;
/** One way a subject phrase body[start, end) names its speaker(s), or null. */
type Rule = (phrase: string, start: number, end: number) => Voice | null;

const HEAD_OF = [[/\bhead of (?:the )?government\b/i, 'Prime Minister'], [/\bhead of (?:the )?state\b/i, 'President']] as const;

export function speakerResolver(ctx: ArticleContext, orgs: OrganizationExtraction, people: PersonExtraction, history: SpeakerHistory): SpeakerResolver {
  const { body } = ctx;
  const person = (index: number): Speaker => {
    const p = people.persons[index]!;
    return { name: p.name, type: 'PERSON', index, country: p.country, media: false };
  };
  const organization = (index: number): Speaker => {
    const o = orgs.organizations[index]!;
    return { name: o.name, type: 'ORGANIZATION', index, country: o.country, media: o.kind === 'MEDIA' };
  };
  const recentPersons = (offset: number) => people.mentions.filter((m) => m.start < offset).map((m) => m.entity);
  /** Each person's name and aliases as one word-bounded pattern, longest first. */
  let written: Array<{ i: number; re: RegExp }> | null = null;
  const writtenOut = (phrase: string): number | null => {
    written ??= people.persons.flatMap((p, i) => {
      const names = [p.name, ...p.aliasesSeen].filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);
      return names.length === 0 ? [] : [{ i, re: new RegExp(`(?<![\\p{L}-])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'u') }];
    });
    return written.find((w) => w.re.test(phrase))?.i ?? null;
  };

  /** Distinct persons in body[start, end), in text order. */
  const personsIn = (start: number, end: number): number[] => {
    const out: number[] = [];
    for (const m of people.mentions) if (m.start >= start && m.end <= end && !out.includes(m.entity)) out.push(m.entity);
    return out;
  };

  const meetingParticipants = (offset: number): Voice | null => {
    const voices = history.voicesBefore(offset);
    const joint = voices.find((v) => v.length >= 2);
    if (joint) return joint;
    // The last two people who spoke, from different sides.
    const spoke: Speaker[] = [];
    for (const v of voices) for (const s of v) if (s.type === 'PERSON' && !spoke.some((x) => x.index === s.index)) spoke.push(s);
    const pair = spoke.length >= 2 && spoke.slice(1).find((s) => !s.country || !spoke[0]!.country || s.country !== spoke[0]!.country);
    if (pair) return [spoke[0]!, pair];
    // Else the last sentence before that names two people: "X met Y", "talks between X and Y".
    for (let i = ctx.sentences.length - 1; i >= 0; i--) {
      const s = ctx.sentences[i]!;
      if (s.start >= offset) continue;
      const named = personsIn(s.start, s.end);
      if (named.length >= 2) return [person(named[0]!), person(named[1]!)];
    }
    return null;
  };
  /** The meeting's participants, as speaking jointly. */
  const participants = (offset: number): Voice | null => meetingParticipants(offset)?.map((s) => ({ ...s, via: 'joint' as const })) ?? null;

  /**
   * "the Turkmen leader" when no one has that role on record: the one person named before whose
   * country is that one, else the one whose country and role are both unknown.
   */
  const countryLeader = (phrase: string, start: number): number | null => {
    const m = LEADER.exec(phrase);
    const country = m ? countryCodeOf(m[1]!) : null;
    if (!country) return null;
    const before = new Set(people.mentions.filter((x) => x.start < start).map((x) => x.entity));
    const of = [...before].filter((i) => people.persons[i]!.country === country);
    if (of.length > 0) return of.length === 1 ? of[0]! : null;
    const unknown = [...before].filter((i) => !people.persons[i]!.country && !people.persons[i]!.role);
    return unknown.length === 1 ? unknown[0]! : null;
  };

  /** The body a body noun points to: the nearest organization before whose name carries the noun and modifiers. */
  const bodyNamed = (start: number, modifiers: string, noun: string): Speaker | null => {
    const country = countryCodesIn(modifiers)[0] ?? null;
    const stems = modifiers.toLowerCase().split(/\s+/).filter(Boolean)
      .filter((w) => !countryCodesIn(w).length)
      .map((w) => MODIFIER_STEM[w] ?? w.slice(0, 5))
      .filter(Boolean);
    const fits = (index: number) => {
      const o = orgs.organizations[index]!;
      const name = o.name.toLowerCase();
      if (!name.includes(noun.toLowerCase()) && !(o.aliasesSeen ?? []).some((a) => a.toLowerCase().includes(noun.toLowerCase()))) return false;
      if (country && o.country && o.country !== country) return false;
      return stems.every((s) => name.includes(s));
    };
    const previous = orgs.mentions.filter((m) => m.start < start && fits(m.entity)).pop();
    if (previous) return organization(previous.entity);
    // "the company comments": a generic noun with no modifier names the nearest body of its kind.
    const kind = modifiers ? undefined : KIND_OF_NOUN[noun.toLowerCase()];
    const ofKind = kind ? orgs.mentions.filter((m) => m.start < start && orgs.organizations[m.entity]!.kind === kind).pop() : undefined;
    return ofKind ? organization(ofKind.entity) : null;
  };

  /** "he", "she", "his": the last speaker; before anyone spoke, the person the paragraph names next ("In his words, …. “…,” X said."), else the last person named. */
  const pronoun: Rule = (phrase, start, end) => {
    if (!PRONOUN.test(phrase)) return null;
    // A body that spoke is not "he" or "she".
    const last = history.voicesBefore(start).find((v) => v[0]!.type === 'PERSON');
    if (last) return [last[0]!];
    const paragraph = ctx.article.paragraphs.find((p) => p.start <= start && start < p.end);
    const next = paragraph && people.mentions.find((m) => m.start > end && m.end <= paragraph.end);
    if (next) return [person(next.entity)];
    const lastPerson = people.mentions.filter((m) => m.start < start).pop();
    return lastPerson ? [person(lastPerson.entity)] : null;
  };

  /** "it said in a press release": the body that spoke last. */
  const itBody: Rule = (phrase, start) => {
    if (!/^it$/i.test(phrase)) return null;
    const last = history.lastVoiceBefore(start);
    return last?.length === 1 && last[0]!.type === 'ORGANIZATION' ? last : null;
  };

  /** "the two leaders", "The countries", "they": the meeting's participants. */
  const joint: Rule = (phrase, start) => (JOINT.test(phrase) || /^they$/i.test(phrase) ? participants(start) : null);

  /** "The Uzbek side noted": the participant (or last speaker) of that country. */
  const side: Rule = (phrase, start) => {
    const m = SIDE.exec(phrase);
    const country = m ? countryCodeOf(m[1]!) : null;
    if (!country) return null;
    const of = (participants(start) ?? []).find((v) => v.country === country) ?? history.lastVoiceBefore(start)?.find((v) => v.country === country);
    return of ? [of] : null;
  };

  /** Person mentions in the phrase; "X and his counterpart Y": both. */
  const namedPersons: Rule = (phrase, start, end) => {
    const named = personsIn(start, end);
    const and = phrase.search(/\band\b/);
    if (named.length >= 2 && and > 0 && !/\b(?:with|between|to|by|of)\s+(?:\p{Lu}|his|her)/u.test(phrase.slice(0, and))) return named.slice(0, 2).map(person);
    return named.length > 0 ? [person(named[0]!)] : null;
  };

  /** An organization mention ("the press office of X", "a X official"), unless a title before it makes the phrase a person of X ("Country director of X Kim Min-jun"). */
  const bodyMention: Rule = (_phrase, start, end) => {
    const inside = orgs.mentions.find((m) => m.start >= start && m.end <= end);
    return inside && !ROLE_BEFORE_BODY.test(body.slice(start, inside.start)) ? [organization(inside.entity)] : null;
  };

  const spelledOut: Rule = (phrase) => {
    const i = writtenOut(phrase);
    return i === null ? null : [person(i)];
  };

  /** "The Korean leader", "the President of Kazakhstan", "The head of government". */
  const role: Rule = (phrase, start) => {
    let title = phrase;
    for (const [re, replacement] of HEAD_OF) title = title.replace(re, replacement);
    const nominal = resolvePersonReference(title, people.persons, recentPersons(start));
    if (nominal !== null && ROLE_PHRASE.test(title)) return [person(nominal)];
    const leader = countryLeader(title, start);
    return leader === null ? null : [person(leader)];
  };

  /** "the ministry", "a statement by the embassy", "the presidential office". */
  const bodyNoun: Rule = (phrase, start) => {
    const behalf = ON_BEHALF.exec(phrase);
    const m = BODY_NOUN.exec((behalf ? phrase.slice(behalf[0].length) : phrase).trim());
    const found = m && bodyNamed(start, m[1]!.trim(), m[2]!);
    return found ? [found] : null;
  };

  /** A country as subject ("Kazakhstan also expressed") speaks through its current speaker. */
  const countrySubject: Rule = (phrase, start) => {
    const country = phrase.split(/\s+/).length <= 4 ? countryCodeOf(phrase.replace(/\s+also$/, '')) : null;
    const last = country ? history.lastVoiceBefore(start) : null;
    return last?.length === 1 && last[0]!.country === country ? last : null;
  };

  /** Rules in order, with how each finds its speaker; only persons named in the phrase decide a phrase longer than 12 words. */
  const rules: Array<[Rule, SpeakerVia]> = [[pronoun, 'pronoun'], [itBody, 'pronoun'], [joint, 'joint'], [side, 'title'], [namedPersons, 'named']];
  const shortPhraseRules: Array<[Rule, SpeakerVia]> = [[bodyMention, 'organization'], [spelledOut, 'named'], [role, 'title'], [bodyNoun, 'organization'], [countrySubject, 'pronoun']];

  const resolvePhrase = (start: number, end: number): Voice | null => {
    const phrase = body.slice(start, end).trim().replace(/^(?:the|The)\s+/, '');
    if (!phrase || phrase.length > 200) return null;
    const words = phrase.split(/\s+/).length;
    for (const [rule, via] of words > 12 ? rules : [...rules, ...shortPhraseRules]) {
      const voice = rule(phrase, start, end);
      if (voice) return voice.map((s) => ({ ...s, via }));
    }
    return null;
  };

  let byEnd: Map<number, number[]> | null = null;
  const mentionsEndingAt = (offset: number): number[] => {
    if (!byEnd) {
      byEnd = new Map();
      for (const m of [...people.mentions, ...orgs.mentions]) byEnd.set(m.end, [...(byEnd.get(m.end) ?? []), m.start]);
    }
    return byEnd.get(offset) ?? [];
  };

  return { resolve: resolvePhrase, participants, person, mentionsEndingAt };
}
