/**
 * Assembly: overlapping candidates resolved (longest wins, weak cues only fill gaps), ministries and forum
 * secretariats named without their country or forum completed from the rest of the article, then one record
 * per organization key with its aliases, acronyms, kind, home country and evidence.
 */
import type { OrganizationKind, OrganizationRecord } from '../../types';
import { organizationKey } from '../../resolve';
import { countryCodeOf, countryCodesIn } from '../countries';
import { addEvidence, evidenceOf, sentenceIndexAt, type ArticleContext } from '../context';
import { findRegionMentions } from '../regions';
import type { Candidate } from './candidate';
import { REF_BY_SPELLING } from './gazetteer';

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

export function assembleOrganizations(ctx: ArticleContext, candidates: Candidate[]): OrganizationExtraction {
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

