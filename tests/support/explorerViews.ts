/**
 * Real records to open in the explorer, picked through the public API with the
 * explorer's own typed operations (so they exist in whatever database the
 * server has): the explorer's e2e test and bench/explorer.ts both use them.
 */
import {
  AgreementListDocument,
  AgreementNetworkDocument,
  CountryChoicesDocument,
  FactListDocument,
  RecordPageDocument,
  StatementListDocument,
  type RecordPageQuery,
} from '../../src/explorer/client/generated';
import type { Client } from '../../src/sdk';

type WithEvidence = Extract<NonNullable<RecordPageQuery['node']>, { evidence: unknown }>;

export interface ExplorerSample {
  pair: [string, string];
  countryName: string;
  agreement: WithEvidence & { __typename: 'Agreement' };
  statement: WithEvidence & { __typename: 'Statement' };
  fact: WithEvidence & { __typename: 'Fact' };
  organization: { id: string; name: string };
}

async function record(api: Client, id: string): Promise<WithEvidence> {
  const { node } = await api.request(RecordPageDocument, { id, evidenceFirst: 50 });
  if (!node || !('evidence' in node)) throw new Error(`no record with id ${id}`);
  return node;
}

/** The newest agreement, statement by a person and fact of the relation `pair`, and an organization party to the second country's agreements. */
export async function sampleRecords(api: Client, pair: [string, string]): Promise<ExplorerSample> {
  const ag = await api.request(AgreementListDocument, { filter: { parties: pair }, first: 20 });
  const st = await api.request(StatementListDocument, { filter: { involving: pair }, first: 20 });
  const fa = await api.request(FactListDocument, { filter: { involving: pair }, first: 20 });
  const net = await api.request(AgreementNetworkDocument, { filter: { parties: [pair[1]] } });
  const countries = await api.request(CountryChoicesDocument, {});
  const bySpeaker = st.statements.nodes.find((s) => s.speaker.__typename === 'Person');
  const organization = net.agreements.nodes.flatMap((a) => a.partyOrganizations)[0];
  if (!ag.agreements.nodes[0] || !bySpeaker || !fa.facts.nodes[0] || !organization) throw new Error(`the relation ${pair.join('–')} lacks an agreement, a statement by a person, a fact or an organization party`);
  return {
    pair,
    countryName: countries.countries.nodes.find((c) => c.iso2 === pair[1])!.name,
    agreement: (await record(api, ag.agreements.nodes[0].id)) as ExplorerSample['agreement'],
    statement: (await record(api, bySpeaker.id)) as ExplorerSample['statement'],
    fact: (await record(api, fa.facts.nodes[0].id)) as ExplorerSample['fact'],
    organization,
  };
}

/** Each view once: [view (its `explorer:data:<view>` mark), URL path, a text the view must show]. */
export function viewUrls(s: ExplorerSample, searchWord: string): [string, string, string][] {
  const article = s.agreement.evidence.nodes[0]!.article;
  const [a, b] = s.pair;
  return [
    ['home', '/', 'What do the articles say?'],
    ['search', `/search?q=${encodeURIComponent(searchWord)}`, searchWord],
    ['relation', `/relation/${a}/${b}`, s.countryName],
    ['country', `/country/${b}`, s.countryName],
    ['organization', `/organization/${s.organization.id}`, s.organization.name],
    ['person', `/person/${s.statement.speaker.id}`, s.statement.speaker.name],
    ['agreement', `/agreement/${s.agreement.id}`, s.agreement.title],
    ['statement', `/statement/${s.statement.id}`, s.statement.text.slice(0, 40)],
    ['fact', `/fact/${s.fact.id}`, s.fact.metric],
    ['article', `/article/${article.id}`, article.body.slice(0, 40)],
  ];
}
