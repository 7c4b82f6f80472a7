/**
 * Assembly: overlapping candidates resolved (longest wins, weak cues only fill gaps), ministries and forum
 * secretariats named without their country or forum completed from the rest of the article, then one record
 * per organization key with its aliases, acronyms, kind, home country and evidence.
 */
import type { OrganizationKind, OrganizationRecord } from '../../types';
import { organizationKey } from '../../resolve';
import { countryCodeOf, countryCodesIn, countryOfCapital, findCountryMentions } from '../countries';
import { addEvidence, evidenceOf, sentenceIndexAt, type ArticleContext } from '../context';
import { findRegionMentions } from '../regions';
import type { Candidate } from './candidate';
import type { ReferenceOrganization } from '../../reference';
import { REF_BY_SPELLING } from './gazetteer';
import { HEAD_KIND } from './headWords';
import { extractionBy, mergeMethod } from '../methods';

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
  // A sub-body takes its parent's country: "Research Center at Kyungpook National University".
  const parent = / (?:under|at) (?:the )?(.+)$/.exec(candidate.name);
  const parentRef = parent ? REF_BY_SPELLING.get(parent[1]!) : undefined;
  if (parentRef) return parentRef.country;
  // A name opening with a capital city: "Tashkent University of Information Technologies".
  const capital = countryOfCapital(candidate.name.split(/\s+/)[0]!);
  if (capital) return capital;
  // A demonym or possessive country right before: "Korean financial organization BNK Capital", "Uzbekistan’s IT Park".
  const before = body.slice(Math.max(0, candidate.start - 40), candidate.start);
  const m = /(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:’s|'s)?\s+(?:[a-z]+\s+){0,3}$/u.exec(before);
  if (m) {
    const codes = countryCodesIn(m[1]!);
    if (codes.length === 1) return codes[0]!;
  }
  // An apposition naming its country: "Altyn Zher LLP, Kyrgyzstan’s largest gold producer".
  const after = /^,\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:’s|'s)?\s+(?:[a-z-]+\s+){0,4}(?:company|firm|group|operator|producer|bank|agency|institute|university|body|developer|manufacturer|carrier|airline|holding)\b/u.exec(body.slice(candidate.end, candidate.end + 120));
  if (after) {
    const codes = countryCodesIn(after[1]!);
    if (codes.length === 1) return codes[0]!;
  }
  return null;
}

/**
 * "Committee of Geology of Kazakhstan" and "Kazakhstan Geological Committee": the same head word, country and
 * content-word stems, in any order and form. Null for names too plain to compare.
 */
function variantKey(name: string, countryOf: () => string | null): string | null {
  if (!/\s/.test(name)) return null;
  const words = name.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w) && !countryCodeOf(w) && !countryCodeOf(w.replace(/(?:’s|'s)$/, '')));
  const head = words.find((w) => HEAD_KIND[w]);
  const content = words.filter((w) => w !== head && !/^(?:The|Republic|State|National)$/.test(w)).map((w) => w.toLowerCase().slice(0, 5)).sort();
  if (!head || content.length === 0) return null;
  const country = countryOf();
  return country ? `variant:${country}:${head}:${content.join('+')}` : null;
}

/** "Oliy Majlis of the Republic of Uzbekistan": a known body followed by its own country is that body. */
function referenceOf(name: string): ReferenceOrganization | undefined {
  const direct = REF_BY_SPELLING.get(name);
  if (direct) return direct;
  const m = /^(.+?) of (?:the )?(.+)$/.exec(name);
  const ref = m ? REF_BY_SPELLING.get(m[1]!) : undefined;
  return ref && ref.country && countryCodeOf(m![2]!) === ref.country ? ref : undefined;
}

/**
 * A government body named without its country that the gazetteer does not know ("the State Migration Service",
 * "the Ministry of Economic Development and Trade") belongs to the country the report comes from (its dateline),
 * else to the article's partner country: Korea's own bodies are in the gazetteer. (The one country named in the body's
 * sentence, when there is one, comes first.)
 */
function homeCountryOfUnplacedBodies(ctx: ArticleContext, dateline: string | null): string | null {
  if (dateline) return dateline;
  const counts = new Map<string, number>();
  for (const s of ctx.sentences) for (const m of findCountryMentions(s.text)) counts.set(m.iso2, (counts.get(m.iso2) ?? 0) + 1);
  const partner = [...counts.entries()].filter(([c]) => c !== 'KR').sort((a, b) => b[1] - a[1]);
  return partner[0] && (!partner[1] || partner[0][1] > partner[1][1]) ? partner[0][0] : null;
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

export function assembleOrganizations(ctx: ArticleContext, candidates: Candidate[], dateline: string | null = null): OrganizationExtraction {
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

  // "the chairman of Samruk-Kazyna, the National Wealth Fund, participated": an apposition renames the body before it
  // (a list would go on with "and" or another name).
  for (let n = 1; n < kept.length; n++) {
    const [a, b] = [kept[n - 1]!, kept[n]!];
    if (b.weak || REF_BY_SPELLING.has(b.name) || !/^,\s+the\s+$/.test(ctx.body.slice(a.end, b.start))) continue;
    if (!/^(?:,\s+(?!and\b|or\b)\p{Ll}|\s*[.;])/u.test(ctx.body.slice(b.end, b.end + 20))) continue;
    Object.assign(b, { name: a.name, kind: a.kind, country: a.country, acronym: a.acronym });
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
  const byVariant = new Map<string, number>();
  let unplacedHome: string | null | undefined;
  const keyOf = (c: Candidate, ref: ReturnType<typeof referenceOf>): string => {
    if (c.acronym && /^(?:embassy|ministry|president-office):/.test(c.acronym)) return c.acronym;
    // The gazetteer's presidential offices key like the pattern's ("Cheong Wa Dae" = "the presidential office" of Seoul).
    if (ref?.country && /^Office of the President of /.test(ref.name)) return `president-office:${ref.country}`;
    return organizationKey(ref?.name ?? c.name);
  };
  for (const c of kept) {
    if (!/\p{L}/u.test(c.surface) || c.surface.length > 120) continue;
    const named = referenceOf(c.name);
    let key = keyOf(c, named);
    // "Embassy of Kazakhstan" and "Embassy of Kazakhstan to Korea" are one body.
    let index = byKey.get(key);
    if (index === undefined && c.acronym === 'ministry:foreign affairs:?') {
      const existing = [...byKey.entries()].find(([k]) => k.startsWith('ministry:foreign affairs:'));
      if (existing) { key = existing[0]; index = existing[1]; }
    }
    const ref = named ?? REF_BY_SPELLING.get(c.surface);
    const variant = ref || c.weak ? null : variantKey(c.name, () => inferCountry(c, ctx.body));
    if (index === undefined && variant) index = byVariant.get(variant);
    if (index === undefined) {
      index = organizations.length;
      byKey.set(key, index);
      // Newspapers keep their article ("The Korea Times"); other bodies drop it.
      const name = ref?.name ?? (c.kind === 'MEDIA' ? c.name : c.name.replace(/^The\s+/, ''));
      const base: Candidate = { ...c, name, kind: ref?.kind ?? c.kind, country: ref ? ref.country : c.country };
      let country = ref ? ref.country : inferCountry(base, ctx.body);
      if (!country && !ref && base.kind === 'GOVERNMENT' && !c.weak && !/^(?:embassy|president-office):|:\?$/.test(c.acronym ?? '') && countryCodesIn(name).length < 2) {
        const si = sentenceIndexAt(ctx.sentences, c.start);
        const inSentence = si >= 0 ? countryCodesIn(ctx.sentences[si]!.text) : [];
        if (inSentence.length === 1) country = inSentence[0]!;
        else {
          if (unplacedHome === undefined) unplacedHome = homeCountryOfUnplacedBodies(ctx, dateline);
          country = unplacedHome;
        }
      }
      organizations.push({ name, aliasesSeen: [], acronyms: [], kind: ref ? ref.kind : refineKind(base), country, evidence: [], extraction: extractionBy(ref ? 'organizations.gazetteer' : c.source) });
    }
    if (variant && !byVariant.has(variant)) byVariant.set(variant, index);
    const record = organizations[index]!;
    // A name the gazetteer knows is the gazetteer's, whichever finder met it.
    mergeMethod(record, ref ? 'organizations.gazetteer' : c.source);
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

