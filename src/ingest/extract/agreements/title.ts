/**
 * An agreement's short title, read off the words around its document noun: the modifiers
 * before it ("$160mn loan agreement", "comprehensive memorandum") and its complement after
 * it ("on mutual recognition of diplomas ...", "between A and B", "entitled “...”"), cut where
 * a time, a new clause or the next document begins.
 */
import type { AgreementKind } from '../../types';
import { MONTHS } from '../../clean';

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Words that end the modifiers walked back from the document noun. */
const MODIFIER_STOP = /^(?:a|an|the|another|this|that|these|those|its|their|his|her|our|of|on|in|at|by|for|with|and|or|to|as|has|have|had|was|were|is|are|be|been|will|also|sign|signs|signed|signing|exchange|exchanged|won|win|awarded|landed|ink|inks|inked|pen|pens|penned|seal|sealed|secure|secured|secures|strike|strikes|struck|clinch|clinched|resulted|reach|reached|conclude|concluded|agreed|initialed|initialled|including|include|includes|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|number)$/i;
const MODIFIER = /^(?:[$€][\d.,]+\w*|million|billion|mn|mln|bn|bln|[\p{L}][\p{L}’'-]*)$/u;

function modifiersBefore(text: string, index: number): string {
  const words = text.slice(Math.max(0, index - 80), index).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i--) {
    const word = words[i]!;
    if (MODIFIER_STOP.test(word) || !MODIFIER.test(word)) break;
    kept.unshift(word);
  }
  return kept.join(' ');
}

const COMPLEMENT_START = /^(?:\([^()]{1,30}\)\s*)?(?:(?:recently|also|today|yesterday|earlier)\s+)?((?:on|for|of|to|between|with|about|regarding|entitled|titled|called|named|providing for|aimed at|under which|worth)\b[\s\S]*)$/i;

/** Where a document's name ends. */
const COMPLEMENT_END = new RegExp(
  [
    String.raw`[.;:!?](?!\d)|[”"»]`,
    String.raw`,\s+(?=which|who|as|while|including|in|on|at|during|said|according|the|it|[A-Z])`,
    String.raw`\s+(?:and|as well as)\s+(?:an?|the)\s+(?=[A-Z]|memorand|agreement|contract|protocol|roadmap|program|plan|joint|deal)`,
    String.raw`\s+(?:which|that|who|and both)\b`,
    String.raw`\s+(?:was|were|is|are|has been|have been|will be)\s`,
    String.raw`\s+(?:on|in|at)\s+(?:the\s+)?(?:\d|(?:${WEEKDAYS})\b|(?:${MONTHS})\b|sidelines\b|occasion\b|margins?\b)`,
    String.raw`\s+(?:today|yesterday|recently|last|earlier|this (?:week|month|year))\b`,
  ].join('|'),
  'i',
);

const COMPLEMENT_ENDS = new RegExp(COMPLEMENT_END.source, 'gi');
/** "and the <Name>" right after "between A": the second party, not the next document ("... and the Kyrgyz Republic for 2025-2027"). */
const SECOND_PARTY = /^\s+(?:and|as well as)\s+(?:an?|the)\s+(?!(?:memorand|agreement|contract|protocol|roadmap|program|plan|joint|deal)\w*)/i;

export function complementOf(tail: string): string {
  const start = COMPLEMENT_START.exec(tail.replace(/^[\s,]+/, ''));
  if (!start) return '';
  const text = start[1]!.slice(0, 220);
  const between = text.search(/\bbetween\b/i);
  let end = -1;
  let secondParty = false;
  for (const m of text.matchAll(COMPLEMENT_ENDS)) {
    if (between >= 0 && m.index > between && !secondParty && SECOND_PARTY.test(m[0] + text.slice(m.index + m[0].length))) {
      secondParty = true;
      continue;
    }
    end = m.index;
    break;
  }
  return (end >= 0 ? text.slice(0, end) : text.slice(0, 180)).trim();
}

export function titleOf(kind: AgreementKind, text: string, docIndex: number, docText: string, quantity: string | null = null): string {
  const complement = complementOf(text.slice(docIndex + docText.length));
  const modifiers = modifiersBefore(text, docIndex);
  const lead = quantity && !quantity.toLowerCase().includes(docText.toLowerCase()) ? `${quantity} in` : quantity ? '' : modifiers;
  const head = quantity && quantity.toLowerCase().includes(docText.toLowerCase()) ? quantity : docText;
  const title = `${lead} ${head} ${complement}`.trim().replace(/\s+/g, ' ');
  return title ? title.charAt(0).toUpperCase() + title.slice(1) : kind;
}

/** A list item as a title: the bullet and the closing punctuation dropped. */
export function itemTitle(item: string): string {
  const title = item.replace(/^\s*(?:[-–—•*·▪●◦]|\d{1,2}[.)])\s*/, '').replace(/^(?:an?|the)\s+/i, '').replace(/[\s;,.]+$/, '').trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}
