/**
 * Dates through chrono-node, reported as precisely as the text states them
 * ("2024", "2024-06", "2024-06-12"). Relative dates ("on Friday", "on April 26")
 * are resolved backwards from the article's publication date (news reports the
 * past); without a reference date they stay null.
 */
import * as chrono from 'chrono-node';
import type { PartialDate } from '../types';

export interface FoundDate {
  /** Offset of the date expression within the searched text. */
  index: number;
  text: string;
  date: PartialDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Noon UTC of an ISO date, so time zones never move the day. */
function referenceInstant(referenceDate: string): Date {
  return new Date(`${referenceDate.slice(0, 10)}T12:00:00Z`);
}

/** The most recent `weekday` (0 = Sunday) on or before the reference date. */
function previousWeekday(reference: Date, weekday: number): Date {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  return new Date(reference.getTime() - back * 86_400_000);
}

/** Years a news text names as such, not as identifiers ("World Expo 2030" is caught too; callers filter). */
function plausibleYear(y: number): boolean {
  return y >= 1950 && y <= 2100;
}

/**
 * Every date expression in `text`, resolved against `referenceDate` (ISO, or null).
 * A date whose year is not stated needs a reference date; otherwise it is skipped.
 */
export function findDates(text: string, referenceDate: string | null): FoundDate[] {
  if (!text || text.length > 50_000) return [];
  const reference = referenceDate ? referenceInstant(referenceDate) : null;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false });
  } catch {
    return [];
  }
  const found: FoundDate[] = [];
  for (const r of results) {
    const c = r.start;
    const yearStated = c.isCertain('year');
    const monthStated = c.isCertain('month');
    const dayStated = c.isCertain('day');
    const weekdayOnly = c.isCertain('weekday') && !dayStated && !monthStated;
    // Times of day and bare numbers chrono sometimes reads as dates are not dates here.
    if (!yearStated && !monthStated && !dayStated && !weekdayOnly) continue;
    if (!/[A-Za-z]/.test(r.text) && !/\d{4}-\d{2}-\d{2}/.test(r.text)) continue;
    // Without a reference date, words alone ("today", "in the day") name no day: the stand-in reference must not leak out.
    if (!reference && !/\d/.test(r.text)) continue;
    let date: string | null = null;
    if (weekdayOnly) {
      if (reference) date = isoDay(previousWeekday(reference, c.get('weekday') ?? 0));
    } else if (yearStated) {
      const y = c.get('year') ?? 0;
      if (!plausibleYear(y)) continue;
      if (dayStated) date = `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
      else if (monthStated) date = `${y}-${pad(c.get('month') ?? 1)}`;
      else if (/\b(19|20)\d{2}\b/.test(r.text)) date = String(y);
    } else if (reference && monthStated) {
      // "on April 26" in a 2023-06-27 article: the most recent April 26.
      const month = c.get('month') ?? 1;
      const day = dayStated ? c.get('day') ?? 1 : 1;
      let y = reference.getUTCFullYear();
      const candidate = `${y}-${pad(month)}-${pad(day)}`;
      if (candidate > isoDay(reference)) y -= 1;
      date = dayStated ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
    }
    if (date) found.push({ index: r.index, text: r.text, date });
  }
  return found;
}

/** The first date stated in `text`, or null. */
export function firstDate(text: string, referenceDate: string | null): PartialDate | null {
  return findDates(text, referenceDate)[0]?.date ?? null;
}

/** "2023-24", "2008-2009", "2022-2024": periods, not days (and chrono misreads what follows them). */
const YEAR_RANGE = /\b(?:19|20)\d{2}\s?[-–]\s?(?:(?:19|20)\d{2}|\d{2})\b/g;
/** "on the 9th": a day of the reference month. */
const DAY_OF_MONTH = /\bon the (\d{1,2})(?:st|nd|rd|th)\b/gi;
/** "in 2007": a year stated alone. */
const BARE_YEAR = /\bin ((?:19|20)\d{2})\b(?!\s?[-–]\s?\d)/i;

/**
 * The dates a sentence states for something that happened, as precisely as stated: what
 * findDates reads, with year ranges set aside, plus "on the 9th" (a day of the reference
 * month, or of the month before when that day is still to come) and a bare "in 2007".
 */
/** Words without which a text states no date (a cheap test before the parser). */
const DATE_CUE = new RegExp(`\\d|\\b(?:${['today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'last', 'next', 'this', 'ago'].join('|')})`, 'i');

export function findStatedDates(text: string, referenceDate: string | null): FoundDate[] {
  if (!DATE_CUE.test(text)) return [];
  const masked = text.replace(YEAR_RANGE, (m) => ' '.repeat(m.length));
  const found = findDates(masked, referenceDate).map((d) => ({ ...d, text: text.slice(d.index, d.index + d.text.length) }));
  for (const day of referenceDate ? masked.matchAll(DAY_OF_MONTH) : []) {
    if (found.some((d) => d.index <= day.index! && day.index! < d.index + d.text.length)) continue;
    const [y, m, d] = referenceDate!.slice(0, 10).split('-').map(Number) as [number, number, number];
    const wanted = Number(day[1]);
    const back = wanted > d;
    const month = back ? (m === 1 ? 12 : m - 1) : m;
    const year = back && m === 1 ? y - 1 : y;
    if (wanted >= 1 && wanted <= 31) found.push({ index: day.index!, text: day[0], date: `${year}-${pad(month)}-${pad(wanted)}` });
  }
  const year = BARE_YEAR.exec(masked);
  if (year && !found.some((d) => d.text.includes(year[1]!))) {
    found.push({ index: year.index, text: year[0], date: year[1]! });
  }
  return found.sort((a, b) => a.index - b.index);
}
