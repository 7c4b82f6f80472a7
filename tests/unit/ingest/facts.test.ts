import { extractFacts } from '../../../src/ingest/extract/facts';
import { contextOf } from './helpers';

const factsOf = (text: string) => extractFacts(contextOf(`Headline words for the story\n\n${text}`), () => null, 'Korea–Kazakhstan').map((f) => [f.value, f.unit]);

describe('facts', () => {
  it('reads money, percent, tons, barrels and people', () => {
    expect(factsOf('Bilateral trade has reached $6 billion.')).toEqual([[6e9, 'USD']]);
    expect(factsOf('It holds nearly 40 billion barrels of oil and 33.6 billion tons of coal.')).toEqual([[4e10, 'barrels'], [3.36e10, 'tons']]);
    expect(factsOf('Capacity will reach 10 mln tons per year by 2025.')).toEqual([[1e7, 'tons per year']]);
    expect(factsOf('It supplies 40% of the market, about 6 percent of reserves.')).toEqual([[40, 'percent'], [6, 'percent']]);
    expect(factsOf('Some 500,000 ethnic Koreans live there, about 200,000 of which are citizens.')).toEqual([[500000, 'people'], [200000, 'people']]);
  });

  it('reads counts and ranks', () => {
    expect(factsOf('More than 700 joint ventures operate. It is among the top five largest investors.')).toEqual([[700, 'joint ventures'], [5, 'rank']]);
    expect(factsOf('Turkmenistan is the fourth-largest holder of gas reserves.')).toEqual([[4, 'rank']]);
  });

  it('ignores years, dates, ordinals and identifiers', () => {
    expect(factsOf('The 17th forum met on June 11, 2023 with A330-200 planes for the World Expo 2030 in the five Central Asian countries.')).toEqual([]);
  });
});
