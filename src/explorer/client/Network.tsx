/**
 * The network around an entity: organizations and countries linked when they
 * are parties to the same agreement (line width: how many), laid out by
 * d3-force and drawn as SVG links, so each node is a real link (click, Tab,
 * Enter) that opens its page. A list of the same parties follows for reading
 * without the picture.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { useMemo, type MouseEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { countryPath, recordPath } from '../routes';
import { useGql } from './api';
import { AgreementNetworkDocument, type AgreementFilter } from './generated';
import { Empty, ErrorNote, Loading } from './ui';
import { useWidth } from './useWidth';

interface GNode extends SimulationNodeDatum {
  key: string;
  name: string;
  href: string;
  type: 'country' | 'organization';
  agreements: number;
}
interface GLink extends SimulationLinkDatum<GNode> {
  weight: number;
}

const MAX_NODES = 40;

export function buildGraph(agreements: { partyCountries: { iso2: string; name: string }[]; partyOrganizations: { id: string; name: string }[] }[]) {
  const nodes = new Map<string, GNode>();
  const links = new Map<string, GLink & { a: string; b: string }>();
  for (const ag of agreements) {
    const parties = [
      ...ag.partyCountries.map((c) => ({ key: `c:${c.iso2}`, name: c.name, href: countryPath(c.iso2), type: 'country' as const })),
      ...ag.partyOrganizations.map((o) => ({ key: `o:${o.id}`, name: o.name, href: recordPath('Organization', o.id), type: 'organization' as const })),
    ];
    for (const p of parties) {
      const n = nodes.get(p.key) ?? { ...p, agreements: 0 };
      n.agreements += 1;
      nodes.set(p.key, n);
    }
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i]!.key, parties[j]!.key].sort() as [string, string];
        const l = links.get(`${a}|${b}`) ?? { a, b, source: a, target: b, weight: 0 };
        l.weight += 1;
        links.set(`${a}|${b}`, l);
      }
  }
  const kept = [...nodes.values()].sort((x, y) => y.agreements - x.agreements || x.name.localeCompare(y.name)).slice(0, MAX_NODES);
  const keep = new Set(kept.map((n) => n.key));
  return { nodes: kept, links: [...links.values()].filter((l) => keep.has(l.a) && keep.has(l.b)), dropped: nodes.size - kept.length };
}

function layout(nodes: GNode[], links: GLink[], width: number, height: number) {
  const sim = forceSimulation(nodes)
    .force('link', forceLink<GNode, GLink>(links).id((n) => n.key).distance(Math.min(width, height) / (nodes.length < 8 ? 2.5 : 5)))
    .force('charge', forceManyBody().strength(-260))
    .force('center', forceCenter(width / 2, height / 2))
    .force('collide', forceCollide(28))
    .stop();
  // Deterministic and synchronous: the picture is the same on every visit and never jiggles.
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(30, Math.min(width - 30, n.x ?? 0));
    n.y = Math.max(24, Math.min(height - 24, n.y ?? 0));
  }
}

/** A long name cut at a word boundary: a prefix of the name, so the visible text stays part of the link's accessible name. */
function shortName(name: string): string {
  if (name.length <= 24) return name;
  const cut = name.slice(0, 24);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 12)).trim();
}

export function Network({ filter, focus, name }: { filter: AgreementFilter; focus: string; name: string }) {
  const q = useGql(AgreementNetworkDocument, { filter });
  const [ref, width] = useWidth<HTMLDivElement>();
  const [, navigate] = useLocation();
  const graph = useMemo(() => {
    if (!q.data || width === 0) return undefined;
    const g = buildGraph(q.data.agreements.nodes);
    // A handful of parties gets a small picture; a crowd, room.
    const height = g.nodes.length <= 6 ? 260 : width < 500 ? 380 : 460;
    layout(g.nodes, g.links, width, height);
    return { ...g, height };
  }, [q.data, width]);
  const open = (e: MouseEvent, href: string) => {
    e.preventDefault();
    navigate(href);
  };
  return (
    <section aria-labelledby="net-h" className="network">
      <h2 id="net-h">Network</h2>
      <p className="hint">Organizations and countries that are parties to the same agreements as {name}{q.data && q.data.agreements.totalCount > 100 ? ` (its newest 100 of ${q.data.agreements.totalCount} agreements)` : ''}. Select a name to open it.</p>
      <div ref={ref}>
        {q.error ? (
          <ErrorNote what="the network" error={q.error} retry={() => void q.refetch()} />
        ) : !q.data ? (
          <Loading what="the network" />
        ) : q.data.agreements.nodes.length === 0 || !graph || graph.nodes.length < 2 ? (
          <Empty>No agreements with other parties, so no network to draw.</Empty>
        ) : (
          <>
            <svg width={width} height={graph.height} role="group" aria-label={`Network of the parties to ${name}'s agreements`} className="graph">
              <g aria-hidden="true">
                {graph.links.map((l) => {
                  const s = l.source as GNode;
                  const t = l.target as GNode;
                  return <line key={`${s.key}|${t.key}`} x1={s.x} y1={s.y} x2={t.x} y2={t.y} strokeWidth={Math.min(1 + l.weight, 8)} className="edge" />;
                })}
              </g>
              {graph.nodes.map((n) => (
                <a key={n.key} href={n.href} onClick={(e) => open(e, n.href)} aria-label={`${n.name} (${n.type}, ${n.agreements} agreement${n.agreements === 1 ? '' : 's'})`} className={`node ${n.type}${n.key === focus ? ' focus' : ''}`}>
                  <circle cx={n.x} cy={n.y} r={n.type === 'country' ? 14 : 9 + Math.min(n.agreements, 6)} />
                  <title>{n.name}</title>
                  <text x={n.x} y={(n.y ?? 0) + 26} textAnchor="middle">
                    {shortName(n.name)}
                  </text>
                </a>
              ))}
            </svg>
            <details className="network-list">
              <summary>The same as a list ({graph.nodes.length} parties{graph.dropped > 0 ? `; ${graph.dropped} more with fewer agreements not drawn` : ''})</summary>
              <ul>
                {graph.nodes.map((n) => (
                  <li key={n.key}>
                    <Link href={n.href}>{n.name}</Link> — {n.type}, {n.agreements} agreement{n.agreements === 1 ? '' : 's'}
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </div>
    </section>
  );
}
