/**
 * Capitalized names ending in an organization head word ("... Agency", "... Airlines", "... Council"),
 * with the "of ..." complement that head words such as Ministry, Chamber or University take.
 */
import type { OrganizationKind } from '../../types';
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

export function headwordCandidates(text: string, offset: number): Candidate[] {
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
