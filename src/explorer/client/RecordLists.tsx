/**
 * Paged lists of agreements, statements and facts, each narrowed by one of
 * the API's filters: the relation view and the entity pages use them alike.
 */
import type { ReactNode } from 'react';
import { usePaged } from './api';
import {
  AgreementListDocument,
  FactListDocument,
  StatementListDocument,
  type AgreementFilter,
  type AgreementRowFragment,
  type FactFilter,
  type FactRowFragment,
  type StatementFilter,
  type StatementRowFragment,
} from './generated';
import { CountryLinkTo, dateText, Empty, ErrorNote, label, LinkList, Loading, RecordLink } from './ui';

const PAGE = 10;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** What a section needs of TanStack's infinite query. */
interface PagedQuery {
  data?: { pages: unknown[] };
  error: unknown;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): unknown;
  refetch(): unknown;
}

function Section<T extends { id: string }>({ id, title, q, pick, row, empty }: {
  id: string;
  title: string;
  q: PagedQuery;
  pick: (page: unknown) => Page<T>;
  row: (item: T) => ReactNode;
  empty: string;
}) {
  const pages = q.data?.pages.map(pick) ?? [];
  const items = pages.flatMap((p) => p.nodes);
  const total = pages[0]?.totalCount;
  return (
    <section aria-labelledby={id} className="list" aria-busy={q.isFetching}>
      <h2 id={id}>
        {title} {total !== undefined && <span className="count">{total}</span>}
      </h2>
      {q.error && !q.data ? (
        <ErrorNote what={title.toLowerCase()} error={q.error} retry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading what={title.toLowerCase()} />
      ) : items.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <>
          <ul className="records">
            {items.map((item) => (
              <li key={item.id}>{row(item)}</li>
            ))}
          </ul>
          {q.hasNextPage && (
            <button type="button" className="more" onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
              {q.isFetchingNextPage ? 'Loading…' : `Show more (${items.length} of ${total})`}
            </button>
          )}
          {q.error && <ErrorNote what={`more ${title.toLowerCase()}`} error={q.error} />}
        </>
      )}
    </section>
  );
}

export function AgreementRow({ a }: { a: AgreementRowFragment }) {
  return (
    <>
      <p className="row-title">
        <RecordLink typename="Agreement" id={a.id}>
          {a.title}
        </RecordLink>
      </p>
      <p className="meta">
        {dateText(a.date)} · {label(a.agreementKind)} · {label(a.status)}
        {a.sectors.length > 0 && ` · ${a.sectors.map(label).join(', ')}`}
      </p>
      <p className="meta">
        Parties: <LinkList items={[...a.partyCountries.map((c) => ({ c })), ...a.partyOrganizations.map((o) => ({ o }))]} render={(p) => ('c' in p ? <CountryLinkTo c={p.c} /> : <RecordLink typename="Organization" id={p.o.id}>{p.o.name}</RecordLink>)} />
      </p>
    </>
  );
}

export function StatementRow({ s }: { s: StatementRowFragment }) {
  return (
    <>
      <blockquote className="row-quote">
        <RecordLink typename="Statement" id={s.id}>
          {s.text.length > 280 ? `${s.text.slice(0, 277)}…` : s.text}
        </RecordLink>
      </blockquote>
      <p className="meta">
        <RecordLink typename={s.speaker.__typename} id={s.speaker.id}>
          {s.speaker.name}
        </RecordLink>
        {' · '}
        {dateText(s.date)} · {label(s.statementKind)}
        {s.sectors.length > 0 && ` · ${s.sectors.map(label).join(', ')}`}
      </p>
    </>
  );
}

export const factValue = (f: { value: number; unit: string }) => `${f.value.toLocaleString('en')} ${f.unit}`;

export function FactRow({ f }: { f: FactRowFragment }) {
  return (
    <>
      <p className="row-title">
        <RecordLink typename="Fact" id={f.id}>
          {f.subject}: {f.metric}
        </RecordLink>
      </p>
      <p className="meta">
        <strong>{factValue(f)}</strong> · {dateText(f.date)}
      </p>
    </>
  );
}

const cursor = (p: Page<unknown>) => (p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null);

export function AgreementsSection({ filter, title = 'Agreements', empty = 'No agreements.', id = 'agreements-h' }: { filter: AgreementFilter; title?: string; empty?: string; id?: string }) {
  const q = usePaged(AgreementListDocument, { filter }, PAGE, (d) => cursor(d.agreements));
  return <Section id={id} title={title} q={q} pick={(d) => (d as { agreements: Page<AgreementRowFragment> }).agreements} row={(a) => <AgreementRow a={a} />} empty={empty} />;
}

export function StatementsSection({ filter, title = 'Statements', empty = 'No statements.', id = 'statements-h' }: { filter: StatementFilter; title?: string; empty?: string; id?: string }) {
  const q = usePaged(StatementListDocument, { filter }, PAGE, (d) => cursor(d.statements));
  return <Section id={id} title={title} q={q} pick={(d) => (d as { statements: Page<StatementRowFragment> }).statements} row={(s) => <StatementRow s={s} />} empty={empty} />;
}

export function FactsSection({ filter, title = 'Facts', empty = 'No facts.', id = 'facts-h' }: { filter: FactFilter; title?: string; empty?: string; id?: string }) {
  const q = usePaged(FactListDocument, { filter }, PAGE, (d) => cursor(d.facts));
  return <Section id={id} title={title} q={q} pick={(d) => (d as { facts: Page<FactRowFragment> }).facts} row={(f) => <FactRow f={f} />} empty={empty} />;
}
