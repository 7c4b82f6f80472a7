/**
 * Organization, country and region shapes of real Korea–Central Asia news, in invented sentences:
 * quoted names after a type word, long remits, facilities to be built, currencies and outlets, page tickers.
 */
import { extractArticle } from '../../../src/ingest/pipeline';
import { entitiesOf } from './helpers';

const orgsOf = (text: string) => entitiesOf(`Headline words for the story\n\n${text}`).orgs.organizations;
const extract = (text: string) => extractArticle(`Headline words for the story\n\n${text}`, {});

describe('organization shapes', () => {
  it('names a body given in quotation marks after its type word', () => {
    const orgs = orgsOf('They met State Concern “Dashoguzgaz”, JSC "Altynkum" and the company «Berkut Trans» in the capital.');
    expect(orgs.map((o) => [o.name, o.kind])).toEqual([['Dashoguzgaz State Concern', 'COMPANY'], ['Altynkum JSC', 'COMPANY'], ['Berkut Trans', 'COMPANY']]);
    expect(orgs[0]!.aliasesSeen).toEqual(['Dashoguzgaz']);
  });

  it('keeps a commission remit with a comma list, and coordinated descriptive words', () => {
    const orgs = orgsOf('The Uzbek-Korean Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation met. The Samarkand Research and Design Institute of Mining signed a contract.');
    expect(orgs.map((o) => o.name)).toEqual(['Uzbek-Korean Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation', 'Samarkand Research and Design Institute of Mining']);
    expect(orgs[0]!.country).toBeNull();
  });

  it('reads facilities to be built or financed as no organization', () => {
    expect(orgsOf('The loan will finance construction of the Regional Cardiology Center in Termez and help to build a Center for Applied Chemistry in Nukus.')).toEqual([]);
  });

  it('reads a Korean family name after a country as a person, not an organization', () => {
    const { orgs, people } = entitiesOf('Headline words for the story\n\nForeign Minister of the Republic of Korea Park Minsu met the delegation.');
    expect(orgs.organizations).toEqual([]);
    expect(people.persons.map((p) => [p.name, p.country])).toEqual([['Park Minsu', 'KR']]);
  });

  it('gives "the presidential office" the country of the president the story names', () => {
    const orgs = orgsOf('President Kassym-Jomart Tokayev of Kazakhstan received the guests. The presidential office said the talks went well.');
    expect(orgs.map((o) => [o.name, o.country])).toEqual([['Office of the President of Kazakhstan', 'KZ']]);
  });

  it('knows the Korean export-import bank under its other spellings', () => {
    const orgs = orgsOf('Eximbank of Korea will lend, and Korean Exim Bank will also advise.');
    expect(orgs.map((o) => o.name)).toEqual(['Export-Import Bank of Korea']);
  });

  it('does not stretch a bank name over a country remit', () => {
    expect(orgsOf('The Asian Development Bank for Kyrgyzstan approved it.').map((o) => o.name)).toEqual(['Asian Development Bank']);
  });
});

describe('country and region shapes', () => {
  it('takes no country from a currency or an outlet name, and no region from "the Central Asian country"', () => {
    const r = extract('Kazakhstan will invest US$200 million and 50 million US dollars in the Central Asian country of its neighbour. This story first ran in Armenia Point News and the Times of Central Asia.');
    expect(r.countries.map((c) => c.iso2)).toEqual(['KZ']);
    expect(r.regions).toEqual([]);
  });

  it('takes nothing from a leading or trailing list of other stories', () => {
    const r = extract('Japanese envoy visits Bishkek for talks\nMongolian miners strike in the Gobi\nChinese firm opens plant in Khujand\n\nKazakhstan and Korea signed a deal on Monday.\n\nMost Popular\nIndian minister meets Turkmen officials in Ashgabat\nFrench company wins Tashkent metro contract');
    expect(r.countries.map((c) => c.iso2).sort()).toEqual(['KR', 'KZ']);
  });
});

describe('person shapes', () => {
  const peopleOf = (text: string) => entitiesOf(`Headline words for the story\n\n${text}`).people.persons;

  it('reads a country before a Korean name as the title, not an organization', () => {
    const persons = peopleOf('Foreign Minister of South Korea Han Dongsu arrived on Monday.');
    expect(persons.map((p) => [p.name, p.role, p.country])).toEqual([['Han Dongsu', 'Foreign Minister of South Korea', 'KR']]);
  });

  it('keeps one person under two romanisations', () => {
    const persons = peopleOf('Vice Minister Yoon Seounghun opened the forum. Later, Vice Minister Yoon Soonghoon met the delegation.');
    expect(persons.map((p) => [p.name, p.role])).toEqual([['Yoon Seounghun', 'Vice Minister']]);
    expect(persons[0]!.aliasesSeen).toEqual(['Yoon Seounghun', 'Yoon Soonghoon']);
  });

  it('keeps patronymics and Turkic patronymic words, and no title across ", and"', () => {
    const persons = peopleOf('The talks were attended by Temirov Daniyar Askarovich, Chairman of the Board of Qoldau Holding, and Regional Director of the Eurasian Fund for Kyrgyzstan, Maria Lind. Nurbek Asanov uulu also spoke.');
    expect(persons.map((p) => [p.name, p.role])).toEqual([
      ['Temirov Daniyar Askarovich', 'Chairman of the Board of Qoldau Holding'],
      ['Maria Lind', 'Regional Director of the Eurasian Fund for Kyrgyzstan'],
      ['Nurbek Asanov uulu', null],
    ]);
  });
});
