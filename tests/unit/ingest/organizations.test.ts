import { entitiesOf } from './helpers';

const orgsOf = (text: string) => entitiesOf(`Headline words for the story\n\n${text}`).orgs.organizations;

describe('organizations', () => {
  it('links an acronym introduced in parentheses, both ways round', () => {
    const a = orgsOf('The Korea Rural Community Corporation (KRC) will build canals. KRC said so.');
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ name: 'Korea Rural Community Corporation', kind: 'COMPANY', country: 'KR' });
    expect(a[0]!.aliasesSeen).toEqual(['Korea Rural Community Corporation', 'KRC']);
    expect(a[0]!.acronyms).toEqual(['KRC']);
    const b = orgsOf('The project of KOICA (Korea International Cooperation Agency) ended.');
    expect(b).toHaveLength(1);
    expect(b[0]!.name).toBe('Korea International Cooperation Agency');
  });

  it('keeps "SK E&C" and "SK ecoplant" apart and merges "KT" with "KT Corporation"', () => {
    const orgs = orgsOf('SK E&C built roads. SK ecoplant mines lithium. KT Corporation and KT signed.');
    expect(orgs.map((o) => o.name)).toEqual(['SK E&C', 'SK Ecoplant', 'KT Corporation']);
    expect(orgs[2]!.aliasesSeen).toEqual(['KT Corporation', 'KT']);
  });

  it('finds names introduced by a class noun, with the demonym as home country', () => {
    const orgs = orgsOf('The Turkmen plant “Balkan” and the South Korean company KSIT signed a contract.');
    expect(orgs.map((o) => [o.name, o.country])).toEqual([['Balkan', 'TM'], ['KSIT', 'KR']]);
  });

  it('recognises embassies and ministries by pattern', () => {
    const orgs = orgsOf('Counselor at the Embassy of Kazakhstan to Korea spoke. The Kazakh MFA agreed. The Ministry of Energy of Uzbekistan too.');
    expect(orgs.map((o) => [o.name, o.kind, o.country])).toEqual([
      ['Embassy of Kazakhstan in Korea', 'GOVERNMENT', 'KZ'],
      ['Ministry of Foreign Affairs of Kazakhstan', 'GOVERNMENT', 'KZ'],
      ['Ministry of Energy of Uzbekistan', 'GOVERNMENT', 'UZ'],
    ]);
  });

  it('does not take projects or routes for organizations', () => {
    expect(orgsOf('The construction of Big Almaty Ring Road (BAKAD) was finished near Ashgabat International Airport.')).toEqual([]);
  });
});
