/** The verbs that report speech: "said", "stressed", "noted", "went on to say". */
export const REPORTING_VERBS = 'said|says|stated|states|noted|notes|emphasized|emphasised|emphasizes|stressed|stresses|underscored|underlined|highlighted|highlights|agreed(?!\\s+to\\b)|thanked|added|adds|confirmed|expressed|called on|called for|invited|urged|announced|pointed out|remarked|welcomed|reiterated|proposed|suggested|believes|sees|named|told|explained|assured|acknowledged|praised|mentioned|asserted|warned|insisted|wrote|declared|recalled|observed|argued|claimed|voiced|conveyed|went on saying|went on to say|continued|concluded|replied|answered';

/** The first reporting verb of a text (global: reset lastIndex before exec). */
export const REPORTING_VERB_RE = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'g');
