// fast-check arbitraries for hostile article text, shared by the pipeline's
// property test (tests/unit/ingest/robustness.test.ts) and the loader's
// (tests/integration/hostile-load.test.ts). Noise (any code point, lone
// surrogates, control and invisible characters, HTML, stray quotes, mixed
// scripts) is mixed with news-like pieces and whole news-shaped sentences,
// so the extractor's rules for countries, organizations, persons,
// statements, agreements and facts actually fire on much of what is generated.
import fc from 'fast-check';
import type { SourceMetadata } from '../../src/ingest/pipeline';

/** Fixed seeds: every run generates the same texts; a failure prints the seed and the path to replay it. */
export const PIPELINE_PROPERTY_SEED = 20_240_612;
export const LOADER_PROPERTY_SEED = 20_230_627;

const COUNTRIES = ['Korea', 'South Korea', 'the Republic of Korea', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'China', 'Russia', 'Japan'];
const CITIES = ['Seoul', 'Astana', 'Tashkent', 'Almaty', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Samarkand'];
const PERSONS = [
  'President Kassym-Jomart Tokayev',
  'President Shavkat Mirziyoyev',
  'President Yoon Suk Yeol',
  'Foreign Minister Kim Sung-hwan',
  'Prime Minister Han Duck-soo',
  'Ambassador Lee Jong-hoon',
  'President X',
  'Park',
  'Tokayev',
  'Kim Tae-hyo',
];
const ORGANIZATIONS = [
  'Korea International Cooperation Agency (KOICA)',
  'Korea Electric Power Corporation (KEPCO)',
  'Korea Rural Community Corporation (KRC)',
  'Samsung C&T',
  'Kazatomprom',
  'the Ministry of Energy',
  'the Embassy of Korea',
  'Uzbekneftegaz',
  'KOICA (',
  'the Asian Development Bank (ADB)',
];
const VERBS = ['said', 'says', 'told reporters', 'noted', 'stressed', 'he added', 'announced', 'agreed', 'signed a memorandum', 'signed a memorandum of understanding', 'signed an agreement', 'signed 11 agreements', 'launched a joint venture', 'adopted a roadmap'];
const AMOUNTS = ['$6 billion', 'US$300 million', '$15 million', '40%', '6 percent', '1.2 trillion won', '33.6 billion tons', '30,000 farmers', '11 agreements', '₩5 billion'];
const DATES = ['June 12, 2024', '12 June 2024', '2024-06-12', ' date 2024-01-01', 'on Wednesday', 'in 2023', 'May 2022', '2024-02-30', '31 September 2021', '1899-01-01'];
const SECTORS = ['uranium', 'energy', 'railway', 'healthcare', 'agriculture', 'critical minerals', 'IT', 'textiles', 'finance'];
const WORDS = ['the', 'of', 'and', 'a', 'on', 'in', 'with', 'for', 'cooperation', 'partnership', 'forum', 'talks', 'deal', 'project', 'supply', 'Central Asia', 'Korea–Central Asia', '(…)', '(...)', 'c4.730x400', 'c42.760x0-is'];
const PUNCTUATION = ['.', ',', ':', ';', '(', ')', '—', '―', '-', '...', '…', '!', '?', '///', '|', '#', '©', '»', '>'];
const QUOTES = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '""', '“ “', '” ”', '「', '」'];
const HTML = [
  '<p>', '</p>', '<b>', '</b>', '<br/>', '<div class="x">', '</div>', '<a href="https://example.org/?a=1&b=2">', '</a>',
  '<script>alert("x")</script>', '<style>p{}</style>', '<!-- comment -->', '<![CDATA[ x ]]>', '<img src=x onerror=alert(1)>',
  '&amp;', '&nbsp;', '&lt;', '&gt;', '&quot;', '&#8220;', '&#x201D;', '&#0;', '&bogus;', '<', '>',
];
const SCRIPTS = [
  '대한민국', '한국', '서울', '카자흐스탄', '우즈베키스탄', '대통령이 말했다',
  'Казахстан', 'Узбекистан', 'Сотрудничество', 'Президент Токаев сказал',
  'Қазақстан', 'Ұлттық', 'әңғүұқөһі', 'Oʻzbekiston', 'Toshkent', 'gʻalla', 'Oʻzbekiston Respublikasi',
  '中华人民共和国', 'العربية', 'עברית', 'ไทย', '😀', '🇰🇷', '👍🏽', 'e\u0301', 'ﬁ', 'Ω',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2028', '\u2029', '\ufeff', '\u00a0', '\u00ad', '\u3000', '\ufffd'];
const SEPARATORS = [' ', ' ', ' ', '', '  ', '\n', '\n\n', '\r\n', '\t', '\n\n\n'];

const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Sentences shaped like the seed articles', with random parts. */
const newsSentence = fc.oneof(
  fc.tuple(fc.constantFrom(...PERSONS), fc.constantFrom(...QUOTES), fc.constantFrom(...COUNTRIES), fc.constantFrom(...SECTORS), fc.constantFrom(...QUOTES)).map(
    ([person, open, country, sector, close]) => `${open}${country} is a key partner in ${sector},${close} ${person} said.`,
  ),
  fc.tuple(fc.constantFrom(...COUNTRIES), fc.constantFrom(...COUNTRIES), fc.constantFrom(...SECTORS), fc.constantFrom(...DATES), fc.constantFrom(...CITIES)).map(
    ([a, b, sector, date, city]) => `${a} and ${b} signed a memorandum of understanding on ${sector} cooperation in ${city} ${date}.`,
  ),
  fc.tuple(fc.constantFrom(...ORGANIZATIONS), fc.constantFrom(...AMOUNTS), fc.constantFrom(...COUNTRIES), fc.constantFrom(...SECTORS)).map(
    ([org, amount, country, sector]) => `${org} will invest ${amount} in ${country}'s ${sector} sector, the ministry said.`,
  ),
  fc.tuple(fc.constantFrom(...PERSONS), fc.constantFrom(...PERSONS), fc.constantFrom(...AMOUNTS)).map(
    ([a, b]) => `${a} held talks with ${b}, and the sides signed 11 agreements worth $6 billion.`,
  ),
  fc.tuple(fc.constantFrom(...PERSONS), fc.constantFrom(...COUNTRIES), fc.constantFrom(...AMOUNTS)).map(
    ([person, country, amount]) => `According to ${person}, trade between Korea and ${country} reached ${amount} last year.`,
  ),
);

const piece = fc.oneof(
  { weight: 6, arbitrary: newsSentence },
  { weight: 3, arbitrary: fc.constantFrom(...COUNTRIES, ...CITIES, ...PERSONS, ...ORGANIZATIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...VERBS, ...AMOUNTS, ...DATES, ...SECTORS, ...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION, ...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 10 }) },
);

/** Hostile article text: up to `maxPieces` pieces, each followed by a space, nothing, a line break or a paragraph break. */
export function hostileText(maxPieces = 120): fc.Arbitrary<string> {
  return fc
    // size 'max': lengths spread up to maxPieces (fast-check's default size would stop near 10 pieces).
    .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: maxPieces, size: 'max' })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

/** Metadata a caller may pass along, hostile too (invalid dates, huge or blank titles). */
export const hostileMetadata: fc.Arbitrary<SourceMetadata> = fc.record(
  {
    title: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '   ', '<b>Title</b>', '“Unbalanced'))),
    publisher: fc.option(fc.string({ unit: 'grapheme', maxLength: 20 })),
    publishedOn: fc.option(fc.oneof(fc.constantFrom('2024-06-12', '2024-02-30', '12 June 2024', '', '0000-00-00', '9999-12-31'), fc.string({ maxLength: 12 }))),
    url: fc.option(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'not a url', '')),
  },
  { requiredKeys: [] },
);
