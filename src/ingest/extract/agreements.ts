/**
 * Agreements: a document or deal the text reports as signed, concluded, reached,
 * approved, adopted, launched or upgraded. Each sentence is checked for a
 * document noun ("memorandum of understanding", "contract", "agreement", "Joint
 * Statement", "Work Plan", "joint venture", "Strategic Partnership", "direct flights")
 * in a realis frame (a past or perfect reporting verb). Proposals, wishes and
 * future plans ("we propose", "would lay the groundwork for signing", "plans to sign")
 * are not agreements.
 */
import type { AgreementKind, AgreementRecord, AgreementStatus, PartialDate, Sentence } from '../types';
import { uniq } from '../text';
import { countryCodesIn } from './countries';
import { evidenceOf, type ArticleContext } from './context';
import type { OrganizationExtraction } from './organizations';
import type { PersonExtraction } from './persons';
import { sectorsOf } from './sectors';
import { findDates } from './dates';
import { MONTHS } from '../clean';

interface DocumentPattern {
  re: RegExp;
  kind: AgreementKind;
}

const DOCUMENTS: DocumentPattern[] = [
  { re: /\b(?:memorand(?:um|a) of understanding|MoUs?|MOUs?|memorand(?:um|a))\b/g, kind: 'MEMORANDUM' },
  { re: /\bjoint (?:statements?|declarations?|communiqu[eé]s?)\b/gi, kind: 'JOINT_STATEMENT' },
  { re: /\b(?:work plan|action plan|roadmap|road map|programme of cooperation|program of cooperation)\b/gi, kind: 'PLAN' },
  { re: /\b(?:joint (?:venture|company)|JV)\b(?!s?\s+with\s+(?:\p{Lu}\p{L}+\s+)?(?:capital|participation|investment)\b)/giu, kind: 'JOINT_VENTURE' },
  { re: /\bcontracts?\b/g, kind: 'CONTRACT' },
  { re: /\b(?:agreements?|accords?|deals?|treat(?:y|ies)|protocols?|declarations?)\b/g, kind: 'AGREEMENT' },
  // "penned 14 documents": a counted batch of signed papers.
  { re: /(?<=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)\s+(?:[a-z-]+\s+)?)documents\b/g, kind: 'AGREEMENT' },
  { re: /\b(?:[A-Z][a-z]+ )?(?:[Ss]trategic )?[Pp]artnership\b/g, kind: 'PARTNERSHIP' },
  { re: /\b(?:direct (?:cargo |passenger |air )?(?:flights?|air routes?|routes?)|(?:railway|rail|ferry|shipping) (?:line|route|service|link)s?)\b/gi, kind: 'OTHER' },
];

/** Verbs that report the deal as done, with the status they imply. */
const REALIS: Array<[RegExp, AgreementStatus]> = [
  [/\b(?:signed|inked|penned|concluded|sealed|clinched|exchanged|initialed|initialled)\b/i, 'SIGNED'],
  [/\b(?:approved|adopted|consolidated in|ratified)\b/i, 'SIGNED'],
  [/\b(?:reached|agreed|struck|announced)\b/i, 'ANNOUNCED'],
  [/\bupgraded\b|\belevated\b/i, 'ANNOUNCED'],
  [/\b(?:establishment|opening|launch(?:ed)?|opened|started|inaugurat\w+)\b/i, 'COMPLETED'],
];

/** Frames that make the deal hypothetical. */
const IRREALIS = /\b(?:propose[sd]?|proposal|would|could|might|hope[sd]?|wish(?:es)?|plans? to|planning to|intends? to|expected to|aims? to|will (?:sign|conclude)|ready to sign|for signing|consider(?:ing)?|discuss(?:ed|ing)?|potential|possible|prospects?|groundwork)\b/i;

const QUANTITY_RE = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)\s+(?:[\w-]+\s+){0,3}?(?:agreements|documents|memorand(?:a|ums)|contracts|deals|ships|vessels|aircraft|planes|wagons|locomotives|units)(?:\s+with\s+a\s+capacity\s+of\s+[\d,.]+\s+\w+)?/i;

function partyCountriesOf(text: string, fallback: string[]): string[] {
  const codes = countryCodesIn(text);
  return codes.length > 0 ? uniq([...codes, ...(codes.length === 1 ? fallback.filter((c) => !codes.includes(c)).slice(0, 1) : [])]) : fallback.slice(0, 2);
}

/** When the deal was made is its date, not part of its name: "… on renewable energy on Tuesday" → "… on renewable energy". */
const TRAILING_TIME_RE = new RegExp(
  `\\s+(?:(?:on|last|this|next|earlier this|late last|early this)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend)` +
    `|on\\s+(?:${MONTHS})\\s+\\d{1,2}(?:,?\\s+\\d{4})?|on\\s+\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?|in\\s+(?:${MONTHS})(?:\\s+\\d{4})?` +
    `|yesterday|today|earlier today)\\s*$`,
  'i',
);

function titleOf(kind: AgreementKind, text: string, docIndex: number, docText: string): string {
  const tail = text.slice(docIndex + docText.length).replace(/^[\s,]+/, '');
  const complement = /^(?:(?:on|for|of|to|between|with|about|regarding)\b[^.;:]{0,90}?)(?=[,.;]|$| and both| which| that)/i.exec(tail)?.[0] ?? '';
  const base = docText.charAt(0).toUpperCase() + docText.slice(1);
  return `${base} ${complement.replace(TRAILING_TIME_RE, '')}`.trim().replace(/\s+/g, ' ') || kind;
}

/** A deal agreed without a document noun: "X and Y agreed to set up a joint working group on ...". */
const AGREED_TO_RE = /\b(?:agreed|decided)\s+to\s+((?:set up|establish|create|form|launch|hold|open|build|jointly \w+)\b[^.;:]{3,160}?)(?=[.;:]|$)/i;

/** "The contract was inked ...": a definite, bare document noun refers back to the deal already reported. */
function refersBack(text: string, index: number, title: string, docText: string): boolean {
  return /\b(?:the|this|that)\s+$/i.test(text.slice(Math.max(0, index - 6), index)) && title.toLowerCase() === docText.toLowerCase();
}

export function extractAgreements(
  ctx: ArticleContext,
  orgs: OrganizationExtraction,
  people: PersonExtraction,
  dateOf: (sentenceIndex: number) => PartialDate | null,
  mainCountries: string[],
): AgreementRecord[] {
  const agreements: AgreementRecord[] = [];
  ctx.sentences.forEach((sentence: Sentence, si: number) => {
    const text = sentence.text;
    // "The document was signed by A and B": signatories of the agreement just reported.
    const previous = agreements[agreements.length - 1];
    if (previous && /\b(?:was|were) signed by\b/i.test(text) && sentence.start - previous.evidence[0]!.end < 400) {
      const named = people.mentions.filter((p) => p.start >= sentence.start && p.end <= sentence.end).map((p) => people.persons[p.entity]!.name);
      if (named.length > 0 && !DOCUMENTS.some((d) => { d.re.lastIndex = 0; return d.re.test(text); })) {
        previous.signatories = uniq([...previous.signatories, ...named]);
        previous.evidence.push(evidenceOf(ctx.body, sentence));
        return;
      }
    }
    if (IRREALIS.test(text.replace(/\bdiscussed\b.*$/, ''))) {
      // A hypothetical frame anywhere before the document noun disqualifies the sentence.
      return;
    }
    const seen = new Set<AgreementKind>();
    const used: Array<[number, number]> = [];
    for (const doc of DOCUMENTS) {
      doc.re.lastIndex = 0;
      for (const m of text.matchAll(doc.re)) {
        const index = m.index ?? 0;
        if (used.some(([s, e]) => index < e && s < index + m[0].length)) continue;
        const status = REALIS.find(([re]) => re.test(text))?.[1];
        if (!status) continue;
        // Partnerships only when upgraded/established; flights only when opened/established.
        if (doc.kind === 'PARTNERSHIP' && !/\b(?:upgraded|elevated|established|signed)\b/i.test(text)) continue;
        if (doc.kind === 'OTHER' && status !== 'COMPLETED') continue;
        if (doc.kind === 'AGREEMENT' && /\bagreements?\b/i.test(m[0]) && /\bjoint (?:company|venture)\b/i.test(text)) continue;
        if (seen.has(doc.kind)) continue;
        seen.add(doc.kind);
        used.push([index, index + m[0].length]);
        const plural = /s$/i.test(m[0]) && doc.kind !== 'OTHER' && !/partnership$/i.test(m[0]);
        const quantity = QUANTITY_RE.exec(text)?.[0] ?? null;
        const kind: AgreementKind = plural && /^\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\b/i.test(quantity ?? '') && /agreements|documents/i.test(quantity ?? '') ? 'OTHER' : doc.kind;
        const orgMentions = orgs.mentions.filter((o) => o.start >= sentence.start && o.end <= sentence.end);
        const personMentions = people.mentions.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
        const signatories = /\b(?:signed|inked|penned)\b/i.test(text) ? uniq(personMentions.map((p) => people.persons[p.entity]!.name)) : [];
        const personCountries = signatories.map((n) => people.persons.find((p) => p.name === n)?.country).filter((c): c is string => !!c);
        const countries = uniq([...partyCountriesOf(text, mainCountries), ...personCountries]);
        const dates = findDates(text, ctx.referenceDate);
        const title = titleOf(kind, text, index, m[0]);
        const earlier = [...agreements].reverse().find((a) => a.kind === kind);
        if (earlier && refersBack(text, index, title, m[0])) {
          // "The agreement was signed by A and B": the people named sign the deal already reported.
          earlier.signatories = uniq([...earlier.signatories, ...signatories]);
          earlier.evidence.push(evidenceOf(ctx.body, sentence));
          continue;
        }
        agreements.push({
          title,
          kind,
          status,
          date: dates[0]?.date ?? (status === 'SIGNED' && plural ? dateOf(si) : null),
          parties: { countries, organizations: uniq(orgMentions.map((o) => orgs.organizations[o.entity]!.name)) },
          signatories,
          sectors: sectorsOf(text),
          quantity: kind === 'OTHER' || kind === 'CONTRACT' ? quantity : null,
          evidence: [evidenceOf(ctx.body, sentence)],
        });
      }
    }
    const agreedTo = seen.size === 0 ? AGREED_TO_RE.exec(text) : null;
    if (agreedTo) {
      const orgMentions = orgs.mentions.filter((o) => o.start >= sentence.start && o.end <= sentence.end);
      agreements.push({
        title: `Agreement to ${agreedTo[1]!.replace(/[“”"]/g, '')}`,
        kind: 'OTHER',
        status: 'ANNOUNCED',
        date: findDates(text, ctx.referenceDate)[0]?.date ?? null,
        parties: { countries: partyCountriesOf(text, mainCountries), organizations: uniq(orgMentions.map((o) => orgs.organizations[o.entity]!.name)) },
        signatories: [],
        sectors: sectorsOf(text),
        quantity: null,
        evidence: [evidenceOf(ctx.body, sentence)],
      });
    }
  });
  return agreements;
}
