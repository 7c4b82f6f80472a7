/**
 * TypeScript port of shared/tools/score_extraction.py (the reference scorer): the same
 * normalization, containment/Jaccard similarities, greedy one-to-one matching, optional-item
 * handling, micro precision/recall/F1 per record kind, and attribute accuracy on matched pairs
 * of non-optional gold items. `npm run score` and the quality tests use it; the Python script
 * stays the reference (tests/quality/scorer-parity.test.ts checks they agree).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Json = Record<string, unknown>;
export const KINDS = ['countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts'] as const;
export const SCORED = ['countries', 'organizations', 'persons', 'agreements', 'statements', 'facts'] as const;
export type Kind = (typeof KINDS)[number];
/** The table's rows: every kind, then statements matched on text alone (any speaker). */
export const ROWS = [...KINDS, 'statements_any_speaker'] as const;
export type Row = (typeof ROWS)[number];
export const ATTRIBUTES = {
  organizations: ['kind', 'country'],
  persons: ['role', 'country'],
  agreements: ['kind', 'status', 'party_countries', 'party_organizations', 'signatories', 'sectors', 'date'],
  statements: ['kind', 'sectors', 'mention_countries'],
  facts: ['unit', 'date'],
} as const;

const STOPWORDS = new Set('a an and are as at be been by for from has have in is it its of on or s that the their this to was were will with'.split(' '));
const LEGAL_SUFFIXES = new Set('co corp corporation ltd inc jsc llc plc company'.split(' '));
const MIN_SIMILARITY = 0.5;
const MAX_LENGTH_RATIO = 4;
const VALUE_TOLERANCE = 0.005;

// ---------------------------------------------------------------- normalization
export function norm(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
  s = s.replace(/[\p{Pd}\u2212]/gu, ' ');
  s = s.replace(/[.,]/g, '').split(/\s+/).filter(Boolean).join(' ');
  return s.startsWith('the ') ? s.slice(4) : s;
}
const orgKey = (t: string) => {
  const w = norm(t).split(' ').filter(Boolean);
  while (w.length > 1 && LEGAL_SUFFIXES.has(w[w.length - 1]!)) w.pop();
  return w.join(' ');
};
const wordsOf = (t: string) => norm(t).match(/[\p{L}\p{N}_]+/gu) ?? [];
const personKey = (t: string) => [...wordsOf(t)].sort().join(' ');
const words = (t: string) => new Set(wordsOf(t).filter((w) => !STOPWORDS.has(w)));

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0 || large.size > MAX_LENGTH_RATIO * small.size) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / (a.size + b.size - n);
}
function setF1(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return (2 * n) / (a.size + b.size);
}
const day = (t: string) => /^\d{4}-\d{2}-\d{2}/.exec(t.trim())?.[0] ?? t.trim();
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const strs = (v: unknown): string[] => (typeof v === 'string' ? (v ? [v] : []) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const codes = (values: string[]) => new Set(values.map((v) => v.trim().toUpperCase()).filter(Boolean));
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(textOf).filter(Boolean).join(' ');
  if (v && typeof v === 'object') return textOf((v as Json).text);
  return '';
}
function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const x = Number(v.replace(/,/g, '').trim());
    return v.trim() && Number.isFinite(x) ? x : null;
  }
  return null;
}

// ---------------------------------------------------------------- records
interface Rec {
  optional: boolean;
  label: string;
  key?: string;
  canon?: string;
  keys?: Set<string>;
  country?: string;
  kind?: string;
  role?: Set<string>;
  ev?: Set<string>;
  date?: string;
  title?: Set<string>;
  status?: string;
  countries?: Set<string>;
  orgs?: string[];
  signatories?: string[];
  sectors?: Set<string>;
  speakers?: string[];
  speakerKeys?: Set<string>;
  text?: Set<string>;
  value?: number | null;
  unit?: string;
}

function record(kind: Kind, item: Json): Rec {
  const s = (k: string) => str(item[k]);
  const rec: Rec = { optional: item.optional === true, label: '' };
  if (kind === 'countries') {
    rec.key = s('iso2').trim().toUpperCase();
    rec.label = `${rec.key} ${s('name')}`.trim();
    return rec;
  }
  if (kind === 'regions' || kind === 'organizations' || kind === 'persons') {
    const key = kind === 'organizations' ? orgKey : kind === 'persons' ? personKey : norm;
    const name = s('name');
    rec.label = name;
    rec.canon = key(name);
    rec.keys = new Set([name, ...strs(item.aliasesSeen)].map(key).filter(Boolean));
    rec.country = s('country').trim().toUpperCase();
    rec.kind = s('kind').trim().toUpperCase();
    rec.role = words(s('role'));
    return rec;
  }
  const evidence = textOf(item.evidence);
  rec.ev = words(evidence);
  rec.kind = s('kind').trim().toUpperCase();
  rec.date = day(s('date'));
  if (kind === 'agreements') {
    const parties = obj(item.parties);
    rec.label = s('title') || evidence;
    rec.title = words(s('title'));
    rec.status = s('status').trim().toUpperCase();
    rec.countries = codes(strs(parties.countries));
    rec.orgs = strs(parties.organizations);
    rec.signatories = strs(item.signatories);
    rec.sectors = codes(strs(item.sectors));
  } else if (kind === 'statements') {
    rec.speakers = strs(item.speaker);
    rec.text = words(s('text'));
    rec.sectors = codes(strs(item.sectors));
    rec.countries = codes(strs(obj(item.mentions).countries));
    rec.label = `${rec.speakers.join(' / ') || '?'}: ${s('text') || evidence}`;
  } else if (kind === 'facts') {
    rec.value = toNumber(item.value);
    rec.unit = norm(s('unit'));
    rec.label = `${rec.value ?? '?'} ${s('unit')} (${s('subject')}: ${s('metric')})`;
  }
  return rec;
}

function records(doc: Json, kind: Kind): Rec[] {
  const items = doc[kind];
  return Array.isArray(items) ? items.filter((x): x is Json => !!x && typeof x === 'object').map((x) => record(kind, x)) : [];
}

// ---------------------------------------------------------------- matching
type AliasIndex = Map<string, Set<string>>;
function aliasIndex(recs: Rec[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const r of recs) for (const k of r.keys!) index.set(k, new Set([...(index.get(k) ?? []), ...r.keys!]));
  return index;
}

/** Names as keys, each replaced by its gold record's canonical key when it names one. */
function canonical(names: string[], key: (t: string) => string, golds: Rec[]): Set<string> {
  const index = new Map<string, string>();
  for (const r of [...golds].reverse()) for (const k of r.keys!) index.set(k, r.canon!);
  return new Set(names.map(key).filter(Boolean).map((k) => index.get(k) ?? k));
}

function speakerKeys(names: string[], people?: AliasIndex, orgs?: AliasIndex): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    const pk = personKey(n);
    const ok = orgKey(n);
    for (const k of [pk, ok]) if (k) keys.add(k);
    if (people && orgs) for (const k of [...(people.get(pk) ?? []), ...(orgs.get(ok) ?? [])]) keys.add(k);
  }
  return keys;
}

function pairScore(row: Row, g: Rec, p: Rec): number[] | null {
  if (row === 'countries') return g.key && g.key === p.key ? [1] : null;
  if (row === 'regions' || row === 'organizations' || row === 'persons') {
    if (![...g.keys!].some((k) => p.keys!.has(k))) return null;
    return [Number(g.canon === p.canon) + jaccard(g.keys!, p.keys!)];
  }
  if (row === 'statements' || row === 'statements_any_speaker') {
    if (row === 'statements' && ![...g.speakerKeys!].some((k) => p.speakerKeys!.has(k))) return null;
    const best = Math.max(containment(g.text!, p.text!), containment(g.ev!, p.ev!));
    return best >= MIN_SIMILARITY ? [best, jaccard(g.text!, p.text!), jaccard(g.ev!, p.ev!)] : null;
  }
  if (row === 'facts' && (g.value == null || p.value == null || Math.abs(g.value - p.value) > VALUE_TOLERANCE * Math.abs(g.value))) return null;
  const ev = containment(g.ev!, p.ev!);
  if (ev < MIN_SIMILARITY) return null;
  if (row === 'agreements') return [ev + 0.5 * jaccard(g.title!, p.title!) + 0.25 * Number(g.kind === p.kind && g.kind !== '')];
  return [ev];
}

/** Greedy one-to-one matching, best pairs first: predicted index -> gold index. */
function match(row: Row, golds: Rec[], preds: Rec[]): Map<number, number> {
  const pairs: Array<[number[], number, number]> = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const s = pairScore(row, g, p);
      if (s) pairs.push([s, gi, pi]);
    }),
  );
  pairs.sort((a, b) => {
    for (let i = 0; i < Math.max(a[0].length, b[0].length); i++) if ((a[0][i] ?? 0) !== (b[0][i] ?? 0)) return (b[0][i] ?? 0) - (a[0][i] ?? 0);
    return a[1] - b[1] || a[2] - b[2];
  });
  const taken = new Set<number>();
  const matched = new Map<number, number>();
  for (const [, gi, pi] of pairs) {
    if (!taken.has(gi) && !matched.has(pi)) {
      taken.add(gi);
      matched.set(pi, gi);
    }
  }
  return matched;
}

function attributes(row: Row, g: Rec, p: Rec, gold: Record<Kind, Rec[]>): Record<string, number> {
  const same = (a: unknown, b: unknown) => Number(a === b);
  if (row === 'organizations') return { kind: same(g.kind, p.kind), country: same(g.country, p.country) };
  if (row === 'persons') {
    const role = g.role!.size || p.role!.size ? jaccard(g.role!, p.role!) >= 0.5 : true;
    return { role: Number(role), country: same(g.country, p.country) };
  }
  if (row === 'agreements') {
    const orgs = (r: Rec) => canonical(r.orgs!, orgKey, gold.organizations);
    const people = (r: Rec) => canonical(r.signatories!, personKey, gold.persons);
    return {
      kind: same(g.kind, p.kind),
      status: same(g.status, p.status),
      date: same(g.date, p.date),
      party_countries: setF1(g.countries!, p.countries!),
      party_organizations: setF1(orgs(g), orgs(p)),
      signatories: setF1(people(g), people(p)),
      sectors: setF1(g.sectors!, p.sectors!),
    };
  }
  if (row === 'statements') return { kind: same(g.kind, p.kind), sectors: setF1(g.sectors!, p.sectors!), mention_countries: setF1(g.countries!, p.countries!) };
  return { unit: same(g.unit, p.unit), date: same(g.date, p.date) };
}

// ---------------------------------------------------------------- scoring
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface ArticleScore {
  /** Per row: F1 and the labels of misses and extras, as the Python scorer's --verbose lists them. */
  rows: Record<Row, Counts & { falseNegatives: string[]; falsePositives: string[] }>;
}

export interface Score {
  kinds: Record<Row, Counts>;
  /** Attribute accuracy on matched pairs of non-optional gold items ("agreements.date" -> mean, n); mean null without pairs. */
  attributes: Record<string, { mean: number | null; n: number }>;
  /** F1 per scored kind and their mean ("macro"), as the Python scorer's SCORE line. */
  score: Record<(typeof SCORED)[number] | 'macro', number>;
  articles: Record<string, ArticleScore>;
}

interface RowMatch {
  golds: Rec[];
  preds: Rec[];
  /** Predicted index -> gold index. */
  matched: Map<number, number>;
}

/** One article's gold and predicted records per kind, and the scorer's one-to-one matching per row. */
function matchDocuments(goldDoc: Json, predDoc: Json): { gold: Record<Kind, Rec[]>; rows: Record<Row, RowMatch> } {
  const gold = Object.fromEntries(KINDS.map((k) => [k, records(goldDoc, k)])) as Record<Kind, Rec[]>;
  const pred = Object.fromEntries(KINDS.map((k) => [k, records(predDoc, k)])) as Record<Kind, Rec[]>;
  const people = aliasIndex(gold.persons);
  const orgs = aliasIndex(gold.organizations);
  for (const g of gold.statements) g.speakerKeys = speakerKeys(g.speakers!, people, orgs);
  for (const p of pred.statements) p.speakerKeys = speakerKeys(p.speakers!);
  const rows = {} as Record<Row, RowMatch>;
  for (const row of ROWS) {
    const kind: Kind = row === 'statements_any_speaker' ? 'statements' : row;
    rows[row] = { golds: gold[kind], preds: pred[kind], matched: match(row, gold[kind], pred[kind]) };
  }
  return { gold, rows };
}

/** The gold record the scorer matches a predicted record to (its index in the gold file's list, and whether it is optional). */
export interface GoldMatch {
  gold: number;
  optional: boolean;
}

/**
 * The scorer's matching of one article, per row: for each predicted record of that kind (in the order of the
 * predicted document's list), the gold record it is matched to, or null (a false positive). Statements are
 * matched with their speakers on the `statements` row and on text alone on `statements_any_speaker`.
 */
export function matchArticle(goldDoc: Json, predDoc: Json): Record<Row, Array<GoldMatch | null>> {
  const { rows } = matchDocuments(goldDoc, predDoc);
  return Object.fromEntries(
    ROWS.map((row) => {
      const { golds, preds, matched } = rows[row];
      return [row, preds.map((_, pi) => (matched.has(pi) ? { gold: matched.get(pi)!, optional: golds[matched.get(pi)!]!.optional } : null))];
    }),
  ) as Record<Row, Array<GoldMatch | null>>;
}

/** The gold files of a folder (*.json not starting with '_'), by file stem, in the scorer's order. */
export function goldFiles(goldDir: string): Array<{ stem: string; doc: Json }> {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((file) => ({ stem: file.replace(/\.json$/, ''), doc: JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Json }));
}

/** Scores predicted documents (by file stem) against the gold files (*.json not starting with '_') in goldDir. */
export function scoreAgainstGold(goldDir: string, predictions: Map<string, Json>): Score {
  const totals = new Map<Row, [number, number, number]>(ROWS.map((r) => [r, [0, 0, 0]]));
  const attrSums = new Map<string, number[]>();
  const articles: Record<string, ArticleScore> = {};
  for (const { stem, doc: goldDoc } of goldFiles(goldDir)) {
    const predDoc = predictions.get(stem) ?? {};
    const { gold, rows: matches } = matchDocuments(goldDoc, predDoc);
    const rows = {} as ArticleScore['rows'];
    for (const row of ROWS) {
      const { golds, preds, matched } = matches[row];
      const pairs = [...matched.entries()].sort((a, b) => a[0] - b[0]).map(([pi, gi]) => [golds[gi]!, preds[pi]!] as const).filter(([g]) => !g.optional);
      const hit = new Set(matched.values());
      const falsePositives = preds.filter((_, pi) => !matched.has(pi)).map((p) => p.label);
      const falseNegatives = golds.filter((g, gi) => !hit.has(gi) && !g.optional).map((g) => g.label);
      const t = totals.get(row)!;
      t[0] += pairs.length;
      t[1] += falsePositives.length;
      t[2] += falseNegatives.length;
      rows[row] = { ...counts(pairs.length, falsePositives.length, falseNegatives.length), falseNegatives, falsePositives };
      if (row in ATTRIBUTES) {
        for (const [g, p] of pairs) {
          for (const [name, value] of Object.entries(attributes(row, g, p, gold))) {
            const key = `${row}.${name}`;
            attrSums.set(key, [...(attrSums.get(key) ?? []), value]);
          }
        }
      }
    }
    articles[stem] = { rows };
  }
  const kinds = Object.fromEntries(ROWS.map((r) => [r, counts(...totals.get(r)!)])) as Record<Row, Counts>;
  const attrs: Score['attributes'] = {};
  for (const [kind, names] of Object.entries(ATTRIBUTES)) {
    for (const name of names) {
      const values = attrSums.get(`${kind}.${name}`) ?? [];
      attrs[`${kind}.${name}`] = { mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, n: values.length };
    }
  }
  const score = Object.fromEntries(SCORED.map((k) => [k, kinds[k].f1])) as Score['score'];
  score.macro = SCORED.reduce((sum, k) => sum + kinds[k].f1, 0) / SCORED.length;
  return { kinds, attributes: attrs, score, articles };
}

/** The per-kind table, attribute accuracy and SCORE line, laid out as score_extraction.py prints them. */
export function formatScore(result: Score, verbose = false): string {
  const out = ['', `${'kind'.padEnd(24)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}${'prec'.padStart(8)}${'rec'.padStart(8)}${'F1'.padStart(8)}`];
  for (const [row, c] of Object.entries(result.kinds)) {
    out.push(`${row.padEnd(24)}${String(c.tp).padStart(6)}${String(c.fp).padStart(6)}${String(c.fn).padStart(6)}${c.precision.toFixed(3).padStart(8)}${c.recall.toFixed(3).padStart(8)}${c.f1.toFixed(3).padStart(8)}`);
  }
  out.push('', 'Attribute accuracy on matched pairs (mean over pairs)');
  for (const [name, a] of Object.entries(result.attributes)) out.push(`  ${name.padEnd(34)} ${a.mean === null ? '  -  ' : a.mean.toFixed(3)}  (${a.n} pairs)`);
  if (verbose) {
    out.push('');
    for (const [stem, article] of Object.entries(result.articles)) {
      out.push(stem);
      for (const [row, r] of Object.entries(article.rows)) {
        if (row === 'statements_any_speaker') continue;
        for (const label of r.falseNegatives) out.push(`    FN ${row}: ${label.slice(0, 70)}`);
        for (const label of r.falsePositives) out.push(`    FP ${row}: ${label.slice(0, 70)}`);
      }
    }
  }
  out.push('', `SCORE ${Object.entries(result.score).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(' ')}`);
  return out.join('\n');
}
