/**
 * What a fact's number measures, as a short noun phrase an analyst can read in a list:
 * "bilateral trade" ($6 billion), "value of joint investment projects" ($854.4 million),
 * "joint ventures (more than)" (700), "largest uranium reserves" (rank 2). Found from the words
 * around the number without a parser:
 * - a count names its thing after the number: "700 joint ventures", "4,700 new jobs";
 * - an amount, share or rank names it in a noun right after ("a $2.6 billion deal", "a 40% stake")
 *   or, more often, in the noun phrase before the verb or preposition that leads to the number
 *   ("trade turnover reached $1.6 billion", "projects worth $854 million", "a budget of $10 million");
 * - otherwise the unit's generic measure ("amount", "share", "rank", "number").
 * A comparator before the number ("more than", "up to", "about") is kept in brackets: the value is a bound.
 */

/** "more than 700", "up to $2 billion", "about 40%". */
const COMPARATOR = /\b(more than|over|less than|under|up to|at least|about|around|approximately|roughly|nearly|almost|some|an estimated)\s+(?:a total of\s+|US\s+)?$/i;

/** "worth", "valued at", "costing": the number is the value of the phrase before. */
const VALUE_OF = new Set(['worth', 'valued', 'costing', 'cost', 'costs']);
/** "account for about 6 percent": the number is a share of something. */
const SHARE_LEADS = new Set(['account', 'accounts', 'accounted', 'accounting']);
/** Words that lead from a noun phrase to its number ("trade reached $6 billion"), dropped before the phrase is read. */
const LEAD_WORDS = new Set([
  'reached', 'reach', 'reaches', 'reaching', 'amounted', 'amounting', 'amounts', 'amount', 'totaled', 'totalled', 'totaling', 'totalling', 'totals', 'total',
  'stood', 'stands', 'exceeded', 'exceeds', 'exceeding', 'surpassed', 'surpassing', 'increased', 'increasing', 'grew', 'growing', 'rose', 'rising', 'climbed',
  'jumped', 'fell', 'dropped', 'decreased', 'hit', 'hits', 'expected', 'estimated', 'projected', 'set', 'planned',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'to', 'of', 'at', 'by', 'from',
  'with', 'for', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'more', 'than', 'less', 'up', 'least', 'a', 'an', 'the',
  'only', 'just', 'already', 'now', 'currently', 'reportedly', 'and', ...VALUE_OF, ...SHARE_LEADS,
]);

/** Words that end a noun phrase read backwards: verbs, conjunctions and prepositions other than "of". */
const PHRASE_BREAK = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whose', 'while', 'as', 'if', 'when', 'where', 'since', 'because', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'into', 'between', 'among', 'under', 'over', 'after', 'before', 'during', 'through', 'than', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'may', 'said', 'says', 'noted', 'added', 'signed', 'also', 'not', 'it', 'they', 'he', 'she', 'we', 'there', 'here',
  'what', 'such',
]);
/** Prepositions a noun phrase can hold between two nouns: "volume of investments from this country", "trade between the two countries". */
const INNER = new Set(['of', 'from', 'between', 'in']);
/** Time words after a number date it rather than name what it measures ("$1.6 billion last year"). */
const TIME_WORDS = /^(?:last|this|next|per|a|each|every|year|years|month|months|week|weeks|annually|today|yesterday)$/;
/** "$4 billion dollars": the currency again, not what is measured. */
const CURRENCY_WORDS = /^(?:dollars?|won|tenge|euros?|so['’]?ums?|sums|yen|yuan|rubles?|roubles?|usd)$/i;
/** After these a phrase starts with a verb: "to provide financial support", "will launch a project". */
const VERB_BEFORE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do']);
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|these|those|that|some|all|total)\s+/i;
/** Words that are nouns although they end like verbs. */
const NOUNS_IN_ED_ING = /^(?:funding|financing|spending|building|shipping|training|meeting|processing|manufacturing|mining|housing|lending|borrowing|banking|trading|offering|holding|rating|ranking|seed|need|speed|feed|bed|red)$/i;

const GENERIC: Record<string, string> = { percent: 'share', rank: 'rank' };
/** Money facts carry an ISO currency code as their unit. */
const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit);
const genericMeasure = (unit: string) => GENERIC[unit] ?? (isCurrency(unit) ? 'amount' : 'number');

/** The words of `text`, trailing dots and apostrophes dropped. */
const wordsOf = (text: string) => [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => m[0].replace(/[.’']+$/, ''));

/**
 * The noun phrase that ends `before` (the words before a number, lead words already dropped):
 * "the volume of bilateral trade" -> "volume of bilateral trade". Empty when the words end in a verb or a break.
 */
function phraseEnding(words: string[]): string[] {
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < 6; i--) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    const previous = words[i - 1]?.toLowerCase();
    if (INNER.has(lower) && phrase.length > 0 && previous !== undefined && !PHRASE_BREAK.has(previous) && !INNER.has(previous) && !/^\d/.test(previous)) {
      phrase.unshift(w);
      continue;
    }
    // "to secure", a number or a scale word ("15 joint ventures", "380 thousand tons"): the phrase ends here.
    if (PHRASE_BREAK.has(lower) || INNER.has(lower) || /^\d/.test(w) || /^(?:thousand|million|billion|trillion|hundred|dozen|percent|per|cent)$/i.test(w)) {
      // "to provide financial support": the first word is a verb, unless "to" leads to a name or a determiner ("exports to the country").
      if (VERB_BEFORE.has(lower) && phrase[0] && !/^(?:\p{Lu}|the$|a$|an$|its$|their$)/u.test(phrase[0])) phrase.shift();
      break;
    }
    const verbLike = /(?:ed|ing)$/i.test(w) && !NOUNS_IN_ED_ING.test(w);
    if (verbLike) {
      if (phrase.length === 0) return [];
      break;
    }
    phrase.unshift(w);
  }
  while (phrase[0] && INNER.has(phrase[0].toLowerCase())) phrase.shift();
  return phrase;
}

export interface NumberSpan {
  /** Where the number (with its currency sign or unit word) starts and ends in the sentence. */
  index: number;
  end: number;
}

/** The metric of a count: the counted phrase right after the number ("joint investment projects"). */
export function countMetric(sentence: string, span: NumberSpan, countedPhrase: string): string {
  return withBound(countedPhrase.trim().replace(/\s+/g, ' '), sentence, span);
}

/** Up to three words naming a thing, read forwards, with a possessive's noun or an "of" phrase: "natural gas reserves in the world" -> "natural gas reserves". */
const WORD_AFTER = String.raw`(?!(?:of|in|for|to|and|or|with|among|on|by|at|from|is|was|are|were|has|have|will|which|that)\b)[a-z][a-z-]*`;
const PHRASE_WORDS = String.raw`${WORD_AFTER}(?:\s+${WORD_AFTER}){0,2}`;
const PHRASE_AFTER = new RegExp(String.raw`^[\s-]*(${PHRASE_WORDS}(?:['’]s(?:\s+${WORD_AFTER}){1,2})?(?:\s+of\s+(?:the\s+)?${PHRASE_WORDS})?)`, 'i');

/** The metric of an amount, a share or a rank (see the module comment). */
export function measureMetric(sentence: string, span: NumberSpan, unit: string): string {
  const rest = sentence.slice(span.end);
  if (unit === 'rank') {
    // "the fourth-largest natural gas reserves": the superlative and what it ranks.
    const rank = sentence.slice(span.index, span.end).toLowerCase();
    const lead = /\btop\b/.test(rank) ? 'top' : /most important/.test(rank) ? 'most important' : /(largest|biggest|major|leading|most)/.exec(rank)?.[1] ?? '';
    const thing = PHRASE_AFTER.exec(rest)?.[1];
    // "top 5 largest investors": the superlative after the number says it already.
    if (thing) return withBound(/^(?:largest|biggest|leading|major|most)\b/i.test(thing) ? thing : `${lead} ${thing}`.trim(), sentence, span);
  } else if (unit === 'percent' && /^\s+of\s+/i.test(rest)) {
    // "40% of the global market": a share of it.
    const whole = PHRASE_AFTER.exec(rest.replace(/^\s+of\s+(?:the\s+|its\s+|their\s+)?/i, ''))?.[1];
    if (whole) return withBound(`share of ${whole}`, sentence, span);
  } else {
    // "a $2.6 billion deal to build ...", "a 40% stake": a noun right after names what the number measures.
    const after: string[] = [];
    for (const w of /^\s*(?:-\s*)?([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)/.exec(rest)?.[1]?.split(/\s+/) ?? []) {
      if (PHRASE_BREAK.has(w) || LEAD_WORDS.has(w) || INNER.has(w) || CURRENCY_WORDS.test(w) || /(?:ed|ly|ing)$/.test(w)) break;
      after.push(w);
    }
    if (after.length > 0 && !after.some((w) => TIME_WORDS.test(w))) return withBound(isCurrency(unit) ? `${after.join(' ')} value` : after.join(' '), sentence, span);
  }
  // Back from the number: drop the lead words, then read the noun phrase that ends there.
  const clause = sentence.slice(0, span.index).split(/[;:()]|,\s|\s[-–—]\s/).at(-1) ?? '';
  const words = wordsOf(clause);
  let valueOf = false;
  let share = false;
  while (words.length > 0 && LEAD_WORDS.has(words.at(-1)!.toLowerCase())) {
    const lead = words.pop()!.toLowerCase();
    valueOf ||= VALUE_OF.has(lead);
    share ||= SHARE_LEADS.has(lead);
  }
  // "... the Republic of Korea last year": the time is the fact's date, not its measure.
  while (words.length > 1 && /^(?:year|month|week|quarter)$/i.test(words.at(-1)!) && /^(?:last|this|next|the|same)$/i.test(words.at(-2)!)) words.splice(-2);
  const phrase = phraseEnding(words).join(' ').replace(DETERMINERS, '').replace(/^\d[\d,.]*\s+/, '');
  // A name ("Kazakhstan", "Eximbank of Korea") or nothing: say what kind of measure it is.
  const isName = phrase.split(' ').every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|the|for)$/.test(w));
  if (share || phrase === '' || isName) return withBound(valueOf ? 'value' : genericMeasure(unit), sentence, span);
  return withBound(valueOf ? `value of ${phrase}` : phrase, sentence, span);
}

function withBound(metric: string, sentence: string, span: NumberSpan): string {
  const bound = COMPARATOR.exec(sentence.slice(Math.max(0, span.index - 30), span.index));
  return bound ? `${metric} (${bound[1]!.toLowerCase()})` : metric;
}
