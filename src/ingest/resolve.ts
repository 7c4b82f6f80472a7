/**
 * Resolve stage: one key per real-world thing.
 *
 * The keys are pure functions of a record, so the same organization, person,
 * agreement, quote or fact gets the same key in two articles (the loader merges
 * on them) and within one article (the extractors merge on them):
 * - organizations: the scorer's name normalization, legal suffixes dropped and
 *   reference-list spellings/acronyms mapped to one canonical name
 *   ("KT" = "KT Corporation", "Posco" = "POSCO"; "SK E&C" != "SK ecoplant");
 * - persons: a bag of lowercased name parts, hyphens split and Korean surname
 *   romanizations unified ("Yoon Suk-yeol" = "Yoon Suk Yeol", "Pak Jin" = "Park Jin");
 * - agreements, statements, facts: the supporting text with typography,
 *   ellipsis marks and date phrases removed, so a republished paragraph
 *   ("(…)" vs "(...)", curly vs straight quotes, an added "on June 12") keys the same.
 */
import { createHash } from 'node:crypto';
import type { AgreementRecord, FactRecord, StatementRecord } from './types';
import { KOREAN_SURNAMES, KOREAN_SURNAME_VARIANTS, loadOrganizationReference } from './reference';
import { normalizeName, straightenQuotes } from './text';

const LEGAL_SUFFIXES = new Set(['co', 'corp', 'corporation', 'ltd', 'inc', 'jsc', 'llc', 'plc', 'company', 'group']);

let referenceCanonical: Map<string, string> | null = null;

/** Normalized spelling -> normalized canonical name, from the reference list. */
function referenceCanonicalMap(): Map<string, string> {
  if (referenceCanonical) return referenceCanonical;
  referenceCanonical = new Map();
  for (const org of loadOrganizationReference()) {
    const canonical = stripLegalSuffixes(normalizeName(org.name));
    for (const spelling of [org.name, ...org.aliases, ...org.acronyms]) {
      referenceCanonical.set(stripLegalSuffixes(normalizeName(spelling)), canonical);
    }
  }
  return referenceCanonical;
}

function stripLegalSuffixes(normalized: string): string {
  const words = normalized.split(' ');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Key shared by every spelling of one organization. */
export function organizationKey(name: string): string {
  const base = stripLegalSuffixes(normalizeName(name).replace(/[’']/g, ''));
  const viaReference = referenceCanonicalMap().get(base) ?? referenceCanonicalMap().get(stripLegalSuffixes(normalizeName(name)));
  return viaReference ? viaReference.replace(/[’']/g, '') : base;
}

/** Key shared by every spelling and word order of one person's name. */
export function personKey(name: string): string {
  const parts = normalizeName(name)
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const unified = parts.map((p) => {
    const variant = KOREAN_SURNAME_VARIANTS[p];
    const isSurname = KOREAN_SURNAMES.has(p.charAt(0).toUpperCase() + p.slice(1));
    return variant && isSurname ? variant : p;
  });
  return unified.sort().join(' ');
}

export function regionKey(name: string): string {
  return normalizeName(name);
}

const STOPWORDS = new Set('a an and are as at be been by for from has have in is it its of on or s that the their this to was were will with'.split(' '));
const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** Text reduced to the words that survive republication. */
export function textKey(text: string): string {
  let s = straightenQuotes(text.normalize('NFKC')).toLowerCase();
  s = s.replace(/\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\./g, ' ');
  s = s.replace(new RegExp(`\\b(?:on\\s+)?(?:(?:${MONTH_WORDS})\\s+\\d{1,2}(?:\\s*-\\s*\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH_WORDS})(?:\\s+\\d{4})?|(?:${WEEKDAYS}))\\b`, 'g'), ' ');
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOPWORDS.has(w)).join(' ');
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** The speaker's key: a person key when the speaker is a person, else an organization key. */
function speakerKey(statement: Pick<StatementRecord, 'speaker' | 'speakerType'>): string {
  return statement.speakerType === 'PERSON' ? `p:${personKey(statement.speaker)}` : `o:${organizationKey(statement.speaker)}`;
}

export function statementKey(statement: StatementRecord): string {
  return `${speakerKey(statement)}|${statement.kind}|${digest(textKey(statement.text))}`;
}

export function agreementKey(agreement: AgreementRecord): string {
  const countries = [...agreement.parties.countries].sort().join(',');
  const support = agreement.evidence[0]?.text ?? agreement.title;
  return `${agreement.kind}|${countries}|${digest(textKey(support))}`;
}

export function factKey(fact: FactRecord): string {
  const support = fact.evidence[0]?.text ?? `${fact.subject} ${fact.metric}`;
  return `${fact.value}|${normalizeName(fact.unit)}|${digest(textKey(support))}`;
}
