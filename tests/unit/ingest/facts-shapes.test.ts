import { extractFacts } from '../../../src/ingest/extract/facts';
import { extractAgreements } from '../../../src/ingest/extract/agreements';
import { contextOf, entitiesOf } from './helpers';

/** Shapes of numbers in other real Korea–Central Asia news, in invented sentences. */
const factsOf = (text: string) => extractFacts(contextOf(`Headline words for the story\n\n${text}`), () => null, 'Korea–Uzbekistan');
const valuesOf = (text: string) => factsOf(text).map((f) => [f.value, f.unit]);

describe('facts on other real news', () => {
  it('reads abbreviated amounts with their multiplier and currency', () => {
    expect(valuesOf('Trade reached $6b, up from $5bn, and the fund holds US$200 mln.')).toEqual([[6e9, 'USD'], [5e9, 'USD'], [2e8, 'USD']]);
    expect(valuesOf('The bank lends ₩1.2 trillion and KRW 3 billion, with a $160mn credit line.')).toEqual([[1.2e12, 'KRW'], [3e9, 'KRW'], [1.6e8, 'USD']]);
    expect(valuesOf('The budget is 40 billion tenge.')).toEqual([[4e10, 'KZT']]);
    expect(valuesOf('Korea will invest a $1.2-billion sum.')).toEqual([[1.2e9, 'USD']]);
  });

  it('does not make the United States the subject of a dollar amount', () => {
    expect(factsOf('Uzbekistan received US$200 million in loans.')[0]!.subject).toBe('Uzbekistan');
  });

  it('reads number words as counts, and "one" as no count', () => {
    expect(valuesOf('They covered four major and minor projects and a dozen training courses.')).toEqual([[4, 'projects'], [12, 'courses']]);
    expect(valuesOf('One key agreement concerns water.')).toEqual([]);
  });

  it('counts a restatement once', () => {
    expect(valuesOf('The ministries concluded three accords to carry out three large projects.')).toEqual([[3, 'agreements']]);
  });

  it('takes no fact from a list of other stories under a ticker header', () => {
    expect(valuesOf('Exports to the region grew 12% in the first quarter.\n\nMost Popular\n\nSteel prices fall 3% on weak demand\n\nCarmaker to hire 500 workers in Almaty\n\nLocal startup raises $20 million')).toEqual([[12, 'percent']]);
  });
});

describe('agreement parties and currencies', () => {
  it('does not make the United States a party of a deal priced in US dollars', () => {
    const { ctx, orgs, people } = entitiesOf('Headline words for the story\n\nUzbekistan signed a US$300 million loan agreement with Korea.', '2024-05-10');
    expect(extractAgreements(ctx, orgs, people, () => null, ['KR', 'UZ'])[0]!.parties.countries.sort()).toEqual(['KR', 'UZ']);
  });
});
