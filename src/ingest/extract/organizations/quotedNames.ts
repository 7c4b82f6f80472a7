/**
 * Names given in quotation marks after a type word: State Concern “Turkmennebit”, JSC "Qazaqgaz", company «Arzan Trans».
 * A legal form or state form is part of the canonical name, after the name ("Turkmennebit State Concern", "Qazaqgaz JSC");
 * a class noun ("company", "bank") is not. A name the gazetteer knows keeps the gazetteer's name.
 */
import type { OrganizationKind } from '../../types';
import type { Candidate } from './candidate';
import { REF_BY_SPELLING } from './gazetteer';

const FORMS: Record<string, OrganizationKind> = {
  'state concern': 'COMPANY', 'state company': 'COMPANY', 'state corporation': 'COMPANY', 'state enterprise': 'COMPANY', 'state holding': 'COMPANY',
  'national company': 'COMPANY', 'joint-stock company': 'COMPANY', 'joint stock company': 'COMPANY', 'open joint-stock company': 'COMPANY',
  concern: 'COMPANY', holding: 'COMPANY', jsc: 'COMPANY', ojsc: 'COMPANY', pjsc: 'COMPANY', cjsc: 'COMPANY', llc: 'COMPANY', llp: 'COMPANY', ao: 'COMPANY', too: 'COMPANY',
  company: 'COMPANY', corporation: 'COMPANY', firm: 'COMPANY', bank: 'COMPANY', enterprise: 'COMPANY', association: 'ASSOCIATION', agency: 'GOVERNMENT',
  'news agency': 'MEDIA', newspaper: 'MEDIA', 'tv channel': 'MEDIA', portal: 'MEDIA', foundation: 'OTHER', fund: 'OTHER',
};
/** Forms written as part of the name (capitalized or an abbreviation); lower-case class nouns are not. */
const NAME_FORM = /^(?:State (?:Concern|Company|Corporation|Enterprise|Holding)|National Company|(?:Open )?Joint[- ]Stock Company|Concern|Holding|JSC|OJSC|PJSC|CJSC|LLC|LLP|AO|TOO)$/;
const FORM_WORDS = Object.keys(FORMS).sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+').replace(/-/g, '[- ]')).join('|');
const QUOTED_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${FORM_WORDS})\\s*([“"«„‘])(\\p{Lu}[^“”"«»„]{1,60}?)([”"»“’])`, 'giu');

export function quotedNameCandidates(text: string, offset: number): Candidate[] {
  if (!/[“"«„‘]/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED_RE)) {
    const form = m[1]!.replace(/\s+/g, ' ');
    const kind = FORMS[form.toLowerCase().replace('joint stock', 'joint-stock')] ?? 'COMPANY';
    const bare = m[3]!.trim();
    // A whole sentence in quotes is a quote, not a name.
    if (bare.split(/\s+/).length > 6 || /[.!?,;:]$/.test(bare)) continue;
    const ref = REF_BY_SPELLING.get(bare);
    const isNameForm = NAME_FORM.test(form) && /^\p{Lu}/u.test(form);
    const name = ref?.name ?? (isNameForm ? `${bare} ${form}` : bare);
    const start = offset + (m.index ?? 0);
    // The span covers the form and the marks; the name as written is the bare one.
    out.push({ start, end: start + m[0].length, surface: bare, name, kind: ref?.kind ?? kind, country: ref?.country ?? null, source: 'organizations.quoted-name' });
  }
  return out;
}
