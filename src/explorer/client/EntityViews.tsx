/** Entity pages: a country, an organization, a person — who they are, their agreements, statements, facts and network. */
import { Link } from 'wouter';
import { relationPath } from '../routes';
import { useGql } from './api';
import { CountryPageDocument, OrganizationPageDocument, PersonPageDocument } from './generated';
import { Network } from './Network';
import { AgreementsSection, FactsSection, StatementsSection } from './RecordLists';
import { CENTRAL_ASIA } from './SearchView';
import { Async, CountryLinkTo, Empty, label, LinkList, PageTitle, RecordLink, usePainted } from './ui';

function NotFound({ what }: { what: string }) {
  return (
    <div className="status error" role="alert">
      <h1>Not found</h1>
      <p>{what} See the <Link href="/search">search</Link>.</p>
    </div>
  );
}

export function CountryView({ code }: { code: string }) {
  const q = useGql(CountryPageDocument, { code });
  usePainted('country', q.data?.country != null, q.data?.country?.name);
  const partners = code === 'KR' ? CENTRAL_ASIA : ['KR'];
  return (
    <Async q={q} what={`the country ${code}`}>
      {({ country: c }) =>
        !c ? (
          <NotFound what={`No country with the code “${code}” is mentioned by the articles.`} />
        ) : (
          <>
            <PageTitle kicker="Country">{c.name}</PageTitle>
            <dl className="fields">
              <dt>Codes</dt>
              <dd>
                {c.iso2} · {c.iso3}
              </dd>
              <dt>Also called</dt>
              <dd>{c.aliases.join(', ') || '—'}</dd>
              <dt>Regions</dt>
              <dd>{c.regions.map((r) => r.name).join(', ') || '—'}</dd>
              <dt>Relations</dt>
              <dd>
                <LinkList items={partners.filter((p) => p !== c.iso2)} render={(p) => <Link href={relationPath(c.iso2, p)}>{`${c.iso2} – ${p}`}</Link>} />
              </dd>
              <dt>Organizations based here</dt>
              <dd>
                {c.organizations.totalCount === 0 ? (
                  '—'
                ) : (
                  <>
                    <LinkList items={c.organizations.nodes} render={(o) => <RecordLink typename="Organization" id={o.id}>{o.name}</RecordLink>} />
                    {c.organizations.totalCount > c.organizations.nodes.length && ` and ${c.organizations.totalCount - c.organizations.nodes.length} more`}
                  </>
                )}
              </dd>
            </dl>
            <div className="columns">
              <AgreementsSection filter={{ parties: [c.iso2] }} title={`Agreements with ${c.name} as a party`} empty={`No agreements with ${c.name} as a party.`} />
              <StatementsSection filter={{ mentions: [c.iso2] }} title={`Statements mentioning ${c.name}`} empty={`No statements mention ${c.name}.`} />
              <FactsSection filter={{ subjectCountries: [c.iso2] }} title={`Facts about ${c.name}`} empty={`No facts about ${c.name}.`} />
            </div>
            <Network filter={{ parties: [c.iso2] }} focus={`c:${c.iso2}`} name={c.name} />
          </>
        )
      }
    </Async>
  );
}

export function OrganizationView({ id }: { id: string }) {
  const q = useGql(OrganizationPageDocument, { id });
  const o = q.data?.node?.__typename === 'Organization' ? q.data.node : undefined;
  usePainted('organization', o !== undefined, o?.name);
  return (
    <Async q={q} what="the organization">
      {() =>
        !o ? (
          <NotFound what="There is no organization with this id (it may have been merged into another)." />
        ) : (
          <>
            <PageTitle kicker={`Organization · ${label(o.organizationKind)}`}>{o.name}</PageTitle>
            <dl className="fields">
              <dt>Country</dt>
              <dd>{o.country ? <CountryLinkTo c={o.country} /> : '—'}</dd>
              <dt>Also called</dt>
              <dd>{[...o.acronyms, ...o.aliases.filter((a) => a !== o.name)].join(', ') || '—'}</dd>
              <dt>People</dt>
              <dd>
                {o.persons.totalCount === 0 ? '—' : <LinkList items={o.persons.nodes} render={(p) => <RecordLink typename="Person" id={p.id}>{p.name}</RecordLink>} />}
              </dd>
              <dt>Confidence</dt>
              <dd>{Math.round(o.confidence * 100)} %</dd>
            </dl>
            <div className="columns">
              <AgreementsSection filter={{ partyOrganizations: [o.id] }} title="Agreements it is party to" empty={`${o.name} is party to no agreement in the articles.`} />
              <StatementsSection filter={{ speakers: [o.id] }} title="Its statements" empty={`No statements by ${o.name} as a body.`} />
              <FactsSection filter={{ subjectOrganizations: [o.id] }} title={`Facts about ${o.name}`} empty={`No facts about ${o.name}.`} />
            </div>
            <Network filter={{ partyOrganizations: [o.id] }} focus={`o:${o.id}`} name={o.name} />
          </>
        )
      }
    </Async>
  );
}

export function PersonView({ id }: { id: string }) {
  const q = useGql(PersonPageDocument, { id });
  const p = q.data?.node?.__typename === 'Person' ? q.data.node : undefined;
  usePainted('person', p !== undefined, p?.name);
  return (
    <Async q={q} what="the person">
      {() =>
        !p ? (
          <NotFound what="There is no person with this id (it may have been merged into another)." />
        ) : (
          <>
            <PageTitle kicker="Person">{p.name}</PageTitle>
            <dl className="fields">
              <dt>Role</dt>
              <dd>{p.role ?? '—'}</dd>
              <dt>Country</dt>
              <dd>{p.country ? <CountryLinkTo c={p.country} /> : '—'}</dd>
              <dt>Organization</dt>
              <dd>{p.organization ? <RecordLink typename="Organization" id={p.organization.id}>{p.organization.name}</RecordLink> : '—'}</dd>
              <dt>Also called</dt>
              <dd>{p.aliases.filter((a) => a !== p.name).join(', ') || '—'}</dd>
            </dl>
            <div className="columns">
              <StatementsSection filter={{ speakers: [p.id] }} title="Statements" empty={`No statements by ${p.name}.`} />
              <AgreementsSection filter={{ signatories: [p.id] }} title="Agreements signed" empty={`${p.name} signed no agreement in the articles.`} />
              <section className="list" aria-labelledby="facts-h">
                <h2 id="facts-h">Facts</h2>
                <Empty>Facts are about countries and organizations, not people.</Empty>
              </section>
            </div>
            <Network filter={{ signatories: [p.id] }} focus="" name={`the agreements ${p.name} signed`} />
          </>
        )
      }
    </Async>
  );
}
