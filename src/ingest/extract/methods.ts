/**
 * The rules that produce records, by stable dotted name (`<kind>.<rule>[.<detail>]`): every record's
 * `extraction.method` is one of these, and its `extraction.confidence` is the calibrated precision of that
 * rule (src/ingest/confidence.ts, made by `npm run calibrate`). The names are the unit of calibration: few
 * enough that each meets data, fine enough that the guesses (pattern guesses, pronoun speakers, class nouns,
 * commitments) are apart from the sure finds (gazetteer names, named documents, named speakers).
 * Renaming one drops its calibration until the table is fitted again.
 *
 * Each kind's list runs strongest first: a record merged from several candidates keeps the strongest
 * method among them (`strongest`).
 */
import type { Extraction } from '../types';
import { confidenceOf } from '../confidence';

export const METHODS = {
  countries: [
    /** A country's name, official name or alias from the gazetteer ("Kazakhstan", "Republic of Korea", "ROK"). */
    'countries.name',
    /** Only a demonym or adjective ("Kazakh", "South Korean"). */
    'countries.demonym',
    /** Only a capital in a government sense ("Seoul plans", "ties with Astana"). */
    'countries.capital',
  ],
  regions: [
    /** A region from the reference list ("Central Asia"). */
    'regions.gazetteer',
  ],
  organizations: [
    /** A name, alias or acronym of the reference list (seed/reference/organizations.json). */
    'organizations.gazetteer',
    /** Embassies, ministries and presidential offices written by pattern ("Embassy of X in Y", "Uzbekistan's finance ministry"). */
    'organizations.government',
    /** A name defined with its acronym in parentheses ("Korea Eximbank (KEXIM)"). */
    'organizations.acronym',
    /** A name in quotation marks after a legal or type word (State Concern “X”). */
    'organizations.quoted-name',
    /** A capitalized name ending in an organization head word ("... Agency", "... Airlines"). */
    'organizations.head-word',
    /** A name built from the parties: cooperation forums, "the business council" of the paragraph's countries. */
    'organizations.bilateral-body',
    /** Capitalized words after a class noun ("the company X", "firms such as X, Y"): a guess. */
    'organizations.class-noun',
    /** An outlet named as the report's source ("..., X informs."). */
    'organizations.media-source',
  ],
  persons: [
    /** A name of Korean or Central Asian shape that comes with a role (a title before it or an apposition after it). */
    'persons.name-and-role',
    /** A name of Korean or Central Asian shape, without a role. */
    'persons.name-shape',
    /** Capitalized words right after a title, the name not of a known shape. */
    'persons.title',
    /** Capitalized words followed by a role in apposition, the name not of a known shape. */
    'persons.apposition',
    /** A second name sharing a plural title ("Energy Ministers A and B"). */
    'persons.shared-title',
  ],
  agreements: [
    /** A document noun in a realis frame, with a title read from its complement ("a memorandum on X between A and B"). */
    'agreements.title',
    /** A document item of an enumerated list under a signing header. */
    'agreements.enumeration',
    /** A document noun in a realis frame without a complement ("signed a memorandum"). */
    'agreements.document',
    /** A counted or valued batch ("11 agreements were signed", "$3 billion in deals"). */
    'agreements.batch',
    /** A partnership upgraded or established. */
    'agreements.partnership',
    /** A route or line opened or launched (direct flights, a ferry line). */
    'agreements.opening',
    /** Financing agreed, or a financing term of a deal reported ("agreed to provide a $300 million loan"). */
    'agreements.financing',
    /** A deal agreed without a document noun ("agreed to launch FTA talks", "agreed to set up a working group"). */
    'agreements.commitment',
  ],
  statements: [
    /** A first-person contribution after "Title Name:". */
    'statements.first-person',
    /** A direct quote attributed to a person named in the attribution. */
    'statements.quote.named-speaker',
    /** A direct quote attributed to an organization (named, or a body noun: "the ministry"). */
    'statements.quote.organization',
    /** A direct quote attributed by a title only ("the Korean leader said"). */
    'statements.quote.title-speaker',
    /** A direct quote attributed by a pronoun or to the last speaker ("he said", "it said"). */
    'statements.quote.pronoun-speaker',
    /** A quote without attribution of its own, continuing the statement before it. */
    'statements.quote.continued',
    /** Reported speech by a person named in the sentence. */
    'statements.reported.named-speaker',
    /** Reported speech by an organization (named, or a body noun). */
    'statements.reported.organization',
    /** Reported speech by a title only. */
    'statements.reported.title-speaker',
    /** Reported speech by a pronoun or the last speaker ("He stressed", "According to him"). */
    'statements.reported.pronoun-speaker',
    /** A quoted fragment inside a reporting sentence. */
    'statements.fragment',
    /** Participants speaking jointly ("The two leaders agreed", "it was agreed"). */
    'statements.joint-speakers',
  ],
  facts: [
    /** A sum of money with its currency. */
    'facts.money',
    /** A percentage. */
    'facts.percent',
    /** A rank ("second largest", "top 10"). */
    'facts.rank',
    /** A count with a unit from the list of countable units (tons, MW, companies, agreements, people). */
    'facts.count',
    /** A count whose unit is guessed: any plural noun after it, a unit carried over, a share of a whole, a loan term. */
    'facts.count.guessed-unit',
  ],
} as const;

export type MethodKind = keyof typeof METHODS;
export type Method = (typeof METHODS)[MethodKind][number];
export type MethodOf<K extends MethodKind> = (typeof METHODS)[K][number];

export const ALL_METHODS: readonly Method[] = Object.values(METHODS).flat();

/** A record's provenance for a method: the method and its calibrated confidence. */
export function extractionBy(method: Method): Extraction {
  return { method, confidence: confidenceOf(method) };
}

/** Of two methods of one kind, the stronger (the one listed first). */
export function strongest<M extends Method>(a: M, b: M): M {
  const kind = a.slice(0, a.indexOf('.')) as MethodKind;
  const order = METHODS[kind] as readonly string[];
  return order.indexOf(b) >= 0 && order.indexOf(b) < order.indexOf(a) ? b : a;
}

/** Sets a record's method to the stronger of its own and `method` (a merged candidate's). */
export function mergeMethod(record: { extraction: Extraction }, method: Method): void {
  const kept = strongest(record.extraction.method as Method, method);
  if (kept !== record.extraction.method) record.extraction = extractionBy(kept);
}
