/** Regions from a reference list (seed/reference/regions.json): "Central Asia", "Eurasian continent", "Caspian countries". */
import type { RegionRecord } from '../types';
import { REFERENCE_REGIONS, type ReferenceRegion } from '../reference';
import { alternation } from '../text';
import { addEvidence, evidenceOf, type ArticleContext } from './context';
import { storySpan } from './pageDebris';
import { extractionBy } from './methods';

const ALIAS_TO_REGION = new Map<string, ReferenceRegion>();
for (const r of REFERENCE_REGIONS) for (const a of [r.name, ...r.aliases]) ALIAS_TO_REGION.set(a, r);
const REGION_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(ALIAS_TO_REGION.keys())})(?![\\p{L}\\p{N}])`, 'gu');

export interface RegionMention {
  index: number;
  end: number;
  text: string;
  region: ReferenceRegion;
}

/** "the Central Asian country": one member state, not the region. */
const ONE_MEMBER_AFTER = /^\s+(?:country|state|nation|republic)(?![\p{L}])/u;
/** An outlet's name: "The Times of Central Asia", "Voice of Asia". */
const OUTLET_BEFORE = /\b(?:Times|News|Herald|Post|Voice|Radio|Review|Journal|Tribune|Gazette|Daily)\s+of\s+(?:the\s+)?$/;

export function findRegionMentions(text: string): RegionMention[] {
  const out: RegionMention[] = [];
  for (const m of text.matchAll(REGION_RE)) {
    const index = m.index ?? 0;
    const after = index + m[1]!.length;
    if (ONE_MEMBER_AFTER.test(text.slice(after, after + 12)) || OUTLET_BEFORE.test(text.slice(Math.max(0, index - 16), index))) continue;
    out.push({ index, end: index + m[1]!.length, text: m[1]!, region: ALIAS_TO_REGION.get(m[1]!)! });
  }
  return out;
}

export function extractRegions(ctx: ArticleContext): RegionRecord[] {
  const byName = new Map<string, RegionRecord>();
  const [lead, debris] = storySpan(ctx);
  for (const sentence of ctx.sentences) {
    if (sentence.end <= lead || sentence.start >= debris) continue;
    for (const mention of findRegionMentions(sentence.text)) {
      let record = byName.get(mention.region.name);
      if (!record) {
        record = { name: mention.region.name, members: mention.region.members ?? [], aliasesSeen: [], evidence: [], extraction: extractionBy('regions.gazetteer') };
        byName.set(mention.region.name, record);
      }
      if (!record.aliasesSeen.includes(mention.text)) record.aliasesSeen.push(mention.text);
      if (record.evidence.length < 5) addEvidence(record.evidence, evidenceOf(ctx.body, sentence));
    }
  }
  return [...byName.values()];
}
