// Working days as the Code counts them, over the bank holidays of England and Wales (calendars/), each answer
// worked out by hand from a calendar.
import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../src/load/read-calendar.ts';
import { addWorkingDays, covers, isWorkingDay, workingDaysBetween } from '../../src/model/working-days.ts';

const cal = readCalendar();
const between = (a: string, b: string) => workingDaysBetween(cal, a, b);

describe('calendars/england-and-wales.yaml', () => {
  it('lists each year\'s eight bank holidays, and the one-off ones, as weekdays', () => {
    const byYear = new Map<string, number>();
    for (const h of cal.holidays) byYear.set(h.slice(0, 4), (byYear.get(h.slice(0, 4)) ?? 0) + 1);
    expect(Object.fromEntries(byYear)).toEqual({
      2018: 8, 2019: 8, 2020: 8, 2021: 8, 2022: 10, 2023: 9, 2024: 8, 2025: 8, 2026: 8, 2027: 8, 2028: 8,
    });
    // The substitute days, where Christmas, Boxing Day or New Year fall at a weekend.
    for (const d of ['2020-12-28', '2021-12-27', '2021-12-28', '2022-01-03', '2022-12-27', '2023-01-02', '2026-12-28']) expect(cal.holidays.has(d), d).toBe(true);
    expect(cal.holidays.has('2020-12-26')).toBe(false); // a Saturday: its substitute is listed
    expect([covers(cal, '2018-01-01'), covers(cal, '2028-12-31'), covers(cal, '2029-01-01')]).toEqual([true, true, false]);
  });
});

describe('working days', () => {
  it('counts Monday to Friday, from the day after', () => {
    expect(between('2024-06-07', '2024-06-10')).toBe(1); // Friday to Monday
    expect(between('2024-06-10', '2024-06-10')).toBe(0);
    expect(between('2024-06-10', '2024-06-07')).toBe(0);
    expect(between('2024-06-01', '2024-06-03')).toBe(1); // received on a Saturday, answered on the Monday
    expect(between('2024-06-03', '2024-07-01')).toBe(20); // four whole weeks of June 2024, no holiday
    expect(isWorkingDay(cal, '2024-06-08')).toBe(false);
  });

  it('leaves out bank holidays: Christmas and New Year', () => {
    // Mon 23 Dec 2024 → Fri 3 Jan 2025: 24, 27, 30, 31 Dec, 2, 3 Jan (25, 26 Dec and 1 Jan are holidays).
    expect(between('2024-12-23', '2025-01-03')).toBe(6);
    expect(addWorkingDays(cal, '2024-12-23', 5)).toBe('2025-01-02');
    // 2020: Boxing Day a Saturday, its substitute Monday 28 December. Thu 24 → Thu 31 Dec: 29, 30, 31.
    expect(between('2020-12-24', '2020-12-31')).toBe(3);
  });

  it('leaves out Easter and the summer bank holiday', () => {
    // Thu 28 Mar 2024 → Thu 4 Apr: Good Friday 29 Mar and Easter Monday 1 Apr are holidays: 2, 3, 4 Apr.
    expect(between('2024-03-28', '2024-04-04')).toBe(3);
    expect(addWorkingDays(cal, '2024-03-28', 10)).toBe('2024-04-15');
    // Mon 19 Aug → Mon 2 Sep 2024: ten weekdays less Monday 26 August.
    expect(between('2024-08-19', '2024-09-02')).toBe(9);
  });

  it('counts a leap day as the working day it is', () => {
    expect(between('2024-02-28', '2024-03-01')).toBe(2); // Thu 29 Feb, Fri 1 Mar
    expect(isWorkingDay(cal, '2024-02-29')).toBe(true);
  });
});
