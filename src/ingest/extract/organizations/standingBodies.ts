/**
 * Lowercase standing bodies: "the business council", "the intergovernmental commission" name the bilateral
 * standing body of the countries in the paragraph ("Kazakhstan-Korea Business Council"), also with the two
 * sides as demonyms and a remit: "the Turkmen-Korean intergovernmental commission on trade and economic cooperation".
 */
import { countryCodesIn, countryLabel } from '../countries';
import type { ArticleContext } from '../context';
import { findRegionMentions } from '../regions';
import type { Candidate } from './candidate';

/** Name of the bilateral standing body of a paragraph: "Kazakhstan-Korea Business Council". */
function bilateralName(generic: string, paragraphText: string): string {
  const mentioned = countryCodesIn(paragraphText);
  const codes = mentioned.filter((c) => c !== 'KR');
  const hasKorea = mentioned.includes('KR');
  const region = findRegionMentions(paragraphText)[0]?.region.name;
  const other = codes[0] ? countryLabel(codes[0]) : region;
  const title = generic.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  if (hasKorea && other) return codes[0] ? `${other}-Korea ${title}` : `Korea-${other} ${title}`;
  return title;
}

/**
 * Lowercase standing bodies: "the business council", "the intergovernmental commission", also with the two
 * sides as demonyms and a remit: "the Turkmen-Korean intergovernmental commission on trade and economic cooperation".
 */
const STANDING_BODY_RE = /\b(?:the|existing|a)\s+(?:(\p{Lu}[\p{L}]+\s*[-–]\s*\p{Lu}[\p{L}]+)\s+)?(business council|intergovernmental commission|joint commission)((?:\s+on\s+[a-z]+(?:(?:,\s*|\s+)[a-z]+){0,6})(?=\s*[.,;:)]|$))?/gu;

function titleCase(phrase: string): string {
  return phrase.replace(/\b(?!(?:on|and|of|the|for)\b)\p{Ll}/gu, (c) => c.toUpperCase());
}

function paragraphAround(ctx: ArticleContext, offset: number): string {
  const p = ctx.article.paragraphs.find((q) => q.start <= offset && offset < q.end);
  return p ? ctx.body.slice(p.start, p.end) : '';
}

export function standingBodyCandidates(ctx: ArticleContext, text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(STANDING_BODY_RE)) {
    const [, pair, generic, remit = ''] = m;
    const surface = `${pair ? `${pair} ` : ''}${generic}${remit}`;
    const start = offset + (m.index ?? 0) + m[0].length - surface.length;
    const name = `${pair ? bilateralName(generic!, pair) : bilateralName(generic!, paragraphAround(ctx, offset))}${titleCase(remit)}`;
    out.push({ start, end: start + surface.length, surface, name, kind: 'ASSOCIATION', country: null, source: 'organizations.bilateral-body' });
  }
  return out;
}
