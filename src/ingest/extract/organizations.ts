/**
 * Organizations, found five ways and merged on organizationKey():
 * 1. the reference gazetteer (seed/reference/organizations.json);
 * 2. acronyms defined in parentheses, either way round:
 *    "Korea International Cooperation Agency (KOICA)", "KOICA (Korea International Cooperation Agency)";
 * 3. capitalized names ending in an organization head word ("... Agency", "... Airlines", "... Council");
 * 4. government bodies written by pattern: "Embassy of X (to|in) Y", "Ministry of ... of X",
 *    "Foreign Ministry", "Kazakh MFA", "press service of the President of X", "X president’s administration";
 * 5. names introduced by a class noun: "the South Korean company KSIT", "portal Orient.tm",
 *    "subsidiaries BC Card and Smartro", "corporations as Samsung, Hyundai, ...".
 * Bare "the business council" / "the intergovernmental commission" name the bilateral
 * standing body of the countries in the paragraph.
 */
import type { OrganizationKind, OrganizationRecord } from '../types';
import { loadOrganizationReference, type ReferenceOrganization } from '../reference';
import { organizationKey } from '../resolve';
import { alternation, escapeRegExp } from '../text';
import { countryCodeOf, countryCodesIn, countryInfo, countryOfCapital, findCountryMentions } from './countries';
import { addEvidence, evidenceOf, sentenceIndexAt, type ArticleContext } from './context';
import { findRegionMentions } from './regions';

export interface OrganizationMention {
  start: number;
  end: number;
  text: string;
  /** Index into the returned organizations. */
  entity: number;
}

export interface OrganizationExtraction {
  organizations: OrganizationRecord[];
  mentions: OrganizationMention[];
}

interface Candidate {
  start: number;
  end: number;
  surface: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  acronym?: string;
  /** Found by a weak cue only: dropped if a stronger candidate overlaps it. */
  weak?: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

// ---------------------------------------------------------------- reference gazetteer
const reference = loadOrganizationReference();
const REF_BY_SPELLING = new Map<string, ReferenceOrganization>();
for (const org of reference) for (const s of [org.name, ...org.aliases, ...org.acronyms]) REF_BY_SPELLING.set(s, org);
const REF_BY_LOWER = new Map<string, ReferenceOrganization>();
for (const [s, org] of REF_BY_SPELLING) if (s.length > 5 && /\s/.test(s)) REF_BY_LOWER.set(s.toLowerCase(), org);
/** Short or single-word spellings are matched case-sensitively ("SK", "Kia"); longer ones case-insensitively ("SK ecoplant"). */
const REF_EXACT_RE = new RegExp(`${B}(${alternation([...REF_BY_SPELLING.keys()])})${E}`, 'gu');
const REF_LOOSE_RE = new RegExp(`${B}(${alternation([...REF_BY_LOWER.keys()])})${E}`, 'giu');

function referenceCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const push = (index: number, surface: string, org: ReferenceOrganization) =>
    out.push({ start: offset + index, end: offset + index + surface.length, surface, name: org.name, kind: org.kind, country: org.country });
  for (const m of text.matchAll(REF_EXACT_RE)) push(m.index ?? 0, m[1]!, REF_BY_SPELLING.get(m[1]!)!);
  for (const m of text.matchAll(REF_LOOSE_RE)) push(m.index ?? 0, m[1]!, REF_BY_LOWER.get(m[1]!.toLowerCase())!);
  return out;
}

// ---------------------------------------------------------------- head-word names
const HEAD_KIND: Record<string, OrganizationKind> = {
  Corporation: 'COMPANY', Corp: 'COMPANY', Company: 'COMPANY', Co: 'COMPANY', Ltd: 'COMPANY', Inc: 'COMPANY', LLC: 'COMPANY', JSC: 'COMPANY',
  // Post-Soviet legal forms and state holding companies: "Barqi Tojik OJSC", "Turkmengaz State Concern".
  OJSC: 'COMPANY', PJSC: 'COMPANY', CJSC: 'COMPANY', LLP: 'COMPANY', Concern: 'COMPANY',
  Group: 'COMPANY', Holding: 'COMPANY', Holdings: 'COMPANY', Airlines: 'COMPANY', Airways: 'COMPANY', Air: 'COMPANY', Bank: 'COMPANY',
  Capital: 'COMPANY', Card: 'COMPANY', Securities: 'COMPANY', Insurance: 'COMPANY', Motors: 'COMPANY', Motor: 'COMPANY',
  Electronics: 'COMPANY', Engineering: 'COMPANY', Construction: 'COMPANY', Chemical: 'COMPANY', Chemicals: 'COMPANY', Steel: 'COMPANY',
  Telecom: 'COMPANY', Industries: 'COMPANY', Shipbuilding: 'COMPANY', Logistics: 'COMPANY', Pharmaceuticals: 'COMPANY', Railways: 'COMPANY',
  Institute: 'RESEARCH', University: 'RESEARCH', Academy: 'RESEARCH',
  Agency: 'GOVERNMENT', Ministry: 'GOVERNMENT', Office: 'GOVERNMENT', Parliament: 'GOVERNMENT', Assembly: 'GOVERNMENT', Administration: 'GOVERNMENT',
  Department: 'GOVERNMENT', Bureau: 'GOVERNMENT', Authority: 'GOVERNMENT', Service: 'GOVERNMENT', Committee: 'GOVERNMENT', Commission: 'GOVERNMENT',
  Council: 'ASSOCIATION', Chamber: 'ASSOCIATION', Association: 'ASSOCIATION', Federation: 'ASSOCIATION', Union: 'ASSOCIATION',
  Fund: 'OTHER', Foundation: 'OTHER', Center: 'OTHER', Centre: 'OTHER', Organization: 'INTERNATIONAL', Organisation: 'INTERNATIONAL',
  Secretariat: 'INTERNATIONAL', Times: 'MEDIA', Herald: 'MEDIA', Post: 'MEDIA', Daily: 'MEDIA', Tribune: 'MEDIA', Gazette: 'MEDIA',
};
/** Head words that take an "of ..." complement: "Chamber of Commerce and Industry", "Ministry of Energy of Kazakhstan". */
const TAKES_COMPLEMENT = new Set(['Ministry', 'Chamber', 'Institute', 'University', 'Academy', 'Bank', 'Federation', 'Union', 'Association', 'Agency', 'Committee', 'Commission', 'Council', 'Office', 'Parliament', 'Fund', 'Foundation', 'Center', 'Centre', 'Organization', 'Organisation', 'Department', 'Bureau', 'Service', 'Administration', 'Secretariat']);
/** Title words never start an organization name (they start a person's role). */
export const TITLE_WORDS = new Set(['President', 'Vice', 'Prime', 'Minister', 'Deputy', 'Ambassador', 'Counselor', 'Counsellor', 'Attache', 'Attaché', 'Director', 'Executive', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Head', 'Chief', 'Secretary', 'Speaker', 'Governor', 'Mayor', 'Consul', 'Envoy', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Senator', 'Representative', 'Commissioner', 'Publisher', 'President-Publisher', 'Manager', 'General', 'First', 'Akim', 'Hokim', 'Khokim', 'King', 'Emir', 'Premier', 'Officer', 'Advisor', 'Adviser', 'Professor', 'Dr', 'Mr', 'Mrs', 'Ms']);
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', '&']);
/** Generic names that need a context to mean one body. */
const GENERIC_BODIES = /^(?:Business Council|Intergovernmental Commission|Joint Commission|Business Forum)$/i;

const CAP_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\.[\\p{L}\\p{N}]+)*\\.?|&)";
const CAP_SEQUENCE = new RegExp(`${CAP_WORD}(?:\\s+(?:(?:of|and|for|the|on)\\s+){0,3}${CAP_WORD})*`, 'gu');

function cleanWord(w: string): string {
  return w.replace(/[.’']+$/, '').replace(/’s$|'s$/, '');
}

function headwordCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CAP_SEQUENCE)) {
    const seqStart = m.index ?? 0;
    const words: { w: string; start: number; end: number }[] = [];
    for (const w of m[0].matchAll(/\S+/g)) words.push({ w: w[0], start: seqStart + (w.index ?? 0), end: seqStart + (w.index ?? 0) + w[0].length });
    let i = 0;
    while (i < words.length) {
      const word = cleanWord(words[i]!.w);
      const kind = HEAD_KIND[word];
      const possessive = /’s$|'s$/.test(words[i]!.w);
      if (!kind) { i++; continue; }
      // Start: walk back over capitalized non-title words.
      let s = i;
      while (s > 0) {
        const prev = cleanWord(words[s - 1]!.w);
        if (CONNECTORS.has(prev) || TITLE_WORDS.has(prev) || /’s$|'s$/.test(words[s - 1]!.w) || /^The$/.test(prev) && s - 1 === 0) break;
        s--;
      }
      if (s > 0 && words[s - 1]!.w === 'The' && (kind === 'MEDIA')) s--;
      // End: the head word, plus an "of ..." complement that stops after a country name.
      let e = i;
      if (TAKES_COMPLEMENT.has(word) && !possessive) {
        let j = i + 1;
        while (j < words.length && CONNECTORS.has(words[j]!.w) && words[j]!.w !== '&' && (j > i + 1 || /^(?:of|for|on)$/.test(words[j]!.w))) {
          let k = j;
          while (k < words.length && CONNECTORS.has(words[k]!.w)) k++;
          if (k >= words.length) break;
          // Take capitalized words up to the next connector; stop right after a country name.
          let last = k;
          while (last + 1 < words.length && !CONNECTORS.has(words[last + 1]!.w)) {
            const sofar = text.slice(words[k]!.start - seqStart + seqStart, words[last]!.end);
            if (countryCodeOf(sofar)) break;
            last++;
          }
          const phrase = text.slice(words[k]!.start, words[last]!.end);
          if (TITLE_WORDS.has(cleanWord(words[k]!.w))) break;
          e = last;
          j = last + 1;
          if (countryCodeOf(phrase.replace(/^the\s+/i, ''))) {
            // A country closes the name unless another "of"/"and" follows it.
            if (!(j < words.length && CONNECTORS.has(words[j]!.w))) break;
          }
          if (/’s$|'s$/.test(words[last]!.w)) break;
        }
      }
      const start = words[s]!.start;
      const end = words[e]!.end - (/[’']s$/.test(words[e]!.w) ? 2 : /s[’']$/.test(words[e]!.w) ? 1 : 0) - (/\.$/.test(words[e]!.w) && !/^(?:Co|Corp|Ltd|Inc)\.$/.test(words[e]!.w) ? 1 : 0);
      const surface = text.slice(start, end);
      const nameWords = surface.split(/\s+/);
      const onlyHead = nameWords.length === 1;
      const isGeneric = GENERIC_BODIES.test(surface);
      // A bare head word ("Council") or a head word after a country alone ("Korean Air" is fine, "Kazakh Office" is not) is too weak.
      if (!onlyHead || isGeneric) {
        if (!(kind === 'COMPANY' && nameWords.length === 2 && countryCodeOf(nameWords[0]!) && !['Air', 'Airlines', 'Airways', 'Railways'].includes(word))) {
          out.push({ start: offset + start, end: offset + end, surface, name: surface, kind, country: null });
        }
      }
      i = e + 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------- government patterns
const COUNTRY_WORDS = "(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'-]*){0,3}";

function matchCountryPrefix(phrase: string): { iso2: string; text: string } | null {
  // Longest leading country name of the phrase ("the Republic of Korea Pak Jin" -> KR "the Republic of Korea").
  const mentions = findCountryMentions(phrase);
  const first = mentions[0];
  if (!first || first.index > 4) return null;
  return { iso2: first.iso2, text: phrase.slice(0, first.end) };
}

const EMBASSY_RE = new RegExp(`${B}(Embassy|Consulate(?: General)?) of (${COUNTRY_WORDS})`, 'gu');
const DEMONYM_EMBASSY_RE = new RegExp(`${B}(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+(?:Embassy|embassy)(?:\\s+in\\s+\\p{Lu}[\\p{L}]+)?`, 'gu');
const MINISTRY_OF_RE = new RegExp(`${B}Ministry of ((?:\\p{Lu}[\\p{L}]*|and|&)(?:,?\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}]*)*)(?: of (${COUNTRY_WORDS}))?`, 'gu');
const DEMONYM_MINISTRY_RE = new RegExp(`${B}((?:\\p{Lu}[\\p{L}]+\\s+){0,2})(Foreign Ministry|MFA|Foreign Affairs Ministry|Ministry of Foreign Affairs)${E}`, 'gu');
const PRESIDENT_OFFICE_RE = new RegExp(`${B}((?:the\\s+)?(?:press service|office|administration|press office|executive office) of the President of (${COUNTRY_WORDS}))|((\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+[Pp]resident(?:’s|'s)\\s+(?:administration|office))|(Presidential Administration of (${COUNTRY_WORDS}))`, 'gu');

/** Country name as it reads inside an organization name: "of the Republic of Korea", "of Kazakhstan". */
function countryName(iso2: string): string {
  const name = countryInfo(iso2)?.name ?? iso2;
  return /^(?:Republic|United|Democratic|Russian Federation)\b/.test(name) ? `the ${name}` : name;
}

function governmentCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(EMBASSY_RE)) {
    const sending = matchCountryPrefix(m[2]!);
    if (!sending) continue;
    let end = (m.index ?? 0) + m[1]!.length + 4 + sending.text.length;
    let host: string | null = null;
    const rest = text.slice(end);
    const hostMatch = /^ (?:to|in) /.exec(rest);
    if (hostMatch) {
      const h = matchCountryPrefix(rest.slice(hostMatch[0].length));
      if (h) {
        host = h.iso2;
        end += hostMatch[0].length + h.text.length;
      }
    }
    const surface = text.slice(m.index ?? 0, end);
    const name = `${m[1]} of ${sending.text.replace(/^the\s+/, '')}${host ? ` in ${host === 'KR' ? 'Korea' : countryName(host)}` : ''}`;
    out.push({ start: offset + (m.index ?? 0), end: offset + end, surface, name, kind: 'GOVERNMENT', country: sending.iso2, acronym: `embassy:${sending.iso2}` });
  }
  // "the Korean Embassy in Dushanbe"
  for (const m of text.matchAll(DEMONYM_EMBASSY_RE)) {
    const iso2 = countryCodeOf(m[1]!);
    if (!iso2) continue;
    const start = m.index ?? 0;
    out.push({ start: offset + start, end: offset + start + m[0].length, surface: m[0], name: `Embassy of ${countryName(iso2)}`, kind: 'GOVERNMENT', country: iso2, acronym: `embassy:${iso2}` });
  }
  for (const m of text.matchAll(MINISTRY_OF_RE)) {
    const portfolio = m[1]!;
    let end = (m.index ?? 0) + 'Ministry of '.length + portfolio.length;
    let iso2: string | null = null;
    if (m[2]) {
      const c = matchCountryPrefix(m[2]);
      if (c) {
        iso2 = c.iso2;
        end = (m.index ?? 0) + m[0].length - m[2].length + c.text.length;
      }
    }
    // A trailing country inside the portfolio ("Ministry of Foreign Affairs of Kazakhstan" is caught above).
    const surface = text.slice(m.index ?? 0, end);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 25), m.index ?? 0);
    const demonym = /(\p{Lu}[\p{L}]+)(?:’s|'s)?\s+$/u.exec(before);
    iso2 ??= demonym ? countryCodeOf(demonym[1]!) : null;
    // The country as written when the text names it ("of the Kyrgyz Republic"), else the canonical short name.
    const writtenCountry = m[2] && iso2 ? surface.slice(surface.length - (matchCountryPrefix(m[2])?.text.length ?? 0)) : '';
    const name = `Ministry of ${portfolio}${iso2 ? ` of ${writtenCountry || countryName(iso2)}` : ''}`;
    out.push({ start: offset + (m.index ?? 0), end: offset + end, surface, name, kind: 'GOVERNMENT', country: iso2, acronym: iso2 ? `ministry:${portfolio.toLowerCase()}:${iso2}` : undefined });
  }
  for (const m of text.matchAll(DEMONYM_MINISTRY_RE)) {
    const prefix = m[1]!.trim().replace(/^The\s+/, '');
    const ministry = m[2]!;
    if (ministry === 'Ministry of Foreign Affairs') continue; // handled by MINISTRY_OF_RE
    const iso2 = prefix ? countryCodeOf(prefix.replace(/(?:’s|'s)$/, '')) : null;
    const start = (m.index ?? 0) + (iso2 ? 0 : m[1]!.length);
    const surface = text.slice(start, (m.index ?? 0) + m[0].length);
    out.push({ start: offset + start, end: offset + start + surface.length, surface, name: iso2 ? `Ministry of Foreign Affairs of ${countryName(iso2)}` : 'Ministry of Foreign Affairs', kind: 'GOVERNMENT', country: iso2, acronym: iso2 ? `ministry:foreign affairs:${iso2}` : 'ministry:foreign affairs:?' });
  }
  for (const m of text.matchAll(PRESIDENT_OFFICE_RE)) {
    const surface = m[1] ?? m[3] ?? m[5]!;
    const countryText = m[2] ?? m[4] ?? m[6]!;
    const c = matchCountryPrefix(countryText) ?? (countryCodeOf(countryText) ? { iso2: countryCodeOf(countryText)!, text: countryText } : null);
    if (!c) continue;
    const trimmedSurface = m[1] ? surface.slice(0, surface.length - countryText.length + c.text.length).replace(/^the\s+/, '') : surface;
    const start = (m.index ?? 0) + (m[0].length - m[0].replace(/^the\s+/, '').length);
    out.push({ start: offset + start, end: offset + start + trimmedSurface.length, surface: trimmedSurface, name: `Office of the President of ${countryName(c.iso2)}`, kind: 'GOVERNMENT', country: c.iso2, acronym: `president-office:${c.iso2}` });
  }
  return out;
}

// ---------------------------------------------------------------- names after a class noun
const NAME_ITEM = "(?:[“\"‘']?(?:\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\.[\\p{L}\\p{N}]+)*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\.[\\p{L}\\p{N}]+)*|&))*[”\"’']?)";
const CLASS_NOUNS: Record<string, OrganizationKind> = {
  company: 'COMPANY', companies: 'COMPANY', firm: 'COMPANY', firms: 'COMPANY', corporation: 'COMPANY', corporations: 'COMPANY', conglomerate: 'COMPANY',
  conglomerates: 'COMPANY', giants: 'COMPANY', giant: 'COMPANY', carrier: 'COMPANY', airline: 'COMPANY', subsidiary: 'COMPANY', subsidiaries: 'COMPANY',
  businesses: 'COMPANY', plant: 'COMPANY', manufacturer: 'COMPANY', operator: 'COMPANY', developer: 'COMPANY', partners: 'COMPANY', partner: 'COMPANY',
  organization: 'OTHER', bank: 'COMPANY', portal: 'MEDIA', newspaper: 'MEDIA', outlet: 'MEDIA', agency: 'OTHER', 'news agency': 'MEDIA', daily: 'MEDIA',
};
const CLASS_CUE_RE = new RegExp(
  `${B}((?:\\p{Lu}[\\p{L}]+\\s+){0,2})((?:[a-z-]+\\s+){0,2})(${Object.keys(CLASS_NOUNS).sort((a, b) => b.length - a.length).join('|')})(?:\\s*\\(?\\s*(?:such as|like|including|as|:)\\s*|:\\s*|\\s+)(?=[“"‘']?\\p{Lu})`,
  'gu',
);
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*etc\.?)/;

function classNounCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CLASS_CUE_RE)) {
    const noun = m[3]!;
    const kind = CLASS_NOUNS[noun]!;
    const isList = /(such as|like|including|as|:)\s*$/.test(m[0]) || /s$/.test(noun);
    const prefix = m[1]!.trim().replace(/^The\s+/, '');
    const country = prefix ? countryCodesIn(prefix)[0] ?? null : null;
    let cursor = (m.index ?? 0) + m[0].length;
    const itemRe = new RegExp(`^${NAME_ITEM}`, 'u');
    for (let n = 0; n < 12; n++) {
      const rest = text.slice(cursor);
      const item = itemRe.exec(rest);
      if (!item) break;
      const raw = item[0];
      const surface = raw.replace(/^[“"‘']|[”"’']$/g, '').replace(/[.,]$/, '');
      const lead = raw.length - raw.replace(/^[“"‘']/, '').length;
      const words = surface.split(/\s+/);
      const blocked = words.some((w) => TITLE_WORDS.has(w)) || countryCodeOf(surface) || findRegionMentions(surface).length > 0 || /^(The|A|An|In|On|At|This|That|These|Those|Its|Their|Our|We|It)$/.test(words[0]!);
      if (!blocked && surface.length >= 2) {
        out.push({ start: offset + cursor + lead, end: offset + cursor + lead + surface.length, surface, name: surface, kind, country, weak: true });
      }
      cursor += raw.length;
      if (!isList) break;
      const sep = LIST_SEPARATOR.exec(text.slice(cursor));
      if (!sep || /etc/.test(sep[0])) break;
      cursor += sep[0].length;
    }
  }
  return out;
}

// ---------------------------------------------------------------- acronyms in parentheses
const ACRONYM = '\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}';
const LONG_THEN_ACRONYM = new RegExp(`(\\p{Lu}[\\p{L}’'&.-]*(?:\\s+(?:of|and|for|the|on|&)?\\s*\\p{Lu}[\\p{L}’'&.-]*){1,9})\\s+\\((${ACRONYM})\\)`, 'gu');
const ACRONYM_THEN_LONG = new RegExp(`${B}(${ACRONYM})\\s+\\((\\p{Lu}[\\p{L}’'&.-]*(?:\\s+(?:of|and|for|the|on|&)?\\s*\\p{Lu}[\\p{L}’'&.-]*){1,9})\\)`, 'gu');

function initialsMatch(long: string, acronym: string): boolean {
  const initials = long.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const a = acronym.replace(/[^\p{Lu}]/gu, '');
  return initials.startsWith(a.slice(0, 2)) || a.startsWith(initials.slice(0, 2));
}

interface AcronymLink {
  acronym: string;
  long: string;
  acronymStart: number;
  longStart: number;
}

function acronymLinks(text: string, offset: number): AcronymLink[] {
  const links: AcronymLink[] = [];
  for (const m of text.matchAll(LONG_THEN_ACRONYM)) {
    let long = m[1]!;
    // Keep the tail that starts the name: drop leading words until the initials fit.
    const words = long.split(/\s+/);
    while (words.length > 1 && (TITLE_WORDS.has(words[0]!) || /^(the|The|at|of)$/.test(words[0]!) || !initialsMatch(words.join(' '), m[2]!) && !HEAD_KIND[cleanWord(words[words.length - 1]!)])) {
      if (initialsMatch(words.join(' '), m[2]!) && !/^(the|The|at|of)$/.test(words[0]!) && !TITLE_WORDS.has(words[0]!)) break;
      words.shift();
    }
    long = words.join(' ');
    const longStart = (m.index ?? 0) + m[1]!.length - long.length;
    links.push({ acronym: m[2]!, long, acronymStart: offset + (m.index ?? 0) + m[0].length - m[2]!.length - 1, longStart: offset + longStart });
  }
  for (const m of text.matchAll(ACRONYM_THEN_LONG)) {
    links.push({ acronym: m[1]!, long: m[2]!, acronymStart: offset + (m.index ?? 0), longStart: offset + (m.index ?? 0) + m[0].length - m[2]!.length - 1 });
  }
  return links;
}

// ---------------------------------------------------------------- assembly
function inferCountry(candidate: Candidate, body: string): string | null {
  if (candidate.country) return candidate.country;
  if (candidate.kind === 'INTERNATIONAL') return null;
  const inside = countryCodesIn(candidate.name);
  const regionsInside = findRegionMentions(candidate.name).length;
  if (inside.length === 1 && regionsInside === 0) return inside[0]!;
  if (inside.length > 1 || regionsInside > 0) return null;
  // A demonym right before: "Korean financial organization BNK Capital".
  const before = body.slice(Math.max(0, candidate.start - 40), candidate.start);
  const m = /(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+(?:[a-z]+\s+){0,3}$/u.exec(before);
  if (m) {
    const codes = countryCodesIn(m[1]!);
    if (codes.length === 1) return codes[0]!;
  }
  return null;
}

function refineKind(candidate: Candidate): OrganizationKind {
  const n = candidate.name;
  if (/\bNews Agency\b|\bNews\b/.test(n)) return 'MEDIA';
  if (/\b(?:Cooperation Forum|Secretariat|Intergovernmental Commission)\b/.test(n)) return 'INTERNATIONAL';
  if (/\bBusiness Council\b/i.test(n)) return 'ASSOCIATION';
  if (candidate.kind === 'INTERNATIONAL' && !/\b(?:International|World|United|Global|Asian|European|Eurasian|Shanghai|Islamic)\b/.test(n)) return 'OTHER';
  if (/\.(?:tm|kz|uz|kg|tj|kr|com|net|org|info)$/i.test(n)) return 'MEDIA';
  return candidate.kind;
}

/** Name of the bilateral standing body of a paragraph: "Kazakhstan-Korea Business Council". */
function bilateralName(generic: string, paragraphText: string): string {
  const codes = countryCodesIn(paragraphText).filter((c) => c !== 'KR');
  const hasKorea = countryCodesIn(paragraphText).includes('KR');
  const region = findRegionMentions(paragraphText)[0]?.region.name;
  const other = codes[0] ? countryName(codes[0]) : region;
  const title = generic.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  if (hasKorea && other) return codes[0] ? `${other}-Korea ${title}` : `Korea-${other} ${title}`;
  return title;
}

/**
 * Lowercase standing bodies: "the business council", "the intergovernmental commission", also with the two
 * sides as demonyms and a remit: "the Turkmen-Korean intergovernmental commission on trade and economic cooperation".
 */
const STANDING_BODY_RE = /\b(?:the|existing|a)\s+(?:(\p{Lu}[\p{L}]+\s*[-–]\s*\p{Lu}[\p{L}]+)\s+)?(business council|intergovernmental commission|joint commission)((?:\s+on\s+[a-z]+(?:(?:,\s*|\s+)[a-z]+){0,6})(?=\s*[.,;:)]|$))?/gu;

function titleCase(phrase: string): string {
  return phrase.replace(/\b(?!(?:on|and|of|the|for)\b)\p{Ll}/gu, (c) => c.toUpperCase());
}

/** The country of a dateline capital opening the body ("SEOUL, June 5 (Yonhap) --", "BISHKEK (AKIpress) -"), or null. */
function datelineCountry(ctx: ArticleContext): string | null {
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
function presidentialOfficeCandidates(text: string, offset: number, dateline: string | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?:\b(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:’s|'s)?\s+|\b[Tt]he\s+)(presidential (?:office|administration|press service))\b/gu)) {
    const iso2 = m[1] ? countryCodeOf(m[1]) : dateline;
    if (!iso2) continue;
    const surface = m[1] ? m[0] : m[2]!;
    const start = (m.index ?? 0) + m[0].length - surface.length;
    out.push({ start: offset + start, end: offset + start + surface.length, surface, name: `Office of the President of ${countryName(iso2)}`, kind: 'GOVERNMENT', country: iso2, acronym: `president-office:${iso2}` });
  }
  return out;
}

function paragraphAround(ctx: ArticleContext, offset: number): string {
  const p = ctx.article.paragraphs.find((q) => q.start <= offset && offset < q.end);
  return p ? ctx.body.slice(p.start, p.end) : '';
}

/** "Korea-Central Asia Cooperation Forum" however the parties are written or ordered ("“Central Asia - Republic of Korea” Cooperation Forum"). */
const FORUM_RE = /([“"]?)((?:\p{Lu}[\p{L}]*)(?:\s*[-–—]\s*|\s+(?:of\s+)?)(?:\p{Lu}[\p{L}]*(?:\s*[-–—]\s*|\s+(?:of\s+)?)){0,5}?\p{Lu}[\p{L}]*)([”"]?)\s+(Cooperation Forum|Partnership Forum)(\s+Secretariat)?/gu;

function forumCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(FORUM_RE)) {
    const partiesText = m[2]!;
    const countries = countryCodesIn(partiesText);
    const regions = findRegionMentions(partiesText).map((r) => r.region.name);
    if (countries.length + regions.length < 2 && !(countries.length === 1 && regions.length === 1)) continue;
    const others = [...countries.filter((c) => c !== 'KR').map(countryName), ...regions];
    const parties = countries.includes('KR') ? ['Korea', ...others] : others;
    const name = `${parties.join('-')} ${m[4]}${m[5] ? ' Secretariat' : ''}`;
    const start = offset + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, surface: m[0], name, kind: 'INTERNATIONAL', country: null });
  }
  // "the Forum Secretariat" belongs to the forum named in the article; resolved when merging.
  return out;
}

export function extractOrganizations(ctx: ArticleContext): OrganizationExtraction {
  const candidates: Candidate[] = [];
  const links: AcronymLink[] = [];
  const dateline = datelineCountry(ctx);
  ctx.sentences.forEach((p) => {
    const text = p.text;
    candidates.push(...referenceCandidates(text, p.start), ...governmentCandidates(text, p.start), ...headwordCandidates(text, p.start), ...classNounCandidates(text, p.start));
    links.push(...acronymLinks(text, p.start));
    // Lowercase standing bodies: "the business council", "the intergovernmental commission".
    for (const m of text.matchAll(STANDING_BODY_RE)) {
      const [, pair, generic, remit = ''] = m;
      const surface = `${pair ? `${pair} ` : ''}${generic}${remit}`;
      const start = p.start + (m.index ?? 0) + m[0].length - surface.length;
      const name = `${pair ? bilateralName(generic!, pair) : bilateralName(generic!, paragraphAround(ctx, p.start))}${titleCase(remit)}`;
      candidates.push({ start, end: start + surface.length, surface, name, kind: 'ASSOCIATION', country: null });
    }
    candidates.push(...presidentialOfficeCandidates(text, p.start, dateline));
    candidates.push(...forumCandidates(text, p.start));
  });

  // Acronym links: the long form becomes a candidate name and the acronym one of its spellings.
  const acronymOf = new Map<string, string>();
  for (const link of links) {
    // An organization ending right before the parenthesis owns the acronym even when the initials do not fit
    // (transliterated or reordered acronyms: "State News Agency of Turkmenistan (TDH)", "Export-Import Bank of Korea (KEXIM)").
    const linkEnd = link.longStart + link.long.length;
    const owner = candidates.find((c) => !c.weak && c.end === linkEnd && c.start < link.longStart);
    if (owner) {
      link.long = owner.name;
      link.longStart = owner.start;
    }
    const longIsOrg = candidates.some((c) => !c.weak && c.start <= link.longStart && c.end >= link.longStart + link.long.length - 1) || REF_BY_SPELLING.has(link.long) || HEAD_KIND[cleanWord(link.long.split(/\s+/).pop() ?? '')];
    if (!longIsOrg) continue;
    acronymOf.set(link.acronym, link.long);
    candidates.push({ start: link.acronymStart, end: link.acronymStart + link.acronym.length, surface: link.acronym, name: link.long, kind: 'OTHER', country: null, weak: true, acronym: link.acronym });
  }
  // Later bare uses of a defined acronym.
  for (const [acronym, long] of acronymOf) {
    const re = new RegExp(`${B}${escapeRegExp(acronym)}${E}`, 'gu');
    for (const p of ctx.article.paragraphs) {
      for (const m of ctx.body.slice(p.start, p.end).matchAll(re)) {
        const start = p.start + (m.index ?? 0);
        candidates.push({ start, end: start + acronym.length, surface: acronym, name: long, kind: 'OTHER', country: null, weak: true, acronym });
      }
    }
  }

  // Keep the longest candidate where they overlap; strong before weak at equal length.
  // Keep the longest candidate where they overlap; weak cues only fill gaps.
  candidates.sort((a, b) => Number(!!a.weak) - Number(!!b.weak) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);

  // "the Ministry of Investment, Industry and Trade" is the ministry of that portfolio named with its country elsewhere.
  for (const c of kept) {
    if (c.country || !/^Ministry of /.test(c.name)) continue;
    const portfolioKey = `ministry:${c.name.slice('Ministry of '.length).toLowerCase()}:`;
    const countryOf = (k: Candidate): string | null =>
      k.acronym?.startsWith(portfolioKey) ? k.country : k.name.endsWith(` ${c.name}`) ? countryCodeOf(k.name.slice(0, -c.name.length).trim().replace(/(?:’s|'s)$/, '')) : null;
    const withCountry = kept.find((k) => k !== c && countryOf(k));
    if (withCountry) Object.assign(c, { name: withCountry.name, country: countryOf(withCountry), acronym: withCountry.acronym });
  }

  // "Forum Secretariat" after a named forum is that forum's secretariat.
  const forum = kept.find((c) => /Cooperation Forum$/.test(REF_BY_SPELLING.get(c.name)?.name ?? c.name));
  if (forum) {
    const forumName = REF_BY_SPELLING.get(forum.name)?.name ?? forum.name;
    for (const c of kept) if (/^(?:the\s+)?Forum Secretariat$/i.test(c.name)) c.name = `${forumName} Secretariat`;
  }

  // Merge on one key per organization.
  const organizations: OrganizationRecord[] = [];
  const mentions: OrganizationMention[] = [];
  const byKey = new Map<string, number>();
  const keyOf = (c: Candidate): string => {
    if (c.acronym && /^(?:embassy|ministry|president-office):/.test(c.acronym)) return c.acronym;
    return organizationKey(REF_BY_SPELLING.get(c.name)?.name ?? c.name);
  };
  for (const c of kept) {
    if (!/\p{L}/u.test(c.surface) || c.surface.length > 120) continue;
    let key = keyOf(c);
    // "Embassy of Kazakhstan" and "Embassy of Kazakhstan to Korea" are one body.
    let index = byKey.get(key);
    if (index === undefined && c.acronym === 'ministry:foreign affairs:?') {
      const existing = [...byKey.entries()].find(([k]) => k.startsWith('ministry:foreign affairs:'));
      if (existing) { key = existing[0]; index = existing[1]; }
    }
    const ref = REF_BY_SPELLING.get(c.name) ?? REF_BY_SPELLING.get(c.surface);
    if (index === undefined) {
      index = organizations.length;
      byKey.set(key, index);
      // Newspapers keep their article ("The Korea Times"); other bodies drop it.
      const name = ref?.name ?? (c.kind === 'MEDIA' ? c.name : c.name.replace(/^The\s+/, ''));
      const base: Candidate = { ...c, name, kind: ref?.kind ?? c.kind, country: ref ? ref.country : c.country };
      organizations.push({ name, aliasesSeen: [], acronyms: [], kind: ref ? ref.kind : refineKind(base), country: ref ? ref.country : inferCountry(base, ctx.body), evidence: [] });
    }
    const record = organizations[index]!;
    // A longer, more official name seen later becomes the canonical one ("Embassy of X in Korea").
    if (!ref && c.name.length > record.name.length && key.startsWith('embassy:')) record.name = c.name;
    if (!record.aliasesSeen.includes(c.surface)) record.aliasesSeen.push(c.surface);
    const acronymLike = /^[\p{Lu}\p{N}&-]{2,10}$/u.test(c.surface) || (ref?.acronyms.includes(c.surface) ?? false);
    if (acronymLike && !record.acronyms.includes(c.surface)) record.acronyms.push(c.surface);
    if (record.country === null && !ref) record.country = inferCountry({ ...c, kind: record.kind }, ctx.body);
    const si = sentenceIndexAt(ctx.sentences, c.start);
    if (si >= 0 && record.evidence.length < 5) addEvidence(record.evidence, evidenceOf(ctx.body, ctx.sentences[si]!));
    mentions.push({ start: c.start, end: c.end, text: c.surface, entity: index });
  }
  return { organizations, mentions };
}
