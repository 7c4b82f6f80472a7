/** Small shared pieces: status messages, links to records, snippets, labels, the "data painted" mark. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { countryPath, recordPath } from '../routes';
import { describeError } from './api';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ what, error, retry }: { what: string; error: unknown; retry?: () => void }) {
  return (
    <div className="status error" role="alert">
      <p>
        Could not load {what}: {describeError(error)}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status empty">{children}</p>;
}

/** Loading / error / content for one query result. */
export function Async<T>({ q, what, children }: { q: { data?: T; error: unknown; isPending: boolean; refetch: () => unknown }; what: string; children: (data: T) => ReactNode }) {
  if (q.data !== undefined) return <>{children(q.data)}</>;
  if (q.error) return <ErrorNote what={what} error={q.error} retry={() => void q.refetch()} />;
  return <Loading what={what} />;
}

const SMALL_WORDS = new Set(['and', 'of', 'or']);
/** `MINING_AND_MINERALS` → `Mining and minerals`. */
export function label(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .toLowerCase()
    .split('_')
    .map((w, i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : SMALL_WORDS.has(w) ? w : w === 'ict' ? 'ICT' : w))
    .join(' ');
}

export const dateText = (d: string | null | undefined) => d ?? 'undated';

export function CountryLinkTo({ c }: { c: { iso2: string; name: string } }) {
  return <Link href={countryPath(c.iso2)}>{c.name}</Link>;
}

export function RecordLink({ typename, id, children }: { typename: string; id: string; children: ReactNode }) {
  return <Link href={recordPath(typename, id)}>{children}</Link>;
}

/** A list of links separated by commas, or a dash when empty. */
export function LinkList<T>({ items, render }: { items: readonly T[]; render: (item: T) => ReactNode }) {
  if (items.length === 0) return <span className="none">none</span>;
  return (
    <>
      {items.map((item, i) => (
        <span key={i}>
          {i > 0 && ', '}
          {render(item)}
        </span>
      ))}
    </>
  );
}

/** The API's snippet marks matches with `<b>…</b>`; everything else is text (never parsed as HTML). */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(<b>|<\/b>)/);
  const out: ReactNode[] = [];
  let bold = false;
  parts.forEach((p, i) => {
    if (p === '<b>') bold = true;
    else if (p === '</b>') bold = false;
    else if (p) out.push(bold ? <mark key={i}>{p}</mark> : p);
  });
  return <span className="snippet">{out}</span>;
}

/**
 * Marks the moment a view first paints real data (`explorer:data:<view>`), the
 * "first meaningful render" that bench/explorer.ts reads. Also sets the title.
 */
export function usePainted(view: string, ready: boolean, title?: string) {
  const done = useRef(false);
  useEffect(() => {
    if (title) document.title = `${title} · Explorer`;
  }, [title]);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    requestAnimationFrame(() => performance.mark(`explorer:data:${view}`));
  }, [ready, view]);
}

/** The page heading, focused after navigation so screen readers announce the new view. */
export function PageTitle({ children, kicker }: { children: ReactNode; kicker?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-title">
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </header>
  );
}
