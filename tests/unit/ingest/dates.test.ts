import { findDates, findStatedDates, firstDate } from '../../../src/ingest/extract/dates';

describe('dates', () => {
  it('resolves "on Friday" against the publication date (backwards)', () => {
    expect(firstDate('The forum was held on Friday.', '2024-03-16')).toBe('2024-03-15');
    expect(firstDate('The forum was held on Wednesday.', '2023-06-27')).toBe('2023-06-21');
  });

  it('leaves relative dates null without a publication date', () => {
    expect(firstDate('The forum was held on Wednesday.', null)).toBeNull();
    expect(firstDate('Flights started on April 26.', null)).toBeNull();
  });

  it('gives the most recent past date for a month and day', () => {
    expect(firstDate('Flights started on April 26.', '2023-06-27')).toBe('2023-04-26');
    expect(firstDate('It opened on December 20.', '2023-06-27')).toBe('2022-12-20');
  });

  it('keeps the precision the text states', () => {
    expect(firstDate('He visited Seoul in August 2021.', null)).toBe('2021-08');
    expect(firstDate('On June 10, 2024, the visit began.', null)).toBe('2024-06-10');
    expect(findDates('on Friday, 23 June', '2023-06-27')[0]?.date).toBe('2023-06-23');
  });

  it('names no day from words alone without a publication date', () => {
    expect(firstDate('Later in the day, the ministers signed a memorandum.', null)).toBeNull();
    expect(firstDate('The ministers signed it today.', null)).toBeNull();
  });

  it('reads stated days for deals: "on the 22nd", a bare year, and skips year ranges', () => {
    expect(findStatedDates('It was signed on the 14th at 3 p.m.', '2024-09-20').map((d) => d.date)).toEqual(['2024-09-14']);
    expect(findStatedDates('It was signed on the 28th.', '2024-09-20').map((d) => d.date)).toEqual(['2024-08-28']);
    expect(findStatedDates('They signed a memorandum in 2009.', null).map((d) => d.date)).toEqual(['2009']);
    expect(findStatedDates('They signed a plan for 2026-27 today in the capital.', '2026-02-10').map((d) => d.date)).toEqual(['2026-02-10']);
  });
});
