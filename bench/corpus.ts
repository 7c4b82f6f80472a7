/**
 * A deterministic synthetic news corpus for the benchmarks: article TEXTS
 * shaped like the seed articles (scraped pages about Korea–Central Asia
 * relations), meant to go through the real ingest pipeline.
 *
 * - Deterministic: article i depends only on (seed, i), so the same seed gives
 *   byte-identical output, and a republished copy of article j is made by
 *   generating j again: nothing is kept between articles (constant memory).
 * - Realistic skew: organizations and persons are drawn by a Pareto-like rank
 *   (a few very frequent, a long tail that grows with N); rank r always names
 *   the same entity, so entities are shared across articles and merge in the loader.
 * - Shapes the extractors know: titled people ("Minister of Energy of
 *   Kazakhstan Nurlan Abdrakhmanov"), MoUs/contracts/joint ventures signed
 *   between parties with sectors and amounts, quotes with speakers, reported
 *   speech, facts with numbers, scraped-page debris (header dates, datelines,
 *   "Back To Top", hashtags).
 * - Republished duplicates (~3 %): an earlier article again under another
 *   outlet, half verbatim (the loader finds its content hash and skips it),
 *   half with an added line (a new article whose records merge, gaining evidence).
 */
import { createHash } from 'node:crypto';
import organizationsJson from '../seed/reference/organizations.json';
import namesJson from '../seed/reference/names.json';

export interface GeneratedArticle {
  fileName: string;
  text: string;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
}

export const DEFAULT_CORPUS_SEED = 20_240_612;

/** Share of articles that republish an earlier one under another outlet. */
const REPUBLISHED_SHARE = 0.03;

// ------------------------------------------------------------------ randomness

/** mulberry32: a tiny, well-known 32-bit PRNG; plenty for text generation and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed derived from the corpus seed and a label ("article", 42): independent streams per thing. */
function subSeed(seed: number, label: string, index: number): number {
  return createHash('sha256').update(`${seed}:${label}:${index}`).digest().readUInt32LE(0);
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Distinct items, in random order. */
  pickSome<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  /**
   * A rank 0, 1, 2, ... with a heavy tail: P(rank >= r) ~ (r + 1)^-alpha, capped at max.
   * alpha ~ 1 gives news-like skew: the top few entities in most articles, thousands seen once.
   */
  rank(alpha: number, max: number): number {
    const r = Math.floor(Math.pow(1 - this.next(), -1 / alpha)) - 1;
    return Math.min(r, max - 1);
  }
}

// ------------------------------------------------------------------ world

type Iso2 = 'KR' | 'KZ' | 'UZ' | 'KG' | 'TJ' | 'TM';
type CentralAsian = Exclude<Iso2, 'KR'>;

interface CountryInfo {
  name: string;
  adjective: string;
  capital: string;
  cities: string[];
  regions: string[];
}

const COUNTRIES: Record<Iso2, CountryInfo> = {
  KR: { name: 'Korea', adjective: 'Korean', capital: 'Seoul', cities: ['Seoul', 'Busan', 'Incheon', 'Daejeon', 'Ulsan'], regions: ['Gyeonggi Province', 'Jeju'] },
  KZ: { name: 'Kazakhstan', adjective: 'Kazakh', capital: 'Astana', cities: ['Astana', 'Almaty', 'Shymkent', 'Aktobe', 'Atyrau'], regions: ['Turkistan region', 'Mangystau region', 'Karaganda region'] },
  UZ: { name: 'Uzbekistan', adjective: 'Uzbek', capital: 'Tashkent', cities: ['Tashkent', 'Samarkand', 'Bukhara', 'Navoi', 'Fergana'], regions: ['Tashkent region', 'Navoi region', 'Karakalpakstan'] },
  KG: { name: 'Kyrgyzstan', adjective: 'Kyrgyz', capital: 'Bishkek', cities: ['Bishkek', 'Osh', 'Karakol'], regions: ['Chui region', 'Issyk-Kul region'] },
  TJ: { name: 'Tajikistan', adjective: 'Tajik', capital: 'Dushanbe', cities: ['Dushanbe', 'Khujand', 'Bokhtar'], regions: ['Sughd region', 'Khatlon region'] },
  TM: { name: 'Turkmenistan', adjective: 'Turkmen', capital: 'Ashgabat', cities: ['Ashgabat', 'Turkmenbashi', 'Mary'], regions: ['Ahal region', 'Balkan region'] },
};
/** Kazakhstan and Uzbekistan dominate the real coverage; Tajikistan the least. */
const PARTNER_WEIGHTS: Array<[CentralAsian, number]> = [['KZ', 0.36], ['UZ', 0.32], ['KG', 0.13], ['TM', 0.11], ['TJ', 0.08]];
/** Other countries that news on the region mentions now and then. */
const OTHERS = ['China', 'Russia', 'Japan', 'Turkey', 'Azerbaijan', 'Mongolia', 'the United States', 'Germany', 'India', 'Afghanistan'];

interface Sector {
  /** Phrase for "cooperation in ..." that the sector keywords recognise. */
  phrase: string;
  things: string[];
  commodity?: string;
}

const SECTORS: Sector[] = [
  { phrase: 'renewable energy', things: ['solar power plant', 'wind farm', 'hydropower station'], commodity: 'electricity' },
  { phrase: 'oil and gas', things: ['gas processing plant', 'pipeline section', 'refinery unit'], commodity: 'natural gas' },
  { phrase: 'nuclear energy', things: ['research reactor', 'uranium conversion line'], commodity: 'uranium' },
  { phrase: 'mining and critical minerals', things: ['lithium deposit', 'copper concentrator', 'rare earth processing plant', 'tungsten mine'], commodity: 'critical minerals' },
  { phrase: 'infrastructure construction', things: ['ring road', 'bridge', 'housing complex', 'smart city district'] },
  { phrase: 'transport and logistics', things: ['logistics hub', 'cargo terminal', 'rail freight corridor'] },
  { phrase: 'automobile manufacturing', things: ['car assembly plant', 'battery factory', 'textile factory'] },
  { phrase: 'agriculture and food processing', things: ['greenhouse complex', 'irrigation system', 'fertilizer plant'] },
  { phrase: 'healthcare and pharmaceuticals', things: ['hospital', 'biopharmaceutical plant', 'medical center'] },
  { phrase: 'digital transformation and ICT', things: ['data center', 'e-government platform', 'IT park'] },
  { phrase: 'finance and investment', things: ['investment fund', 'credit line', 'leasing company'] },
  { phrase: 'trade', things: ['trade house', 'bonded warehouse'], commodity: 'consumer goods' },
  { phrase: 'climate and the environment', things: ['reforestation program', 'water treatment plant', 'waste recycling plant'] },
  { phrase: 'education and culture', things: ['Korean language center', 'university campus', 'vocational school'] },
  { phrase: 'tourism', things: ['resort', 'tourist route'] },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);

// ------------------------------------------------------------------ entities

interface ReferenceOrganization {
  name: string;
  kind: string;
  country?: string | null;
}
const REFERENCE_ORGS = (organizationsJson.organizations as ReferenceOrganization[]).filter((o) => o.kind !== 'MEDIA');
const OUTLETS = (organizationsJson.organizations as ReferenceOrganization[]).filter((o) => o.kind === 'MEDIA').map((o) => o.name);
const KOREAN_SURNAMES = [...new Set(namesJson.koreanSurnames)];
const CA_GIVEN = [...new Set(namesJson.centralAsianGivenNames)].filter((n) => n !== 'Tokayev');

const KOREAN_SYLLABLES = ['min', 'jun', 'seo', 'ho', 'ji', 'hoon', 'young', 'soo', 'hyun', 'woo', 'jae', 'sung', 'dong', 'kyung', 'eun', 'hee', 'jin', 'tae', 'hwan', 'sik', 'chul', 'won', 'yeon', 'ha', 'bin', 'gyu', 'seok', 'yong', 'il', 'mi', 'na', 'ra', 'joon', 'kwang', 'sang', 'myung'];
const CA_SURNAME_ROOTS = ['Abdrakhman', 'Nurmagambet', 'Sultan', 'Karim', 'Tokhtar', 'Zhaksybek', 'Usman', 'Ismail', 'Rakhim', 'Sadyk', 'Myrzakhmet', 'Bekmurat', 'Tashkent', 'Yusup', 'Alim', 'Kasym', 'Mamyt', 'Orazal', 'Temir', 'Saparmurad', 'Khodjaev', 'Ergash', 'Rashid', 'Mirzo', 'Nazar', 'Umar', 'Jumaniyaz', 'Atabek', 'Durdy', 'Berdy', 'Annamurad', 'Toktogul', 'Kadyr', 'Musabek', 'Zhumabek', 'Akhmet', 'Seit', 'Bakir', 'Safar', 'Sharip'];
const CA_SUFFIXES = ['ov', 'ev', 'bayev', 'bekov', 'yev', 'ov', 'ev'];

const KR_ORG_PREFIXES = ['Hanbit', 'Daesung', 'Seorim', 'Mirae', 'Hanul', 'Sejin', 'Dongbang', 'Taeyang', 'Saehan', 'Gwangmyeong', 'Samhwa', 'Daehan', 'Hanjin', 'Kumho', 'Jinyang', 'Sungwoo', 'Ilsung', 'Haesung', 'Woojin', 'Kyeryong', 'Shinhan', 'Dongil', 'Hyosung', 'Seah', 'Namyang'];
const CA_ORG_PREFIXES = ['Altyn', 'Temir', 'Sary-Arka', 'Zhetysu', 'Baiterek', 'Oltin', 'Yashil', 'Turon', 'Aral', 'Tengri', 'Samal', 'Navruz', 'Ak Bulak', 'Asyl', 'Kokand', 'Bereke', 'Ilyas', 'Ordabasy', 'Shakhrisabz', 'Issyk', 'Pamir', 'Zarafshan', 'Garagum', 'Sogdiana', 'Khorezm'];
const ORG_DOMAINS = ['Energy', 'Solar', 'Hydro', 'Agro', 'Textile', 'Pharma', 'Digital', 'Cargo', 'Green', 'Tech', 'Power', 'Water', 'Gas', 'Metal', 'Mining', 'Cement', 'Auto', 'Food', 'Medical', 'Smart'];
const ORG_HEADS = ['Corporation', 'Company', 'Group', 'Holding', 'Engineering', 'Construction', 'Industries', 'Logistics', 'Pharmaceuticals', 'Electronics', 'Chemical'];

interface Organization {
  name: string;
  country: Iso2 | null;
  kind: 'COMPANY' | 'GOVERNMENT' | 'OTHER';
}

/** Ministries of each partner country: shared by many articles (high-frequency entities). */
const MINISTRY_TOPICS = ['Energy', 'Foreign Affairs', 'Investment, Industry and Trade', 'Agriculture', 'Digital Development', 'Transport', 'Health', 'Education', 'Economy', 'Ecology'];

/**
 * Organization by rank: low ranks are reference organizations and ministries
 * (the famous names every article mentions), higher ranks generated companies
 * whose name is a pure function of (seed, rank).
 */
function organizationAt(seed: number, rank: number, partner: CentralAsian): Organization {
  if (rank < REFERENCE_ORGS.length && rank % 2 === 0) {
    const o = REFERENCE_ORGS[(rank / 2) % REFERENCE_ORGS.length]!;
    return { name: o.name, country: (o.country as Iso2 | null) ?? null, kind: o.kind === 'COMPANY' ? 'COMPANY' : 'GOVERNMENT' };
  }
  if (rank < 40 && rank % 2 === 1) {
    const topic = MINISTRY_TOPICS[(rank >> 1) % MINISTRY_TOPICS.length]!;
    return { name: `Ministry of ${topic} of ${COUNTRIES[partner].name}`, country: partner, kind: 'GOVERNMENT' };
  }
  const rng = new Rng(subSeed(seed, 'organization', rank));
  const korean = rng.chance(0.55);
  const prefix = rng.pick(korean ? KR_ORG_PREFIXES : CA_ORG_PREFIXES);
  const name = `${prefix} ${rng.pick(ORG_DOMAINS)} ${rng.pick(ORG_HEADS)}`;
  return { name, country: korean ? 'KR' : rng.pick(PARTNER_WEIGHTS)[0], kind: 'COMPANY' };
}

interface Person {
  name: string;
  /** How later sentences refer to the person ("Park", "Abdrakhmanov"). */
  short: string;
  country: Iso2;
  /** Role as a title before the name: "Minister of Energy of Kazakhstan". */
  title: string;
  pronoun: 'he' | 'she';
}

const KR_TITLES = ['Minister of Trade, Industry and Energy', 'Vice Minister of Foreign Affairs', 'First Vice Minister of Economy and Finance', 'Ambassador of Korea to {P}', 'KOTRA President', 'KOICA President', 'Korea Eximbank Chairman', 'KCCI Vice Chairman', 'Deputy Minister of Land, Infrastructure and Transport', 'Vice President'];
const CA_TITLES = ['Minister of Energy of {P}', 'Deputy Prime Minister of {P}', 'Minister of Foreign Affairs of {P}', 'Ambassador of {P} to Korea', 'Minister of Investment of {P}', 'Deputy Minister of Agriculture of {P}', 'Chairman of the Board', 'Governor of the {R}', 'Minister of Digital Development of {P}', 'Deputy Minister of Transport of {P}'];
const FEMALE_CA = new Set(['Saida', 'Gulnara', 'Dinara', 'Aigerim', 'Aliya', 'Zhanna', 'Madina', 'Kamila', 'Dariga']);

/** Person by rank, a pure function of (seed, rank): the same rank is the same person in every article. */
function personAt(seed: number, country: Iso2, rank: number): Person {
  const rng = new Rng(subSeed(seed, `person:${country}`, rank));
  if (country === 'KR') {
    const family = rng.pick(KOREAN_SURNAMES);
    const a = rng.pick(KOREAN_SYLLABLES);
    let b = rng.pick(KOREAN_SYLLABLES);
    if (b === a) b = 'gu';
    const given = `${a.charAt(0).toUpperCase()}${a.slice(1)}-${b}`;
    const partner = rng.pick(PARTNER_WEIGHTS)[0];
    const title = rng.pick(KR_TITLES).replace('{P}', COUNTRIES[partner].name);
    return { name: `${family} ${given}`, short: family, country: 'KR', title, pronoun: rng.chance(0.75) ? 'he' : 'she' };
  }
  const given = rng.pick(CA_GIVEN);
  const female = FEMALE_CA.has(given);
  const surname = `${rng.pick(CA_SURNAME_ROOTS)}${rng.pick(CA_SUFFIXES)}${female ? 'a' : ''}`;
  const title = rng.pick(CA_TITLES).replace('{P}', COUNTRIES[country].name).replace('{R}', rng.pick(COUNTRIES[country].regions));
  return { name: `${given} ${surname}`, short: surname, country, title, pronoun: female ? 'she' : 'he' };
}

// ------------------------------------------------------------------ text helpers

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
const longDate = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const dayMonthYear = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

function weightedPartner(rng: Rng): CentralAsian {
  let u = rng.float();
  for (const [code, w] of PARTNER_WEIGHTS) {
    if ((u -= w) < 0) return code;
  }
  return 'KZ';
}

function money(rng: Rng): string {
  return rng.chance(0.6) ? `$${rng.int(12, 950)} million` : `$${rng.int(1, 14)}.${rng.int(1, 9)} billion`;
}

/** Everything one article is about, drawn once so every paragraph agrees. */
interface Story {
  rng: Rng;
  seed: number;
  partner: CentralAsian;
  date: Date;
  sectors: Sector[];
  orgs: Organization[];
  people: Person[];
  city: string;
  introduced: Set<Person>;
}

/** The i-th company of the story from one side (Korean or not), else any of its organizations. */
function companyFor(story: Story, korean: boolean, i: number): Organization {
  const side = story.orgs.filter((o) => o.kind === 'COMPANY' && (o.country === 'KR') === korean);
  const from = side.length > 0 ? side : story.orgs;
  return from[i % from.length]!;
}

/** How the text names a person: title and full name the first time, the surname after that. */
function who(s: Story, p: Person): string {
  if (s.introduced.has(p)) return p.short;
  s.introduced.add(p);
  return `${p.title} ${p.name}`;
}

// ------------------------------------------------------------------ paragraph generators

function leadParagraph(s: Story): string {
  const { rng, partner } = s;
  const [a, b] = [s.people[0]!, s.people[1]!];
  const when = `on ${MONTHS[s.date.getUTCMonth()]} ${s.date.getUTCDate()}`;
  const options = [
    `${who(s, a)} met ${who(s, b)} in ${s.city} ${when} to discuss cooperation in ${s.sectors[0]!.phrase} and ${s.sectors[1]!.phrase}.`,
    `A delegation led by ${who(s, a)} visited ${s.city} ${when}, holding talks with ${who(s, b)} on ${s.sectors[0]!.phrase} and ${s.sectors[1]!.phrase}.`,
    `The ${rng.int(3, 24)}th meeting of the ${COUNTRIES.KR.adjective}-${COUNTRIES[partner].adjective} Intergovernmental Commission took place in ${s.city} ${when}, co-chaired by ${who(s, a)} and ${who(s, b)}.`,
    `${COUNTRIES[partner].name} and Korea held a business forum in ${s.city} ${when}, attended by ${who(s, a)}, ${who(s, b)} and more than ${rng.int(60, 400)} representatives of companies from both countries.`,
  ];
  return rng.pick(options);
}

function attendanceParagraph(s: Story): string {
  const sentences = s.people.slice(2).map((p) => `${who(s, p)} also took part in the ${s.rng.pick(['talks', 'meeting', 'forum'])}.`);
  const orgs = s.orgs.slice(0, 4).map((o) => o.name);
  sentences.push(`Representatives of ${orgs.slice(0, -1).join(', ')} and ${orgs[orgs.length - 1]} were also present.`);
  return sentences.join(' ');
}

function agreementParagraph(s: Story, n: number): string {
  const { rng, partner } = s;
  const sector = s.sectors[n % s.sectors.length]!;
  const kr = companyFor(s, true, n);
  const ca = companyFor(s, false, n);
  const signer1 = s.people[(n * 2) % s.people.length]!;
  const signer2 = s.people[(n * 2 + 1) % s.people.length]!;
  const thing = rng.pick(sector.things);
  const place = rng.pick(COUNTRIES[partner].cities);
  const region = rng.pick(COUNTRIES[partner].regions);
  const amount = money(rng);
  switch (rng.int(0, 4)) {
    case 0:
      return `${kr.name} and ${ca.name} signed a memorandum of understanding on cooperation in ${sector.phrase}, covering a ${thing} in ${place}. The document was signed by ${who(s, signer1)} and ${who(s, signer2)}.`;
    case 1:
      return `${kr.name} signed a contract worth ${amount} with ${ca.name} to build a ${thing} in the ${region}.`;
    case 2:
      return `The parties agreed to establish a joint venture between ${kr.name} and ${ca.name} to operate a ${thing} in ${place}, with a total investment of ${amount}.`;
    case 3:
      return `In the presence of the two leaders, the sides exchanged ${rng.int(3, 30)} documents, including an intergovernmental agreement on ${sector.phrase} and a memorandum between ${kr.name} and ${ca.name} on a ${thing} in ${place}.`;
    default:
      return `${COUNTRIES[partner].name} and Korea approved a roadmap for ${sector.phrase} for ${s.date.getUTCFullYear() + 1}-${s.date.getUTCFullYear() + rng.int(3, 6)}, which lists ${rng.int(8, 60)} projects worth ${amount}.`;
  }
}

const QUOTE_OPENERS = [
  'Our countries have built a reliable partnership',
  'Korean companies are welcome in every region of our country',
  'This project shows what our two peoples can achieve together',
  'We see great potential in',
  'The relations between our states are at the highest level',
  'Investors need predictable rules',
  'Central Asia is becoming a key partner for Korea',
];

function quoteText(s: Story, speaker: Person): string {
  const { rng, partner } = s;
  const sector = rng.pick(s.sectors);
  const opener = rng.pick(QUOTE_OPENERS);
  const first = opener.endsWith(' in') ? `${opener} ${sector.phrase}` : opener;
  // Most quotes carry no number: in the seeds facts are about a third as frequent as statements.
  const tail = rng.pick([
    `Last year our trade grew by ${rng.int(4, 48)} percent`,
    `Together with our ${speaker.country === 'KR' ? COUNTRIES[partner].adjective : 'Korean'} partners we will bring new projects to ${rng.pick(COUNTRIES[partner].cities)}`,
    `The ${rng.pick(sector.things)} in ${rng.pick(COUNTRIES[partner].cities)} is a good example of that`,
    `We count on ${rng.pick(s.orgs).name} and other companies to bring their technology to ${COUNTRIES[partner].name}`,
    `${COUNTRIES[partner].name} and Central Asia as a whole offer ${rng.pick(['stable', 'open', 'growing', 'young'])} markets for ${rng.pick(s.orgs).name}`,
    `Our ${rng.pick(['governments', 'ministries', 'companies', 'universities'])} in ${rng.pick(COUNTRIES[partner].cities)} and ${rng.pick(COUNTRIES.KR.cities)} already work side by side on ${sector.phrase}`,
  ]);
  return `${first}. ${tail}.`;
}

function quoteParagraph(s: Story, n: number): string {
  const { rng } = s;
  const speaker = s.people[n % s.people.length]!;
  const text = quoteText(s, speaker);
  switch (rng.int(0, 3)) {
    case 0:
      return `“${text.slice(0, -1)},” ${who(s, speaker)} said.`;
    case 1:
      return `“${text.slice(0, -1)},” noted ${speaker.name}.`;
    case 2:
      return `${who(s, speaker)} stressed: “${text}”`;
    default:
      return `"${text.slice(0, -1)}," ${speaker.pronoun} added.`;
  }
}

function reportedParagraph(s: Story, n: number): string {
  const { rng, partner } = s;
  const speaker = s.people[n % s.people.length]!;
  const sector = rng.pick(s.sectors);
  const verb = rng.pick(['emphasized', 'noted', 'stressed', 'highlighted', 'pointed out']);
  return rng.pick([
    `${who(s, speaker)} ${verb} that cooperation in ${sector.phrase} had grown quickly since ${s.date.getUTCFullYear() - rng.int(1, 6)} and that companies such as ${rng.pick(s.orgs).name} are already active in ${COUNTRIES[partner].name} and across Central Asia.`,
    `In ${speaker.pronoun === 'he' ? 'his' : 'her'} remarks, ${who(s, speaker)} ${verb} the role of ${rng.pick(s.orgs).name} in ${sector.phrase} in the ${rng.pick(COUNTRIES[partner].regions)}.`,
    `According to ${speaker.short}, the ${rng.pick(sector.things)} near ${rng.pick(COUNTRIES[partner].cities)} will be commissioned by ${s.date.getUTCFullYear() + rng.int(1, 4)}.`,
  ]);
}

function factParagraph(s: Story): string {
  const { rng, partner } = s;
  const year = s.date.getUTCFullYear() - 1;
  const c = COUNTRIES[partner];
  const sector = rng.pick(s.sectors);
  return rng.pick([
    `Bilateral trade between Korea and ${c.name} reached $${rng.int(1, 9)}.${rng.int(0, 9)} billion in ${year}, up ${rng.int(3, 60)} percent from a year earlier.`,
    `More than ${rng.int(80, 900)} companies with Korean capital operate in ${c.name}, and Korea is the ${rng.pick(['third', 'fourth', 'fifth', 'sixth'])} largest investor in the country.`,
    `Korean investments in ${c.name} totaled $${rng.int(1, 12)}.${rng.int(0, 9)} billion by the end of ${year}.`,
    `${c.name} supplies about ${rng.int(5, 45)} percent of Korea's imports of ${sector.commodity ?? 'raw materials'}.`,
    `Some ${rng.int(10, 300)},000 ethnic Koreans live in ${c.name}, and around ${rng.int(2, 40)},000 ${c.adjective} students study in Korea.`,
    `The number of flights between ${c.capital} and Seoul rose to ${rng.int(4, 30)} per week, and ${rng.int(20, 200)},000 tourists travelled between the countries in ${year}.`,
  ]);
}

function contextParagraph(s: Story): string {
  const { rng, partner } = s;
  const other = rng.pick(OTHERS);
  const sector = rng.pick(s.sectors);
  return rng.pick([
    `${COUNTRIES[partner].name} is also expanding ties with ${other}, which has financed several projects in ${sector.phrase} in recent years.`,
    `Like ${COUNTRIES[rng.pick(PARTNER_WEIGHTS)[0]].name} and ${COUNTRIES[rng.pick(PARTNER_WEIGHTS)[0]].name}, ${COUNTRIES[partner].name} counts on Korean technology, while ${other} remains its largest trading partner in Asia.`,
    `Analysts say competition with ${other} for access to the region's resources is growing, especially in ${sector.phrase}.`,
    `The two countries established diplomatic relations in 1992 and upgraded their ties to a strategic partnership in ${rng.int(2006, 2024)}.`,
    `Officials from ${other} and ${COUNTRIES[partner].name} also attended the event in ${s.city}.`,
    `${s.orgs.slice(-3).map((o) => o.name).join(', ')} and other companies are already working on projects in ${rng.pick(COUNTRIES[partner].cities)}.`,
  ]);
}

// ------------------------------------------------------------------ article

interface ArticleBody {
  title: string;
  date: Date;
  paragraphs: string[];
}

/** Article i's own content: a pure function of (seed, i). */
function articleBody(seed: number, index: number): ArticleBody {
  const rng = new Rng(subSeed(seed, 'article', index));
  const partner = weightedPartner(rng);
  const date = new Date(FIRST_DAY + Math.floor(rng.float() * ((LAST_DAY - FIRST_DAY) / 86_400_000)) * 86_400_000);
  const sectors = rng.pickSome(SECTORS, 3);
  const orgCount = rng.int(8, 16);
  const orgRanks = new Set<number>();
  while (orgRanks.size < orgCount) orgRanks.add(rng.rank(0.9, 50_000));
  // Korean and partner-country people alternate, so every exchange has both sides.
  const personCount = rng.int(3, 7);
  const personKeys = new Map<string, Person>();
  for (let k = 0; personKeys.size < personCount && k < 50; k++) {
    const country: Iso2 = k % 2 === 0 ? 'KR' : partner;
    const rank = rng.rank(0.8, 20_000);
    personKeys.set(`${country}:${rank}`, personAt(seed, country, rank));
  }
  const story: Story = {
    rng,
    seed,
    partner,
    date,
    sectors,
    orgs: [...orgRanks].map((r) => organizationAt(seed, r, partner)),
    people: [...personKeys.values()],
    city: rng.chance(0.4) ? rng.pick(COUNTRIES.KR.cities) : rng.pick(COUNTRIES[partner].cities),
    introduced: new Set(),
  };
  const paragraphs = [leadParagraph(story), attendanceParagraph(story)];
  const agreements = rng.int(1, 4);
  const quotes = rng.int(5, 12);
  const reported = rng.int(3, 7);
  const facts = rng.int(1, 3);
  const plan: Array<() => string> = [];
  for (let n = 0; n < agreements; n++) plan.push(() => agreementParagraph(story, n));
  for (let n = 0; n < quotes; n++) plan.push(() => quoteParagraph(story, n));
  for (let n = 0; n < reported; n++) plan.push(() => reportedParagraph(story, n + 1));
  for (let n = 0; n < facts; n++) plan.push(() => factParagraph(story));
  plan.push(() => contextParagraph(story));
  // Shuffle the middle of the article, keep the lead first.
  for (const step of rng.pickSome(plan, plan.length)) paragraphs.push(step());
  const c = COUNTRIES[partner];
  const title = rng.pick([
    `Korea and ${c.name} expand cooperation in ${sectors[0]!.phrase}`,
    `${c.name}, Korea sign deals on ${sectors[0]!.phrase} and ${sectors[1]!.phrase}`,
    `${c.adjective} and Korean companies eye new projects in ${c.capital}`,
    `${story.people[0]!.short} visits ${story.city} as ${c.name}-Korea ties deepen`,
  ]);
  return { title, date, paragraphs };
}

/** Scraped-page wrapping: header date, title, debris, closing dateline with the outlet. */
function renderPage(body: ArticleBody, outlet: string, rng: Rng, extraLead: string | null): string {
  const lines: string[] = [];
  const style = rng.float();
  if (style < 0.2) lines.push(` date ${isoDay(body.date)} ${body.title}`);
  else {
    if (rng.chance(0.2)) lines.push('Back To Top');
    lines.push(body.title);
  }
  if (rng.chance(0.15)) lines.push(`${rng.int(80, 4000)} views`);
  const paragraphs = extraLead ? [extraLead, ...body.paragraphs] : [...body.paragraphs];
  if (style < 0.2) {
    lines.push(...paragraphs);
  } else if (style < 0.9) {
    // The outlet's closing dateline, glued to the last paragraph: " ///Outlet, 27 June 2023".
    const last = paragraphs.pop()!;
    lines.push(...paragraphs, `${last} ///${outlet}, ${dayMonthYear(body.date)}`);
  } else {
    lines.push(...paragraphs, longDate(body.date));
  }
  if (rng.chance(0.3)) lines.push('#Korea, #Central_Asia');
  return lines.join('\n\n') + '\n';
}

function outletFor(seed: number, index: number, salt: string): string {
  const rng = new Rng(subSeed(seed, `outlet:${salt}`, index));
  // A few big outlets carry most of the coverage.
  return OUTLETS[Math.min(rng.rank(1.2, OUTLETS.length), OUTLETS.length - 1)]!;
}

/** Generates `articles` article texts, one at a time (constant memory for any N). */
export function* generateArticles(opts: CorpusOptions): Generator<GeneratedArticle> {
  const seed = opts.seed ?? DEFAULT_CORPUS_SEED;
  if (!Number.isInteger(opts.articles) || opts.articles < 0) throw new Error(`generateArticles: articles must be a whole number >= 0, got ${opts.articles}`);
  for (let i = 0; i < opts.articles; i++) {
    const rng = new Rng(subSeed(seed, 'page', i));
    let text: string;
    if (i > 10 && rng.chance(REPUBLISHED_SHARE)) {
      // Republished: an earlier article again, under another outlet.
      const original = rng.int(0, i - 1);
      const outlet = outletFor(seed, original, 'republished');
      const verbatim = rng.chance(0.5);
      const lead = verbatim ? null : `This article was first published by ${outletFor(seed, original, 'original')} and is republished by ${outlet}.`;
      text = renderPage(articleBody(seed, original), outlet, new Rng(subSeed(seed, 'page', original)), lead);
    } else {
      text = renderPage(articleBody(seed, i), outletFor(seed, i, 'original'), rng, null);
    }
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    yield { fileName: `${String(i).padStart(7, '0')}_${hash}.txt`, text };
  }
}

/** A command-line flag that must be a positive whole number (bench:data, bench:ingest); `fallback` when absent. */
export function positiveIntFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} must be a positive whole number, got "${value}"`);
  return n;
}
