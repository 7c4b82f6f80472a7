/**
 * Outlets named in the body as the source of the report: "..., Report informs.", "Kazinform correspondent reports.",
 * "Trend reports." (MEDIA; the gazetteer gives the full name and country when it knows the outlet).
 */
import { countryCodeOf } from '../countries';
import type { Candidate } from './candidate';
import { REF_BY_SPELLING } from './gazetteer';

const REPORTING_CUE = /(?:^|,\s+|\.\s+)(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s+(?:correspondent\s+)?(?:informs|reports|writes)(?=\s*[.,;]|\s*$)/gu;

export function mediaSourceCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  if (!/\b(?:informs|reports|writes)\b/.test(text)) return out;
  for (const m of text.matchAll(REPORTING_CUE)) {
    const surface = m[1]!;
    if (countryCodeOf(surface) || /^(?:The|It|He|She|They|This)$/.test(surface)) continue;
    const ref = REF_BY_SPELLING.get(surface) ?? REF_BY_SPELLING.get(`${surface} News Agency`);
    const start = offset + (m.index ?? 0) + m[0].indexOf(surface);
    out.push({ start, end: start + surface.length, surface, name: ref?.name ?? surface, kind: 'MEDIA', country: ref?.country ?? null, weak: true, source: 'organizations.media-source' });
  }
  return out;
}
