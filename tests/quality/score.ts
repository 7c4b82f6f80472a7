/**
 * TypeScript port of the matching rules of shared/tools/score_extraction.py (micro F1
 * per record kind). Same normalization, containment/Jaccard similarities, greedy one-to-one
 * matching and optional-item handling; attribute accuracy is left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;
export const SCORED = ['countries', 'organizations', 'persons', 'agreements', 'statements', 'facts'] as const;
const KINDS = ['countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts'] as const;
type Kind = (typeof KINDS)[number];

const STOPWORDS = new Set('a an and are as at be been by for from has have in is it its of on or s that the their this to was were will with'.split(' '));
const LEGAL_SUFFIXES = new Set('co corp corporation ltd inc jsc llc plc company'.split(' '));

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
  if (small.size === 0 || large.size > 4 * small.size) return 0;
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
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const strs = (v: unknown): string[] => (typeof v === 'string' ? (v ? [v] : []) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
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

interface Rec {
  optional: boolean;
  key?: string;
  canon?: string;
  keys?: Set<string>;
  ev?: Set<string>;
  kind?: string;
  title?: Set<string>;
  text?: Set<string>;
  speakers?: string[];
  speakerKeys?: Set<string>;
  value?: number | null;
}

function record(kind: Kind, item: Json): Rec {
  const rec: Rec = { optional: item.optional === true };
  if (kind === 'countries') rec.key = str(item.iso2).trim().toUpperCase();
  else if (kind === 'regions' || kind === 'organizations' || kind === 'persons') {
    const key = kind === 'regions' ? norm : kind === 'organizations' ? orgKey : personKey;
    const name = str(item.name);
    rec.canon = key(name);
    rec.keys = new Set([name, ...strs(item.aliasesSeen)].map(key).filter(Boolean));
  } else {
    rec.ev = words(textOf(item.evidence));
    rec.kind = str(item.kind).trim().toUpperCase();
    if (kind === 'agreements') rec.title = words(str(item.title));
    if (kind === 'statements') {
      rec.speakers = strs(item.speaker);
      rec.text = words(str(item.text));
    }
    if (kind === 'facts') rec.value = toNumber(item.value);
  }
  return rec;
}

function pairScore(kind: Kind, g: Rec, p: Rec): number[] | null {
  if (kind === 'countries') return g.key && g.key === p.key ? [1] : null;
  if (kind === 'regions' || kind === 'organizations' || kind === 'persons') {
    if (![...g.keys!].some((k) => p.keys!.has(k))) return null;
    return [Number(g.canon === p.canon) + jaccard(g.keys!, p.keys!)];
  }
  if (kind === 'statements') {
    if (![...g.speakerKeys!].some((k) => p.speakerKeys!.has(k))) return null;
    const best = Math.max(containment(g.text!, p.text!), containment(g.ev!, p.ev!));
    return best >= 0.5 ? [best, jaccard(g.text!, p.text!), jaccard(g.ev!, p.ev!)] : null;
  }
  if (kind === 'facts' && (g.value == null || p.value == null || Math.abs(g.value - p.value) > 0.005 * Math.abs(g.value))) return null;
  const ev = containment(g.ev!, p.ev!);
  if (ev < 0.5) return null;
  if (kind === 'agreements') return [ev + 0.5 * jaccard(g.title!, p.title!) + 0.25 * Number(g.kind === p.kind && g.kind !== '')];
  return [ev];
}

function match(kind: Kind, golds: Rec[], preds: Rec[]): Map<number, number> {
  const pairs: Array<[number[], number, number]> = [];
  golds.forEach((g, gi) => preds.forEach((p, pi) => {
    const s = pairScore(kind, g, p);
    if (s) pairs.push([s, gi, pi]);
  }));
  pairs.sort((a, b) => {
    for (let i = 0; i < Math.max(a[0].length, b[0].length); i++) if ((a[0][i] ?? 0) !== (b[0][i] ?? 0)) return (b[0][i] ?? 0) - (a[0][i] ?? 0);
    return a[1] - b[1] || a[2] - b[2];
  });
  const taken = new Set<number>();
  const matched = new Map<number, number>();
  for (const [, gi, pi] of pairs) if (!taken.has(gi) && !matched.has(pi)) { taken.add(gi); matched.set(pi, gi); }
  return matched;
}

export interface Counts { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function records(doc: Json, kind: Kind): Rec[] {
  const items = doc[kind];
  return Array.isArray(items) ? items.filter((x): x is Json => !!x && typeof x === 'object').map((x) => record(kind, x)) : [];
}

/** Scores predicted documents (by stem) against the gold files in goldDir. */
export function scoreAgainstGold(goldDir: string, predictions: Map<string, Json>): Record<Kind, Counts> {
  const totals = Object.fromEntries(KINDS.map((k) => [k, [0, 0, 0]])) as Record<Kind, number[]>;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json') && !f.startsWith('_')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Json;
    const pred = predictions.get(file.replace(/\.json$/, '')) ?? {};
    const aliasIndex = (recs: Rec[]) => {
      const index = new Map<string, Set<string>>();
      for (const r of recs) for (const k of r.keys!) index.set(k, new Set([...(index.get(k) ?? []), ...r.keys!]));
      return index;
    };
    const people = aliasIndex(records(gold, 'persons'));
    const orgs = aliasIndex(records(gold, 'organizations'));
    for (const kind of KINDS) {
      const golds = records(gold, kind);
      const preds = records(pred, kind);
      if (kind === 'statements') {
        const keysOf = (names: string[], withAliases: boolean) => {
          const keys = new Set<string>();
          for (const n of names) {
            const pk = personKey(n);
            const ok = orgKey(n);
            for (const k of [pk, ok]) if (k) keys.add(k);
            if (withAliases) for (const k of [...(people.get(pk) ?? []), ...(orgs.get(ok) ?? [])]) keys.add(k);
          }
          return keys;
        };
        for (const g of golds) g.speakerKeys = keysOf(g.speakers!, true);
        for (const p of preds) p.speakerKeys = keysOf(p.speakers!, false);
      }
      const matched = match(kind, golds, preds);
      const tp = [...matched.entries()].filter(([, gi]) => !golds[gi]!.optional).length;
      const fp = preds.length - matched.size;
      const hit = new Set(matched.values());
      const fn = golds.filter((g, gi) => !hit.has(gi) && !g.optional).length;
      const t = totals[kind];
      t[0]! += tp; t[1]! += fp; t[2]! += fn;
    }
  }
  return Object.fromEntries(KINDS.map((k) => [k, counts(totals[k][0]!, totals[k][1]!, totals[k][2]!)])) as Record<Kind, Counts>;
}
