/**
 * Capitalized names ending in an organization head word ("... Agency", "... Airlines", "... Council"),
 * with the "of ..." complement that head words such as Ministry, Chamber or University take.
 */
import type { OrganizationKind } from '../../types';
import { KOREAN_SURNAMES } from '../../reference';
import { countryCodeOf } from '../countries';
import { cleanWord, type Candidate } from './candidate';

export const HEAD_KIND: Record<string, OrganizationKind> = {
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
  // Legislatures and their chambers: "Senate of the Oliy Majlis", "Majilis of the Parliament of Kazakhstan", "Jogorku Kenesh".
  Inspection: 'GOVERNMENT', Inspectorate: 'GOVERNMENT',
  Senate: 'GOVERNMENT', Mazhilis: 'GOVERNMENT', Majilis: 'GOVERNMENT', Mejlis: 'GOVERNMENT', Majlis: 'GOVERNMENT', Kenesh: 'GOVERNMENT',
  Council: 'ASSOCIATION', Chamber: 'ASSOCIATION', Association: 'ASSOCIATION', Federation: 'ASSOCIATION', Union: 'ASSOCIATION',
  Fund: 'OTHER', Foundation: 'OTHER', Center: 'OTHER', Centre: 'OTHER', Organization: 'INTERNATIONAL', Organisation: 'INTERNATIONAL',
  // Technology parks run as bodies: "IT Park", "Innovation Park" (never a bare "Park", a Korean family name).
  Park: 'OTHER',
  Secretariat: 'INTERNATIONAL', Times: 'MEDIA', Herald: 'MEDIA', Post: 'MEDIA', Daily: 'MEDIA', Tribune: 'MEDIA', Gazette: 'MEDIA', News: 'MEDIA', TV: 'MEDIA',
};
/** Head words that take an "of ..." complement: "Chamber of Commerce and Industry", "Ministry of Energy of Kazakhstan". */
const TAKES_COMPLEMENT = new Set(['Ministry', 'Chamber', 'Institute', 'University', 'Academy', 'Bank', 'Federation', 'Union', 'Association', 'Agency', 'Committee', 'Commission', 'Council', 'Office', 'Parliament', 'Fund', 'Foundation', 'Center', 'Centre', 'Organization', 'Organisation', 'Department', 'Bureau', 'Service', 'Administration', 'Secretariat', 'Senate', 'Mazhilis', 'Majilis', 'Mejlis', 'Majlis', 'Assembly']);
/** Sub-bodies that are named with the body they belong to: "Center under the State Migration Service", "Institute at Seoul National University". */
const SUB_BODY = new Set(['Center', 'Centre', 'Institute', 'Office', 'Agency', 'Service', 'Committee', 'Commission', 'Bureau', 'Inspection', 'Council', 'Fund', 'Secretariat']);
/** Internal units of a ministry or company: "the International Department of the Ministry of X" names the ministry. */
const INTERNAL_UNIT = new Set(['Department', 'Division', 'Directorate', 'Section', 'Unit']);
/** Title words never start an organization name (they start a person's role). */
export const TITLE_WORDS = new Set(['President', 'Vice', 'Prime', 'Minister', 'Deputy', 'Ambassador', 'Counselor', 'Counsellor', 'Attache', 'Attaché', 'Director', 'Executive', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Head', 'Chief', 'Secretary', 'Speaker', 'Governor', 'Mayor', 'Consul', 'Envoy', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Senator', 'Representative', 'Commissioner', 'Publisher', 'President-Publisher', 'Manager', 'General', 'First', 'Akim', 'Hokim', 'Khokim', 'King', 'Emir', 'Premier', 'Officer', 'Advisor', 'Adviser', 'Professor', 'Dr', 'Mr', 'Mrs', 'Ms']);
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'under', 'at', '&']);
/** Descriptive words that coordinate inside one name ("Research and Design Institute"), unlike two names ("Samsung and Hyundai Engineering"). */
const DESCRIPTOR = /^(?:Research|Design|Science|Sciences|Scientific|Technical|Technology|Technologies|Trade|Industry|Industrial|Economic|Economics|Information|Consultation|Consulting|Education|Educational|Training|Development|Innovation|Innovations|Exhibition|Medical|Engineering|Cultural|Culture|Business|Investment|Production|Testing|Marketing|Planning|Survey|Analytical|Methodological|Coordination|Diagnostic|Treatment|Rehabilitation|Prevention|Energy|Environmental|Agricultural|Construction|Transport|Communications?)$/;
/** Words that make a country pair part of a body's name rather than an event label. */
const BILATERAL_WORDS = /\b(?:Intergovernmental|Joint|Business|Bilateral|Cooperation|Friendship|Parliamentary)\b/;
/** Head words of bodies whose remit may be a comma list: "Commission on Trade, Economic, Scientific and Technical Cooperation". */
const REMIT_HEADS = /\b(?:Commission|Committee|Council)\s+(?:on|for)\s+\p{Lu}/u;
const REMIT_LIST = /^(?:,\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*){1,8},?\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}/u;
/** A facility to be built or financed is not a body: "construction of the Medical Center", "to build a Center for X". */
const FACILITY_HEADS = new Set(['Center', 'Centre', 'Hospital', 'Clinic', 'Complex', 'Plant', 'Factory', 'School', 'Park', 'Station']);
const BUILT_BEFORE = /(?:\b(?:construction|constructing|building|financing|reconstruction|renovation|modernization|modernisation|equipping|erection)\s+of|\b(?:to\s+|will\s+)?(?:build|builds|built|construct|constructs|finance|finances|erect|equip))\s+(?:the\s+|a\s+|an\s+|new\s+|a\s+new\s+)*$/i;
/** A capitalized word right after that is no country: "Park Jin" (but "IT Park Uzbekistan"). */
function givenNameAfter(text: string, at: number): boolean {
  const next = /^\s+(\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?)(?![\p{L}])/u.exec(text.slice(at, at + 30));
  return !!next && !countryCodeOf(next[1]!) && !HEAD_KIND[next[1]!];
}
/** Generic names that need a context to mean one body. */
const GENERIC_BODIES = /^(?:Business Council|Intergovernmental Commission|Joint Commission|Business Forum)$/i;

const CAP_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\.[\\p{L}\\p{N}]+)*\\.?|&)";
const CAP_SEQUENCE = new RegExp(`${CAP_WORD}(?:\\s+(?:(?:of|and|for|the|on|under|at)\\s+){0,3}${CAP_WORD})*`, 'gu');

interface Word { w: string; start: number; end: number }

const isPossessive = (w: string): boolean => /’s$|'s$/.test(w);
/** An all-capitals token of two or more letters: an acronym ("MoEDT", "KOICA"). */
const isAcronym = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\p{Ll}]*$/u.test(w) && /^\p{Lu}/u.test(w) && (w.match(/\p{Lu}/gu) ?? []).length >= 2;
/** Index of the last word of the capitalized run starting at k (up to the next connector; stops right after a country). */
function runEnd(words: Word[], k: number, text: string): number {
  let last = k;
  while (last + 1 < words.length && !CONNECTORS.has(words[last + 1]!.w)) {
    if (countryCodeOf(text.slice(words[k]!.start, words[last]!.end))) break;
    last++;
  }
  return last;
}
const endsInHead = (words: Word[], last: number): boolean => !!HEAD_KIND[cleanWord(words[last]!.w)] && !isPossessive(words[last]!.w);

/**
 * Where the name ending in the head word at i starts (word index and character offset): back over capitalized
 * non-title words, and over one coordinated word when the phrase is introduced by "the"/"of" ("the Information
 * and Consultation Center").
 */
function nameStart(words: Word[], i: number, kind: OrganizationKind, text: string): [number, number] {
  let s = i;
  while (s > 0) {
    const prev = cleanWord(words[s - 1]!.w);
    if (CONNECTORS.has(prev) || TITLE_WORDS.has(prev) || isPossessive(words[s - 1]!.w) || /^The$/.test(prev) && s - 1 === 0) break;
    // "KIGAM-Kazakhstan Geological Committee": an event label joining two parties; the name starts after the hyphen.
    // A bilateral body keeps its pair: "Kazakh-Korean Intergovernmental Commission".
    const joined = /^(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{L}]+)$/u.exec(words[s - 1]!.w);
    const bilateral = BILATERAL_WORDS.test(text.slice(words[s]!.start, words[i]!.end));
    if (joined && !bilateral && (isAcronym(joined[1]!) || countryCodeOf(joined[1]!)) && countryCodeOf(joined[2]!)) return [s - 1, words[s - 1]!.start + joined[1]!.length + 1];
    s--;
  }
  const w1 = words[s - 1]?.w;
  const w2 = words[s - 2];
  if (w1 === 'and' && w2 && /^\p{Lu}\p{Ll}+$/u.test(w2.w) && !HEAD_KIND[w2.w] && !countryCodeOf(w2.w) && !TITLE_WORDS.has(w2.w)) {
    if (/\b(?:the|of)\s+$/.test(text.slice(Math.max(0, w2.start - 5), w2.start))) s -= 2;
    // "the Tashkent Research and Design Institute": two descriptive words coordinated inside one name, then its lead words.
    else if (DESCRIPTOR.test(w2.w) && DESCRIPTOR.test(words[s]!.w)) {
      s -= 2;
      while (s > 0 && !CONNECTORS.has(words[s - 1]!.w) && !TITLE_WORDS.has(cleanWord(words[s - 1]!.w)) && !isPossessive(words[s - 1]!.w) && !(words[s - 1]!.w === 'The' && s - 1 === 0)) s--;
    }
  }
  if (s > 0 && words[s - 1]!.w === 'The' && (kind === 'MEDIA')) s--;
  return [s, words[s]!.start];
}

/**
 * Where the name ending in the head word at i ends: its "of ..." complement (and "under"/"at" the parent body for
 * sub-bodies), up to a country; an "and" that starts another organization ("... Engineering and Samarkand Pediatric
 * Medical Institute") or follows a country, and "and the", end it.
 */
function nameEnd(words: Word[], i: number, text: string): [number, OrganizationKind | null] {
  const head = cleanWord(words[i]!.w);
  let e = i;
  let parentKind: OrganizationKind | null = null;
  if (!TAKES_COMPLEMENT.has(head) || isPossessive(words[i]!.w)) return [e, parentKind];
  let j = i + 1;
  let afterCountry = false;
  while (j < words.length && CONNECTORS.has(words[j]!.w) && words[j]!.w !== '&') {
    const connector = words[j]!.w;
    if (j === i + 1 && !/^(?:of|for|on|under|at)$/.test(connector)) break;
    if ((connector === 'under' || connector === 'at') && !SUB_BODY.has(head)) break;
    if (connector === 'and' && (afterCountry || words[j + 1]?.w === 'the')) break;
    let k = j;
    while (k < words.length && CONNECTORS.has(words[k]!.w)) k++;
    if (k >= words.length) break;
    const last = runEnd(words, k, text);
    if (TITLE_WORDS.has(cleanWord(words[k]!.w))) break;
    // "Development Bank for Uzbekistan": a "for" + country alone is a remit of the sentence, not of the name.
    if (connector === 'for' && k === j + 1 && countryCodeOf(text.slice(words[k]!.start, words[last]!.end))) break;
    // Another organization after "and" is its own; "under"/"at" must lead to a body.
    if (connector === 'and' && endsInHead(words, last)) break;
    if ((connector === 'under' || connector === 'at') && !endsInHead(words, last)) break;
    if (connector === 'under' || connector === 'at') parentKind = HEAD_KIND[cleanWord(words[last]!.w)] ?? null;
    e = last;
    j = last + 1;
    const phrase = text.slice(words[k]!.start, words[last]!.end);
    afterCountry = !!countryCodeOf(phrase.replace(/^the\s+/i, ''));
    // A country closes the name unless another "of" follows it.
    if (afterCountry && !(j < words.length && words[j]!.w === 'of')) break;
    if (isPossessive(words[last]!.w)) break;
  }
  return [e, parentKind];
}

export function headwordCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CAP_SEQUENCE)) {
    const seqStart = m.index ?? 0;
    const words: Word[] = [];
    for (const w of m[0].matchAll(/\S+/g)) words.push({ w: w[0], start: seqStart + (w.index ?? 0), end: seqStart + (w.index ?? 0) + w[0].length });
    let i = 0;
    while (i < words.length) {
      const word = cleanWord(words[i]!.w);
      const kind = HEAD_KIND[word];
      if (!kind) { i++; continue; }
      const [s, start] = nameStart(words, i, kind, text);
      const [e, parentKind] = nameEnd(words, i, text);
      // An internal unit named with its ministry ("Department of the Ministry of X") or its acronym ("MoEDT Department
      // for ...") is that body: the unit itself is skipped and the body is found on its own.
      if (INTERNAL_UNIT.has(word) && (words[i + 1]?.w === 'of' && words[i + 2]?.w === 'the' || isAcronym(cleanWord(words[s]!.w)))) {
        i++;
        continue;
      }
      // "Park" heads a name only after a non-name word ("IT Park"), never as a family name ("President Park", "Park Jin").
      // "Foreign Minister of Korea Park Jin": a family name after a country and before a given name is a person.
      if (word === 'Park' && (s === i || KOREAN_SURNAMES.has(cleanWord(words[i - 1]!.w)) || countryCodeOf(cleanWord(words[i - 1]!.w)) || givenNameAfter(text, words[i]!.end))) { i++; continue; }
      let end = words[e]!.end - (/[’']s$/.test(words[e]!.w) ? 2 : /s[’']$/.test(words[e]!.w) ? 1 : 0) - (/\.$/.test(words[e]!.w) && !/^(?:Co|Corp|Ltd|Inc)\.$/.test(words[e]!.w) ? 1 : 0);
      if (FACILITY_HEADS.has(word) && BUILT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !/\s(?:under|at)\s/.test(text.slice(start, end))) { i = e + 1; continue; }
      // The remit list of a commission runs past the capitalized run: "... on Trade, Economic, Scientific and Technical Cooperation".
      if (REMIT_HEADS.test(text.slice(start, end))) {
        const list = REMIT_LIST.exec(text.slice(end));
        if (list) end += list[0].length;
      }
      const surface = text.slice(start, end);
      const nameWords = surface.split(/\s+/);
      const onlyHead = nameWords.length === 1;
      const isGeneric = GENERIC_BODIES.test(surface);
      // A bare head word ("Council") or a head word after a country alone ("Korean Air" is fine, "Kazakh Office" is not) is too weak.
      if (!onlyHead || isGeneric) {
        if (!(kind === 'COMPANY' && nameWords.length === 2 && countryCodeOf(nameWords[0]!) && !['Air', 'Airlines', 'Airways', 'Railways'].includes(word))) {
          // A sub-body is the kind of body it belongs to ("Center under the State Migration Service" is GOVERNMENT).
          out.push({ start: offset + start, end: offset + end, surface, name: surface, kind: parentKind ?? kind, country: null, source: 'organizations.head-word' });
        }
      }
      i = e + 1;
    }
  }
  return out;
}
