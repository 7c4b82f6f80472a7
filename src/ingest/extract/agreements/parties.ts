/**
 * Who an agreement binds: the countries, the organizations that sign ("X and Y signed a
 * memorandum", "a memorandum between X and Y") and the people who sign it.
 */
import type { Span } from '../../types';
import { uniq } from '../../text';
import { countryCodesIn } from '../countries';
import { findRegionMentions } from '../regions';
import type { OrganizationExtraction } from '../organizations';
import type { PersonExtraction } from '../persons';
import { withoutCurrencyNames } from '../money';

export function partyCountriesOf(text: string, fallback: string[]): string[] {
  const codes = countryCodesIn(withoutCurrencyNames(text));
  if (codes.length === 0) return fallback.slice(0, 2);
  return uniq([...codes, ...(codes.length === 1 ? fallback.filter((c) => !codes.includes(c)).slice(0, 1) : [])]);
}

export function within<T extends Span>(mentions: T[], span: Span): T[] {
  return mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}

/** Where the circumstances of a signing begin: people and bodies named after this are not its parties. */
const CIRCUMSTANCE = /\b(?:on the sidelines|on the margins|during|in the presence|witnessed by|attended by|(?:a |the )?summit|talks between|visit of|meeting between|presided|oversaw|according to|reported|reports)\b/gi;

export function circumstanceAfter(text: string, from: number): number {
  for (const m of text.matchAll(CIRCUMSTANCE)) if ((m.index ?? 0) > from) return m.index ?? text.length;
  return text.length;
}

export interface PartyFrame {
  /** Offset of the signing verb in the sentence, when there is one. */
  verbIndex?: number;
  /** The document's complement ("between A and B", "with B"), as a body span. */
  complement?: Span | null;
}

/**
 * Organizations that sign: those of a "between A and B" complement; else those before the
 * signing verb (its subject) with those of a "with B" complement or a "by A and B" agent;
 * never the media that report it, nor bodies named after "according to". Without a verb
 * (a financing term, a list item) every organization in the span.
 */
export function partyOrganizations(orgs: OrganizationExtraction, span: Span & { text: string }, frame: PartyFrame = {}): string[] {
  const named = (s: Span) =>
    within(orgs.mentions, s)
      .filter((m) => !/\baccording to\s+(?:the\s+)?$/i.test(span.text.slice(Math.max(0, m.start - span.start - 20), m.start - span.start)))
      .map((m) => orgs.organizations[m.entity]!)
      .filter((o) => o.kind !== 'MEDIA')
      .map((o) => o.name);
  const { complement, verbIndex } = frame;
  const between = complement && /^between\b/i.test(span.text.slice(complement.start - span.start)) ? named(complement) : [];
  if (between.length > 0) return uniq(between);
  if (verbIndex === undefined) return uniq(named(span));
  const before = span.text.slice(0, verbIndex);
  const clause = Math.max(0, ...[...before.matchAll(/(?:,\s+and|;|:)\s+/g)].map((m) => (m.index ?? 0) + m[0].length));
  const subject = named({ start: span.start + clause, end: span.start + verbIndex });
  const object = complement ? named(complement) : [];
  const agent = /^\w+\s+(?:by|between)\b/i.exec(span.text.slice(verbIndex));
  const agents = agent ? named({ start: span.start + verbIndex, end: span.start + circumstanceAfter(span.text, verbIndex) }) : [];
  return uniq([...subject, ...object, ...agents]);
}

/** A region named as one side of a deal ("the chambers of commerce of Central Asia and Japan"): its members are parties. */
export function regionPartiesOf(text: string): string[] {
  return findRegionMentions(text)
    .filter((r) => /^\s*(?:countries|nations|states)?\s*and\b/i.test(text.slice(r.end)) || /\band\s+(?:the\s+)?(?:five\s+)?$/i.test(text.slice(0, r.index)))
    .flatMap((r) => r.region.members ?? []);
}

/** People who sign: named in a sentence with a signing verb, before the circumstances of the signing. */
export function signatoriesOf(people: PersonExtraction, sentence: Span & { text: string }, verbIndex: number): string[] {
  if (!/\b(?:signed|inked|penned)\b/i.test(sentence.text)) return [];
  const cut = circumstanceAfter(sentence.text, verbIndex);
  const mentioned = within(people.mentions, { start: sentence.start, end: sentence.start + cut }).map((p) => people.persons[p.entity]!.name);
  // A person the text names again without a tagged mention ("Ministers A and B have signed").
  const head = sentence.text.slice(0, cut);
  const named = people.persons.filter((p) => [p.name, ...p.aliasesSeen].some((n) => n.length > 4 && head.includes(n))).map((p) => p.name);
  return uniq([...mentioned, ...named]);
}
