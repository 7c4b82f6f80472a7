/**
 * A fact's metric names what its number measures, as a short phrase (src/ingest/extract/factMetric.ts), on
 * sentences written for this test in the shapes news use: a count's thing after the number, an amount's noun
 * after it or its noun phrase before the verb or preposition that leads to it, a share "of" something, a rank's
 * superlative, and a comparator kept as the bound (the words keep their case as written).
 */
import { extractFacts } from '../../../src/ingest/extract/facts';
import { contextOf } from './helpers';

const metrics = (text: string) => extractFacts(contextOf(`Headline words for the story\n\n${text}`), () => null, 'Korea–Uzbekistan').map((f) => [f.value, f.unit, f.metric]);

test.each([
  ['The volume of bilateral trade reached $4.2 billion in 2024.', [[4.2e9, 'USD', 'volume of bilateral trade']]],
  ['The sides signed eight agreements on joint textile projects worth $310 million.', [[3.1e8, 'USD', 'value of joint textile projects'], [8, 'agreements', 'agreements']]],
  ['The ministry opened more than 120 vocational schools.', [[120, 'schools', 'vocational schools (more than)']]],
  ['The bank will provide a loan of up to $75 million.', [[7.5e7, 'USD', 'loan (up to)']]],
  ['The partners agreed a $900 million deal to build a cement plant.', [[9e8, 'USD', 'deal value']]],
  ['Korean firms hold a 35% stake in the venture.', [[35, 'percent', 'stake']]],
  ['The country supplies about 18 percent of the global copper market.', [[18, 'percent', 'share of global copper market (about)']]],
  ['Uzbekistan is the third-largest cotton exporter in the region.', [[3, 'rank', 'largest cotton exporter']]],
  ['Trade between the two countries rose to $2.1 billion last year.', [[2.1e9, 'USD', 'Trade between the two countries']]],
  ['The agency plans to fund new irrigation canals costing $14 million.', [[1.4e7, 'USD', 'value of new irrigation canals']]],
  ['Tashkent received $60 million from the fund.', [[6e7, 'USD', 'amount']]],
])('%s', (sentence, expected) => {
  expect(metrics(sentence as string)).toEqual(expected);
});
