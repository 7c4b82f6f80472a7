/**
 * Countries: a gazetteer of every ISO 3166 country from the `world-countries`
 * package (common and official names, Latin alternative spellings, English
 * demonyms) plus demonyms and short forms news uses that the package lacks
 * (seed/reference/country-aliases.json). "Korea" is the Republic of Korea;
 * "North Korea"/"DPRK" win by being longer matches.
 *
 * Capitals count only in a government sense ("Seoul plans", "Astana’s
 * partnership with Seoul"), never as a venue ("in Seoul").
 */
import worldCountries from 'world-countries';
import type { CountryRecord, Sentence } from '../types';
import { EXTRA_COUNTRY_ALIASES } from '../reference';
import { alternation, uniq } from '../text';
import { addEvidence, evidenceOf, type ArticleContext } from './context';
import { storySpan } from './pageDebris';
import { extractionBy, mergeMethod, type MethodOf } from './methods';

export interface CountryInfo {
  iso2: string;
  iso3: string;
  name: string;
}

export interface CountryMention {
  index: number;
  end: number;
  text: string;
  iso2: string;
  /** How the mention names its country: a name or alias, a demonym, a capital in a government sense. */
  via: 'name' | 'demonym' | 'capital';
}

/** Canonical names where the guide asks for something else than the package's common name. */
const CANONICAL_NAME_OVERRIDES: Record<string, string> = { KR: 'Republic of Korea' };

const COUNTRY_INFO = new Map<string, CountryInfo>();
const ALIAS_TO_ISO = new Map<string, string>();
const CAPITAL_TO_ISO = new Map<string, string>();
/** Aliases that are demonyms or adjectives ("Kazakh", "South Korean"), not names. */
const DEMONYMS = new Set<string>();

function buildGazetteer(): void {
  const ambiguous = new Set<string>();
  const add = (alias: string, iso2: string) => {
    const previous = ALIAS_TO_ISO.get(alias);
    if (previous && previous !== iso2) ambiguous.add(alias);
    else ALIAS_TO_ISO.set(alias, iso2);
  };
  for (const c of worldCountries) {
    COUNTRY_INFO.set(c.cca2, { iso2: c.cca2, iso3: c.cca3, name: CANONICAL_NAME_OVERRIDES[c.cca2] ?? c.name.common });
    const names = [c.name.common, c.name.official, ...c.altSpellings];
    for (const n of names) {
      // Latin-script names of 4+ characters; two-letter codes ("KR") are not names in running text.
      if (n.length >= 4 && /^[A-Za-z][A-Za-z .'’()-]+$/.test(n) && !n.includes(',')) add(n, c.cca2);
    }
    const demonyms = c.demonyms?.eng;
    for (const d of [demonyms?.m, demonyms?.f]) if (d && d.length >= 4) add(d, c.cca2);
    const capital = c.capital?.[0];
    if (capital && /^[A-Za-z][A-Za-z .'-]+$/.test(capital)) CAPITAL_TO_ISO.set(capital, c.cca2);
  }
  for (const alias of ambiguous) ALIAS_TO_ISO.delete(alias);
  // Hand-curated aliases win over the package (e.g. "Korea" -> KR).
  for (const [iso2, aliases] of Object.entries(EXTRA_COUNTRY_ALIASES)) for (const a of aliases) ALIAS_TO_ISO.set(a, iso2);
  // A demonym is no name of the package: one of its demonyms, an adjective ending ("Korean", "Chinese", "British",
  // "Kazakhstani"), or the start of its country's name ("Turkmen", "Kazakh").
  const names = new Set(worldCountries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]));
  const demonyms = new Set(worldCountries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]));
  for (const [alias, iso2] of ALIAS_TO_ISO) {
    if (names.has(alias)) continue;
    const common = COUNTRY_INFO.get(iso2)?.name ?? '';
    if (demonyms.has(alias) || /(?:an|ese|ish|i)$/.test(alias) || (common !== alias && common.startsWith(alias))) DEMONYMS.add(alias);
  }
  // Kazakhstan's capital is written both ways.
  CAPITAL_TO_ISO.set('Nur-Sultan', 'KZ');
  CAPITAL_TO_ISO.set('Astana', 'KZ');
}
buildGazetteer();

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const COUNTRY_RE = new RegExp(`${B}(${alternation(ALIAS_TO_ISO.keys())})${E}`, 'gu');
const CAPITAL_RE = new RegExp(`${B}(${alternation(CAPITAL_TO_ISO.keys())})${E}`, 'gu');

const CURRENCY_AFTER = /^(?:\s?\$|\s+(?:dollars?|cents?)\b)/;
const OUTLET_AFTER = /^(?:\s+\p{Lu}[\p{L}]+){0,2}\s+(?:News|Times|Herald|Post|Daily|Tribune|Gazette|TV|Today|Radio|Press|Journal|Review|Online|Portal|Media|Broadcasting|Newswire)(?![\p{L}])/u;
const OUTLET_OF_BEFORE = /\b(?:Times|News|Herald|Voice|Radio|Review|Journal|Tribune|Gazette)\s+of\s+(?:the\s+)?$/;

/** Verbs and nouns that make a capital stand for its government. */
const GOVERNMENT_VERB = /^(?:’s|'s)?\s+(?:has|have|had|is|was|will|would|plans?|planned|wants?|seeks?|sought|says?|said|announced|remains?|hopes?|expects?|intends?|aims?|considers?|supports?|insists?|urged?|signed|agreed|offered|pledged|eyes|continues|is stepping|has been)\b/;
const GOVERNMENT_NOUN = /^(?:’s|')s?\s+(?:[a-z-]+\s+){0,2}(?:partnership|relations|policy|position|government|stance|strategy|ties|diplomacy|cooperation|initiative|support|decision|officials|approach|interests?)\b/;
const RELATION_BEFORE = /(?:relations|ties|partnership|cooperation|diplomacy|dialogue|talks)\s+(?:with|between)\s+(?:the\s+)?$|(?:between|with)\s+the\s+$/;

function capitalInGovernmentSense(text: string, index: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, index - 50), index);
  if (GOVERNMENT_VERB.test(after) || GOVERNMENT_NOUN.test(after)) return true;
  if (RELATION_BEFORE.test(before)) return true;
  // "Astana’s partnership with Seoul": a capital right after another government-sense capital's relation noun.
  return false;
}

/** ISO alpha-2 of the country whose capital this is ("Seoul" -> KR), or null. */
export function countryOfCapital(city: string): string | null {
  return CAPITAL_TO_ISO.get(city) ?? null;
}

export function countryInfo(iso2: string): CountryInfo | undefined {
  return COUNTRY_INFO.get(iso2);
}

/**
 * The country's name as it reads inside another name, the one spelling every extractor uses for keys and
 * canonical names: "Ministry of Energy of Kazakhstan", "Embassy of the Republic of Korea" (names that are
 * a common noun phrase take "the").
 */
export function countryLabel(iso2: string): string {
  const name = countryInfo(iso2)?.name ?? iso2;
  return /^(?:Republic|United|Democratic|Russian Federation)\b/.test(name) ? `the ${name}` : name;
}

/** ISO alpha-2 for a name or demonym ("Kazakh" -> KZ), or null. */
export function countryCodeOf(name: string): string | null {
  return ALIAS_TO_ISO.get(name.trim()) ?? null;
}

/** Country mentions in a text (names, demonyms, and capitals in government sense). */
export function findCountryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const m of text.matchAll(COUNTRY_RE)) {
    const index = m.index ?? 0;
    const alias = m[1]!;
    // "ethnic Koreans" is an ethnic group, not the state.
    if (/ethnic\s+$/i.test(text.slice(Math.max(0, index - 8), index))) continue;
    // A currency ("US$200 million", "50 million US dollars") or an outlet's name ("Kazakhstan Point News") names no country.
    const after = text.slice(index + alias.length, index + alias.length + 40);
    if (CURRENCY_AFTER.test(after) || OUTLET_AFTER.test(after) || OUTLET_OF_BEFORE.test(text.slice(Math.max(0, index - 16), index))) continue;
    mentions.push({ index, end: index + alias.length, text: alias, iso2: ALIAS_TO_ISO.get(alias)!, via: DEMONYMS.has(alias) ? 'demonym' : 'name' });
  }
  for (const m of text.matchAll(CAPITAL_RE)) {
    const index = m.index ?? 0;
    const end = index + m[1]!.length;
    if (capitalInGovernmentSense(text, index, end)) mentions.push({ index, end, text: m[1]!, iso2: CAPITAL_TO_ISO.get(m[1]!)!, via: 'capital' });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** ISO codes mentioned in a text, in order of first mention. */
export function countryCodesIn(text: string): string[] {
  return uniq(findCountryMentions(text).map((m) => m.iso2));
}

export function extractCountries(ctx: ArticleContext): CountryRecord[] {
  const byCode = new Map<string, CountryRecord>();
  // Page debris (tickers, tag lines, other stories' headlines) names no country of the story.
  const [lead, debris] = storySpan(ctx);
  for (const sentence of ctx.sentences) if (sentence.end > lead && sentence.start < debris) addSentenceCountries(byCode, ctx, sentence);
  return [...byCode.values()];
}

function addSentenceCountries(byCode: Map<string, CountryRecord>, ctx: ArticleContext, sentence: Sentence): void {
  for (const mention of findCountryMentions(sentence.text)) {
    const info = COUNTRY_INFO.get(mention.iso2);
    if (!info) continue;
    const method: MethodOf<'countries'> = `countries.${mention.via}`;
    let record = byCode.get(info.iso2);
    if (!record) {
      record = { iso2: info.iso2, iso3: info.iso3, name: info.name, aliasesSeen: [], evidence: [], extraction: extractionBy(method) };
      byCode.set(info.iso2, record);
    } else {
      mergeMethod(record, method);
    }
    if (!record.aliasesSeen.includes(mention.text)) record.aliasesSeen.push(mention.text);
    if (record.evidence.length < 5) addEvidence(record.evidence, evidenceOf(ctx.body, sentence));
  }
}
