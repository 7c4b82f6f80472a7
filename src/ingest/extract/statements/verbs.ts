/**
 * The verbs that report speech: "said", "stressed", "noted", "went on to say". "continued" reports
 * speech only before "that", a colon, a quote or the end of the attribution ("as the minister
 * continued his tour" is travel, not speech); "noted for" describes, it does not report.
 */
const SPEECH_VERBS = 'said|says|stated|states|noted(?!\\s+for\\b)|notes(?!\\s+for\\b)|emphasized|emphasised|emphasizes|stressed|stresses|underscored|underlined|highlighted|highlights|agreed(?!\\s+to\\b)|thanked|added|adds|confirmed|expressed|called on|called for|invited|urged|announced|pointed out|remarked|welcomed|reiterated|proposed|suggested|believes|sees|named|told|explained|assured|acknowledged|praised|mentioned|asserted|warned|insisted|wrote|declared|recalled|observed|argued|claimed|voiced|conveyed|went on saying|went on to say|concluded(?!\\s+(?:a|an|the|two|three|\\d+|its|their|his|her|with)\\b)|replied|answered';
export const REPORTING_VERBS = `${SPEECH_VERBS}|continued(?=\\s*(?:that\\b|[:,.;]|[“"«]|$))`;

/**
 * Verbs that report speech only with a clause or a briefing topic after them ("the ministry informs
 * that ...", "X reported that ...", "X briefed the minister on ...") or, for "informs"/"comments", at
 * the end ("..., the ministry informs."); "reported a profit" or "informed the public" alone is not
 * a statement, nor a closing credit ("... took place in Seoul, the press service of X reports.").
 */
const CLAUSE_VERBS = '(?:reported|reports|informed|informs|commented|comments)(?=\\s+(?:that\\b|on\\s+\\w+day\\s+that\\b)|\\s*:)|(?:informs|comments)(?=\\s*\\.?\\s*$)|briefed(?=\\s+[^.;]{2,60}?\\s+(?:on|about)\\s)';

/**
 * Verbs of a reporting sentence: the above, and "agreed to" (a commitment the subject states: "The
 * two ministers agreed to open a trade house ...") and "was quoted as saying". Global: iterate with matchAll.
 */
export const REPORTED_VERB_RE = new RegExp(`\\b(?:${REPORTING_VERBS}|${CLAUSE_VERBS}|agreed|(?:was|is|were) quoted as saying)\\b`, 'g');

/** Verbs that only attribute at the end of a sentence: "…, reported the press office of X." */
export const TRAILING_VERBS = `${SPEECH_VERBS}|continued|reported|informed|informs|reports`;

/** "<Outlet> reports via the Ministry of X that ...", "..., the agency writes citing the embassy": the source is the speaker, never the outlet. */
export const VIA_SOURCE = /\b(?:reports?|reported|informs?|informed|writes|wrote)\s*,?\s+(?:via|citing|quoting|with reference to|referring to)\s+(.{2,100}?)(?=\s+that\b|\s*[,:.]|$)/i;

/** Verbs that attribute a quote next to it: the above, and a body's "reports", "informs", "comments" ("“…,” the company comments."). */
export const QUOTE_VERBS = `${SPEECH_VERBS}|continued|reported|reports|informed|informs|commented|comments`;
