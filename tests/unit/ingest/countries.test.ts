import { countryCodesIn, extractCountries } from '../../../src/ingest/extract/countries';
import { extractRegions } from '../../../src/ingest/extract/regions';
import { contextOf } from './helpers';

describe('countries', () => {
  it('finds names, official names and demonyms of any country', () => {
    expect(countryCodesIn('Kyrgyz Republic, Uzbek firms, the Republic of Korea, Mongolia and the Argentine Republic')).toEqual(['KG', 'UZ', 'KR', 'MN', 'AR']);
  });

  it('reads "Korea" as the Republic of Korea unless the text says North', () => {
    expect(countryCodesIn('Korea and North Korea; a North Korean ship; Korean companies')).toEqual(['KR', 'KP']);
  });

  it('counts capitals only in a government sense', () => {
    expect(countryCodesIn('The forum was held in Seoul.')).toEqual([]);
    expect(countryCodesIn('Seoul plans to increase its role.')).toEqual(['KR']);
    expect(countryCodesIn('Astana’s partnership with Seoul remains strong.')).toEqual(['KZ', 'KR']);
  });

  it('does not read an ethnic group as the state', () => {
    expect(countryCodesIn('Some 500,000 ethnic Koreans live there.')).toEqual([]);
  });

  it('builds one record per country with aliases and evidence', () => {
    const ctx = contextOf('Headline words for the story\n\nKazakhstan and the Kazakh side met Korea. Korean firms came.');
    const records = extractCountries(ctx);
    expect(records.map((r) => [r.iso2, r.iso3, r.name, r.aliasesSeen])).toEqual([
      ['KZ', 'KAZ', 'Kazakhstan', ['Kazakhstan', 'Kazakh']],
      ['KR', 'KOR', 'Republic of Korea', ['Korea', 'Korean']],
    ]);
    for (const r of records) for (const e of r.evidence) expect(ctx.body.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('regions', () => {
  it('keeps Central Asia a region, not its members', () => {
    const ctx = contextOf('Headline words for the story\n\nCentral Asian states and Europe trade across the Eurasian continent.');
    expect(extractRegions(ctx).map((r) => [r.name, r.members])).toEqual([
      ['Central Asia', ['KZ', 'UZ', 'KG', 'TM', 'TJ']],
      ['Europe', []],
      ['Eurasia', []],
    ]);
    expect(countryCodesIn('Central Asian states')).toEqual([]);
  });
});
