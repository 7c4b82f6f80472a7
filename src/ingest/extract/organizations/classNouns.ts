/** Names introduced by a class noun: "the South Korean company KSIT", "portal Orient.tm", "subsidiaries BC Card and Smartro", "corporations as Samsung, Hyundai, ...". */
import type { OrganizationKind } from '../../types';
import { countryCodeOf, countryCodesIn } from '../countries';
import { findRegionMentions } from '../regions';
import { B, type Candidate } from './candidate';
import { TITLE_WORDS } from './headWords';

const NAME_ITEM = "(?:[“\"‘']?(?:\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\.[\\p{L}\\p{N}]+)*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\.[\\p{L}\\p{N}]+)*|&))*[”\"’']?)";
const LEADING_NAME_ITEM = new RegExp(`^${NAME_ITEM}`, 'u');
const CLASS_NOUNS: Record<string, OrganizationKind> = {
  company: 'COMPANY', companies: 'COMPANY', firm: 'COMPANY', firms: 'COMPANY', corporation: 'COMPANY', corporations: 'COMPANY', conglomerate: 'COMPANY',
  conglomerates: 'COMPANY', giants: 'COMPANY', giant: 'COMPANY', carrier: 'COMPANY', airline: 'COMPANY', subsidiary: 'COMPANY', subsidiaries: 'COMPANY',
  businesses: 'COMPANY', plant: 'COMPANY', manufacturer: 'COMPANY', operator: 'COMPANY', developer: 'COMPANY', partners: 'COMPANY', partner: 'COMPANY',
  organization: 'OTHER', alliance: 'ASSOCIATION', association: 'ASSOCIATION', bank: 'COMPANY', portal: 'MEDIA', newspaper: 'MEDIA', outlet: 'MEDIA', agency: 'OTHER', 'news agency': 'MEDIA', daily: 'MEDIA',
};
const CLASS_CUE_RE = new RegExp(
  `${B}((?:\\p{Lu}[\\p{L}]+\\s+){0,2})((?:[a-z-]+\\s+){0,2})(${Object.keys(CLASS_NOUNS).sort((a, b) => b.length - a.length).join('|')})(?:\\s*\\(?\\s*(?:such as|like|including|as|:)\\s*|:\\s*|\\s+)(?=[“"‘']?\\p{Lu})`,
  'gu',
);
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*etc\.?)/;

export function classNounCandidates(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CLASS_CUE_RE)) {
    const noun = m[3]!;
    const kind = CLASS_NOUNS[noun]!;
    const isList = /(such as|like|including|as|:)\s*$/.test(m[0]) || /s$/.test(noun);
    const prefix = m[1]!.trim().replace(/^The\s+/, '');
    const country = prefix ? countryCodesIn(prefix)[0] ?? null : null;
    let cursor = (m.index ?? 0) + m[0].length;
    for (let n = 0; n < 12; n++) {
      const rest = text.slice(cursor);
      const item = LEADING_NAME_ITEM.exec(rest);
      if (!item) break;
      const raw = item[0];
      const surface = raw.replace(/^[“"‘']|[”"’']$/g, '').replace(/[.,]$/, '');
      const lead = raw.length - raw.replace(/^[“"‘']/, '').length;
      const words = surface.split(/\s+/);
      const blocked = words.some((w) => TITLE_WORDS.has(w)) || countryCodeOf(surface) || findRegionMentions(surface).length > 0 || /^(The|A|An|In|On|At|This|That|These|Those|Its|Their|Our|We|It)$/.test(words[0]!);
      if (!blocked && surface.length >= 2) {
        out.push({ start: offset + cursor + lead, end: offset + cursor + lead + surface.length, surface, name: surface, kind, country, weak: true, source: 'organizations.class-noun' });
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
