/**
 * When a deal was made: the day its sentence states ("on Friday", "today", "on the 9th",
 * "in 2007"), not a dateline glued to the sentence ("NEWSWIRE. March 3, 2011."); else the
 * day the article's opening says the event took place ("held ... on Thursday, 7 March").
 */
import type { PartialDate } from '../../types';
import type { ArticleContext } from '../context';
import { findStatedDates, type FoundDate } from '../dates';

/** A date at the head of a sentence, after a place or outlet and before ". ", "/" or "--": the dateline. */
function isDateline(text: string, date: FoundDate): boolean {
  const before = text.slice(0, date.index);
  const after = text.slice(date.index + date.text.length);
  return before.length <= 40 && !/\b(?:on|in|at|since|by|from|until)\s*$/i.test(before) && /^[\p{Lu}][\p{L}\s.,’'-]*$/u.test(before.trim() || 'X') && /^\s*(?:[./–—]|--|\(|,\s*\d{1,2}:\d{2})/.test(after);
}

/**
 * The date the sentence states for the deal, datelines aside: the first one after its verb
 * ("said on the 15th that it had signed ... on the 9th" -> the 9th), else the last before it.
 */
export function statedDate(text: string, referenceDate: string | null, anchor = 0): PartialDate | null {
  const dates = findStatedDates(text, referenceDate).filter((d) => !isDateline(text, d));
  return (dates.find((d) => d.index >= anchor) ?? dates.filter((d) => d.index < anchor).pop())?.date ?? null;
}

/** Whether a sentence says when (even a day it cannot resolve: "on Friday" in an undated article, "recently"). */
export const SAYS_WHEN = new RegExp(String.raw`\b(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|recently|yesterday|today|earlier|previously)\b|\bin (?:19|20)\d{2}\b`, 'i');

/** The day of the reported event, when the opening states it: "on Thursday, 7 March", not a bare dateline. */
export function eventDayOf(ctx: ArticleContext): PartialDate | null {
  for (const s of ctx.sentences) {
    if (s.paragraph > 1) break;
    for (const d of findStatedDates(s.text, ctx.referenceDate)) {
      const introduced = /\bon\s+(?:the\s+)?$/i.test(s.text.slice(0, d.index)) || /^on\b/i.test(d.text);
      if (introduced && d.date.length === 10 && (!ctx.referenceDate || d.date <= ctx.referenceDate)) return d.date;
    }
  }
  return null;
}
