/** Cooperation forums named by their parties, however written or ordered: "Korea-Central Asia Cooperation Forum", "“Central Asia - Republic of Korea” Cooperation Forum". */
import { countryCodesIn, countryLabel } from '../countries';
import { findRegionMentions } from '../regions';
import type { Candidate } from './candidate';

const FORUM_RE = /([“"]?)((?:\p{Lu}[\p{L}]*)(?:\s*[-–—]\s*|\s+(?:of\s+)?)(?:\p{Lu}[\p{L}]*(?:\s*[-–—]\s*|\s+(?:of\s+)?)){0,5}?\p{Lu}[\p{L}]*)([”"]?)\s+(Cooperation Forum|Partnership Forum)(\s+Secretariat)?/gu;

export function forumCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(FORUM_RE)) {
    const partiesText = m[2]!;
    const countries = countryCodesIn(partiesText);
    const regions = findRegionMentions(partiesText).map((r) => r.region.name);
    if (countries.length + regions.length < 2 && !(countries.length === 1 && regions.length === 1)) continue;
    const others = [...countries.filter((c) => c !== 'KR').map(countryLabel), ...regions];
    const parties = countries.includes('KR') ? ['Korea', ...others] : others;
    const name = `${parties.join('-')} ${m[4]}${m[5] ? ' Secretariat' : ''}`;
    const start = offset + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, surface: m[0], name, kind: 'INTERNATIONAL', country: null, source: 'organizations.bilateral-body' });
  }
  // "the Forum Secretariat" belongs to the forum named in the article; resolved when merging.
  return out;
}
