/**
 * What an agreement is about: the sectors of its title and of its sentence up to the
 * circumstances of the signing ("on the sidelines of a summit" is no topic), with the names of
 * the signing bodies set aside ("Export-Import Bank" is no trade deal). A deal that names no
 * sector takes the topics of the story it leads (its headline and opening sentence); failing
 * that, only a political document (a joint statement or declaration, a partnership, a treaty,
 * a cooperation programme between foreign ministries) is a diplomatic one, and any other deal
 * stays without a sector. Political documents are always diplomatic, whatever else they cover.
 */
import type { AgreementKind, Sector, Span } from '../../types';
import { sectorsOf } from '../sectors';
import { circumstanceAfter } from './parties';

/** Documents that are political whatever else they cover. */
const DIPLOMATIC = /\b(?:joint (?:statement|declaration|communiqu[eé])|declaration|treaty|friendship|partnership)\b/i;
/** Documents that are political when they name no other topic: cooperation programmes, a forum's or its secretariat's papers. */
const POLITICAL = /\b(?:(?:programme|program|plan|memorandum|memo) of cooperation|cooperation (?:programme|program|plan)|forum|secretariat)\b/i;
/** The occasion of a batch signed at a political meeting ("11 agreements were signed following the official talks"). */
const TALKS = /\b(?:talks|state visit|official visit|summit|negotiations)\b/i;

/** "economic cooperation agreements": a deal's broad frame names no sector of its own. */
const BROAD = /\beconomic (?:cooperation|ties|partnership|relations)\b/gi;

export interface DealTopics {
  kind?: AgreementKind;
  /** A counted batch of documents: its topics are its own, never the story's. */
  batch?: boolean;
  /** The story's headline and opening sentence: the topic of a deal that names none. */
  lead?: string;
}

export function dealSectors(text: string, title: string, names: Span[], verbIndex = 0, topics: DealTopics = {}): Sector[] {
  const head = text.slice(0, circumstanceAfter(text, verbIndex)).replace(BROAD, (m) => ' '.repeat(m.length));
  let masked = head;
  for (const n of names) if (n.end <= head.length) masked = masked.slice(0, n.start) + ' '.repeat(n.end - n.start) + masked.slice(n.end);
  const found = new Set<Sector>([...sectorsOf(title.replace(BROAD, ' ')), ...sectorsOf(masked)]);
  if (found.size === 0) for (const s of sectorsOf(head)) found.add(s);
  const diplomatic = topics.kind === 'JOINT_STATEMENT' || topics.kind === 'PARTNERSHIP' || DIPLOMATIC.test(title);
  const political = diplomatic || POLITICAL.test(title) || (!!topics.batch && TALKS.test(text));
  if (found.size === 0 && !political && !topics.batch && topics.lead) for (const s of sectorsOf(topics.lead)) found.add(s);
  if (diplomatic || (political && found.size === 0)) found.add('DIPLOMACY');
  return [...found];
}

/** A sentence that describes the deal just reported: "The Declaration supports ...", "... are set out in the contract". */
const DESCRIBED = /^(?:[^.]{0,50}\b)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:memorand(?:um|a)|MoU|MOU|agreement|declaration|statement|contract|deal|document|roadmap|plan|programme|program)\b|\b(?:stipulated|envisaged|set out|provided for) in the\b/i;

export function describesDeal(text: string): boolean {
  return DESCRIBED.test(text);
}
