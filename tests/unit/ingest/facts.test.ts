import { extractFacts } from '../../../src/ingest/extract/facts';
import { contextOf } from './helpers';
import type { AgreementRecord } from '../../../src/ingest/types';

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

  it('reads counted things by their head noun, and people by their group nouns', () => {
    expect(factsOf('The holding runs 14 quarries, 6 processing facilities and 3 smelting plants.')).toEqual([[14, 'quarries'], [6, 'facilities'], [3, 'plants']]);
    expect(factsOf('Since then, the treaty has been amended three times, and 9 Korean language exams were held.')).toEqual([[3, 'times'], [9, 'exams']]);
    expect(factsOf('On the Korean side, 31 government officials and business leaders took part.')).toEqual([[31, 'people']]);
    expect(factsOf('The ministries signed 12 memorandum of understandings (MOUs) on energy.')).toEqual([[12, 'MOUs']]);
  });

  it('does not count the parties of the story, spans of time or counts that refer back', () => {
    expect(factsOf('The two leaders met for three days with the heads of the five Central Asian countries, 20 years after the ties between two companies began.')).toEqual([]);
  });

  it('takes no facts from page debris such as an exchange-rate ticker', () => {
    expect(factsOf('USD 87.45\n\nEUR 94.10\n\nThe plant will cost $50 million.')).toEqual([[5e7, 'USD']]);
  });

  it('dates a claim to the article and a deal value to its deal', () => {
    const ctx = contextOf('Headline words for the story\n\nExports grew by 12 percent.\n\nThe sides signed a $40 million contract.', '2025-03-12');
    const last = ctx.sentences[ctx.sentences.length - 1]!;
    const deal = { evidence: [{ start: last.start, end: last.end, text: last.text }], date: null } as unknown as AgreementRecord;
    expect(extractFacts(ctx, () => '2025-03-10', null, [deal]).map((f) => [f.value, f.date])).toEqual([[12, '2025-03-12'], [4e7, null]]);
  });
});
