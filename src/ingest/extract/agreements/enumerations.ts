/**
 * Enumerated documents: a header that announces a list ("List of signed documents:", "The
 * package includes 17 agreements:", "the following documents were signed:") followed by dash,
 * bullet or numbered items, one document each, or by items in the same sentence separated by
 * semicolons. The signing verb sits in the header; each item is its own agreement.
 */
import type { AgreementKind, Sentence, Span } from '../../types';
import { documentKindAt, realisOf } from './vocabulary';
import { itemTitle } from './title';

/** A list of documents, not the terms of one ("The agreement provides for the following:"). */
const HEADER_WORDS = /\b(?:documents|agreements|memorand(?:a|ums)|MoUs|MOUs|contracts|deals|accords|papers|package)\b/i;
const BULLET = /^\s*(?:[-–—•*·▪●◦]|\d{1,2}[.)])\s*/;
const MAX_ITEM = 400;

export interface ListItem {
  span: Span;
  text: string;
  title: string;
  kind: AgreementKind;
  /** Index of the sentence the item is (or sits in). */
  sentence: number;
}

/** A heading line without a colon that names signed documents ("Documents signed during the visit"). */
const HEADING = /\b(?:signed|concluded|adopted|signing)\b/i;

/** Whether the sentence announces a list of documents that follows it. */
export function isListHeader(text: string): boolean {
  if (/:\s*$/.test(text)) return text.length < 300 && HEADER_WORDS.test(text);
  return text.length < 120 && !/[.!?”"]\s*$/.test(text) && HEADER_WORDS.test(text) && HEADING.test(text);
}

/** A clause of its own: an item names a document, a sentence reports one ("... was signed by the ministers."). */
const FINITE = /\b(?:is|are|was|were|will|has|have|had|signed|inked|adopted|concluded|agreed|reached|approved)\b/i;

function itemOf(span: Span, text: string, sentence: number): ListItem | null {
  const title = itemTitle(text);
  if (title.length < 8) return null;
  return { span, text, title, kind: documentKindAt(title) ?? 'AGREEMENT', sentence };
}

/** The items that follow a header at sentence `si`: consecutive bulleted lines, or lines that open with a document noun. */
export function itemsAfter(sentences: Sentence[], si: number): ListItem[] {
  const items: ListItem[] = [];
  for (let i = si + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const listed = BULLET.test(s.text) || isItemLine(sentences, i);
    if (!listed || s.text.length > MAX_ITEM) break;
    const item = itemOf(s, s.text, i);
    if (item) items.push(item);
  }
  // Items that mostly name no document are some other list (projects, terms, participants).
  return items.filter((it) => documentKindAt(it.title) !== null).length * 2 >= items.length ? items : [];
}

/** A line of its own that opens with a document noun and has no verb: "A framework agreement on ... between A and B". */
function isItemLine(sentences: Sentence[], i: number): boolean {
  const s = sentences[i]!;
  const own = i === 0 || s.paragraph !== sentences[i - 1]!.paragraph;
  return own && /^\p{Lu}/u.test(s.text) && s.text.length <= MAX_ITEM && documentKindAt(s.text) !== null && !FINITE.test(s.text) && !realisOf(s.text);
}

/** Two or more such lines in a row, without a header: a list of documents (signed, as the lists in the news are). */
export function standaloneItems(sentences: Sentence[], si: number): ListItem[] {
  const items: ListItem[] = [];
  for (let i = si; i < sentences.length && isItemLine(sentences, i); i++) {
    const item = itemOf(sentences[i]!, sentences[i]!.text, i);
    if (item) items.push(item);
  }
  return items.length >= 2 ? items : [];
}

/** "... the following documents were signed: an agreement on X; a memorandum on Y; and a roadmap for Z." */
export function inlineItems(sentence: Sentence, si: number): ListItem[] {
  const colon = sentence.text.indexOf(':');
  if (colon < 0 || !HEADER_WORDS.test(sentence.text.slice(0, colon))) return [];
  const tail = sentence.text.slice(colon + 1);
  const parts = tail.split(';');
  if (parts.length < 2) return [];
  const items: ListItem[] = [];
  let offset = sentence.start + colon + 1;
  for (const part of parts) {
    const text = part.replace(/^\s*(?:and\s+)?/, '');
    const start = offset + (part.length - part.trimStart().length);
    offset += part.length + 1;
    if (documentKindAt(text) === null) continue;
    const item = itemOf({ start, end: start + part.trim().length }, text, si);
    if (item) items.push(item);
  }
  return items;
}

