/**
 * A stage that throws does not take the article down and does not vanish: the pipeline
 * names it in stageFailures (stage and error), and every other stage still yields records.
 */
import * as regions from '../../../src/ingest/extract/regions';
import { extractArticle } from '../../../src/ingest/pipeline';
import { stageFailureWarning } from '../../../src/ingest/files';

const TEXT = ' date 2024-06-14\nKorea and Uzbekistan sign trade memorandum\nThe Ministry of Trade of Uzbekistan and the Korea Trade-Investment Promotion Agency signed a memorandum of understanding on trade in Tashkent on Friday. Bilateral trade reached $2.3 billion last year, Minister Laziz Kudratov said. Central Asia is a priority region for Korea.';

afterEach(() => jest.restoreAllMocks());

test('every stage runs on a normal article: no failures', () => {
  const x = extractArticle(TEXT);
  expect(x.stageFailures).toEqual([]);
  expect(x.regions.map((r) => r.name)).toContain('Central Asia');
});

test('a throwing stage is recorded with its name and error; the other stages still produce records', () => {
  jest.spyOn(regions, 'extractRegions').mockImplementation(() => {
    throw new TypeError('boom in regions');
  });
  const x = extractArticle(TEXT);
  expect(x.stageFailures).toEqual([{ stage: 'regions', message: 'TypeError: boom in regions' }]);
  expect(x.regions).toEqual([]);
  expect(x.countries.map((c) => c.iso2).sort()).toEqual(['KR', 'UZ']);
  expect(x.agreements.length).toBeGreaterThan(0);
  expect(x.stageFailures.map(stageFailureWarning)).toEqual(['extraction stage regions failed (TypeError: boom in regions); its records are missing']);
});
