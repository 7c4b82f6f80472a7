/**
 * Who a phrase names as a speaker: a person mention, a body ("the ministry", an organization
 * mention), a role ("The Korean leader", "the President of Kazakhstan"), a pronoun (the last
 * speaker), or a country speaking through its current speaker ("Kazakhstan also expressed").
 */
import { countryCodeOf, countryCodesIn } from '../countries';
import type { ArticleContext } from '../context';
import type { OrganizationExtraction } from '../organizations';
import { resolvePersonReference, type PersonExtraction } from '../persons';

export interface Speaker {
  name: string;
  type: 'PERSON' | 'ORGANIZATION';
  /** Index into persons or organizations. */
  index: number;
  country: string | null;
}

export interface SpeakerResolver {
  /** Who the phrase body[start, end) names, or null. */
  resolve(start: number, end: number): Speaker | null;
  person(index: number): Speaker;
  organization(index: number): Speaker;
}

const PRONOUN = /^(?:he|she|him|her)$/i;
/** A phrase that starts with a title names a person, not the organization inside it. */
const TITLE_FIRST = /^(?:Vice|Deputy|First|President|Minister|Chairman|Director|Head|Chief|CEO|Ambassador|Secretary|Speaker)\b/i;
const ROLE_PHRASE = /^(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}(?:[\p{L}’'-]+\s+){0,2}(?:President|Minister|leader|Ambassador|Director|Chairman|Vice President|Foreign Minister|head|Speaker|Governor|Counselor|Attache|CEO|Secretary)\b/iu;
const BODY_NOUN = /^(ministry|forum|company|agency|council|embassy|government office|committee|commission|bank|institute|organization)$/i;

export function speakerResolver(
  ctx: ArticleContext,
  orgs: OrganizationExtraction,
  people: PersonExtraction,
  lastSpeakerBefore: (offset: number) => Speaker | null,
): SpeakerResolver {
  const { body } = ctx;
  const person = (index: number): Speaker => {
    const p = people.persons[index]!;
    return { name: p.name, type: 'PERSON', index, country: p.country };
  };
  const organization = (index: number): Speaker => {
    const o = orgs.organizations[index]!;
    return { name: o.name, type: 'ORGANIZATION', index, country: o.country };
  };
  const recentPersons = (offset: number) => people.mentions.filter((m) => m.start < offset).map((m) => m.entity);

  const resolve = (start: number, end: number): Speaker | null => {
    const phrase = body.slice(start, end).trim().replace(/^(?:the|The)\s+/, '');
    if (!phrase || phrase.length > 160) return null;
    if (PRONOUN.test(phrase)) {
      const last = lastSpeakerBefore(start);
      if (last) return last;
      const lastPerson = people.mentions.filter((m) => m.start < start).pop();
      return lastPerson ? person(lastPerson.entity) : null;
    }
    const personInside = people.mentions.find((m) => m.start >= start && m.end <= end);
    if (personInside) return person(personInside.entity);
    // "Strategists from the South Korean president’s administration": a body, unless the phrase starts with a title.
    const orgInside = orgs.mentions.find((m) => m.start >= start && m.end <= end);
    if (orgInside && !TITLE_FIRST.test(phrase) && phrase.split(/\s+/).length <= 12) return organization(orgInside.entity);
    const nominal = resolvePersonReference(phrase, people.persons, recentPersons(start));
    if (nominal !== null && ROLE_PHRASE.test(phrase)) return person(nominal);
    if (orgInside && phrase.split(/\s+/).length <= 12) return organization(orgInside.entity);
    const bodyNoun = BODY_NOUN.exec(phrase);
    if (bodyNoun) {
      const word = bodyNoun[1]!.toLowerCase();
      const previous = orgs.mentions.filter((m) => m.start < start && orgs.organizations[m.entity]!.name.toLowerCase().includes(word)).pop();
      if (previous) return organization(previous.entity);
    }
    // A country as subject ("Kazakhstan also expressed") speaks through its current speaker.
    const countries = countryCodesIn(phrase);
    if (countries.length === 1 && countryCodeOf(phrase.replace(/\s+also$/, '')) === countries[0]) {
      const last = lastSpeakerBefore(start);
      if (last && last.country === countries[0]) return last;
    }
    return null;
  };

  return { resolve, person, organization };
}
