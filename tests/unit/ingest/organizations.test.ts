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

  it('cuts coordinated names at the "and" that starts another organization, keeping of/under/at chains whole', () => {
    const a = orgsOf('The grant goes to the Bishkek Institute of Applied Chemistry and Osh State Medical Institute in cooperation with Hanyang University.');
    expect(a.map((o) => o.name)).toEqual(['Bishkek Institute of Applied Chemistry', 'Osh State Medical Institute', 'Hanyang University']);
    expect(a[0]!.country).toBe('KG'); // a capital city opens the name
    const b = orgsOf('The head of the Training and Testing Center under the State Labor Inspection spoke. The Mejlis of the Assembly of Turkmenistan met.');
    expect(b.map((o) => [o.name, o.kind])).toEqual([
      ['Training and Testing Center under the State Labor Inspection', 'GOVERNMENT'],
      ['Mejlis of the Assembly of Turkmenistan', 'GOVERNMENT'],
    ]);
    const c = orgsOf('Delegates of the Ministry of Health and Medical Industry of Turkmenistan and the Research Center at Kyungpook National University met.');
    expect(c.map((o) => o.name)).toEqual(['Ministry of Health and Medical Industry of Turkmenistan', 'Research Center at Kyungpook National University']);
    expect(c[1]).toMatchObject({ kind: 'RESEARCH', country: 'KR' });
  });

  it('names a chamber with its parliament as one body, and an internal department by its ministry', () => {
    const a = orgsOf('The Senate of the Oliy Majlis of Uzbekistan approved it. The Head of the Budget Department of the Ministry of Finance of Kyrgyzstan came.');
    expect(a.map((o) => [o.name, o.country])).toEqual([['Senate of the Oliy Majlis of Uzbekistan', 'UZ'], ['Ministry of Finance of Kyrgyzstan', 'KG']]);
  });

  it('reads lower-case ministries and embassies, and places an unplaced body in the partner country', () => {
    const a = orgsOf("Korea Eximbank lent $50mn to Kyrgyzstan's finance ministry. The embassy of the republic of Korea in Bishkek helped.");
    expect(a.map((o) => [o.name, o.country])).toEqual([
      ['Export-Import Bank of Korea', 'KR'],
      ['Ministry of Finance of Kyrgyzstan', 'KG'],
      ['Embassy of Republic of Korea in Kyrgyzstan', 'KR'],
    ]);
    const b = orgsOf('Tajikistan sends workers to Korea. Tajikistan and Korea agree. The Agency for Labor Migration said the quota grew.');
    expect(b.map((o) => [o.name, o.country])).toEqual([['Agency for Labor Migration', 'TJ']]);
  });

  it('merges a misspelt long form with its known acronym, an apposition and a reordered variant', () => {
    const a = orgsOf('The Korean International Cooperation Agency (KOICA) opened an office. The Korean International Cooperation Agency is a partner.');
    expect(a.map((o) => o.name)).toEqual(['Korea International Cooperation Agency']);
    const b = orgsOf('The head of Kazatomprom, the National Atomic Company, attended.');
    expect(b.map((o) => o.name)).toEqual(['Kazatomprom']);
    const c = orgsOf('The Committee of Geology of Uzbekistan signed. The Uzbekistan Geological Committee said so.');
    expect(c).toHaveLength(1);
  });

  it('takes named outlets, alliances and technology parks, and not venues or page debris', () => {
    const a = orgsOf('The carrier will join the airline alliance Star Alliance, Report informs.\n\nAccording to Kun News, the deal was signed at Lotte Hotel.\n\nUzbekistan’s IT Park grew.\n\nAidar Bekov\n\nKazakhstan Ministry of Energy');
    expect(a.map((o) => [o.name, o.kind, o.country])).toEqual([
      ['Star Alliance', 'ASSOCIATION', null],
      ['Report News Agency', 'MEDIA', 'AZ'],
      ['Kun News', 'MEDIA', null],
      ['IT Park', 'OTHER', 'UZ'],
    ]);
  });
});
