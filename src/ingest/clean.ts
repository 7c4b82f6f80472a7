/**
 * Clean stage: raw scraped text -> CleanArticle.
 *
 * Works line by line (scraped pages keep one paragraph per line): drops site
 * boilerplate, strips caption debris glued to words, lifts header/dateline
 * fragments into metadata (title, publisher, publishedOn) and joins the kept
 * lines into paragraphs separated by one blank line. Never invents a date.
 */
import type { CleanArticle, Span } from './types';
import { loadOrganizationReference } from './reference';

/** Month names as a regex alternation (also used by extract/agreements.ts). */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A month written out or abbreviated the way wire datelines do ("Sept.", "Jan"). */
const MONTH_NAME = `(?:${MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;

/** 1-12 for a month name or its abbreviation (the first three letters decide). */
function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS.split('|').findIndex((m) => m.toLowerCase().startsWith(prefix)) + 1;
}

/** Whole lines that are site chrome, never article text. */
const BOILERPLATE_LINES: RegExp[] = [
  /^back to top$/i,
  /^please enter your (comment|name|email)( here)?!?$/i,
  /^(leave a (reply|comment)|related (posts|articles|news)|share this( article)?:?|you may also like|most popular|latest news|subscribe.*|sign up.*|advertisement|loading\.*)$/i,
  /^(share( on)?|tweet|facebook|twitter|whatsapp|telegram|linkedin|email|print|copy link|vk|reddit|pinterest)([\s|,:]+(facebook|twitter|whatsapp|telegram|linkedin|email|print|vk|reddit|pinterest|copy link))*$/i,
  /^\d[\d,.]*\s*(views?|reads?|comments?)\b.{0,40}$/i,
  /^(read|read more|read also|see also|also read|related)\s*:.*$/i,
  /^(courtesy|source|photo|photos|image|images|credit|credits)\s*[:|].*$/i,
  /^#[\p{L}\p{N}_]+([,\s]+#[\p{L}\p{N}_]+)*[,\s]*$/u,
  /^(home|main)(\s*[>»/|]\s*|\s+)(news|world|politics|economy|business|society|region|world news)\b.*$/i,
  /^[\p{L} ]{0,30}\bdesk$/iu,
  /^(tags?|categories|filed under)\s*:.*$/i,
  /^©|^copyright\b/i,
];

/** Image-caption debris a scraper glues to the next word: "c42.760x0-isKazakhstan", "c4.730x400During". */
const CAPTION_DEBRIS = /\bc\d{1,4}(?:\.\d{1,4})?x\d{1,4}(?:-[a-z]{1,3})?(?=\p{Lu})/gu;

/** Header fragment " date 2023-06-27" at the very start of a page. */
const DATE_HEADER = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b\s*/i;

/** A line that is only a date: "June 12, 2024", "12 June 2024", "2024-06-12". */
const DATE_ONLY_LINE = new RegExp(
  `^(?:(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTHS}),?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);

/** Closing dateline glued to the last paragraph: " ///nCa, 27 June 2023 (based on postings by The Korea Times)". */
const DATELINE = new RegExp(
  `\\s*/{2,}\\s*([\\p{L}][\\p{L}\\p{N}. &'-]{0,40}?),\\s*(\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4})(\\s*\\([^()\\n]{0,200}\\))?\\s*$`,
  'iu',
);

/**
 * Wire-style opening dateline: "TASHKENT, May 14, 2024 (UzDaily) -- …", "SEOUL, June 12 (Yonhap) — …".
 * It dates the article (when it states the year) and names the outlet; the text stays in the body.
 */
const OPENING_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.' -]{1,40},\\s*(${MONTH_NAME}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTHS})(?:,?\\s+\\d{4})?)\\s*(?:\\(([^()\\n]{2,60})\\))?\\s*(?:--|—|–|-)\\s`,
  'u',
);

/** Photo credit after the header: "Images | Kazakh MFA". */
const PHOTO_CREDIT = /^(images?|photos?|photo credit)\s*[|:].*$/i;

export interface CleanOptions {
  /** Maximum characters kept; longer input is cut so that every later stage stays fast. */
  maxLength?: number;
}

export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** "June 12, 2024" / "Sept. 3, 2023" / "12 June 2024" / "2024-06-12" -> ISO date; no year stated, no date. */
export function parseStatedDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i').exec(t);
  if (m) return isoFromParts(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = new RegExp(`^(\\d{1,2})\\s+(${MONTHS}),?\\s+(\\d{4})$`, 'i').exec(t);
  if (m) return isoFromParts(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  return null;
}

/** Outlet name for an abbreviation seen in a dateline ("nCa" -> "News Central Asia"), else the text itself. */
function outletName(abbreviation: string): string {
  const wanted = abbreviation.trim();
  for (const org of loadOrganizationReference()) {
    if (org.kind !== 'MEDIA') continue;
    if (org.name === wanted || org.acronyms.includes(wanted) || org.aliases.includes(wanted)) return org.name;
  }
  return wanted;
}

/** Control characters (except tab/newline) and zero-width characters become nothing; other whitespace a space. */
function normalizeCharacters(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n');
}

const WIRE_HEADLINE_TAG = /^\((?:LEAD|URGENT|UPDATE\s*\d*|CORRECTED|\d+(?:st|nd|rd|th)\s+LD|News Focus|News Analysis|Interview|[\p{L} ]{1,20}\s+Interview|EDITORIAL|Photo)\)\s*/iu;

/** A headline-like line: short, several words, no sentence-final period. */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length <= 160 && words >= 3 && !/[.:;,]$/.test(line) && /^[\p{Lu}\p{N}"“‘']/u.test(line);
}

export function cleanArticle(raw: string, options: CleanOptions = {}): CleanArticle {
  const maxLength = options.maxLength ?? 200_000;
  let text = normalizeCharacters(typeof raw === 'string' ? raw : '');
  if (text.length > maxLength) text = text.slice(0, maxLength);

  let publishedOn: string | null = null;
  let publisher: string | null = null;

  const header = DATE_HEADER.exec(text);
  if (header) {
    publishedOn = isoFromParts(Number(header[1]), Number(header[2]), Number(header[3]));
    text = text.slice(header[0].length);
  }

  // No word of news prose is this long: such runs are encoded or minified debris, and dropping
  // them keeps every later pattern linear in the text size.
  text = text.replace(/\S{200,}/g, '');

  let lines = text.split('\n').map((l) => l.replace(CAPTION_DEBRIS, '').replace(/ {2,}/g, ' ').trim());

  // Closing dateline: dates the page and names its outlet.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!line) continue;
    const m = DATELINE.exec(line);
    if (m) {
      publisher = outletName(m[1]!);
      publishedOn ??= parseStatedDate(m[2]!);
      lines[i] = line.slice(0, m.index).trim();
    }
    if (!BOILERPLATE_LINES.some((re) => re.test(line)) || m) break;
  }

  // A bare "Read also:" line introduces the teaser headline on the next line: both go.
  lines = lines.filter((l, i) => !(i > 0 && /^(read|read more|read also|see also|also read|related)\s*:\s*$/i.test(lines[i - 1]!) && looksLikeHeadline(l)));
  lines = lines.filter((l) => l.length > 0 && !BOILERPLATE_LINES.some((re) => re.test(l)) && !PHOTO_CREDIT.test(l));

  // A date alone on the last line is the page's dateline.
  while (lines.length > 0 && DATE_ONLY_LINE.test(lines[lines.length - 1]!)) {
    publishedOn ??= parseStatedDate(lines[lines.length - 1]!);
    lines.pop();
  }

  // Repeated lines (headline printed twice by the page template) are kept once.
  const seen = new Set<string>();
  lines = lines.filter((l) => {
    if (l.length <= 200) {
      if (seen.has(l)) return false;
      seen.add(l);
    }
    return true;
  });
  // Breadcrumb lines that end with the headline ("Home World News <headline>").
  lines = lines.filter((l, i) => !lines.some((other, j) => j !== i && other.length >= 15 && l.length > other.length && l.endsWith(' ' + other) && l.length - other.length < 40));

  let title: string | null = null;
  // Wire services tag their headlines: "(LEAD) ...", "(2nd LD) ...", "(News Focus) ...".
  const headline = lines[0]?.replace(WIRE_HEADLINE_TAG, '') ?? '';
  if (lines.length > 1 && looksLikeHeadline(headline)) {
    lines.shift();
    title = headline;
  }

  const opening = lines[0] ? OPENING_DATELINE.exec(lines[0]) : null;
  if (opening) {
    publishedOn ??= parseStatedDate(opening[1]!);
    if (opening[2]) publisher ??= outletName(opening[2]);
  }

  const body = lines.join('\n\n');
  return { title, publisher, publishedOn, body, paragraphs: paragraphsOf(body) };
}

/** The paragraph spans of a cleaned body (its paragraphs are separated by one blank line). */
export function paragraphsOf(body: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of body ? body.split('\n\n') : []) {
    paragraphs.push({ start, end: start + line.length });
    start += line.length + 2;
  }
  return paragraphs;
}
