/**
 * Calibration of the extraction methods (src/ingest/extract/methods.ts) on folders of articles with gold files:
 * every extracted record is observed as (method, correct), where correct means the scorer (./score.ts, the port
 * of score_extraction.py) matches it to a gold record, optional gold records included (statements with their
 * speaker). A method's confidence is its precision shrunk toward its kind's precision, which is itself shrunk
 * toward the precision of all records:
 *
 *   p_all    = (correct_all + 1) / (n_all + 2)
 *   p_kind   = (correct_kind + A * p_all) / (n_kind + A)
 *   p_method = (correct_method + A * p_kind) / (n_method + A)
 *
 * (the mean of a Beta prior of strength A centred on the level above), so a method seen twice gets neither
 * 1.0 nor 0.0. A set the rules were developed on (realdev, the seeds, the holdout) has had its errors fixed one
 * by one, so its records say little about new text: they count with a weight (DEVELOPED_ON_WEIGHT) in the sums.
 * `npm run calibrate` prints the fit and a calibration table per set, each set's confidences fitted on the other
 * sets only, and writes src/ingest/confidence.ts with the fit on all sets.
 */
import { basename, dirname } from 'node:path';
import { ALL_METHODS } from '../ingest/extract/methods';
import { extractFolder } from './predict';
import { KINDS, goldFiles, matchArticle, type Kind, type Row } from './score';

/** Prior strength A: how many records of evidence a method needs to move halfway from its kind's precision. */
export const DEFAULT_PRIOR = 10;
/**
 * What a record of a set the rules were developed on counts for. On the development sets the rules reach F1 0.99-1.00;
 * on blind real sets 0.83-0.89, so at full weight they make every method look sure. Leave-one-set-out on two blind
 * sets (2026-12-03): Brier 0.104 at weight 1, 0.091 at 0.1, 0.087 at 0 (log loss 0.44, 0.31, 0.29); 0.1 keeps the
 * development sets informing the methods the blind sets rarely meet.
 */
export const DEVELOPED_ON_WEIGHT = 0.1;

export interface CalibrationSet {
  name: string;
  articles: string;
  gold: string;
  /** What each of its records counts for in the fit (1 unless the rules were developed on it). */
  weight?: number;
}

export interface Observation {
  set: string;
  article: string;
  kind: Kind;
  method: string;
  correct: boolean;
  weight: number;
}

export interface Tally {
  /** Records seen and how many are correct (not weighted). */
  n: number;
  correct: number;
  /** correct / n (1 when n is 0). */
  precision: number;
  /** The shrunk estimate, from the weighted sums. */
  confidence: number;
}

export interface Fit {
  prior: number;
  overall: Tally;
  kinds: Record<string, Tally>;
  methods: Record<string, Tally>;
}

/** A set's name: the folder holding its articles/ ("realdev", "seeds", "holdout"), else the articles folder's. */
export function setName(articlesDir: string): string {
  const dir = articlesDir.replace(/\/+$/, '');
  return basename(dir) === 'articles' ? basename(dirname(dir)) : basename(dir);
}

/** Every record extracted from a set's articles that have a gold file, with whether the scorer matches it. */
export function observe(set: CalibrationSet): Observation[] {
  const predictions = extractFolder(set.articles);
  const out: Observation[] = [];
  for (const { stem, doc } of goldFiles(set.gold)) {
    const prediction = predictions.get(stem);
    if (!prediction) continue;
    const matches = matchArticle(doc, prediction.shaped);
    for (const kind of KINDS) {
      const row: Row = kind;
      prediction.extracted[kind].forEach((record, i) => {
        out.push({ set: set.name, article: stem, kind, method: record.extraction.method, correct: matches[row][i] != null, weight: set.weight ?? 1 });
      });
    }
  }
  return out;
}

/** Counts, and the estimate `confidence(n, correct)` from the weighted counts. */
function tally(obs: Observation[], confidence: (n: number, correct: number) => number): Tally {
  const correct = obs.filter((o) => o.correct).length;
  const weighted = obs.reduce((a, o) => a + o.weight, 0);
  const weightedCorrect = obs.reduce((a, o) => a + (o.correct ? o.weight : 0), 0);
  return { n: obs.length, correct, precision: obs.length ? correct / obs.length : 1, confidence: confidence(weighted, weightedCorrect) };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** Shrunk precision per method, per kind and overall (see the module comment). */
export function fit(obs: Observation[], prior = DEFAULT_PRIOR): Fit {
  const overall = tally(obs, (n, c) => (c + 1) / (n + 2));
  const kinds: Record<string, Tally> = {};
  for (const [kind, group] of groupBy(obs, (o) => o.kind)) kinds[kind] = tally(group, (n, c) => (c + prior * overall.confidence) / (n + prior));
  const methods: Record<string, Tally> = {};
  for (const [method, group] of [...groupBy(obs, (o) => o.method)].sort(([a], [b]) => a.localeCompare(b))) {
    const p = kinds[group[0]!.kind]!.confidence;
    methods[method] = tally(group, (n, c) => (c + prior * p) / (n + prior));
  }
  return { prior, overall, kinds, methods };
}

/** The fitted confidence of a method, else its kind's, else the overall one (as src/ingest/confidence.ts falls back). */
export function confidenceIn(f: Fit, kind: string, method: string): number {
  return f.methods[method]?.confidence ?? f.kinds[kind]?.confidence ?? f.overall.confidence;
}

export interface Bin {
  label: string;
  from: number;
  to: number;
  records: number;
  correct: number;
  precision: number | null;
  meanConfidence: number | null;
}

export const BINS: ReadonlyArray<[number, number, string]> = [
  [0, 0.5, '[0, 0.5)'],
  [0.5, 0.8, '[0.5, 0.8)'],
  [0.8, 0.9, '[0.8, 0.9)'],
  [0.9, Infinity, '[0.9, 1.0]'],
];

export interface SetCalibration {
  set: string;
  /** The sets the confidences were fitted on. */
  fittedOn: string[];
  bins: Bin[];
  records: number;
  correct: number;
  /** Mean squared error of the confidences against correctness (lower is better). */
  brier: number;
  /** The same with each record's kind confidence only: what the methods add over the kind. */
  brierKindOnly: number;
}

/** Bins of confidence with the records, how many are correct, their precision and mean confidence. */
export function binTable(scored: Array<{ confidence: number; correct: boolean }>): Bin[] {
  return BINS.map(([from, to, label]) => {
    const inBin = scored.filter((s) => s.confidence >= from && s.confidence < to);
    const correct = inBin.filter((s) => s.correct).length;
    return {
      label,
      from,
      to,
      records: inBin.length,
      correct,
      precision: inBin.length ? correct / inBin.length : null,
      meanConfidence: inBin.length ? inBin.reduce((a, s) => a + s.confidence, 0) / inBin.length : null,
    };
  });
}

const brier = (scored: Array<{ confidence: number; correct: boolean }>) => (scored.length ? scored.reduce((a, s) => a + (s.confidence - Number(s.correct)) ** 2, 0) / scored.length : 0);

/**
 * Each set's calibration with confidences fitted on the other sets only (leave-one-set-out), so that no set grades
 * a table fitted on itself; with a single set, in-sample.
 */
export function leaveOneSetOut(obs: Observation[], sets: string[], prior = DEFAULT_PRIOR): SetCalibration[] {
  return sets.map((set) => {
    const others = sets.length > 1 ? sets.filter((s) => s !== set) : sets;
    const f = fit(obs.filter((o) => others.includes(o.set)), prior);
    const own = obs.filter((o) => o.set === set);
    const scored = own.map((o) => ({ confidence: confidenceIn(f, o.kind, o.method), correct: o.correct }));
    const kindOnly = own.map((o) => ({ confidence: f.kinds[o.kind]?.confidence ?? f.overall.confidence, correct: o.correct }));
    return { set, fittedOn: others, bins: binTable(scored), records: own.length, correct: own.filter((o) => o.correct).length, brier: brier(scored), brierKindOnly: brier(kindOnly) };
  });
}

const pct = (x: number | null) => (x === null ? '    -' : x.toFixed(3));

function methodLines(f: Fit): string[] {
  const out = [`${'method'.padEnd(40)}${'n'.padStart(6)}${'correct'.padStart(9)}${'precision'.padStart(11)}${'confidence'.padStart(12)}`];
  for (const kind of KINDS) {
    const k = f.kinds[kind];
    for (const method of ALL_METHODS.filter((m) => m.startsWith(`${kind}.`))) {
      const m = f.methods[method];
      out.push(`${method.padEnd(40)}${String(m?.n ?? 0).padStart(6)}${String(m?.correct ?? 0).padStart(9)}${(m ? pct(m.precision) : '    -').padStart(11)}${(m ? pct(m.confidence) : `(${pct(k?.confidence ?? f.overall.confidence)})`).padStart(12)}`);
    }
    // Methods the observations name that the list does not (renamed since): shown so they are not lost silently.
    for (const [method, m] of Object.entries(f.methods).filter(([name]) => name.startsWith(`${kind}.`) && !(ALL_METHODS as readonly string[]).includes(name))) {
      out.push(`${`${method} (unknown)`.padEnd(40)}${String(m.n).padStart(6)}${String(m.correct).padStart(9)}${pct(m.precision).padStart(11)}${pct(m.confidence).padStart(12)}`);
    }
    if (k) out.push(`${`  ${kind} (kind fallback)`.padEnd(40)}${String(k.n).padStart(6)}${String(k.correct).padStart(9)}${pct(k.precision).padStart(11)}${pct(k.confidence).padStart(12)}`, '');
  }
  out.push(`${'all records'.padEnd(40)}${String(f.overall.n).padStart(6)}${String(f.overall.correct).padStart(9)}${pct(f.overall.precision).padStart(11)}${pct(f.overall.confidence).padStart(12)}`);
  return out;
}

function binLines(bins: Bin[]): string[] {
  const out = [`  ${'confidence'.padEnd(14)}${'records'.padStart(8)}${'correct'.padStart(9)}${'precision'.padStart(11)}${'mean conf'.padStart(11)}`];
  for (const b of bins) out.push(`  ${b.label.padEnd(14)}${String(b.records).padStart(8)}${String(b.correct).padStart(9)}${pct(b.precision).padStart(11)}${pct(b.meanConfidence).padStart(11)}`);
  return out;
}

/** The report `npm run calibrate` prints. */
export function formatReport(sets: Array<CalibrationSet & { articleCount: number }>, obs: Observation[], prior = DEFAULT_PRIOR): string {
  const all = fit(obs, prior);
  const weighted = sets.filter((s) => (s.weight ?? 1) !== 1);
  const out = [
    `Calibration sets: ${sets.map((s) => `${s.name} (${s.articleCount} articles, ${obs.filter((o) => o.set === s.name).length} records${(s.weight ?? 1) !== 1 ? `, weight ${s.weight}` : ''})`).join(', ')}`,
    'Correct = the scorer (src/quality/score.ts) matches the record to a gold record (optional ones included; statements with their speaker).',
    `Confidence = (correct + A * p_kind) / (n + A), A = ${prior}; p_kind = (correct_kind + A * p_all) / (n_kind + A); p_all = (correct_all + 1) / (n_all + 2).`,
    weighted.length
      ? `Sums weighted: each record of ${weighted.map((s) => `${s.name} counts ${s.weight}`).join(', ')} (the rules were developed on them); n and correct below are not weighted.`
      : 'No set weighted down (--developed-on names the sets the rules were developed on).',
    '',
    'Per method, fitted on all sets (confidence in parentheses: not seen, falls back to its kind):',
    ...methodLines(all),
    '',
  ];
  const names = sets.map((s) => s.name);
  const loso = leaveOneSetOut(obs, names, prior);
  out.push(
    names.length > 1
      ? 'Calibration per set, each set scored with confidences fitted on the OTHER sets only (leave-one-set-out):'
      : 'Calibration of the only set given, IN-SAMPLE (confidences fitted on this set itself; give more sets for an honest table):',
  );
  for (const c of loso) {
    out.push('', `${c.set}: ${c.records} records, ${c.correct} correct; fitted on ${c.fittedOn.join(', ')}`, ...binLines(c.bins));
    out.push(`  Brier score ${c.brier.toFixed(4)} (kind confidence alone: ${c.brierKindOnly.toFixed(4)})`);
  }
  if (names.length > 1) {
    const pooled = loso.flatMap((c) => c.bins);
    const merged = BINS.map(([, , label]) => {
      const bins = pooled.filter((b) => b.label === label);
      const records = bins.reduce((a, b) => a + b.records, 0);
      const correct = bins.reduce((a, b) => a + b.correct, 0);
      const confSum = bins.reduce((a, b) => a + (b.meanConfidence ?? 0) * b.records, 0);
      return { ...bins[0]!, records, correct, precision: records ? correct / records : null, meanConfidence: records ? confSum / records : null };
    });
    out.push('', 'All sets together, each record scored with confidences fitted on the other sets:', ...binLines(merged));
  }
  return out.join('\n');
}

const r3 = (x: number) => Number(x.toFixed(3));

/** src/ingest/confidence.ts for a fit: the per-method and per-kind tables, and the lookup. */
export function confidenceModule(f: Fit, sets: Array<{ name: string; articleCount: number; weight?: number }>): string {
  const methods = ALL_METHODS.filter((m) => f.methods[m]).map((m): [string, Tally] => [m, f.methods[m]!]);
  const entry = ([k, t]: [string, Tally]) => `  '${k}': ${r3(t.confidence)}, // ${t.correct} of ${t.n} correct`;
  return `/**
 * Calibrated confidence per extraction method (src/ingest/extract/methods.ts): the probability that a record
 * the method produces is right (the scorer matches it to a gold record).
 * GENERATED by \`npm run calibrate -- ARTICLES_DIR GOLD_DIR ... --write\`; do not edit by hand.
 * Fitted on ${f.overall.n} records (${f.overall.correct} correct) of
${sets.map((s) => ` * - ${s.name}: ${s.articleCount} articles${(s.weight ?? 1) !== 1 ? `, each record weighing ${s.weight} (the rules were developed on it)` : ''}`).join('\n')}
 * precision shrunk toward the kind's with a prior of strength ${f.prior} (src/quality/calibrate.ts).
 * The comments give the records seen, not weighted.
 */

/** Per-kind precision: the fallback for a method the calibration has not seen. */
export const KIND_CONFIDENCE: Readonly<Record<string, number>> = {
${Object.entries(f.kinds).sort(([a], [b]) => KINDS.indexOf(a as Kind) - KINDS.indexOf(b as Kind)).map(entry).join('\n')}
};

/** Per-method confidence. */
export const METHOD_CONFIDENCE: Readonly<Record<string, number>> = {
${methods.map(entry).join('\n')}
};

/** For a kind the calibration has not seen either: the precision of all records. */
export const DEFAULT_CONFIDENCE = ${r3(f.overall.confidence)};

/** The calibrated confidence of a method (\`<kind>.<rule>\`), else its kind's, else DEFAULT_CONFIDENCE. */
export function confidenceOf(method: string): number {
  return METHOD_CONFIDENCE[method] ?? KIND_CONFIDENCE[method.slice(0, method.indexOf('.'))] ?? DEFAULT_CONFIDENCE;
}
`;
}
