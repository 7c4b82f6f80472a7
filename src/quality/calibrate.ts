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
 * On blind text that estimate is still too sure and too narrow (blind records it put at 0.5-0.8 were right ~47%
 * of the time, none below 0.5), so a monotone recalibration (Platt scaling) is fitted on the blind sets (those not
 * developed on) on top of it:
 *
 *   confidence = sigmoid(a + b * logit(p_method))
 *
 * a, b by maximum likelihood (Newton) on the blind records, each scored with the per-method table it is applied to
 * (fitted on the same sets), with Platt's smoothed targets (correct = (N+ + 1)/(N+ + 2), wrong = 1/(N- + 2)) so
 * separable data keep finite parameters. (Scoring them instead with tables fitted without their own set leaves only
 * the development sets in that table when two blind sets are left out in turn, all near 1.0: the map learnt there
 * does not fit the table it is applied to; leave-one-set-out Brier on the blind sets 0.272 vs 0.084.)
 * The map depends on p_method only, so it keeps the methods' order. A per-kind term (statements, organizations)
 * did not help under leave-one-set-out on the two blind sets (2026-12-03: Brier 0.0832 vs 0.0835, log loss 0.3007 vs
 * 0.3005, its weights unstable between the folds), so there is none.
 * `npm run calibrate` prints the fit and a calibration table per set, each set's confidences fitted on the other
 * sets only (both the per-method estimate and the recalibration), and writes src/ingest/confidenceTable.ts with the fit
 * on all sets.
 */
import { basename, dirname } from 'node:path';
import { logit, recalibrate, sigmoid } from '../ingest/confidence';
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

/** Platt scaling of the per-method estimate: confidence = sigmoid(a + b * logit(p)). */
export interface Recalibration {
  a: number;
  b: number;
  /** The blind sets it was fitted on (none: the identity, a = 0, b = 1), with their records. */
  fittedOn: string[];
  records: number;
  correct: number;
}

export const IDENTITY: Recalibration = { a: 0, b: 1, fittedOn: [], records: 0, correct: 0 };

/** Solves A x = y (A small and symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], y: number[]): number[] {
  const n = y.length;
  const M = A.map((row, i) => [...row, y[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[pivot]![c]!)) pivot = r;
    [M[c], M[pivot]] = [M[pivot]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (M[r]![n]! - M[r]!.slice(r + 1, n).reduce((a, v, k) => a + v * x[r + 1 + k]!, 0)) / M[r]![r]!;
  return x;
}

/**
 * Logistic regression of targets t (in [0, 1]) on rows x by maximum likelihood: Newton steps (halved while the
 * log loss does not fall) from `start`, with a tiny ridge toward `start` so that a feature without variation leaves
 * its weight where it started.
 */
export function fitLogistic(x: number[][], t: number[], start: number[], ridge = 1e-6): number[] {
  let w = [...start];
  const loss = (v: number[]) =>
    x.reduce((a, row, i) => {
      const z = row.reduce((s, xi, k) => s + xi * v[k]!, 0);
      // -[t log s(z) + (1 - t) log(1 - s(z))], stable for large |z|
      return a + (Math.max(z, 0) - t[i]! * z + Math.log1p(Math.exp(-Math.abs(z))));
    }, 0) + (ridge / 2) * v.reduce((a, vk, k) => a + (vk - start[k]!) ** 2, 0);
  for (let iter = 0; iter < 50; iter++) {
    const g = w.map((wk, k) => ridge * (wk - start[k]!));
    const H = w.map((_, j) => w.map((__, k) => (j === k ? ridge : 0)));
    x.forEach((row, i) => {
      const s = sigmoid(row.reduce((a, xi, k) => a + xi * w[k]!, 0));
      row.forEach((xj, j) => {
        g[j]! += (s - t[i]!) * xj;
        row.forEach((xk, k) => (H[j]![k]! += s * (1 - s) * xj * xk));
      });
    });
    const step = solve(H, g);
    const before = loss(w);
    let scale = 1;
    let next = w.map((wk, k) => wk - step[k]!);
    while (loss(next) > before && scale > 1e-6) {
      scale /= 2;
      next = w.map((wk, k) => wk - scale * step[k]!);
    }
    const moved = Math.max(...next.map((v, k) => Math.abs(v - w[k]!)));
    w = next;
    if (moved < 1e-9) break;
  }
  return w;
}

/** Platt's smoothed targets: correct records (N+ + 1) / (N+ + 2), wrong ones 1 / (N- + 2). */
function plattTargets(correct: boolean[]): number[] {
  const pos = correct.filter(Boolean).length;
  const neg = correct.length - pos;
  return correct.map((c) => (c ? (pos + 1) / (pos + 2) : 1 / (neg + 2)));
}

/** Platt scaling fitted on (per-method estimate, correct) pairs; the identity when there are none. */
export function fitPlatt(points: Array<{ confidence: number; correct: boolean }>, fittedOn: string[] = []): Recalibration {
  if (points.length === 0) return IDENTITY;
  const [a, b] = fitLogistic(
    points.map((p) => [1, logit(p.confidence)]),
    plattTargets(points.map((p) => p.correct)),
    [0, 1],
  );
  return { a: a!, b: b!, fittedOn, records: points.length, correct: points.filter((p) => p.correct).length };
}

/** The blind sets among the observations: those whose records all count fully (not developed on). */
export function blindSets(obs: Observation[]): string[] {
  const sets = [...new Set(obs.map((o) => o.set))];
  return sets.filter((s) => obs.every((o) => o.set !== s || o.weight === 1));
}

/**
 * The blind records of `sets`, each with the per-method estimate fitted on `sets` (the table the recalibration will
 * be applied to): what the recalibration is fitted on.
 */
export function blindPoints(obs: Observation[], sets: string[], prior = DEFAULT_PRIOR): Array<Observation & { confidence: number }> {
  const blind = blindSets(obs).filter((s) => sets.includes(s));
  const f = fit(obs.filter((o) => sets.includes(o.set)), prior);
  return obs.filter((o) => blind.includes(o.set)).map((o) => ({ ...o, confidence: confidenceIn(f, o.kind, o.method) }));
}

/** Platt scaling fitted on the blind sets among `sets` (the identity when there is none). */
export function fitRecalibration(obs: Observation[], sets: string[], prior = DEFAULT_PRIOR): Recalibration {
  const points = blindPoints(obs, sets, prior);
  return fitPlatt(points, [...new Set(points.map((p) => p.set))]);
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
  /** The sets the per-method confidences were fitted on. */
  fittedOn: string[];
  /** Before recalibration: the per-method estimate. */
  bins: Bin[];
  records: number;
  correct: number;
  /** Mean squared error of the confidences against correctness (lower is better). */
  brier: number;
  /** Mean negative log likelihood of correctness under the confidences (lower is better). */
  logLoss: number;
  /** The same with each record's kind confidence only: what the methods add over the kind. */
  brierKindOnly: number;
  /** The recalibration fitted on the blind sets among the other sets only, and the set's table, Brier and log loss with it. */
  recalibration: Recalibration;
  binsRecalibrated: Bin[];
  brierRecalibrated: number;
  logLossRecalibrated: number;
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

type Scored = Array<{ confidence: number; correct: boolean }>;
export const brier = (scored: Scored) => (scored.length ? scored.reduce((a, s) => a + (s.confidence - Number(s.correct)) ** 2, 0) / scored.length : 0);
/** Mean negative log likelihood; confidences are kept 1e-4 away from 0 and 1 (as logit does). */
export const logLoss = (scored: Scored) =>
  scored.length ? scored.reduce((a, s) => a - Math.log(Math.min(1 - 1e-4, Math.max(1e-4, s.correct ? s.confidence : 1 - s.confidence))), 0) / scored.length : 0;

/**
 * Each set's calibration with confidences fitted on the other sets only (leave-one-set-out), so that no set grades
 * a table fitted on itself: the per-method estimate on the other sets, and the recalibration on the blind sets among
 * them (each of those scored with the estimate fitted on the sets other than it and the set graded); with a single
 * set, in-sample.
 */
export function leaveOneSetOut(obs: Observation[], sets: string[], prior = DEFAULT_PRIOR): SetCalibration[] {
  return sets.map((set) => {
    const others = sets.length > 1 ? sets.filter((s) => s !== set) : sets;
    const f = fit(obs.filter((o) => others.includes(o.set)), prior);
    const recalibration = fitRecalibration(obs, others, prior);
    const own = obs.filter((o) => o.set === set);
    const scored = own.map((o) => ({ confidence: confidenceIn(f, o.kind, o.method), correct: o.correct }));
    const recalibrated = scored.map((s) => ({ confidence: recalibrate(recalibration, s.confidence), correct: s.correct }));
    const kindOnly = own.map((o) => ({ confidence: f.kinds[o.kind]?.confidence ?? f.overall.confidence, correct: o.correct }));
    return {
      set,
      fittedOn: others,
      bins: binTable(scored),
      records: own.length,
      correct: own.filter((o) => o.correct).length,
      brier: brier(scored),
      logLoss: logLoss(scored),
      brierKindOnly: brier(kindOnly),
      recalibration,
      binsRecalibrated: binTable(recalibrated),
      brierRecalibrated: brier(recalibrated),
      logLossRecalibrated: logLoss(recalibrated),
    };
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

const fmtPlatt = (r: Pick<Recalibration, 'a' | 'b'>) => `a = ${r.a.toFixed(3)}, b = ${r.b.toFixed(3)}`;

/** The bins before (per-method estimate) and after recalibration, side by side. */
function binLines(before: Bin[], after: Bin[]): string[] {
  const cols = (b: Bin) => `${String(b.records).padStart(8)}${String(b.correct).padStart(9)}${pct(b.precision).padStart(11)}${pct(b.meanConfidence).padStart(11)}`;
  const head = `${'records'.padStart(8)}${'correct'.padStart(9)}${'precision'.padStart(11)}${'mean conf'.padStart(11)}`;
  const out = [`  ${''.padEnd(14)}${'per-method estimate'.padEnd(39)}    recalibrated`, `  ${'confidence'.padEnd(14)}${head}    ${head}`];
  before.forEach((b, i) => out.push(`  ${b.label.padEnd(14)}${cols(b)}    ${cols(after[i]!)}`));
  return out;
}

/** Bins of several sets pooled. */
function poolBins(tables: Bin[][]): Bin[] {
  return BINS.map(([, , label]) => {
    const bins = tables.map((t) => t.find((b) => b.label === label)!);
    const records = bins.reduce((a, b) => a + b.records, 0);
    const correct = bins.reduce((a, b) => a + b.correct, 0);
    const confSum = bins.reduce((a, b) => a + (b.meanConfidence ?? 0) * b.records, 0);
    return { ...bins[0]!, records, correct, precision: records ? correct / records : null, meanConfidence: records ? confSum / records : null };
  });
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
  const blind = blindSets(obs);
  const recalibration = fitRecalibration(obs, names, prior);
  out.push(
    `Recalibration (Platt scaling): confidence = sigmoid(a + b * logit(p_method)), fitted on the blind sets (${blind.join(', ') || 'none given: identity'}),`,
    '  each blind record scored with the per-method table fitted on the same sets (the one it is applied to).',
    `  On all sets: ${fmtPlatt(recalibration)} (${recalibration.records} records, ${recalibration.correct} correct).`,
    `  p_method -> confidence: ${[0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99].map((p) => `${p} -> ${recalibrate(recalibration, p).toFixed(2)}`).join(', ')}`,
    '',
  );
  const loso = leaveOneSetOut(obs, names, prior);
  out.push(
    names.length > 1
      ? 'Calibration per set, each set scored with confidences fitted on the OTHER sets only (leave-one-set-out; the recalibration on the other blind sets):'
      : 'Calibration of the only set given, IN-SAMPLE (confidences fitted on this set itself; give more sets for an honest table):',
  );
  for (const c of loso) {
    const r = c.recalibration;
    out.push(
      '',
      `${c.set}${blind.includes(c.set) ? ' (blind)' : ''}: ${c.records} records, ${c.correct} correct; methods fitted on ${c.fittedOn.join(', ')}; ` +
        (r.fittedOn.length ? `recalibration on ${r.fittedOn.join(', ')} (${fmtPlatt(r)})` : 'no other blind set: recalibration = identity'),
      ...binLines(c.bins, c.binsRecalibrated),
      `  Brier ${c.brier.toFixed(4)} -> ${c.brierRecalibrated.toFixed(4)}, log loss ${c.logLoss.toFixed(4)} -> ${c.logLossRecalibrated.toFixed(4)} (kind confidence alone: Brier ${c.brierKindOnly.toFixed(4)})`,
    );
  }
  if (names.length > 1) {
    const pooled = (cs: SetCalibration[], title: string) => {
      const n = cs.reduce((a, c) => a + c.records, 0);
      const mean = (k: 'brier' | 'brierRecalibrated' | 'logLoss' | 'logLossRecalibrated') => cs.reduce((a, c) => a + c[k] * c.records, 0) / n;
      out.push(
        '',
        title,
        ...binLines(poolBins(cs.map((c) => c.bins)), poolBins(cs.map((c) => c.binsRecalibrated))),
        `  Brier ${mean('brier').toFixed(4)} -> ${mean('brierRecalibrated').toFixed(4)}, log loss ${mean('logLoss').toFixed(4)} -> ${mean('logLossRecalibrated').toFixed(4)}`,
      );
    };
    const blindLoso = loso.filter((c) => blind.includes(c.set));
    if (blindLoso.length > 1 && blindLoso.length < loso.length) pooled(blindLoso, `Blind sets together (${blindLoso.map((c) => c.set).join(', ')}), each scored as above:`);
    pooled(loso, 'All sets together, each record scored with confidences fitted on the other sets:');
  }
  return out.join('\n');
}

const r3 = (x: number) => Number(x.toFixed(3));

const r4 = (x: number) => Number(x.toFixed(4));

/** src/ingest/confidenceTable.ts for a fit and its recalibration: the per-method and per-kind tables, the Platt parameters, and the lookup. */
export function confidenceModule(f: Fit, sets: Array<{ name: string; articleCount: number; weight?: number }>, recalibration: Recalibration = IDENTITY): string {
  const r = { a: r4(recalibration.a), b: r4(recalibration.b) };
  const methods = ALL_METHODS.filter((m) => f.methods[m]).map((m): [string, Tally] => [m, f.methods[m]!]);
  const entry = ([k, t]: [string, Tally]) => `  '${k}': ${r3(t.confidence)}, // ${t.correct} of ${t.n} correct; recalibrated ${r3(recalibrate(r, r3(t.confidence)))}`;
  return `/**
 * Calibrated confidence per extraction method (src/ingest/extract/methods.ts): the probability that a record
 * the method produces is right (the scorer matches it to a gold record).
 * GENERATED by \`npm run calibrate -- ARTICLES_DIR GOLD_DIR ... --write\`; do not edit by hand.
 * Fitted on ${f.overall.n} records (${f.overall.correct} correct) of
${sets.map((s) => ` * - ${s.name}: ${s.articleCount} articles${(s.weight ?? 1) !== 1 ? `, each record weighing ${s.weight} (the rules were developed on it)` : ''}`).join('\n')}
 * The per-method estimate: precision shrunk toward the kind's with a prior of strength ${f.prior} (src/quality/calibrate.ts);
 * then recalibrated (Platt scaling) with RECALIBRATION, fitted on the blind sets (${recalibration.fittedOn.join(', ') || 'none: identity'}${recalibration.records ? `, ${recalibration.records} records, ${recalibration.correct} correct` : ''}):
 * confidence = sigmoid(a + b * logit(estimate)). The comments give the records seen, not weighted, and the recalibrated value.
 */

/** Per-kind estimate: the fallback for a method the calibration has not seen. */
export const KIND_CONFIDENCE: Readonly<Record<string, number>> = {
${Object.entries(f.kinds).sort(([a], [b]) => KINDS.indexOf(a as Kind) - KINDS.indexOf(b as Kind)).map(entry).join('\n')}
};

/** Per-method estimate (before recalibration). */
export const METHOD_CONFIDENCE: Readonly<Record<string, number>> = {
${methods.map(entry).join('\n')}
};

/** For a kind the calibration has not seen either: the precision of all records. */
export const DEFAULT_CONFIDENCE = ${r3(f.overall.confidence)};

/** Platt scaling of the estimate, fitted on the blind sets: confidence = sigmoid(a + b * logit(estimate)). */
export const RECALIBRATION: Readonly<{ a: number; b: number }> = { a: ${r.a}, b: ${r.b} };
`;
}
