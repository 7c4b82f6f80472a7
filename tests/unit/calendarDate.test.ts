import { isCalendarDate } from '../../src/lib/calendarDate';

test.each([
  ['2024-06-12', true],
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-02-30', false],
  ['2024-13-01', false],
  ['2024-6-1', false],
  ['June 12, 2024', false],
  ['', false],
])('isCalendarDate(%j) is %s', (value, expected) => {
  expect(isCalendarDate(value)).toBe(expected);
});
