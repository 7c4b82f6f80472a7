/** An article: its metadata, its cleaned text and the records drawn from it. */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useGql } from './api';
import { ArticlePageDocument } from './generated';
import { factValue } from './RecordLists';
import { Async, Empty, PageTitle, RecordLink, usePainted } from './ui';

/** One kind of record drawn from the article. */
function Drawn<T extends { id: string }>({ id, title, total, items, render }: { id: string; title: string; total: number; items: T[]; render: (x: T) => ReactNode }) {
  return (
    <section aria-labelledby={id} className="list">
      <h2 id={id}>
        {title} <span className="count">{total}</span>
      </h2>
      {items.length === 0 ? (
        <Empty>None.</Empty>
      ) : (
        <ul className="records">
          {items.map((x) => (
            <li key={x.id}>{render(x)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ArticleView({ id }: { id: string }) {
  const q = useGql(ArticlePageDocument, { id });
  const a = q.data?.node?.__typename === 'Article' ? q.data.node : undefined;
  usePainted('article', a !== undefined, a?.articleTitle ?? 'Article');
  return (
    <Async q={q} what="the article">
      {() =>
        !a ? (
          <div className="status error" role="alert">
            <h1>Not found</h1>
            <p>
              There is no article with this id. See the <Link href="/search">search</Link>.
            </p>
          </div>
        ) : (
          <>
            <PageTitle kicker="Article">{a.articleTitle ?? 'Untitled article'}</PageTitle>
            <p className="meta">
              {a.publisher ?? 'Outlet not stated'} · {a.publishedOn ?? 'date not stated'}
              {a.url && (
                <>
                  {' · '}
                  <a href={a.url} rel="noreferrer noopener" target="_blank">
                    Source
                  </a>
                </>
              )}
            </p>
            <div className="columns">
              <Drawn id="art-ag" title="Agreements" total={a.agreements.totalCount} items={a.agreements.nodes} render={(x) => <RecordLink typename="Agreement" id={x.id}>{x.title}</RecordLink>} />
              <Drawn id="art-st" title="Statements" total={a.statements.totalCount} items={a.statements.nodes} render={(x) => <RecordLink typename="Statement" id={x.id}>{x.text.length > 140 ? `${x.text.slice(0, 137)}…` : x.text}</RecordLink>} />
              <Drawn id="art-fa" title="Facts" total={a.facts.totalCount} items={a.facts.nodes} render={(x) => (
                <>
                  <RecordLink typename="Fact" id={x.id}>{x.subject}: {x.metric}</RecordLink> — {factValue(x)}
                </>
              )} />
            </div>
            <section aria-labelledby="art-text">
              <h2 id="art-text">Text</h2>
              <div className="article-full">{a.body}</div>
            </section>
          </>
        )
      }
    </Async>
  );
}
