/** Acronyms defined in parentheses, either way round: "Korea International Cooperation Agency (KOICA)", "KOICA (Korea International Cooperation Agency)". */
import type { ArticleContext } from '../context';
import { escapeRegExp } from '../../text';
import { B, E, cleanWord, type Candidate } from './candidate';
import { REF_BY_SPELLING } from './gazetteer';
import { HEAD_KIND, TITLE_WORDS } from './headWords';

/** Capitals with at most two small letters among them: "KOICA", "KEXIM", "MoEDT", "MoFA". */
const ACRONYM = '\\p{Lu}(?:[\\p{Lu}\\p{N}&-]|\\p{Ll}(?=[\\p{Lu}\\p{Ll}]*\\p{Lu})){1,9}';
const acronymShaped = (a: string): boolean => (a.match(/\p{Lu}/gu) ?? []).length >= 2 && (a.match(/\p{Ll}/gu) ?? []).length <= 2;
const LONG_THEN_ACRONYM = new RegExp(`(\\p{Lu}[\\p{L}’'&.-]*(?:\\s+(?:of|and|for|the|on|&)?\\s*\\p{Lu}[\\p{L}’'&.-]*){1,9})\\s+\\((${ACRONYM})\\)`, 'gu');
const ACRONYM_THEN_LONG = new RegExp(`${B}(${ACRONYM})\\s+\\((\\p{Lu}[\\p{L}’'&.-]*(?:\\s+(?:of|and|for|the|on|&)?\\s*\\p{Lu}[\\p{L}’'&.-]*){1,9})\\)`, 'gu');

function initialsMatch(long: string, acronym: string): boolean {
  const initials = long.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const a = acronym.replace(/[^\p{Lu}]/gu, '');
  return initials.startsWith(a.slice(0, 2)) || a.startsWith(initials.slice(0, 2));
}

/** The name's initials appear in order in the acronym, from its first letter: "Korean International Cooperation Agency" in KOICA. */
function initialsWithin(long: string, acronym: string): boolean {
  const initials = long.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  const letters = acronym.toUpperCase();
  if (initials[0] !== letters[0]) return false;
  let at = 0;
  for (const c of initials) {
    at = letters.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export interface AcronymLink {
  acronym: string;
  long: string;
  acronymStart: number;
  longStart: number;
}

export function acronymLinks(text: string, offset: number): AcronymLink[] {
  const links: AcronymLink[] = [];
  for (const m of text.matchAll(LONG_THEN_ACRONYM)) {
    if (!acronymShaped(m[2]!)) continue;
    let long = m[1]!;
    // Keep the tail that starts the name: drop leading words until the initials fit.
    const words = long.split(/\s+/);
    while (words.length > 1 && (TITLE_WORDS.has(words[0]!) || /^(the|The|at|of)$/.test(words[0]!) || !initialsMatch(words.join(' '), m[2]!) && !HEAD_KIND[cleanWord(words[words.length - 1]!)])) {
      words.shift();
    }
    long = words.join(' ');
    const longStart = (m.index ?? 0) + m[1]!.length - long.length;
    links.push({ acronym: m[2]!, long, acronymStart: offset + (m.index ?? 0) + m[0].length - m[2]!.length - 1, longStart: offset + longStart });
  }
  for (const m of text.matchAll(ACRONYM_THEN_LONG)) {
    if (!acronymShaped(m[1]!)) continue;
    links.push({ acronym: m[1]!, long: m[2]!, acronymStart: offset + (m.index ?? 0), longStart: offset + (m.index ?? 0) + m[0].length - m[2]!.length - 1 });
  }
  return links;
}

/**
 * Acronym links: the long form becomes a candidate name and the acronym one of its spellings;
 * later bare uses of a defined acronym are weak candidates of the same organization.
 */
export function acronymCandidates(ctx: ArticleContext, candidates: Candidate[], links: AcronymLink[]): Candidate[] {
  const out: Candidate[] = [];
  const renamed = new Map<string, Pick<Candidate, 'name' | 'kind' | 'country'>>();
  const acronymOf = new Map<string, string>();
  for (const link of links) {
    // An organization ending right before the parenthesis owns the acronym even when the initials do not fit
    // (transliterated or reordered acronyms: "State News Agency of Turkmenistan (TDH)", "Export-Import Bank of Korea (KEXIM)").
    const linkEnd = link.longStart + link.long.length;
    const owner = candidates.find((c) => !c.weak && c.end === linkEnd && c.start <= link.longStart);
    if (owner) {
      // A long form spelled otherwise than the gazetteer's ("Korean International Cooperation Agency (KOICA)") is
      // that organization when its acronym is the gazetteer's and the initials fit.
      const known = REF_BY_SPELLING.get(link.acronym);
      if (known && known.acronyms.includes(link.acronym) && !REF_BY_SPELLING.has(owner.name) && initialsWithin(owner.name, link.acronym)) {
        renamed.set(owner.name, { name: known.name, kind: known.kind, country: known.country });
      }
      link.long = renamed.get(owner.name)?.name ?? owner.name;
      link.longStart = owner.start;
    }
    const longIsOrg = candidates.some((c) => !c.weak && c.start <= link.longStart && c.end >= link.longStart + link.long.length - 1) || REF_BY_SPELLING.has(link.long) || HEAD_KIND[cleanWord(link.long.split(/\s+/).pop() ?? '')];
    if (!longIsOrg) continue;
    acronymOf.set(link.acronym, link.long);
    out.push({ start: link.acronymStart, end: link.acronymStart + link.acronym.length, surface: link.acronym, name: link.long, kind: 'OTHER', country: null, weak: true, acronym: link.acronym, source: 'organizations.acronym' });
  }
  // Later bare uses of a defined acronym.
  for (const [acronym, long] of acronymOf) {
    const re = new RegExp(`${B}${escapeRegExp(acronym)}${E}`, 'gu');
    for (const p of ctx.article.paragraphs) {
      for (const m of ctx.body.slice(p.start, p.end).matchAll(re)) {
        const start = p.start + (m.index ?? 0);
        out.push({ start, end: start + acronym.length, surface: acronym, name: long, kind: 'OTHER', country: null, weak: true, acronym, source: 'organizations.acronym' });
      }
    }
  }
  // Every other mention of a renamed long form is that organization too.
  for (const c of candidates) Object.assign(c, renamed.get(c.name) ?? {});
  return out;
}
