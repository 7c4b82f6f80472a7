/** Regions from a reference list (seed/reference/regions.json): "Central Asia", "Eurasian continent", "Caspian countries". */
import type { RegionRecord } from '../types';
import { REFERENCE_REGIONS, type ReferenceRegion } from '../reference';
import { alternation } from '../text';
import { addEvidence, evidenceOf, type ArticleContext } from './context';

const ALIAS_TO_REGION = new Map<string, ReferenceRegion>();
for (const r of REFERENCE_REGIONS) for (const a of [r.name, ...r.aliases]) ALIAS_TO_REGION.set(a, r);
const REGION_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(ALIAS_TO_REGION.keys())})(?![\\p{L}\\p{N}])`, 'gu');

export interface RegionMention {
  index: number;
  end: number;
  text: string;
  region: ReferenceRegion;
}

export function findRegionMentions(text: string): RegionMention[] {
  const out: RegionMention[] = [];
  for (const m of text.matchAll(REGION_RE)) {
    const index = m.index ?? 0;
    out.push({ index, end: index + m[1]!.length, text: m[1]!, region: ALIAS_TO_REGION.get(m[1]!)! });
  }
  return out;
}

export function extractRegions(ctx: ArticleContext): RegionRecord[] {
  const byName = new Map<string, RegionRecord>();
  for (const sentence of ctx.sentences) {
    for (const mention of findRegionMentions(sentence.text)) {
      let record = byName.get(mention.region.name);
      if (!record) {
        record = { name: mention.region.name, members: mention.region.members ?? [], aliasesSeen: [], evidence: [] };
        byName.set(mention.region.name, record);
      }
      if (!record.aliasesSeen.includes(mention.text)) record.aliasesSeen.push(mention.text);
      if (record.evidence.length < 5) addEvidence(record.evidence, evidenceOf(ctx.body, sentence));
    }
  }
  return [...byName.values()];
}
