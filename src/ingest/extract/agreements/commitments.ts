/**
 * Deals reported without a document noun of their own:
 * - financing agreed: "Japan agreed to offer credit support worth up to $1.2 billion,
 *   including $300 million in soft loans" (a package, with its parts, is OTHER; one loan an AGREEMENT);
 * - a financing term of an agreement already reported: "Under the deal, Tokyo will extend
 *   $300 million in loans", "Ankara will also extend up to $900 million in export financing";
 * - joint undertakings: "X and Y agreed to set up a joint working group on ...".
 */
import type { AgreementKind } from '../../types';
import { MONEY } from './vocabulary';

const GIVE = String.raw`(?:provide|allocate|extend|grant|lend|offer|give|disburse)`;
const FINANCE_NOUN = String.raw`(?:loans?|credits?|credit lines?|financing|funding|grants?|aid|financial support|assistance)`;

export interface Commitment {
  title: string;
  kind: AgreementKind;
  quantity: string;
}

/** "agreed [Monday] to offer credit support worth up to $1.2 billion to X, including ..." */
const AGREED_FINANCING_RE = new RegExp(String.raw`\b(?:agreed|pledged|committed|promised|decided)\b(?:\s+[\w,]+){0,2}?\s+to\s+(${GIVE}\b[^.;]*?(${MONEY})[^.;,]*)(,\s+including\b)?`, 'i');

export function agreedFinancing(text: string): Commitment | null {
  const m = AGREED_FINANCING_RE.exec(text);
  if (!m || !new RegExp(FINANCE_NOUN, 'i').test(m[1]!)) return null;
  return { title: `Agreement to ${m[1]!.trim()}`, kind: m[3] ? 'OTHER' : 'AGREEMENT', quantity: m[2]! };
}

/** "will (also) extend up to $900 million in export financing": one financing term. */
const FINANCING_TERM_RE = new RegExp(String.raw`\bwill\s+(?:also\s+)?${GIVE}\b[^.;]{0,60}?(${MONEY})\s+in\s+((?:[\w-]+\s+){0,3}?${FINANCE_NOUN})\b`, 'i');
const UNDER_AGREEMENT = /\b(?:under|within the framework of|in line with) (?:the|this) (?:new )?(?:agreement|deal|memorandum|MoU|MOU|contract|package)\b/i;

/** A financing term of an agreement: under one named in the sentence, or after a package already reported. */
export function financingTerm(text: string, afterPackage: boolean): Commitment | null {
  if (!afterPackage && !UNDER_AGREEMENT.test(text)) return null;
  const m = FINANCING_TERM_RE.exec(text);
  if (!m) return null;
  return { title: `Agreement on ${m[1]} in ${m[2]}`, kind: 'AGREEMENT', quantity: `${m[1]} in ${m[2]}` };
}

/** A deal agreed without a document noun: "X and Y agreed to set up a joint working group on ...". */
const AGREED_TO_RE = /\b(?:agreed|decided)\s+to\s+((?:set up|establish|create|form|launch|hold|open|build|jointly \w+)\b[^.;:]{3,160}?)(?=[.;:]|$)/i;

export function agreedUndertaking(text: string): string | null {
  const m = AGREED_TO_RE.exec(text);
  return m ? `Agreement to ${m[1]!.replace(/[“”"]/g, '')}` : null;
}

/**
 * Talks toward a trade or investment agreement, agreed: "A and B agreed to launch negotiations on
 * an FTA", "agreed to quickly complete their joint study on a potential free trade agreement".
 * The agreement is to talk (AGREEMENT/ANNOUNCED); "discussed the possibility of" agrees nothing.
 */
const AGREED_TALKS_RE = /\b(?:agreed|decided)\s+to\s+((?:(?:quickly|swiftly|promptly|soon|jointly|officially|formally)\s+)?(?:launch|start|begin|open|resume|complete|conclude|finali[sz]e|speed up|accelerate|expedite|wrap up)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:negotiations?|talks|study|studies)\s+(?:on|for|of|toward|towards|about)\s+(?:an?\s+|the\s+)?(?:(?:potential|possible|bilateral|comprehensive|new)\s+)*(?:free trade agreement|FTA|economic partnership agreement|EPA|trade (?:agreement|pact|deal)|investment (?:agreement|treaty)))\b/i;

export function agreedTalks(text: string): { title: string; index: number; end: number } | null {
  const m = AGREED_TALKS_RE.exec(text);
  return m ? { title: `Agreement to ${m[1]!.replace(/^(?:quickly|swiftly|promptly|soon|jointly|officially|formally)\s+/i, '')}`, index: m.index, end: m.index + m[0].length } : null;
}
