/**
 * Facts with numbers: money ("$6 billion" -> 6e9 USD), percentages, quantities with a
 * countable unit ("40 billion barrels", "10 mln tons per year", "700 joint ventures",
 * "500,000 ethnic Koreans" -> people) and ranks ("second most important", "top 10", "fourth-largest").
 * Years, dates, ordinals of events ("17th Forum") and identifiers ("A330-200") are not facts.
 */
import type { AgreementRecord, FactRecord, PartialDate } from '../types';
import { countryCodesIn, countryInfo } from './countries';
import { evidenceOf, type ArticleContext } from './context';
import { findRegionMentions } from './regions';
import { withoutCurrencyNames } from './money';
import { storySpan } from './pageDebris';
import { countMetric, measureMetric } from './factMetric';
import { extractionBy, type MethodOf } from './methods';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trn: 1e12, tn: 1e12 };

/** Countable units worth charting, with the unit name to report. */
const UNITS: Array<[RegExp, string]> = [
  [/^(?:tons?|tonnes?)\s+(?:per|a)\s+year\b/i, 'tons per year'],
  [/^(?:metric\s+)?(?:tons?|tonnes?)\b/i, 'tons'],
  [/^barrels?\b/i, 'barrels'],
  [/^cubic met(?:er|re)s?\b/i, 'cubic meters'],
  [/^(?:megawatts?|MW)\b/, 'MW'],
  [/^(?:gigawatts?|GW)\b/, 'GW'],
  [/^(?:kilomet(?:er|re)s?|km)\b/i, 'km'],
  [/^hectares?\b/i, 'hectares'],
  [/^joint ventures?\b/i, 'joint ventures'],
  [/^(?:[a-z]+\s+)?(?:companies|company|firms|enterprises)\b/i, 'companies'],
  [/^(?:[a-z-]+\s+){0,2}(?:memorand(?:a|ums?) of understandings?|memorand(?:a|ums)|MOUs|MoUs)\b/i, 'MOUs'],
  [/^(?:[a-z-]+\s+){0,2}(?:agreements?|accords|documents|contracts|deals)\b/i, 'agreements'],
  [/^projects?\b/i, 'projects'],
  [/^(?:[a-z]+\s+)?(?:ships|vessels)\b/i, 'ships'],
  [/^(?:aircraft|planes)\b/i, 'aircraft'],
  [/^(?:[a-z]+\s+)?(?:flights)\b/i, 'flights'],
  [/^(?:students)\b/i, 'students'],
  [/^(?:tourists|visitors)\b/i, 'tourists'],
  [/^jobs\b/i, 'jobs'],
  [/^(?:policymakers|delegates|participants|representatives|businesspeople|guests)\b/i, 'participants'],
  [/^(?:[a-z]+\s+)?(?:people|persons|residents|citizens|nationals|workers|employees|Koreans|Kazakhs|Uzbeks|Kyrgyz|Tajiks|Turkmens|migrants)\b/, 'people'],
  [/^(?:[a-z]+\s+){0,2}(?:officials|leaders|businessmen|businesspeople|entrepreneurs|specialists|experts)\b/, 'people'],
];

/**
 * Any other counted thing, by its head noun after at most two modifiers: "14 quarries", "6
 * processing facilities", "9 Korean language exams", "amended three times". Spans of time,
 * the parties of the story (countries, sides, leaders) and parts of speech are not charted.
 */
const COUNTED_NOUN = /^((?:(?!(?:of|and|or|in|on|to|for|with|the|from|by|at|per|were|was|have|has|had|are|is|more|less|than|worth|each)\b)[A-Za-z][a-z-]+\s+){0,2}?)([a-z]{3,}s)\b/;
const NOT_CHARTED = /^(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|countries|nations|states|sides|parties|presidents|ministers|heads|members|languages|stages|phases|rounds|steps|ways|areas|fields|directions|issues|points|aspects|goals|principles|priorities|kinds|types|sorts|levels|articles|pages|words|letters|regions|cities|republics|others|ones)$/;

/** "major and minor projects", "small and medium enterprises". */
const COORDINATED = /^([a-z-]+)\s+(?:and|or|&)\s+([a-z-]+)\s+(?=[a-z])/;
/** Counts of deals and what they fund: a second such count of the same value in a sentence or the next restates the first. */
const RESTATED = /^(?:agreements|MOUs|projects|deals|documents|contracts|initiatives)$/;

/** A header over a list of other stories' headlines ("Most Popular", "Latest news"): the lines under it are no claims of the story. */
const TICKER_HEADER = /^(?:most (?:popular|read|viewed)|latest(?: news| stories)?|top (?:news|stories)|trending(?: now)?|related(?: news| articles| stories)?|more (?:news|stories|from \S+(?:\s\S+)?)|read (?:more|also)|see also|editor['’]s picks|recommended)\s*:?$/i;
const HEADLINE_LINE = /^(?!.*[.!?…”"]\s*$).{8,160}$/u;

/** Sentences to chart: the story between page debris, without a list of headlines under a ticker header. */
function storySentences(ctx: ArticleContext): Set<number> {
  const [start, end] = storySpan(ctx);
  const kept = new Set<number>();
  let ticker = false;
  ctx.sentences.forEach((s, i) => {
    if (TICKER_HEADER.test(s.text.trim())) {
      ticker = true;
      return;
    }
    if (ticker && HEADLINE_LINE.test(s.text.trim())) return;
    ticker = false;
    if (s.end > start && s.start < end) kept.add(i);
  });
  return kept;
}

/** Sentences where "N years" is a term worth charting, not an age or a span of history. */
const FINANCING_TERM = /\b(?:loans?|credits?|lease|concession|maturity|grace period|repaid|repayment|bonds?)\b/i;

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE_WORD = String.raw`(?:\s*(thousand|million|billion|trillion|mln|bln|bn|trn|tn|mn)\b)?`;
/** After a currency sign, also the one-letter scales written on the number: "$6b", "$5m". */
const MONEY_SCALE = String.raw`(?:(?:\s*|-)(thousand|million|billion|trillion|mln|bln|bn|trn|tn|mn)\b|(?<=\d)([bmk])\b)?`;
const CURRENCY_BEFORE = String.raw`(?:(?:US|U\.S\.|A|C|HK|S)?\$|USD|US dollars?|€|EUR|₩|KRW|₸|KZT|UZS|£|GBP|¥|JPY|CNY|RMB)`;
const CURRENCY_AFTER = String.raw`(?:(?:US\s+|U\.S\.\s+)?dollars|USD|euros|won|KRW|tenge|KZT|so['’]?ums?|sums|UZS|yen|yuan|rubles|roubles)`;
const MONEY_RE = new RegExp(String.raw`${CURRENCY_BEFORE}\s?${NUMBER}${MONEY_SCALE}|${NUMBER}${SCALE_WORD}\s+(${CURRENCY_AFTER})\b`, 'gi');
const CURRENCIES: Array<[RegExp, string]> = [
  [/€|EUR|euro/i, 'EUR'],
  [/₩|KRW|\bwon\b/i, 'KRW'],
  [/₸|KZT|tenge/i, 'KZT'],
  [/UZS|so['’]?ums?\b|\bsums\b/i, 'UZS'],
  [/£|GBP/i, 'GBP'],
  [/¥|JPY|yen/i, 'JPY'],
  [/CNY|RMB|yuan/i, 'CNY'],
  [/rubles|roubles/i, 'RUB'],
];
const PERCENT_RE = new RegExp(String.raw`${NUMBER}\s?(?:%|percent\b|per cent\b)`, 'gi');
const QUANTITY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}$€₩.,-])(?:${NUMBER}${SCALE_WORD}|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|hundreds))\s+(?=[\p{L}])`, 'giu');
const RANK_RE = /\b(?:(?:the\s+)?top[\s-]+(\d+|ten|five|three|twenty)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+(?:most\s+important|largest|biggest|major|leading|most))\b/gi;

function toNumber(digits: string, scale?: string): number {
  const base = Number(digits.replace(/,/g, ''));
  return scale ? base * (SCALE[scale.toLowerCase()] ?? 1) : base;
}

function subjectOf(sentence: string, pair: string | null): string {
  if (/\bbilateral\b|\bmutual\b|\bbetween the two\b/i.test(sentence) && pair) return pair;
  const countries = countryCodesIn(withoutCurrencyNames(sentence));
  const region = findRegionMentions(sentence)[0];
  if (region && (!countries[0] || sentence.indexOf(region.text) < sentence.indexOf(countryInfo(countries[0])?.name ?? '\uffff'))) return region.region.name;
  return countries[0] ? countryInfo(countries[0])?.name ?? countries[0] : 'unspecified';
}

/** A line of page debris: an exchange-rate ticker ("USD 80.20"), a price tag; fewer than three words. */
function isDebris(text: string): boolean {
  return text.length < 40 && (text.match(/\p{L}{2,}/gu)?.length ?? 0) < 3;
}

/**
 * Facts are dated to the claim: the article's date (for an undated article, the event date of
 * its opening), except a deal's value, which carries the date of the deal its sentence reports
 * (null when that is unknown).
 */
export function extractFacts(ctx: ArticleContext, dateOf: (sentenceIndex: number) => PartialDate | null, pair: string | null, agreements: AgreementRecord[] = []): FactRecord[] {
  const facts: FactRecord[] = [];
  const story = storySentences(ctx);
  ctx.sentences.forEach((sentence, si) => {
    if (!story.has(si)) return;
    // The article's date; for an undated article, the date its opening gives the events.
    const claimDate = ctx.article.publishedOn ?? dateOf(si);
    const text = sentence.text;
    if (isDebris(text)) return;
    const deal = agreements.find((a) => a.evidence.some((e) => e.start <= sentence.start && sentence.end <= e.end));
    const date = deal ? deal.date : claimDate;
    const taken: Array<[number, number]> = [];
    /** `counted`: for a count, the words naming what is counted ("joint investment projects"). */
    const add = (index: number, length: number, value: number, unit: string, method: MethodOf<'facts'>, counted?: string) => {
      if (!Number.isFinite(value) || taken.some(([s, e]) => index < e && s < index + length)) return;
      taken.push([index, index + length]);
      const span = { index, end: index + length };
      const metric = counted ? countMetric(text, span, counted) : measureMetric(text, span, unit);
      facts.push({ subject: subjectOf(text, pair), metric, value, unit, date, evidence: [evidenceOf(ctx.body, sentence)], extraction: extractionBy(method) });
    };
    for (const m of text.matchAll(MONEY_RE)) {
      const digits = m[1] ?? m[4]!;
      const scale = m[2] ?? m[3] ?? m[5];
      const currency = CURRENCIES.find(([re]) => re.test(m[0]))?.[1] ?? 'USD';
      add(m.index ?? 0, m[0].length, toNumber(digits, scale), currency, 'facts.money');
    }
    for (const m of text.matchAll(PERCENT_RE)) add(m.index ?? 0, m[0].length, toNumber(m[1]!), 'percent', 'facts.percent');
    for (const m of text.matchAll(RANK_RE)) {
      const raw = (m[1] ?? m[2]!).toLowerCase();
      const value = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw] ?? ORDINALS[raw];
      if (value) add(m.index ?? 0, m[0].length, value, 'rank', 'facts.rank');
    }
    let previousUnit: string | null = null;
    for (const m of text.matchAll(QUANTITY_RE)) {
      const index = m.index ?? 0;
      const after = text.slice(index + m[0].length, index + m[0].length + 60);
      const digits = m[1];
      const word = m[3]?.toLowerCase();
      const value = digits ? toNumber(digits, m[2]) : word ? NUMBER_WORDS[word.replace(/^a /, '')] ?? NaN : NaN;
      // Years and day numbers are dates, not quantities.
      if (digits && !m[2] && /^(?:1[89]|20)\d{2}$/.test(digits)) continue;
      // "the two agreements", "between two companies": a count that refers back to the parties is no new claim.
      if (/\b(?:the|these|those|both|between)\s+$/i.test(text.slice(Math.max(0, index - 8), index))) continue;
      // "one key agreement": an article, not a count.
      if (word === 'one') continue;
      // "four major and minor projects": coordinated modifiers read as one.
      const noun = UNITS.some(([re]) => re.test(after)) ? after : after.replace(COORDINATED, '$1-$2 ');
      const listedUnit = UNITS.find(([re]) => re.test(noun));
      let unit = listedUnit?.[1] ?? null;
      const listed = unit !== null;
      const counted = unit ? null : COUNTED_NOUN.exec(noun);
      if (counted && !NOT_CHARTED.test(counted[2]!) && value !== 1) unit = counted[2]!;
      // What the count names, as written after the number ("joint investment projects"); the unit when it is carried over.
      const countedInNoun = listedUnit ? listedUnit[0].exec(noun)?.[0] : counted && unit === counted[2] ? counted[0] : undefined;
      // (`noun` may have "major and minor" joined as "major-minor": the same words as `after` wrote them.)
      const joined = noun !== after ? COORDINATED.exec(after) : null;
      const countedWords = joined && countedInNoun && countedInNoun.length > joined[1]!.length ? after.slice(0, countedInNoun.length + after.length - noun.length) : countedInNoun;
      // "500,000 ethnic Koreans ..., about 200,000 of which": the unit carries over.
      if (!unit && digits && /^of (?:which|whom|them)\b/.test(after)) unit = previousUnit;
      // "19 of the 33 critical minerals": a share of a counted whole, in the whole's unit.
      if (!unit && digits) unit = /^of (?:the |all )?\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}s)\b/.exec(after)?.[1] ?? null;
      // "granted for 40 years": the term of a loan, lease or concession.
      if (!unit && digits && /^years?\b/.test(after) && /\b(?:for|term of|period of|maturity of|tenor of)\s+$/.test(text.slice(0, index)) && FINANCING_TERM.test(text)) unit = 'years';
      if (!unit) continue;
      previousUnit = unit;
      // "three accords to carry out three large projects": the same count restated in other words is one claim.
      if (RESTATED.test(unit) && facts.some((f) => f.value === value && f.unit !== unit && RESTATED.test(f.unit) && f.evidence[0]!.start >= (ctx.sentences[si - 1]?.start ?? sentence.start))) continue;
      add(index, m[0].length, value, unit, listed ? 'facts.count' : 'facts.count.guessed-unit', countedWords ?? unit);
    }
  });
  // A section heading that repeats a fact of the body ("Korea is the second most important ...") adds nothing.
  const isHeading = (f: FactRecord) => !/[.!?”"]\s*$/.test(f.evidence[0]?.text ?? '.');
  return facts.filter((f) => !(isHeading(f) && facts.some((g) => g !== f && !isHeading(g) && g.value === f.value && g.unit === f.unit)));
}
