/**
 * Counted batches: "11 agreements were signed", "23 memorandums of understanding (MOUs)",
 * "penned 14 documents worth $2.3 billion", "$3 billion in agreements". One agreement of
 * kind OTHER whose quantity is the count or value as stated.
 */
import { COUNT_WORD, MONEY } from './vocabulary';

const PAPERS = String.raw`(?:agreements|documents|deals|contracts|memorand(?:a|ums)(?:\s+of\s+understandings?)?|memorandum\s+of\s+understandings|MOUs|MoUs)`;
const GOODS = String.raw`(?:ships|vessels|aircraft|planes|wagons|locomotives|units)`;

/** "17 memorandum of understandings (MOUs)", "two cargo ships with a capacity of 6,100 tons", "14 documents worth $2.3 billion". */
const MODIFIER = String.raw`(?:(?!(?:signed|inked|penned|concluded|sealed|exchanged|were|was|have|has|had|are|is|been|and|of|in|on|to|with|billion|million|thousand|bn|mn|mln)\b)[A-Za-z][\w-]*\s+)`;
const COUNTED_RE = new RegExp(
  String.raw`(?<!(?:[$€]|USD)\s?)(?<![\d.,])\b(?:\d[\d,]*|${COUNT_WORD})\s+${MODIFIER}{0,3}?(?:${PAPERS}|${GOODS})\b(?:\s+\([A-Za-z]{2,8}\))?(?:\s+with\s+a\s+capacity\s+of\s+[\d,.]+\s+\w+)?(?:\s+worth\s+${MONEY})?`,
  'i',
);
/** "$3 billion in agreements", "agreements worth $4 billion". */
const VALUED_RE = new RegExp(String.raw`(${MONEY})\s+(?:in|worth of)\s+(?:[\w-]+\s+){0,2}?${PAPERS}\b|\b${PAPERS}\s+(?:worth|totall?ing|valued at)\s+(${MONEY})`, 'i');
const COUNTED_PAPERS_RE = new RegExp(String.raw`^(?:\d[\d,]*|${COUNT_WORD})\b[^]*\b${PAPERS}`, 'i');

export interface Quantity {
  text: string;
  /** Counts or values a batch of documents, not one deal's goods. */
  batch: boolean;
}

/** The quantity a sentence states for a deal, or null. */
export function quantityOf(text: string): Quantity | null {
  const counted = COUNTED_RE.exec(text);
  if (counted) {
    const many = !/^(?:one|1)\b/i.test(counted[0]);
    return { text: counted[0], batch: many && COUNTED_PAPERS_RE.test(counted[0]) };
  }
  const valued = VALUED_RE.exec(text);
  if (valued) return { text: (valued[1] ?? valued[2])!, batch: true };
  return null;
}
