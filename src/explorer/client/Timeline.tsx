/**
 * The relation's timeline: records per year as stacked bars (@visx/shape's
 * BarStack on @visx/scale), by kind of record or by sector. Every bar segment
 * is a button (mouse, Tab + Enter) that filters the list below to its year
 * and its kind or sector; the numbers are also given as a table.
 */
import { BarStack } from '@visx/shape';
import { scaleBand, scaleLinear, scaleOrdinal } from '@visx/scale';
import type { KeyboardEvent } from 'react';
import { useWidth } from './useWidth';

export interface TimelineRow {
  year: string;
  [key: string]: number | string;
}

export interface Series {
  key: string;
  label: string;
  color: string;
}

const HEIGHT = 260;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 36 };

export function Timeline({ rows, series, title, onSelect, selected }: {
  rows: TimelineRow[];
  series: Series[];
  title: string;
  onSelect: (year: string, key: string) => void;
  selected?: { year?: string; key?: string };
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const keys = series.map((s) => s.key);
  // Every key in every row: the stack layout reads a missing one as NaN and draws it wrongly.
  rows = rows.map((r) => ({ ...Object.fromEntries(keys.map((k) => [k, Number(r[k]) || 0])), year: r.year }));
  const total = (r: TimelineRow) => keys.reduce((n, k) => n + (Number(r[k]) || 0), 0);
  const max = Math.max(1, ...rows.map(total));
  const innerW = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  // A few years do not make bars a screen wide: at most ~72 px per year, centred.
  const used = Math.min(innerW, rows.length * 72);
  const x = scaleBand<string>({ domain: rows.map((r) => r.year), range: [(innerW - used) / 2, (innerW + used) / 2], padding: 0.25 });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerH, 0], nice: true });
  const color = scaleOrdinal<string, string>({ domain: keys, range: series.map((s) => s.color) });
  const labelOf = (k: string) => series.find((s) => s.key === k)?.label ?? k;
  const everyNth = Math.ceil((rows.length * 40) / Math.max(innerW, 1));
  const press = (e: KeyboardEvent, year: string, key: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(year, key);
    }
  };
  return (
    <figure className="timeline">
      <figcaption>{title}</figcaption>
      <ul className="legend" aria-label="Legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <div ref={ref} className="chart">
        {width > 0 && (
          <svg width={width} height={HEIGHT} role="group" aria-label={`${title}. Each bar segment is a button that filters the list below.`}>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <g aria-hidden="true" className="axis">
                {y.ticks(4).map((t) => (
                  <g key={t}>
                    <line x1={0} x2={innerW} y1={y(t)} y2={y(t)} className="grid" />
                    <text x={-6} y={y(t)} dy="0.32em" textAnchor="end">
                      {t}
                    </text>
                  </g>
                ))}
                {rows.map((r, i) =>
                  i % everyNth === 0 ? (
                    <text key={r.year} x={(x(r.year) ?? 0) + x.bandwidth() / 2} y={innerH + 18} textAnchor="middle">
                      {r.year}
                    </text>
                  ) : null,
                )}
              </g>
              <BarStack<TimelineRow, string> data={rows} keys={keys} x={(r) => r.year} xScale={x} yScale={y} color={(k) => color(k)}>
                {(stacks) =>
                  stacks.map((stack) =>
                    stack.bars
                      .filter((bar) => bar.height > 0)
                      .map((bar) => {
                        const year = bar.bar.data.year;
                        const n = Number(bar.bar.data[stack.key]) || 0;
                        const isSel = selected?.year === year && (!selected.key || selected.key === stack.key);
                        return (
                          <rect
                            key={`${year}-${stack.key}`}
                            x={bar.x}
                            y={bar.y}
                            width={bar.width}
                            height={bar.height}
                            fill={bar.color}
                            className={isSel ? 'bar selected' : 'bar'}
                            role="button"
                            tabIndex={0}
                            aria-label={`${year}, ${labelOf(stack.key)}: ${n}. Show them in the list.`}
                            aria-pressed={isSel}
                            onClick={() => onSelect(year, stack.key)}
                            onKeyDown={(e) => press(e, year, stack.key)}
                          >
                            <title>{`${year} · ${labelOf(stack.key)}: ${n}`}</title>
                          </rect>
                        );
                      }),
                  )
                }
              </BarStack>
            </g>
          </svg>
        )}
      </div>
      <details>
        <summary>The numbers as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                {keys.map((k) => (
                  <td key={k}>{Number(r[k]) || 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
