/**
 * One piece of evidence: the article's cleaned text with the supporting
 * sentence (body[start, end)) highlighted and scrolled into view inside its
 * box, with the outlet, date and a link to the source.
 */
import { useEffect, useRef } from 'react';
import type { EvidenceWithArticleFragment } from './generated';
import { RecordLink } from './ui';

export function EvidenceArticle({ e, n }: { e: EvidenceWithArticleFragment; n: number }) {
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  const body = e.article.body;
  const matches = body.slice(e.start, e.end) === e.sentence;
  useEffect(() => {
    const b = box.current;
    const m = mark.current;
    if (!b || !m) return;
    // Centre the sentence in its box; scrolls only the box, so several pieces of evidence do not fight over the page.
    const [br, mr] = [b.getBoundingClientRect(), m.getBoundingClientRect()];
    b.scrollTop = Math.max(0, b.scrollTop + mr.top - br.top - (b.clientHeight - Math.min(mr.height, b.clientHeight)) / 2);
  }, [e.id]);
  const a = e.article;
  const headingId = `ev-${n}`;
  return (
    <article className="evidence" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <RecordLink typename="Article" id={a.id}>
          {a.title ?? 'Untitled article'}
        </RecordLink>
      </h3>
      <p className="meta">
        {a.publisher ?? 'Outlet not stated'} · {a.publishedOn ?? 'date not stated'}
        {a.url && (
          <>
            {' · '}
            <a href={a.url} rel="noreferrer noopener" target="_blank">
              Source<span className="visually-hidden"> (opens the original article on {a.publisher ?? 'its site'})</span>
            </a>
          </>
        )}
      </p>
      {!matches && <p className="status error">The stored offsets {e.start}–{e.end} do not point at this sentence in the article's text.</p>}
      <div className="article-text" ref={box} tabIndex={0} role="region" aria-label={`Text of ${a.title ?? 'the article'}, the supporting sentence highlighted`}>
        {body.slice(0, e.start)}
        <mark ref={mark} className="evidence-sentence" data-start={e.start} data-end={e.end}>
          {body.slice(e.start, e.end)}
        </mark>
        {body.slice(e.end)}
      </div>
    </article>
  );
}
