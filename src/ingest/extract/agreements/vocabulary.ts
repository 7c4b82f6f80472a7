/**
 * The words agreements are found by: document nouns with the kind they imply, the verbs
 * (and their nouns: "the signing of", "the adoption of") that report a deal as done, and
 * the frames that make it hypothetical.
 */
import type { AgreementKind, AgreementStatus } from '../../types';

export interface DocumentPattern {
  re: RegExp;
  kind: AgreementKind;
}

/** Counts written as words, as they precede counted documents ("two agreements"). */
export const COUNT_WORD = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several';

/** A sum of money as stated, with its hedge ("up to $2 billion", "USD 20.5 million"). */
export const MONEY = String.raw`(?:(?:up to|about|some|over|around|nearly|almost|more than)\s+)?(?:(?:US)?\$|USD\s?|€)\s?\d[\d,.]*(?:\s*(?:trillion|billion|million|bn|mn|mln|bln)\b)?`;

export const DOCUMENTS: DocumentPattern[] = [
  { re: /\b(?:memorand(?:um|a|ums) of understandings?|MoUs?|MOUs?|memorand(?:um|a|ums)|memos?)\b/gi, kind: 'MEMORANDUM' },
  { re: /\bjoint (?:statements?|declarations?|communiqu[eé]s?)\b/gi, kind: 'JOINT_STATEMENT' },
  { re: /\b(?:work plan|action plan|roadmap|road map|(?:programme|program|plan) of cooperation|cooperation (?:programme|program|plan))\b/gi, kind: 'PLAN' },
  { re: /\b(?:joint (?:venture|company)|JV)\b(?!s?\s+with\s+(?:\p{Lu}\p{L}+\s+)?(?:capital|participation|investment)\b)/giu, kind: 'JOINT_VENTURE' },
  { re: /\bcontracts?\b/gi, kind: 'CONTRACT' },
  // "a record of discussion(s)": the minutes a grant agency signs with its partner.
  { re: /\b(?:agreements?|accords?|deals?|treat(?:y|ies)|protocols?|declarations?|records? of discussions?)\b/gi, kind: 'AGREEMENT' },
  // "penned 14 documents": a counted batch of signed papers.
  { re: new RegExp(`(?<=\\b(?:\\d+|${COUNT_WORD})\\s+(?:[a-z-]+\\s+)?)documents\\b`, 'g'), kind: 'AGREEMENT' },
  { re: /\b(?:[A-Z][a-z]+ )?(?:[Ss]trategic )?[Pp]artnership\b/g, kind: 'PARTNERSHIP' },
  { re: /\b(?:direct (?:cargo |passenger |air )?(?:flights?|air routes?|routes?)|(?:railway|rail|ferry|shipping) (?:line|route|service|link)s?)\b/gi, kind: 'OTHER' },
];

/** Kinds of documents named as list items ("Program of cultural exchanges for 2024-2026"), beyond DOCUMENTS. */
const ITEM_KINDS: Array<[RegExp, AgreementKind]> = [
  [/^(?:(?:the|a|an)\s+)?(?:joint )?(?:programme|program|plan|concept|strategy)\b/i, 'PLAN'],
  [/^(?:(?:the|a|an)\s+)?(?:convention|treaty|protocol|exchange of notes)\b/i, 'AGREEMENT'],
];

/** The kind of a document named at the start of `text`, or null. */
export function documentKindAt(text: string): AgreementKind | null {
  for (const doc of DOCUMENTS) {
    doc.re.lastIndex = 0;
    const m = doc.re.exec(text);
    if (m && m.index <= 40 && doc.kind !== 'OTHER' && doc.kind !== 'PARTNERSHIP') return doc.kind;
  }
  return ITEM_KINDS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** Verbs and nouns that report the deal as done, with the status they imply (first match wins). */
export const REALIS: Array<[RegExp, AgreementStatus]> = [
  // "struck a deal", "secured an agreement", "attended a signing ceremony for 11 MOUs", "the meeting resulted in signing a protocol".
  [/\b(?:signed|inked|penned|concluded|sealed|clinched|exchanged|struck|secured)\b|\b(?:signing|inking|conclusion|exchange) of\b|\bsigning ceremon(?:y|ies) (?:for|of)\b|\b(?:resulted|culminated|ended) (?:in|with) (?:the )?signing\b/i, 'SIGNED'],
  // "won a contract" (never "99 billion won"), "was awarded a contract", "landed a deal".
  [/\bwon\s+(?:an?|the)\s+(?:[$\w.-]+\s+){0,4}?(?:contracts?|deals?|tenders?|orders?)\b|\b(?:awarded|landed)\b/i, 'SIGNED'],
  [/\b(?:approved|adopted|consolidated in|ratified)\b|\badoption of\b/i, 'SIGNED'],
  // Initialed: the text is agreed, not yet signed.
  [/\b(?:reached|agreed|announced|decided|initial(?:l)?ed)\b/i, 'ANNOUNCED'],
  [/\b(?:upgraded|elevated|promoted|raised)\b|\b(?:promotion|elevation|upgrade|upgrading) of\b/i, 'ANNOUNCED'],
  [/\b(?:establishment|opening|launch(?:ed)?|opened|started|inaugurat\w+)\b/i, 'COMPLETED'],
];

export interface Realis {
  status: AgreementStatus;
  index: number;
}

/** The status the sentence reports and where its verb is, or null when nothing is reported done. */
export function realisOf(text: string): Realis | null {
  for (const [re, status] of REALIS) {
    const m = re.exec(text);
    if (m) return { status, index: m.index };
  }
  return null;
}

/** The reporting verb that governs a document: the nearest after it in its clause, else the nearest before it. */
const REALIS_ANY = new RegExp(REALIS.map(([re]) => re.source).join('|'), 'gi');

export function verbNear(text: string, start: number, end: number): number | null {
  const at = [...text.matchAll(REALIS_ANY)].map((m) => m.index ?? 0);
  const after = at.filter((i) => i >= end && !/[;:]|,\s+(?:and|while|but)\b/.test(text.slice(end, i))).sort((a, b) => a - b)[0];
  return after ?? at.filter((i) => i < start).sort((a, b) => b - a)[0] ?? null;
}

/** Frames that make the deal hypothetical. */
const IRREALIS = /\b(?:propose[sd]?|proposal|would|could|might|hope[sd]?|wish(?:es)?|plans? to|planning to|intends? to|expected to|aims? to|will (?:be )?(?:sign|conclud|adopt|initial)\w*|to be signed|ready to sign|for signing|upcoming|forthcoming|consider(?:ing)?|discuss(?:ed|ing)?|potential|possible|prospects?|groundwork)\b/i;

/** "record of discussion" names a document; it is no discussion. */
const NOT_IRREALIS = /\brecords? of discussions?\b/gi;

/**
 * Whether a hypothetical frame governs a document: one that stands before the document
 * noun, or between it and a later verb ("an agreement is expected to be signed").
 */
export function isHypothetical(text: string, docIndex: number, verbIndex: number): boolean {
  const scope = text.slice(0, Math.max(docIndex, verbIndex)).replace(NOT_IRREALIS, '');
  return IRREALIS.test(scope);
}

/** Partnerships count only when upgraded or established; flights only when opened. */
export const PARTNERSHIP_FRAME = /\b(?:upgrad(?:ed?|ing)|elevat(?:ed?|ing|ion)|established|signed|promot\w+|rais(?:ed|e|ing))\b/i;
