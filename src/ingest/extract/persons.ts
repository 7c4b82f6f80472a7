/**
 * Persons: how news writes people, not a list of people.
 * - Korean names "Family Given-name" (a known family name + hyphenated given name: "Kang Seog-gu");
 * - Central Asian names: a known given name or hyphenated given name plus a surname with a
 *   typical ending (-ov/-ev/-yev/-bayev/-bekov/-uly/-kyzy...): "Kassym-Jomart Tokayev";
 * - any two or three capitalized words right after a title ("Ambassador of Uzbekistan to Korea Vitaliy Fen",
 *   "SK Supex Council Vice President Park Hoon") or set off by commas after one
 *   ("the President of Turkmenistan, Serdar Berdimuhamedov");
 * - role from the title before the name, or an apposition after it ("Kim Tae-hyo, the first deputy director of ...");
 * - later short mentions ("Park", "Tokayev", "President Tokayev") become aliases of the full name.
 * Nominal mentions ("the President of Kazakhstan", "The Korean leader") are resolved by
 * `resolvePersonReference`, used by the statement extractor.
 */
import type { PersonRecord } from '../types';
import { CENTRAL_ASIAN_GIVEN_NAMES, CENTRAL_ASIAN_SURNAME_SUFFIXES, KOREAN_SURNAMES } from '../reference';
import { personKey } from '../resolve';
import { escapeRegExp, uniq } from '../text';
import { countryCodeOf, countryCodesIn, countryLabel, findCountryMentions } from './countries';
import { addEvidence, evidenceOf, type ArticleContext } from './context';
import { TITLE_WORDS, type OrganizationExtraction } from './organizations';
import { findRegionMentions } from './regions';
import { storySpan } from './pageDebris';
import { extractionBy, mergeMethod, type Method, type MethodOf } from './methods';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  entity: number;
}

export interface PersonExtraction {
  persons: PersonRecord[];
  mentions: PersonMention[];
}

/** Lowercase and capitalized words that make a phrase a role. */
const ROLE_WORD = /\b(?:[Pp]resident|[Mm]inister|[Aa]mbassador|[Cc]ounsel+or|[Aa]ttach[eé]|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Cc]hair|CEO|[Hh]ead|[Cc]hief|[Ss]ecretary|[Ss]peaker|[Gg]overnor|[Mm]ayor|[Cc]onsul|[Ee]nvoy|[Ss]pokes(?:person|man|woman)|[Ss]enator|[Cc]ommissioner|[Pp]ublisher|[Mm]anager|[Cc]ounterpart|[Ll]eader|[Aa]kim|[Hh]okim|[Kk]hokim|[Pp]remier|[Dd]eputy|[Aa]dvis[eo]r|[Pp]rofessor|[Rr]ector|[Ff]ounder|[Pp]artner|[Cc]oordinator|[Dd]elegate|[Rr]epresentative|[Oo]fficer|[Aa]nalyst|[Ee]xpert|[Rr]esearcher|[Ee]conomist|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ss]pecialist)s?\b/;
const NOT_NAME_WORDS = new Set(['Later', 'Earlier', 'Meanwhile', 'Then', 'Now', 'Yesterday', 'Recently', 'Previously', 'Separately', 'Additionally', 'Furthermore', 'Finally', 'Still', 'Thus', 'Hence', 'Speaking', 'Commenting', 'Addressing', 'When', 'While', 'After', 'Before', 'Since', 'If', 'Both', 'Each', 'Some', 'Many', 'Most', 'All', 'Such', 'Other', 'Dear', 'Mr', 'Mrs', 'Ms', 'The', 'This', 'That', 'These', 'Those', 'During', 'In', 'On', 'At', 'As', 'By', 'For', 'From', 'With', 'And', 'But', 'Of', 'To', 'A', 'An', 'It', 'He', 'She', 'We', 'They', 'Our', 'His', 'Her', 'Their', 'Its', 'Also', 'Currently', 'Today', 'Moreover', 'However', 'Overall', 'Among', 'Following', 'According', 'Although', 'Here', 'There', 'Last', 'Next', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Central', 'Asia', 'Asian', 'North', 'South', 'East', 'West', 'Silk', 'Road', 'Forum', 'Summit', 'Expo', 'World', 'City', 'Sea', 'Republic', 'Foreign', 'Affairs', 'Ministry', 'Embassy', 'Parliament', 'Government', 'International', 'Airport', 'Region', 'Initiative', 'Partnership', 'Strategic', 'Expanded', 'Joint', 'Statement', 'Plan', 'Work', 'Business', 'Council', 'Group', 'Bank', 'Cooperation', 'Agreement', 'Memorandum', 'Visit', 'Route', 'Transport', 'Economic', 'Korean', 'Uzbek', 'Kazakh', 'Kyrgyz', 'Turkmen', 'Tajik', 'Images', 'Politics', 'News', 'Home',
  // Title complements and venues read as names: "Minister of ... Natural Resources", "Astana Hotel".
  'Resources', 'Technologies', 'Technology', 'Information', 'Natural', 'National', 'Security', 'Development', 'Communications', 'Trade', 'Industry', 'Investment', 'Energy', 'Economy', 'Finance', 'Agriculture', 'Education', 'Health', 'Culture', 'Hotel', 'Palace', 'Complex', 'Square', 'Street', 'Avenue', 'Hall', 'Tower', 'Centre', 'Center']);
/** Words that name parts of organizations, never people: "Chairman of the Management Board Nurlan Zhakupov". */
const BODY_WORDS = new Set(['Board', 'Management', 'Directors', 'Supervisory', 'Committee', 'Council', 'Commission', 'Cabinet', 'Ministers', 'Ministry', 'Agency', 'Bank', 'Fund', 'Corporation', 'Company', 'Office', 'Department', 'Administration', 'Assembly', 'Chamber', 'Concern']);
const SURNAME_SUFFIX_RE = new RegExp(`(?:${CENTRAL_ASIAN_SURNAME_SUFFIXES.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})$`);

const NAME_TOKEN = "\\p{Lu}[\\p{Ll}’']+(?:-\\p{Lu}?[\\p{Ll}]+)?";

function isNameToken(token: string): boolean {
  if (NOT_NAME_WORDS.has(token) || TITLE_WORDS.has(token) || BODY_WORDS.has(token)) return false;
  if (countryCodeOf(token) || countryCodeOf(token.replace(/[’']s$/, ''))) return false;
  if (findRegionMentions(token).length > 0) return false;
  // "Korea-Central", "Trans-Caspian", "Kazakhstan-Korea": compounds of places or prefixes, not given names.
  if (/-/.test(token) && token.split('-').some((part) => countryCodeOf(part) || findRegionMentions(part).length > 0 || /^(?:Trans|Inter|Pan|Euro|Afro|Sino)$/.test(part))) return false;
  return !/[’']s$/.test(token);
}

function isKoreanName(tokens: string[]): boolean {
  const [family, given, third] = tokens;
  if (!family || !given || !KOREAN_SURNAMES.has(family)) return false;
  if (third) return /^\p{Lu}\p{Ll}{1,4}$/u.test(given) && /^\p{Lu}\p{Ll}{1,5}$/u.test(third);
  return /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u.test(given);
}

/** One romanized Korean syllable: "Jin", "Hyun", "Seok". */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndrmbsjhtpcy])?(?:yeo|yae|wae|eo|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|[kntlmp])?$/;

/** A Korean family name with a one-syllable or unhyphenated two-syllable given name ("Han Sol", "Choi Minwoo"): Korean, but not proof of a name without a title. */
function looksKorean(tokens: string[]): boolean {
  if (isKoreanName(tokens)) return true;
  const [family, given] = tokens;
  if (tokens.length !== 2 || !KOREAN_SURNAMES.has(family!)) return false;
  const g = given!.toLowerCase();
  if (KOREAN_SYLLABLE.test(g)) return true;
  for (let i = 1; i < g.length; i++) if (KOREAN_SYLLABLE.test(g.slice(0, i)) && KOREAN_SYLLABLE.test(g.slice(i))) return true;
  return false;
}

/** A patronymic: "Serikovich", "Bakhtiyorovna". */
const PATRONYMIC_RE = /\p{Ll}(?:ovich|evich|ovna|evna|ich|ichna)$/u;
/** The Turkic patronymic word after a name: "Aibek Tashiev uulu", "Aida Bekova kyzy". */
const PATRONYMIC_WORD_AFTER = /^ (uulu|uly|ulu|kyzy|kizi|qizi|ugli|o[‘'’]g[‘'’]li)(?![\p{L}])/u;

function isCentralAsianName(tokens: string[]): boolean {
  // "Surname Given Patronymic" ("Bekov Arman Serikovich") or "Given Patronymic Surname" ("Arman Serikovich Bekov").
  if (tokens.length === 3 && PATRONYMIC_RE.test(tokens[2]!)) return SURNAME_SUFFIX_RE.test(tokens[0]!) || SURNAME_SUFFIX_RE.test(tokens[1]!) || CENTRAL_ASIAN_GIVEN_NAMES.has(tokens[0]!) || CENTRAL_ASIAN_GIVEN_NAMES.has(tokens[1]!);
  if (tokens.length === 3 && PATRONYMIC_RE.test(tokens[1]!) && SURNAME_SUFFIX_RE.test(tokens[2]!)) return true;
  // Two given names before the surname: "Kassym Jomart Tokayev" (the hyphen dropped).
  if (tokens.length === 3) return /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[0]!) && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[1]!) && !SURNAME_SUFFIX_RE.test(tokens[1]!) && SURNAME_SUFFIX_RE.test(tokens[2]!) && tokens[2]!.length >= 5;
  if (tokens.length !== 2) return false;
  const [given, surname] = tokens as [string, string];
  const givenOk = CENTRAL_ASIAN_GIVEN_NAMES.has(given) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(given) || /^\p{Lu}\p{Ll}{2,}$/u.test(given);
  return givenOk && (SURNAME_SUFFIX_RE.test(surname) && surname.length >= 5 || CENTRAL_ASIAN_GIVEN_NAMES.has(given) && !/-/.test(surname));
}

/** The role phrase that ends right before `index` in `text` (same clause), or null. */
function roleBefore(text: string, index: number, notBefore = 0): string | null {
  // Never reach back past the previous name: "KTZ Chairman A and Korail CEO B".
  const before = text.slice(Math.max(notBefore, index - 160), index);
  // Capitalized words and connectors back to a clause boundary: "Ambassador of Uzbekistan to Korea ",
  // "Minister of Investment, Industry and Trade ".
  const m = /((?:(?:\p{Lu}[\p{L}’'&.-]*,?|of|to|at|the|in|for|and|under|lower|upper|house|-)\s+)+)$/u.exec(before);
  const lowercaseRole = /((?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:\p{Lu}[\p{L}]+\s+)?[a-z]+(?:\s+[a-z]+)?),?\s+$/u.exec(before);
  let role = m ? m[1]!.trim().replace(/,$/, '') : '';
  role = role.replace(/^(?:(?:of|to|at|the|in|for|and|by|with|-|–)\s+)+/, '').replace(/\s+(?:of|to|at|the|in|for|and|-|–)$/, '').replace(/^[^,]*,\s+(?=\p{Lu}[\p{L}]+\s+(?:of|to)\b)/u, '');
  // Never another person's title across ", and"/";": "X, Chairman of A, and Country Director of B, Y" gives Y the second.
  const pieces = role.split(/,\s+and\s+|;\s+/);
  role = pieces[pieces.length - 1]!.replace(/^(?:and|the)\s+/, '');
  // A lead-in before a comma that holds no title: "Later, Minister X".
  const lead = /^([^,]+),\s+(.+)$/.exec(role);
  if (lead && !ROLE_WORD.test(lead[1]!) && ROLE_WORD.test(lead[2]!)) role = lead[2]!;
  // Only the part after the last title-free lead-in: "The event moderated by The Korea Times President-Publisher".
  if (role && ROLE_WORD.test(role)) return role;
  // "South Korean leader Park Geun-hye", "Kyrgyz prime minister Ivan Petrov".
  const demonymRole = /((?:\p{Lu}[\p{L}]+\s+){1,2}(?:[a-z]+\s+)?(?:leader|president|prime minister|foreign minister|minister|premier|ambassador|envoy))\s+$/u.exec(before);
  if (demonymRole && countryCodesIn(demonymRole[1]!).length === 1) return demonymRole[1]!;
  if (lowercaseRole && ROLE_WORD.test(lowercaseRole[1]!)) return lowercaseRole[1]!.replace(/^(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+/, '');
  // "the President of Turkmenistan, Serdar Berdimuhamedov"
  const appositive = /((?:\p{Lu}[\p{L}’'&.-]*|of|to|at|the|in|for|and|under|-)(?:\s+(?:\p{Lu}[\p{L}’'&.-]*|of|to|at|the|in|for|and|under|-))*),\s*$/u.exec(before);
  if (appositive && ROLE_WORD.test(appositive[1]!)) return appositive[1]!.replace(/^(?:(?:of|to|at|the|The|in|for|and|-)\s+)+/, '');
  return null;
}

/** ", the first deputy director of the National Security Office in ...," right after a name. */
function roleAfter(text: string, end: number): string | null {
  const m = /^,\s+(?:the\s+|a\s+)?([^,;“”"]{3,140}?)(?:,|\.?\s*$)/.exec(text.slice(end, end + 180));
  if (!m || !ROLE_WORD.test(m[1]!) || /\b(?:said|stated|noted|added|is|was|has|had|who)\b/.test(m[1]!)) return null;
  // "..., Speaker of the Mejlis of X Aman Bekov, ...": the next person's title, not this one's.
  const tail = m[1]!.split(/\s+/).slice(-2);
  if (tail.length === 2 && tail.every((t) => /^\p{Lu}\p{Ll}/u.test(t) && isNameToken(t)) && (isCentralAsianName(tail) || isKoreanName(tail))) return null;
  return m[1]!;
}

/** "Kazakhstan’s President" -> "President of Kazakhstan". */
function normalizeRole(role: string): string {
  const possessive = /^(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:’s|'s)\s+(.+)$/u.exec(role);
  if (possessive && countryCodeOf(possessive[1]!)) return `${possessive[2]} of ${possessive[1]}`;
  return role;
}

/** Country of a role: the country after "of"/possessive, else a demonym in it, else the first country named. */
function roleCountry(role: string): string | null {
  const mentions = findCountryMentions(role);
  if (mentions.length === 0) return null;
  const of = mentions.find((m) => /\bof\s+(?:the\s+)?$/.test(role.slice(0, m.index)));
  const notHost = mentions.find((m) => !/\b(?:to|in)\s+(?:the\s+)?$/.test(role.slice(0, m.index)));
  return (of ?? notHost ?? mentions[0]!).iso2;
}

interface Found {
  start: number;
  end: number;
  name: string;
  role: string | null;
  roleStart: number;
  roleEnd: number;
  /** How the name was told from other capitalized words: its shape, the role with it, or both. */
  method: MethodOf<'persons'>;
}

const NAME_TOKEN_RE = new RegExp(`(?<![\\p{L}\\p{N}-])${NAME_TOKEN}(?![\\p{L}\\p{N}])`, 'gu');

/**
 * "Uzbek and South Korean Energy Ministers A and B": a plural title shared by coordinated names, each with
 * its own country in order. Returns [role of A, role of B], or null when the role is not of that shape.
 */
function splitSharedRole(role: string): [string, string] | null {
  const m = /^(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+and\s+(.+)s$/u.exec(role);
  if (!m || !countryCodeOf(m[1]!)) return null;
  const rest = m[2]!.split(/\s+/);
  for (const n of [2, 1]) {
    const country = rest.slice(0, n).join(' ');
    if (rest.length > n && countryCodeOf(country)) {
      const title = rest.slice(n).join(' ');
      return ROLE_WORD.test(title) ? [`${m[1]} ${title}`, `${country} ${title}`] : null;
    }
  }
  return null;
}

function findFullNames(text: string, offset: number, orgSpans: Array<[number, number]>): Found[] {
  const found: Found[] = [];
  let sharedRole: { role: string; after: number } | null = null;
  const tokens = [...text.matchAll(NAME_TOKEN_RE)].map((m) => ({ t: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const adjacent = (a: number, b: number) => tokens[b] !== undefined && /^ $/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  let i = 0;
  while (i < tokens.length) {
    let length = 0;
    for (const n of [3, 2]) {
      if (i + n - 1 >= tokens.length || !adjacent(i, i + 1) || (n === 3 && !adjacent(i + 1, i + 2))) continue;
      const parts = tokens.slice(i, i + n).map((x) => x.t);
      if (!parts.every(isNameToken)) continue;
      if (n === 3 && !isKoreanName(parts) && !isCentralAsianName(parts)) continue;
      // Two given names never follow "of"/"and": "... Industry and Trade Laziz Kudratov" is a title, then a name.
      if (n === 3 && !isKoreanName(parts) && /(?:^|\s)(?:of|for|and|the|&)\s+$/.test(text.slice(Math.max(0, tokens[i]!.start - 6), tokens[i]!.start))) continue;
      const start = tokens[i]!.start;
      let end = tokens[i + n - 1]!.end;
      const patronymicWord = PATRONYMIC_WORD_AFTER.exec(text.slice(end, end + 10));
      if (patronymicWord) end += patronymicWord[0].length;
      if (orgSpans.some(([s, e]) => offset + start < e && s < offset + end)) continue;
      let role = roleBefore(text, start, found.length ? found[found.length - 1]!.end - offset : 0);
      if (role) {
        const shared = splitSharedRole(role);
        if (shared) {
          role = shared[0];
          sharedRole = { role: shared[1], after: end };
        }
      }
      const sharing = !role && sharedRole !== null && /^\s+and\s+$/.test(text.slice(sharedRole.after, start));
      if (sharing) role = sharedRole!.role;
      const after = role ? null : roleAfter(text, end);
      const morphology = isKoreanName(parts) || isCentralAsianName(parts);
      if (!morphology && !role && !after) continue;
      // Words right after "of"/"for"/"and" continue a title or a name ("Minister for the Development of Rural Industries").
      if (!morphology && !sharing && /(?:^|\s)(?:of|for|and|the|on|in|at|&)\s+$/.test(text.slice(Math.max(0, start - 6), start))) continue;
      // Bylines and reporters are not people of the story: "By Kim Ji-ho", "[Newsis Reporter Lee Min-su]".
      if (/^\s*\[?\s*By\s+$/i.test(text.slice(0, start)) || role && /\b(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Cc]olumnist|[Ee]ditor)s?\b/.test(role)) continue;
      // "President Sadyr Japarov of Kyrgyzstan": the country after the name completes the title.
      const ofCountry = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u.exec(text.slice(end));
      if (role && ofCountry && countryCodeOf(ofCountry[1]!.replace(/^the\s+/, '')) && !countryCodesIn(role).length) role = `${role} of ${ofCountry[1]}`;
      // "... Industry and Trade Laziz Kudratov": a real name starting one token later wins over a title word + given name.
      if (!morphology && n === 2 && adjacent(i + 1, i + 2)) {
        const shifted = [tokens[i + 1]!.t, tokens[i + 2]!.t];
        if (shifted.every(isNameToken) && (isKoreanName(shifted) || isCentralAsianName(shifted))) continue;
      }
      const roleText = role ?? after;
      const method: MethodOf<'persons'> = morphology ? (roleText ? 'persons.name-and-role' : 'persons.name-shape') : sharing ? 'persons.shared-title' : role ? 'persons.title' : 'persons.apposition';
      const roleStart = role ? text.lastIndexOf(role, start) : after ? text.indexOf(after, end) : -1;
      found.push({ start: offset + start, end: offset + end, name: patronymicWord ? `${parts.join(' ')} ${patronymicWord[1]}` : parts.join(' '), role: roleText ? normalizeRole(roleText) : null, roleStart: roleStart >= 0 ? offset + roleStart : -1, roleEnd: roleStart >= 0 && roleText ? offset + roleStart + roleText.length : -1, method });
      length = n;
      break;
    }
    i += length || 1;
  }
  return found;
}

/** A romanisation-free skeleton of a name word: consonants only, repeats collapsed ("Seounghun" and "Soonghoon" -> "snghn"). */
function skeleton(word: string): string {
  return word.toLowerCase().replace(/[^a-z]/g, '').replace(/[aeiouwy]/g, '').replace(/(.)\1+/g, '$1');
}

/** Two roles that can be one person's: either unknown, or the same title before its complement. */
function rolesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const head = (r: string) => r.toLowerCase().split(/\s+(?:of|in|at|to|for)\s+/)[0]!.replace(/^(?:\S+\s+)?(?=minister|ambassador|president)/, '');
  return head(a) === head(b) || a.includes(b) || b.includes(a);
}

/**
 * One person under two romanisations in one article ("Lee Soonghoon" and "Lee Seounghun", "Mirziyoyev" and "Mirziyoev"):
 * as many words, one of them identical (the family name), the others with the same consonant skeleton, and roles that
 * agree. The later spelling becomes an alias of the first; mentions follow.
 */
function mergeRomanisations(persons: PersonRecord[], mentions: PersonMention[]): void {
  const target = persons.map((_, i) => i);
  for (let j = 1; j < persons.length; j++) {
    const b = persons[j]!.name.split(/\s+/);
    for (let i = 0; i < j; i++) {
      if (target[i] !== i) continue;
      const a = persons[i]!.name.split(/\s+/);
      if (a.length !== b.length || a.length < 2) continue;
      const same = a.filter((w, k) => w === b[k]).length;
      if (same === 0 || same === a.length) continue;
      if (!a.every((w, k) => w === b[k] || skeleton(w).length >= 2 && skeleton(w) === skeleton(b[k]!))) continue;
      if (!rolesAgree(persons[i]!.role, persons[j]!.role)) continue;
      target[j] = i;
      break;
    }
  }
  if (target.every((t, i) => t === i)) return;
  const newIndex: number[] = [];
  const kept: PersonRecord[] = [];
  persons.forEach((p, i) => {
    if (target[i] === i) {
      newIndex[i] = kept.length;
      kept.push(p);
      return;
    }
    const into = persons[target[i]!]!;
    into.aliasesSeen.push(...p.aliasesSeen);
    for (const e of p.evidence) addEvidence(into.evidence, e);
    mergeMethod(into, p.extraction.method as Method);
    if (!into.role && p.role) Object.assign(into, { role: p.role, country: p.country, organization: p.organization });
  });
  persons.forEach((_, i) => { if (target[i] !== i) newIndex[i] = newIndex[target[i]!]!; });
  for (const m of mentions) m.entity = newIndex[m.entity]!;
  persons.splice(0, persons.length, ...kept);
}

/** Surname used for short mentions: the family name for Korean names, the last name otherwise. */
function shortNameOf(name: string): string {
  const tokens = name.split(/\s+/);
  const koreanOrder = KOREAN_SURNAMES.has(tokens[0]!) && !SURNAME_SUFFIX_RE.test(tokens[tokens.length - 1]!);
  return koreanOrder ? tokens[0]! : tokens[tokens.length - 1]!;
}

export function extractPersons(ctx: ArticleContext, orgs: OrganizationExtraction): PersonExtraction {
  const orgSpans = orgs.mentions.map((m) => [m.start, m.end] as [number, number]);
  const persons: PersonRecord[] = [];
  const mentions: PersonMention[] = [];
  const byKey = new Map<string, number>();

  const [lead, debris] = storySpan(ctx);
  for (const sentence of ctx.sentences) {
    if (sentence.start >= debris) break;
    if (sentence.end <= lead) continue;
    for (const f of findFullNames(sentence.text, sentence.start, orgSpans)) {
      const key = personKey(f.name);
      let index = byKey.get(key);
      if (index === undefined) {
        index = persons.length;
        byKey.set(key, index);
        persons.push({ name: f.name, aliasesSeen: [], role: null, country: null, organization: null, evidence: [], extraction: extractionBy(f.method) });
      }
      const person = persons[index]!;
      mergeMethod(person, f.method);
      if (!person.aliasesSeen.includes(f.name)) person.aliasesSeen.push(f.name);
      if (f.role && (!person.role || f.role.length > person.role.length && !/counterpart/.test(f.role))) {
        person.role = f.role;
        const org = orgs.mentions.find((m) => m.start >= f.roleStart && m.end <= f.roleEnd);
        if (org) person.organization = orgs.organizations[org.entity]!.name;
        person.country = roleCountry(f.role) ?? (org ? orgs.organizations[org.entity]!.country : null) ?? person.country;
      }
      addEvidence(person.evidence, evidenceOf(ctx.body, sentence));
      mentions.push({ start: f.start, end: f.end, text: f.name, entity: index });
    }
  }

  mergeRomanisations(persons, mentions);

  // Counterparts take the title of the person they face: "his Kyrgyz counterpart" of a Foreign Minister.
  for (const p of persons) {
    if (p.role && /counterpart/i.test(p.role)) {
      const country = countryCodesIn(p.role)[0] ?? null;
      const sentence = p.evidence[0]?.text ?? '';
      const other = persons.find((q) => q !== p && q.role && !/counterpart/i.test(q.role) && sentence.includes(q.name));
      const title = other?.role?.replace(/\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}]+){0,2})$/u, (all, c: string) => (countryCodeOf(c) ? '' : all));
      if (title) p.role = `${title}${country ? ` of ${countryLabel(country)}` : ''} (${p.role})`;
      p.country = country ?? p.country;
    }
    // Korean name morphology is a fallback for the country of a Korean official.
    if (!p.country && looksKorean(p.name.split(/\s+/)) && p.role) p.country = 'KR';
  }

  // Short mentions and title + surname: "Park", "Tokayev", "President Tokayev", "Minister Ergeshov".
  const shortNames = new Map<string, number[]>();
  persons.forEach((p, i) => {
    const s = shortNameOf(p.name);
    shortNames.set(s, [...(shortNames.get(s) ?? []), i]);
  });
  for (const [short, indices] of shortNames) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])((?:(?:President|Minister|Ambassador|Mr|Ms|Dr|Chairman|Governor|Mayor|Director|Deputy)\\.?\\s+)?${escapeRegExp(short)})(?![\\p{L}\\p{N}]|\\s+\\p{Lu}[\\p{Ll}])`, 'gu');
    for (const sentence of ctx.sentences) {
      for (const m of sentence.text.matchAll(re)) {
        const start = sentence.start + (m.index ?? 0);
        const end = start + m[1]!.length;
        if (mentions.some((x) => start < x.end && x.start < end)) continue;
        if (orgSpans.some(([s, e]) => start < e && s < end)) continue;
        // The most recently mentioned bearer of that name.
        const previous = mentions.filter((x) => x.start < start && indices.includes(x.entity)).pop();
        const entity = previous?.entity ?? indices[0]!;
        const person = persons[entity]!;
        if (!person.aliasesSeen.includes(m[1]!)) person.aliasesSeen.push(m[1]!);
        addEvidence(person.evidence, evidenceOf(ctx.body, sentence));
        mentions.push({ start, end, text: m[1]!, entity });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const p of persons) p.aliasesSeen = uniq(p.aliasesSeen);
  return { persons, mentions };
}

const HEAD_OF_STATE = /\b(?:President|Prime Minister|leader|head of state|King|Emir)\b/i;

/**
 * The person a nominal mention refers to: "the President of Kazakhstan", "The Korean leader",
 * "The Kazakh Foreign Minister", "Vice President of SK Supex Council". Null when no single person fits.
 */
export function resolvePersonReference(phrase: string, persons: PersonRecord[], recent: number[]): number | null {
  if (!ROLE_WORD.test(phrase)) return null;
  const country = countryCodesIn(phrase)[0] ?? null;
  const words = new Set((phrase.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !['the', 'of', 'a', 'an', 's'].includes(w)));
  const leader = /\bleader\b/i.test(phrase);
  let best: { index: number; score: number } | null = null;
  persons.forEach((p, index) => {
    if (!p.role) return;
    if (country && p.country && p.country !== country) return;
    const roleWords = new Set((p.role.toLowerCase().match(/[a-z]+/g) ?? []));
    // The title itself, without its complement: "first deputy director" of "... in the president’s administration".
    const head = p.role.split(/\s+(?:of|in|at|to|for)\s+/)[0]!;
    let score = [...words].filter((w) => roleWords.has(w)).length;
    if (leader && HEAD_OF_STATE.test(head)) score += 2;
    if (leader && !HEAD_OF_STATE.test(head)) return;
    if (/minister/i.test(phrase) && !/minister/i.test(p.role)) return;
    if (/president/i.test(phrase) && !/president/i.test(head)) return;
    if (score === 0) return;
    const recency = recent.lastIndexOf(index);
    const total = score + (recency >= 0 ? 0.5 + recency / (recent.length + 1) : 0);
    if (!best || total > best.score) best = { index, score: total };
  });
  return best ? (best as { index: number }).index : null;
}
