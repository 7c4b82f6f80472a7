/** The verbs that report speech: "said", "stressed", "noted", "went on to say". */
export const REPORTING_VERBS = 'said|says|stated|states|noted|notes|emphasized|emphasised|emphasizes|stressed|stresses|underscored|underlined|highlighted|highlights|agreed(?!\\s+to\\b)|thanked|added|adds|confirmed|expressed|called on|called for|invited|urged|announced|pointed out|remarked|welcomed|reiterated|proposed|suggested|believes|sees|named|told|explained|assured|acknowledged|praised|mentioned|asserted|warned|insisted|wrote|declared|recalled|observed|argued|claimed|voiced|conveyed|went on saying|went on to say|continued(?!\\s+(?:to|a|an|the|its|their|with)\\b)|concluded(?!\\s+(?:a|an|the|two|three|\\d+|its|their|with)\\b)|replied|answered';

/**
 * Verbs of a reporting sentence: the above, and "agreed to" (a commitment the subject states:
 * "The two leaders agreed to forge ahead ...") and "was quoted as saying". Global: iterate with matchAll.
 */
export const REPORTED_VERB_RE = new RegExp(`\\b(?:${REPORTING_VERBS}|agreed|(?:was|is|were) quoted as saying)\\b`, 'g');

/** Verbs that only attribute at the end of a sentence: "…, reported the press-centre of X." */
export const TRAILING_VERBS = `${REPORTING_VERBS}|reported|informed`;
