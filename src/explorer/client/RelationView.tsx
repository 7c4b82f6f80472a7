/**
 * The relation between two countries: totals, a timeline per year (stacked by
 * kind of record or by sector), and the records below it, filtered by kind,
 * sector, status and date range. Every choice lives in the URL, so a view can
 * be shared and back/forward step through the choices.
 */
import { useMemo, type ChangeEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { relationPath } from '../routes';
import { useGql } from './api';
import { CountryChoicesDocument, RelationTimelineDocument, type AgreementStatus, type RelationTimelineQuery, type Sector } from './generated';
import { AgreementsSection, FactsSection, StatementsSection } from './RecordLists';
import { Timeline, type Series, type TimelineRow } from './Timeline';
import { Async, ErrorNote, label, Loading, PageTitle, usePainted } from './ui';

const SECTORS: Sector[] = ['ENERGY', 'NUCLEAR', 'MINING_AND_MINERALS', 'INFRASTRUCTURE', 'TRANSPORT_AND_LOGISTICS', 'MANUFACTURING', 'AGRICULTURE', 'HEALTHCARE', 'DIGITAL_AND_ICT', 'FINANCE_AND_INVESTMENT', 'TRADE', 'ENVIRONMENT_AND_CLIMATE', 'EDUCATION_AND_CULTURE', 'TOURISM', 'DIPLOMACY'];
const STATUSES: AgreementStatus[] = ['SIGNED', 'ANNOUNCED', 'COMPLETED', 'PLANNED'];
const KINDS = [
  { key: 'agreement', label: 'Agreements', color: '#1d4ed8' },
  { key: 'statement', label: 'Statements', color: '#b45309' },
  { key: 'fact', label: 'Facts', color: '#15803d' },
];
// 15 sectors, then "no sector" and facts: distinguishable colours, each dark enough for white focus outlines.
const SECTOR_COLORS = ['#1d4ed8', '#7c3aed', '#b45309', '#0f766e', '#be123c', '#4d7c0f', '#a16207', '#0369a1', '#9333ea', '#c2410c', '#15803d', '#047857', '#6d28d9', '#db2777', '#334155'];
const NO_SECTOR = 'NONE';
const FACTS = 'FACTS';

export interface RelationFilters {
  stack: 'kind' | 'sector';
  kind?: string;
  sector?: Sector;
  status?: AgreementStatus;
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(search: string): RelationFilters {
  const p = new URLSearchParams(search);
  const pick = <T extends string>(name: string, allowed: readonly T[]) => (allowed as readonly string[]).includes(p.get(name) ?? '') ? (p.get(name) as T) : undefined;
  const date = (name: string) => (DATE.test(p.get(name) ?? '') ? p.get(name)! : undefined);
  return {
    stack: p.get('stack') === 'sector' ? 'sector' : 'kind',
    kind: pick('kind', ['agreement', 'statement', 'fact']),
    sector: pick('sector', SECTORS),
    status: pick('status', STATUSES),
    from: date('from'),
    to: date('to'),
  };
}

export function writeFilters(f: RelationFilters): string {
  const p = new URLSearchParams();
  if (f.stack === 'sector') p.set('stack', 'sector');
  for (const k of ['kind', 'sector', 'status', 'from', 'to'] as const) if (f[k]) p.set(k, f[k]!);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function chartData(t: RelationTimelineQuery, stack: 'kind' | 'sector') {
  const rows = new Map<string, TimelineRow>();
  const row = (year: string) => rows.get(year) ?? (rows.set(year, { year }), rows.get(year)!);
  const add = (year: number | null | undefined, key: string, n: number) => {
    if (year == null || n === 0) return;
    const r = row(String(year));
    r[key] = (Number(r[key]) || 0) + n;
  };
  const undated = { agreement: 0, statement: 0, fact: 0 };
  if (stack === 'kind') {
    for (const g of t.agreementsByYear ?? []) g.keys.year == null ? (undated.agreement += g.count) : add(g.keys.year, 'agreement', g.count);
    for (const g of t.statementsByYear ?? []) g.keys.year == null ? (undated.statement += g.count) : add(g.keys.year, 'statement', g.count);
  } else {
    for (const g of [...(t.agreementsBySector ?? []), ...(t.statementsBySector ?? [])]) add(g.keys.year, g.keys.sector ?? NO_SECTOR, g.count);
  }
  for (const g of t.factsByYear) g.keys.year == null ? (undated.fact += g.count) : add(g.keys.year, stack === 'kind' ? 'fact' : FACTS, g.count);
  // Years without records still get a (zero) column, so gaps show as gaps.
  const years = [...rows.keys()].map(Number);
  if (years.length > 0) for (let y = Math.min(...years); y <= Math.max(...years); y++) row(String(y));
  const sorted = [...rows.values()].sort((a, b) => a.year.localeCompare(b.year));
  let series: Series[];
  if (stack === 'kind') series = KINDS;
  else {
    const present = new Set(sorted.flatMap((r) => Object.keys(r).filter((k) => k !== 'year')));
    series = [
      ...SECTORS.map((s, i) => ({ key: s, label: label(s), color: SECTOR_COLORS[i]! })).filter((s) => present.has(s.key)),
      ...(present.has(NO_SECTOR) ? [{ key: NO_SECTOR, label: 'No sector', color: '#64748b' }] : []),
      ...(present.has(FACTS) ? [{ key: FACTS, label: 'Facts (no sector)', color: '#94a3b8' }] : []),
    ];
  }
  return { rows: sorted, series, undated };
}

function PairChooser({ a, b }: { a: string; b: string }) {
  const countries = useGql(CountryChoicesDocument, {});
  const [, navigate] = useLocation();
  const options = countries.data?.countries.nodes ?? [];
  const change = (which: 'a' | 'b') => (e: ChangeEvent<HTMLSelectElement>) => navigate(which === 'a' ? relationPath(e.target.value, b) : relationPath(a, e.target.value));
  const select = (which: 'a' | 'b', value: string, text: string) => (
    <label>
      {text}
      <select value={value} onChange={change(which)} disabled={options.length === 0}>
        {!options.some((c) => c.iso2 === value) && <option value={value}>{value}</option>}
        {options.map((c) => (
          <option key={c.iso2} value={c.iso2} disabled={c.iso2 === (which === 'a' ? b : a)}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="pair" role="group" aria-label="Countries">
      {select('a', a, 'Country')}
      {select('b', b, 'and')}
    </div>
  );
}

function Choice({ id, label: text, value, onChange, any, options }: { id: string; label: string; value?: string; onChange: (e: ChangeEvent<HTMLSelectElement>) => void; any: string; options: readonly { value: string; text: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{text}</label>
      <select id={id} value={value ?? ''} onChange={onChange}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, text: label(v) }));

function FilterBar({ f, set }: { f: RelationFilters; set: (next: RelationFilters) => void }) {
  const upd = (k: keyof RelationFilters) => (e: ChangeEvent<HTMLSelectElement | HTMLInputElement>) => set({ ...f, [k]: e.target.value || undefined });
  const any = f.kind || f.sector || f.status || f.from || f.to;
  return (
    <form className="filters" aria-label="Filter the records" onSubmit={(e) => e.preventDefault()}>
      <Choice id="f-kind" label="Kind" value={f.kind} onChange={upd('kind')} any="All kinds" options={KINDS.map((k) => ({ value: k.key, text: k.label }))} />
      <Choice id="f-sector" label="Sector" value={f.sector} onChange={upd('sector')} any="All sectors" options={choices(SECTORS)} />
      <Choice id="f-status" label="Status (agreements)" value={f.status} onChange={upd('status')} any="Any status" options={choices(STATUSES)} />
      <div className="field">
        <label htmlFor="f-from">From</label>
        <input id="f-from" type="date" value={f.from ?? ''} onChange={upd('from')} />
      </div>
      <div className="field">
        <label htmlFor="f-to">To</label>
        <input id="f-to" type="date" value={f.to ?? ''} onChange={upd('to')} />
      </div>
      {any && (
        <button type="button" onClick={() => set({ stack: f.stack })}>
          Clear filters
        </button>
      )}
    </form>
  );
}

export function RelationView({ a, b }: { a: string; b: string }) {
  const [location, navigate] = useLocation();
  const f = readFilters(useSearch());
  const set = (next: RelationFilters) => navigate(`${location}${writeFilters(next)}`);
  const between = useMemo(() => [a, b], [a, b]);
  const t = useGql(RelationTimelineDocument, { between, bySector: f.stack === 'sector' });
  const rel = t.data?.relation;
  const [ca, cb] = [rel?.countries.find((c) => c.iso2 === a)?.name ?? a, rel?.countries.find((c) => c.iso2 === b)?.name ?? b];
  // First meaningful render: the totals and the whole chart, from one request.
  usePainted('relation', rel != null, `${ca} – ${cb}`);
  const chart = t.data ? chartData(t.data, f.stack) : undefined;
  const dates = { ...(f.from ? { dateFrom: f.from } : {}), ...(f.to ? { dateTo: f.to } : {}) };
  const show = (k: string) => !f.kind || f.kind === k;
  const selectedYear = f.from && f.to && f.from.slice(0, 4) === f.to.slice(0, 4) && f.from.endsWith('-01-01') && f.to.endsWith('-12-31') ? f.from.slice(0, 4) : undefined;
  const onSelect = (year: string, key: string) => {
    const byKind = KINDS.some((k) => k.key === key);
    set({
      stack: f.stack,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      ...(byKind ? { kind: key } : key === FACTS ? { kind: 'fact' } : key === NO_SECTOR ? {} : { sector: key as Sector }),
    });
  };
  return (
    <>
      <PageTitle kicker="Relation">
        {ca} – {cb}
      </PageTitle>
      <PairChooser a={a} b={b} />
      <Async q={t} what="the relation">
        {(d) =>
          !d.relation ? (
            <ErrorNote what="the relation" error={new Error(`${a} or ${b} is not a country the articles mention.`)} />
          ) : (
            <>
              <p className="totals" role="status">
                <strong>{d.relation.agreements.totalCount}</strong> agreements · <strong>{d.relation.statements.totalCount}</strong> statements · <strong>{d.relation.facts.totalCount}</strong> facts
              </p>
              <fieldset className="stack-by">
                <legend>Stack the bars by</legend>
                <label>
                  <input type="radio" name="stack" checked={f.stack === 'kind'} onChange={() => set({ ...f, stack: 'kind' })} /> kind of record
                </label>
                <label>
                  <input type="radio" name="stack" checked={f.stack === 'sector'} onChange={() => set({ ...f, stack: 'sector' })} /> sector
                </label>
              </fieldset>
              {!chart ? (
                <Loading what="the timeline" />
              ) : chart.rows.length === 0 ? (
                <p className="status empty">No dated records between {ca} and {cb}, so no timeline.</p>
              ) : (
                <Timeline
                  rows={chart.rows}
                  series={chart.series}
                  title={`Records per year between ${ca} and ${cb}, by ${f.stack === 'kind' ? 'kind of record' : 'sector'}`}
                  onSelect={onSelect}
                  selected={selectedYear ? { year: selectedYear, key: f.stack === 'kind' ? f.kind : f.sector ?? (f.kind === 'fact' ? FACTS : undefined) } : undefined}
                />
              )}
              {chart && (
                <p className="hint">
                  Undated, not on the chart: {chart.undated.agreement} agreements, {chart.undated.statement} statements, {chart.undated.fact} facts.
                  {f.stack === 'sector' && ' By sector, a record with several sectors counts once in each.'}
                </p>
              )}
            </>
          )
        }
      </Async>
      <FilterBar f={f} set={set} />
      <div className="columns">
        {show('agreement') && <AgreementsSection filter={{ parties: between, ...dates, ...(f.sector ? { sectors: [f.sector] } : {}), ...(f.status ? { statuses: [f.status] } : {}) }} empty="No agreements match these filters." />}
        {show('statement') && (f.status ? <p className="hint">Statements have no status: hidden while a status is chosen.</p> : <StatementsSection filter={{ involving: between, ...dates, ...(f.sector ? { sectors: [f.sector] } : {}) }} empty="No statements match these filters." />)}
        {show('fact') && (f.status || f.sector ? <p className="hint">Facts have no sector or status: hidden while one is chosen.</p> : <FactsSection filter={{ involving: between, ...dates }} empty="No facts match these filters." />)}
      </div>
    </>
  );
}
