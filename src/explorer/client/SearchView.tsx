/** Home (search box, relation shortcuts) and Search: one box over everything, hits grouped by kind, paging per kind. */
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { countryPath, relationPath } from '../routes';
import { useGql } from './api';
import { CountryChoicesDocument, SearchAllDocument, SearchKindDocument, type SearchGroupFragment, type SearchKind } from './generated';
import { Async, dateText, Empty, label, PageTitle, RecordLink, Snippet, usePainted } from './ui';

const KINDS: { kind: SearchKind; key: 'articles' | 'organizations' | 'persons' | 'agreements' | 'statements' | 'facts'; title: string }[] = [
  { kind: 'AGREEMENT', key: 'agreements', title: 'Agreements' },
  { kind: 'STATEMENT', key: 'statements', title: 'Statements' },
  { kind: 'FACT', key: 'facts', title: 'Facts' },
  { kind: 'ORGANIZATION', key: 'organizations', title: 'Organizations' },
  { kind: 'PERSON', key: 'persons', title: 'People' },
  { kind: 'ARTICLE', key: 'articles', title: 'Articles' },
];
const PAGE = 20;
const PER_GROUP = 5;
export const CENTRAL_ASIA = ['KZ', 'UZ', 'KG', 'TJ', 'TM'];

function SearchBox({ initial }: { initial: string }) {
  const [, navigate] = useLocation();
  const [text, setText] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="q">Search articles, organizations, people, agreements, statements and facts</label>
      <div className="row">
        <input id="q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder='e.g. uranium, "Navoi", KOICA' />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

export function HomeView() {
  const countries = useGql(CountryChoicesDocument, {});
  usePainted('home', countries.data !== undefined, 'Korea–Central Asia');
  return (
    <>
      <PageTitle kicker="Korea and Central Asia, from the news">What do the articles say?</PageTitle>
      <SearchBox initial="" />
      <section aria-labelledby="rel-h">
        <h2 id="rel-h">Korea and its Central Asian partners</h2>
        <ul className="cards">
          {CENTRAL_ASIA.map((c) => (
            <li key={c}>
              <Link href={relationPath('KR', c)}>Korea – {countries.data?.countries.nodes.find((n) => n.iso2 === c)?.name ?? c}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="c-h">
        <h2 id="c-h">Countries in the articles</h2>
        <Async q={countries} what="the countries">
          {(d) => (
            <ul className="chips">
              {d.countries.nodes.map((c) => (
                <li key={c.iso2}>
                  <Link href={countryPath(c.iso2)}>{c.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </Async>
      </section>
    </>
  );
}

type Hit = SearchGroupFragment['edges'][number];

function HitTitle({ node }: { node: Hit['node'] }) {
  switch (node.__typename) {
    case 'Article':
      return <RecordLink typename="Article" id={node.id}>{node.title ?? 'Untitled article'}</RecordLink>;
    case 'Organization':
      return <RecordLink typename="Organization" id={node.id}>{node.name}</RecordLink>;
    case 'Person':
      return <RecordLink typename="Person" id={node.id}>{node.name}</RecordLink>;
    case 'Agreement':
      return <RecordLink typename="Agreement" id={node.id}>Agreement, {dateText(node.date)}</RecordLink>;
    case 'Statement':
      return <RecordLink typename="Statement" id={node.id}>Statement, {dateText(node.date)}</RecordLink>;
    case 'Fact':
      return <RecordLink typename="Fact" id={node.id}>{node.subject}: {node.metric}</RecordLink>;
  }
}

function hitMeta(node: Hit['node']): string {
  switch (node.__typename) {
    case 'Article':
      return [node.publisher, node.publishedOn].filter(Boolean).join(' · ');
    case 'Organization':
      return label(node.kind);
    case 'Person':
      return node.role ?? '';
    case 'Agreement':
      return label(node.status);
    case 'Fact':
      return dateText(node.date);
    default:
      return '';
  }
}

function Hits({ group }: { group: SearchGroupFragment }) {
  return (
    <ol className="hits">
      {group.edges.map((e) => (
        <li key={e.cursor}>
          <p className="hit-title">
            <HitTitle node={e.node} /> <span className="meta">{hitMeta(e.node)}</span>
          </p>
          <p className="hit-snippet">
            <Snippet text={e.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}

function AllKinds({ q }: { q: string }) {
  const res = useGql(SearchAllDocument, { query: q, first: PER_GROUP });
  usePainted('search', res.data !== undefined, `Search: ${q}`);
  return (
    <Async q={res} what="the search results">
      {(d) => {
        const total = KINDS.reduce((n, k) => n + d[k.key].totalCount, 0);
        if (total === 0) return <Empty>Nothing matches “{q}”. Try fewer words, or another spelling.</Empty>;
        return (
          <>
            <p className="summary" role="status">
              {total} matches for “{q}”
            </p>
            {KINDS.filter((k) => d[k.key].totalCount > 0).map((k) => (
              <section key={k.kind} aria-labelledby={`g-${k.kind}`} className="group">
                <h2 id={`g-${k.kind}`}>
                  {k.title} <span className="count">{d[k.key].totalCount}</span>
                </h2>
                <Hits group={d[k.key]} />
                {d[k.key].totalCount > PER_GROUP && (
                  <Link className="more" href={`/search?q=${encodeURIComponent(q)}&kind=${k.kind}`}>
                    All {d[k.key].totalCount} {k.title.toLowerCase()} →
                  </Link>
                )}
              </section>
            ))}
          </>
        );
      }}
    </Async>
  );
}

function OneKind({ q, kind, after, before }: { q: string; kind: SearchKind; after: string | null; before: string | null }) {
  const vars = before ? { query: q, kind, last: PAGE, before } : { query: q, kind, first: PAGE, after };
  const res = useGql(SearchKindDocument, vars);
  const title = KINDS.find((k) => k.kind === kind)?.title ?? kind;
  usePainted('search', res.data !== undefined, `${title}: ${q}`);
  const base = `/search?q=${encodeURIComponent(q)}&kind=${kind}`;
  return (
    <Async q={res} what="the search results">
      {(d) => (
        <section aria-labelledby="kind-h" className="group">
          <h2 id="kind-h">
            {title} matching “{q}” <span className="count">{d.search.totalCount}</span>
          </h2>
          <p>
            <Link href={`/search?q=${encodeURIComponent(q)}`}>← All kinds</Link>
          </p>
          {d.search.edges.length === 0 ? <Empty>No {title.toLowerCase()} match “{q}”.</Empty> : <Hits group={d.search} />}
          <nav className="pager" aria-label="Result pages">
            {d.search.pageInfo.hasPreviousPage && d.search.pageInfo.startCursor && <Link href={`${base}&before=${encodeURIComponent(d.search.pageInfo.startCursor)}`}>← Previous {PAGE}</Link>}
            {d.search.pageInfo.hasNextPage && d.search.pageInfo.endCursor && <Link href={`${base}&after=${encodeURIComponent(d.search.pageInfo.endCursor)}`}>Next {PAGE} →</Link>}
          </nav>
        </section>
      )}
    </Async>
  );
}

export function SearchView() {
  const params = new URLSearchParams(useSearch());
  const q = params.get('q')?.trim() ?? '';
  const kind = KINDS.find((k) => k.kind === params.get('kind'))?.kind;
  return (
    <>
      <PageTitle>Search</PageTitle>
      <SearchBox key={q} initial={q} />
      {!q ? (
        <Empty>Type a word or a name above: an organization, a person, a place, a subject such as “uranium”.</Empty>
      ) : kind ? (
        <OneKind key={`${q}|${kind}`} q={q} kind={kind} after={params.get('after')} before={params.get('before')} />
      ) : (
        <AllKinds key={q} q={q} />
      )}
    </>
  );
}
