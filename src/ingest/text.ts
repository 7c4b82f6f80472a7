/** Small text helpers shared by the stages. */

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Straight quotes and apostrophes, so patterns need not list every typographic variant. */
export function straightenQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

/**
 * The scorer's name normalization, reused for keys: NFKC, casefold, straight quotes,
 * dashes to spaces, periods/commas dropped, spaces collapsed, leading "the " dropped.
 */
export function normalizeName(text: string): string {
  let s = straightenQuotes(text.normalize('NFKC').toLowerCase());
  s = s.replace(/[\p{Pd}\u2212]/gu, ' ').replace(/[.,]/g, '');
  s = s.split(/\s+/).filter(Boolean).join(' ');
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** Alternation regex source for a list of literal phrases, longest first (so "South Korea" beats "Korea"). */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set([...phrases].filter((p) => p.length > 0))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map(escapeRegExp).join('|');
}

/** Unique values in first-seen order. */
export function uniq<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Word characters including letters of any script, digits and in-word apostrophes/hyphens. */
export const WORD_CHAR = "[\\p{L}\\p{N}]";

/** A capitalized word (Latin or Cyrillic initial capital). */
export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}
