/**
 * What an agreement is about: the sectors of its title and of its sentence up to the
 * circumstances of the signing ("on the sidelines of a summit" is no topic), with the names of
 * the signing bodies set aside ("Export-Import Bank" is no trade deal). A deal that names no
 * sector is a diplomatic one (an intergovernmental memorandum, a joint statement, a package
 * signed after talks).
 */
import type { Sector, Span } from '../../types';
import { sectorsOf } from '../sectors';
import { circumstanceAfter } from './parties';

export function dealSectors(text: string, title: string, names: Span[], verbIndex = 0): Sector[] {
  const head = text.slice(0, circumstanceAfter(text, verbIndex));
  let masked = head;
  for (const n of names) if (n.end <= head.length) masked = masked.slice(0, n.start) + ' '.repeat(n.end - n.start) + masked.slice(n.end);
  const found = new Set<Sector>([...sectorsOf(title), ...sectorsOf(masked)]);
  if (found.size === 0) for (const s of sectorsOf(head)) found.add(s);
  return found.size > 0 ? [...found] : ['DIPLOMACY'];
}

/** A sentence that describes the deal just reported: "The Declaration supports ...", "... are stipulated in the memorandum". */
const DESCRIBED = /^(?:[^.]{0,50}\b)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:memorand(?:um|a)|MoU|MOU|agreement|declaration|statement|contract|deal|document|roadmap|plan|programme|program)\b|\b(?:stipulated|envisaged|set out|provided for) in the\b/i;

export function describesDeal(text: string): boolean {
  return DESCRIBED.test(text);
}
