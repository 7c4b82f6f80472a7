/** Record pages: an agreement, a statement or a fact with every field, links to what it names, and its evidence. */
import { Link } from 'wouter';
import { useGql } from './api';
import { EvidenceArticle } from './Evidence';
import { RecordPageDocument, type RecordPageQuery } from './generated';
import { factValue } from './RecordLists';
import { Async, CountryLinkTo, dateText, label, LinkList, PageTitle, RecordLink, usePainted } from './ui';

type RecordNode = NonNullable<RecordPageQuery['node']>;
const EVIDENCE = 50;

function Common({ r }: { r: { confidence: number; rejected: boolean; extraction: { method: string; version: string } } }) {
  return (
    <>
      <dt>Confidence</dt>
      <dd>
        {Math.round(r.confidence * 100)} %{r.rejected && <strong className="rejected"> · rejected by an analyst</strong>}
      </dd>
      <dt>Extracted by</dt>
      <dd>
        <code>{r.extraction.method}</code> (extractor {r.extraction.version})
      </dd>
    </>
  );
}

function Fields({ r }: { r: RecordNode }) {
  const orgLink = (o: { id: string; name: string }) => <RecordLink typename="Organization" id={o.id}>{o.name}</RecordLink>;
  switch (r.__typename) {
    case 'Agreement':
      return (
        <dl className="fields">
          <dt>Kind</dt>
          <dd>{label(r.agreementKind)}</dd>
          <dt>Status</dt>
          <dd>{label(r.status)}</dd>
          <dt>Date</dt>
          <dd>{dateText(r.date)}</dd>
          {r.quantity && (
            <>
              <dt>Quantity</dt>
              <dd>{r.quantity}</dd>
            </>
          )}
          <dt>Sectors</dt>
          <dd>{r.sectors.map(label).join(', ') || '—'}</dd>
          <dt>Party countries</dt>
          <dd>
            <LinkList items={r.partyCountries} render={(c) => <CountryLinkTo c={c} />} />
          </dd>
          <dt>Party organizations</dt>
          <dd>
            <LinkList items={r.partyOrganizations} render={orgLink} />
          </dd>
          <dt>Signatories</dt>
          <dd>
            <LinkList items={r.signatories} render={(p) => <RecordLink typename="Person" id={p.id}>{p.name}{p.role ? `, ${p.role}` : ''}</RecordLink>} />
          </dd>
          <Common r={r} />
        </dl>
      );
    case 'Statement':
      return (
        <dl className="fields">
          <dt>Speaker</dt>
          <dd>
            <RecordLink typename={r.speaker.__typename} id={r.speaker.id}>
              {r.speaker.name}
            </RecordLink>
            {r.speaker.__typename === 'Person' && r.speaker.role ? `, ${r.speaker.role}` : ''}
          </dd>
          <dt>Kind</dt>
          <dd>{label(r.statementKind)}</dd>
          <dt>Date</dt>
          <dd>{dateText(r.date)}</dd>
          <dt>Occasion</dt>
          <dd>{r.occasion ?? '—'}</dd>
          <dt>Sectors</dt>
          <dd>{r.sectors.map(label).join(', ') || '—'}</dd>
          <dt>Countries mentioned</dt>
          <dd>
            <LinkList items={r.mentionedCountries} render={(c) => <CountryLinkTo c={c} />} />
          </dd>
          <dt>Organizations mentioned</dt>
          <dd>
            <LinkList items={r.mentionedOrganizations} render={orgLink} />
          </dd>
          <Common r={r} />
        </dl>
      );
    case 'Fact':
      return (
        <dl className="fields">
          <dt>Value</dt>
          <dd>
            <strong>{factValue(r)}</strong>
          </dd>
          <dt>Subject</dt>
          <dd>
            {r.subject}
            {r.subjectCountry && (
              <>
                {' — '}
                <CountryLinkTo c={r.subjectCountry} />
              </>
            )}
            {r.subjectOrganization && <> — {orgLink(r.subjectOrganization)}</>}
          </dd>
          <dt>Metric</dt>
          <dd>{r.metric}</dd>
          <dt>Date</dt>
          <dd>{dateText(r.date)}</dd>
          <Common r={r} />
        </dl>
      );
    default:
      return null;
  }
}

function titleOf(r: RecordNode): string {
  switch (r.__typename) {
    case 'Agreement':
      return r.title;
    case 'Statement':
      return `${r.statementKind === 'DIRECT_QUOTE' ? 'Quote' : 'Statement'} by ${r.speaker.name}`;
    case 'Fact':
      return `${r.subject}: ${r.metric}`;
    default:
      return r.id;
  }
}

export function RecordView({ kind, id }: { kind: 'Agreement' | 'Statement' | 'Fact'; id: string }) {
  const q = useGql(RecordPageDocument, { id, evidenceFirst: EVIDENCE });
  const r = q.data?.node?.__typename === kind ? q.data.node : undefined;
  usePainted(kind.toLowerCase(), r !== undefined, r ? titleOf(r) : undefined);
  return (
    <Async q={q} what={`the ${kind.toLowerCase()}`}>
      {() =>
        !r || !('evidence' in r) ? (
          <div className="status error" role="alert">
            <h1>Not found</h1>
            <p>
              There is no {kind.toLowerCase()} with this id (re-extraction or a merge may have replaced it). See the <Link href="/search">search</Link>.
            </p>
          </div>
        ) : (
          <>
            <PageTitle kicker={`${kind}${'date' in r && r.date ? ` · ${r.date}` : ''}`}>{titleOf(r)}</PageTitle>
            {r.__typename === 'Statement' && <blockquote className="statement-text">{r.text}</blockquote>}
            <Fields r={r} />
            <section aria-labelledby="evidence-h" className="evidence-list">
              <h2 id="evidence-h">
                Evidence <span className="count">{r.evidence.totalCount}</span>
              </h2>
              <p className="hint">Each sentence that supports this {kind.toLowerCase()}, highlighted in its article.</p>
              {r.evidence.nodes.map((e, i) => (
                <EvidenceArticle key={e.id} e={e} n={i} />
              ))}
              {r.evidence.totalCount > r.evidence.nodes.length && (
                <p className="hint">
                  Showing the first {r.evidence.nodes.length} of {r.evidence.totalCount}.
                </p>
              )}
            </section>
          </>
        )
      }
    </Async>
  );
}
