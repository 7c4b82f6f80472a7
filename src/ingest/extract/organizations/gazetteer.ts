/** The reference gazetteer (seed/reference/organizations.json): every spelling, alias and acronym of a known organization. */
import { loadOrganizationReference, type ReferenceOrganization } from '../../reference';
import { alternation } from '../../text';
import { B, E, type Candidate } from './candidate';

const reference = loadOrganizationReference();
export const REF_BY_SPELLING = new Map<string, ReferenceOrganization>();
for (const org of reference) for (const s of [org.name, ...org.aliases, ...org.acronyms]) REF_BY_SPELLING.set(s, org);
const REF_BY_LOWER = new Map<string, ReferenceOrganization>();
for (const [s, org] of REF_BY_SPELLING) if (s.length > 5 && /\s/.test(s)) REF_BY_LOWER.set(s.toLowerCase(), org);
/** Short or single-word spellings are matched case-sensitively ("SK", "Kia"); longer ones case-insensitively ("SK ecoplant"). */
const REF_EXACT_RE = new RegExp(`${B}(${alternation([...REF_BY_SPELLING.keys()])})${E}`, 'gu');
const REF_LOOSE_RE = new RegExp(`${B}(${alternation([...REF_BY_LOWER.keys()])})${E}`, 'giu');

/** A known name followed by a venue word names the venue, not the organization: "Lotte Hotel", "Samsung Hall". */
const VENUE_AFTER = /^\s+(?:Hotel|Tower|Mall|Stadium|Arena|Hall|Palace|Plaza|Department Store|Museum|Theater|Theatre|Resort)\b/;

export function referenceCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const push = (index: number, surface: string, org: ReferenceOrganization) =>
    !VENUE_AFTER.test(text.slice(index + surface.length, index + surface.length + 20)) && out.push({ start: offset + index, end: offset + index + surface.length, surface, name: org.name, kind: org.kind, country: org.country, source: 'organizations.gazetteer' });
  for (const m of text.matchAll(REF_EXACT_RE)) push(m.index ?? 0, m[1]!, REF_BY_SPELLING.get(m[1]!)!);
  for (const m of text.matchAll(REF_LOOSE_RE)) push(m.index ?? 0, m[1]!, REF_BY_LOWER.get(m[1]!.toLowerCase())!);
  return out;
}
