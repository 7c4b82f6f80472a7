/**
 * Government bodies written by pattern: "Embassy of X (to|in) Y", "the Korean Embassy in Dushanbe",
 * "Ministry of ... of X", "Foreign Ministry", "Kazakh MFA", "press service of the President of X",
 * "X president’s administration", and "the presidential office" of the country named before it or of the dateline.
 */
import { countryCodeOf, countryLabel, countryOfCapital, findCountryMentions } from '../countries';
import type { ArticleContext } from '../context';
import { B, E, type Candidate } from './candidate';

const COUNTRY_WORDS = "(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'-]*){0,3}";

function matchCountryPrefix(phrase: string): { iso2: string; text: string } | null {
  // Longest leading country name of the phrase ("the Republic of Korea Pak Jin" -> KR "the Republic of Korea").
  const mentions = findCountryMentions(phrase);
  const first = mentions[0];
  if (!first || first.index > 4) return null;
  return { iso2: first.iso2, text: phrase.slice(0, first.end) };
}

const EMBASSY_RE = new RegExp(`${B}(Embassy|Consulate(?: General)?) of (${COUNTRY_WORDS})`, 'gu');
/** The same written in lower case, as some outlets do: "the embassy of the republic of Korea in Bishkek". */
const LOWER_EMBASSY_RE = new RegExp(`${B}(embassy|consulate(?: general)?) of ((?:the\\s+)?(?:republic\\s+of\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)`, 'gu');
/** Lower-case portfolios before "ministry": "Uzbekistan’s finance ministry", "the foreign ministry". */
const PORTFOLIOS: Record<string, string> = {
  foreign: 'Foreign Affairs', finance: 'Finance', economy: 'Economy', energy: 'Energy', trade: 'Trade', industry: 'Industry', health: 'Health',
  education: 'Education', defense: 'Defense', defence: 'Defence', agriculture: 'Agriculture', transport: 'Transport', justice: 'Justice',
  interior: 'Internal Affairs', culture: 'Culture', labor: 'Labor', labour: 'Labour', environment: 'Environment', ecology: 'Ecology',
  investment: 'Investment', digital: 'Digital Development', emergency: 'Emergency Situations', unification: 'Unification',
};
const PORTFOLIO_WORDS = Object.keys(PORTFOLIOS).map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`).join('|');
const LOWER_MINISTRY_RE = new RegExp(`(?:${B}[Tt]he|${B}(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)(?:’s|'s)?)\\s+(${PORTFOLIO_WORDS})\\s+[Mm]inistry${E}`, 'gu');

/** "the republic of Korea" -> "the Republic of Korea", same length, so that country names can be read in lower-cased text. */
function capitalized(phrase: string): string {
  return phrase.replace(/(^|\s)(?!(?:of|the)\b)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
}
const DEMONYM_EMBASSY_RE = new RegExp(`${B}(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+(?:Embassy|embassy)(?:\\s+in\\s+\\p{Lu}[\\p{L}]+)?`, 'gu');
const MINISTRY_OF_RE = new RegExp(`${B}Ministry of ((?:\\p{Lu}[\\p{L}]*|and|&)(?:,?\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}]*)*)(?: of (${COUNTRY_WORDS}))?`, 'gu');
const DEMONYM_MINISTRY_RE = new RegExp(`${B}((?:\\p{Lu}[\\p{L}]+\\s+){0,2})(Foreign Ministry|MFA|Foreign Affairs Ministry|Ministry of Foreign Affairs)${E}`, 'gu');
const PRESIDENT_OFFICE_RE = new RegExp(`${B}((?:the\\s+)?(?:press service|office|administration|press office|executive office) of the President of (${COUNTRY_WORDS}))|((\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+[Pp]resident(?:’s|'s)\\s+(?:administration|office))|(Presidential Administration of (${COUNTRY_WORDS}))`, 'gu');

export function governmentCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of /mbassy|onsulate/.test(text) ? [...text.matchAll(EMBASSY_RE), ...text.matchAll(LOWER_EMBASSY_RE)] : []) {
    const sending = matchCountryPrefix(capitalized(m[2]!));
    if (!sending) continue;
    let end = (m.index ?? 0) + m[1]!.length + 4 + sending.text.length;
    let host: string | null = null;
    const rest = text.slice(end);
    const hostMatch = /^ (?:to|in) /.exec(rest);
    if (hostMatch) {
      const hostText = rest.slice(hostMatch[0].length);
      const city = /^\p{Lu}[\p{L}-]+/u.exec(hostText)?.[0];
      const h = matchCountryPrefix(hostText) ?? (city && countryOfCapital(city) ? { iso2: countryOfCapital(city)!, text: city } : null);
      if (h) {
        host = h.iso2;
        end += hostMatch[0].length + h.text.length;
      }
    }
    const surface = text.slice(m.index ?? 0, end);
    const name = `${capitalized(m[1]!)} of ${sending.text.replace(/^the\s+/, '')}${host ? ` in ${host === 'KR' ? 'Korea' : countryLabel(host)}` : ''}`;
    out.push({ start: offset + (m.index ?? 0), end: offset + end, surface, name, kind: 'GOVERNMENT', country: sending.iso2, acronym: `embassy:${sending.iso2}`, source: 'organizations.government' });
  }
  // "the Korean Embassy in Dushanbe"
  for (const m of text.matchAll(DEMONYM_EMBASSY_RE)) {
    const iso2 = countryCodeOf(m[1]!);
    if (!iso2) continue;
    const start = m.index ?? 0;
    out.push({ start: offset + start, end: offset + start + m[0].length, surface: m[0], name: `Embassy of ${countryLabel(iso2)}`, kind: 'GOVERNMENT', country: iso2, acronym: `embassy:${iso2}`, source: 'organizations.government' });
  }
  for (const m of text.matchAll(MINISTRY_OF_RE)) {
    const portfolio = m[1]!;
    let end = (m.index ?? 0) + 'Ministry of '.length + portfolio.length;
    let iso2: string | null = null;
    const stated = m[2] ? matchCountryPrefix(m[2]) : null;
    if (m[2] && stated) {
      iso2 = stated.iso2;
      end = (m.index ?? 0) + m[0].length - m[2].length + stated.text.length;
    }
    // A trailing country inside the portfolio ("Ministry of Foreign Affairs of Kazakhstan" is caught above).
    const surface = text.slice(m.index ?? 0, end);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 25), m.index ?? 0);
    const demonym = /(\p{Lu}[\p{L}]+)(?:’s|'s)?\s+$/u.exec(before);
    iso2 ??= demonym ? countryCodeOf(demonym[1]!) : null;
    // The country as written when the text names it ("of the Kyrgyz Republic"), else the canonical short name.
    const writtenCountry = m[2] && iso2 ? surface.slice(surface.length - (stated?.text.length ?? 0)) : '';
    const name = `Ministry of ${portfolio}${iso2 ? ` of ${writtenCountry || countryLabel(iso2)}` : ''}`;
    out.push({ start: offset + (m.index ?? 0), end: offset + end, surface, name, kind: 'GOVERNMENT', country: iso2, acronym: iso2 ? `ministry:${portfolio.toLowerCase()}:${iso2}` : undefined, source: 'organizations.government' });
  }
  for (const m of text.matchAll(DEMONYM_MINISTRY_RE)) {
    const prefix = m[1]!.trim().replace(/^The\s+/, '');
    const ministry = m[2]!;
    if (ministry === 'Ministry of Foreign Affairs') continue; // handled by MINISTRY_OF_RE
    const iso2 = prefix ? countryCodeOf(prefix.replace(/(?:’s|'s)$/, '')) : null;
    const start = (m.index ?? 0) + (iso2 ? 0 : m[1]!.length);
    const surface = text.slice(start, (m.index ?? 0) + m[0].length);
    out.push({ start: offset + start, end: offset + start + surface.length, surface, name: iso2 ? `Ministry of Foreign Affairs of ${countryLabel(iso2)}` : 'Ministry of Foreign Affairs', kind: 'GOVERNMENT', country: iso2, acronym: iso2 ? `ministry:foreign affairs:${iso2}` : 'ministry:foreign affairs:?', source: 'organizations.government' });
  }
  for (const m of /inistry/.test(text) ? text.matchAll(LOWER_MINISTRY_RE) : []) {
    const iso2 = m[1] ? countryCodeOf(m[1]) : null;
    if (m[1] && !iso2) continue;
    const portfolio = PORTFOLIOS[m[2]!.toLowerCase()]!;
    const start = (m.index ?? 0) + (m[1] ? 0 : m[0].indexOf(m[2]!) - 4);
    const surface = text.slice(start, (m.index ?? 0) + m[0].length).replace(/^the\s+/i, '');
    const at = (m.index ?? 0) + m[0].length - surface.length;
    const key = `ministry:${portfolio.toLowerCase()}:${iso2 ?? '?'}`;
    out.push({ start: offset + at, end: offset + at + surface.length, surface, name: `Ministry of ${portfolio}${iso2 ? ` of ${countryLabel(iso2)}` : ''}`, kind: 'GOVERNMENT', country: iso2, acronym: iso2 || portfolio === 'Foreign Affairs' ? key : undefined, source: 'organizations.government' });
  }
  for (const m of text.matchAll(PRESIDENT_OFFICE_RE)) {
    const surface = m[1] ?? m[3] ?? m[5]!;
    const countryText = m[2] ?? m[4] ?? m[6]!;
    const c = matchCountryPrefix(countryText) ?? (countryCodeOf(countryText) ? { iso2: countryCodeOf(countryText)!, text: countryText } : null);
    if (!c) continue;
    const trimmedSurface = m[1] ? surface.slice(0, surface.length - countryText.length + c.text.length).replace(/^the\s+/, '') : surface;
    const start = (m.index ?? 0) + (m[0].length - m[0].replace(/^the\s+/, '').length);
    out.push({ start: offset + start, end: offset + start + trimmedSurface.length, surface: trimmedSurface, name: `Office of the President of ${countryLabel(c.iso2)}`, kind: 'GOVERNMENT', country: c.iso2, acronym: `president-office:${c.iso2}`, source: 'organizations.government' });
  }
  return out;
}

/** The country of a dateline capital opening the body ("SEOUL, June 5 (Yonhap) --", "BISHKEK (AKIpress) -"), or null. */
export function datelineCountry(ctx: ArticleContext): string | null {
  for (const p of ctx.article.paragraphs.slice(0, 6)) {
    const m = /^(\p{Lu}[\p{Lu} -]{2,20})(?=,|\s*\()/u.exec(ctx.body.slice(p.start, p.end));
    if (!m) continue;
    const city = m[1]!.trim().toLowerCase().replace(/(^|[ -])\p{Ll}/gu, (c) => c.toUpperCase());
    const iso2 = countryOfCapital(city);
    if (iso2) return iso2;
  }
  return null;
}

/**
 * "the presidential office" / "Kazakhstan's presidential administration": the office of the president of the
 * country named before it, else of the dateline's country (a wire report from Seoul quoting "the presidential office").
 */
const PRESIDENTIAL_OFFICE_RE = /(?:\b[Tt]he\s+|\b(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:’s|'s)?\s+)(presidential (?:office|administration|press service))\b/gu;
/** "President of Kazakhstan", "Kazakhstan’s President", "the Uzbek president": a president named with his country. */
const PRESIDENT_OF_RE = /\b[Pp]resident\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}]+)?)|\b(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:’s|'s)?\s+[Pp]resident\b/gu;

/** The country of the last president named with his country before `at` (the body up to the mention). */
function presidentCountryBefore(before: string): string | null {
  let iso2: string | null = null;
  for (const m of before.matchAll(PRESIDENT_OF_RE)) {
    const c = m[1] ? matchCountryPrefix(m[1])?.iso2 ?? countryCodeOf(m[1]) : countryCodeOf(m[2]!);
    if (c) iso2 = c;
  }
  return iso2;
}

export function presidentialOfficeCandidates(text: string, offset: number, dateline: string | null, body = ''): Candidate[] {
  const out: Candidate[] = [];
  if (!/presidential/.test(text)) return out;
  for (const m of text.matchAll(PRESIDENTIAL_OFFICE_RE)) {
    // Named before it, else the dateline's country, else the country of the president the story last named.
    const iso2 = m[1] ? countryCodeOf(m[1]) : dateline ?? presidentCountryBefore(body.slice(0, offset + (m.index ?? 0)));
    if (!iso2) continue;
    const surface = m[1] ? m[0] : m[2]!;
    const start = (m.index ?? 0) + m[0].length - surface.length;
    out.push({ start: offset + start, end: offset + start + surface.length, surface, name: `Office of the President of ${countryLabel(iso2)}`, kind: 'GOVERNMENT', country: iso2, acronym: `president-office:${iso2}`, source: 'organizations.government' });
  }
  return out;
}
