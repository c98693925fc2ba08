// Working days, as the Complaint Handling Code counts its timescales: Monday to Friday, less the bank holidays of
// a calendar (calendars/england-and-wales.yaml). Pure: the calendar is data handed in.

/** A calendar of bank holidays, and the days it is known to cover. */
export interface Calendar {
  name: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** The bank holidays (weekdays), YYYY-MM-DD. */
  holidays: ReadonlySet<string>;
}

const DAY = 86_400_000;

/** The day number of a YYYY-MM-DD date (days since 1970-01-01, UTC). */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
}

/** The YYYY-MM-DD date of a day number. */
export function isoOfDay(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** Whether the calendar covers a date (so that chc knows its bank holidays). */
export function covers(calendar: Calendar, iso: string): boolean {
  return iso >= calendar.from && iso <= calendar.to;
}

/** Whether a date is a working day: Monday to Friday, and not a bank holiday. */
export function isWorkingDay(calendar: Calendar, iso: string): boolean {
  const weekday = new Date(dayNumber(iso) * DAY).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(iso);
}

/**
 * How many working days after `from` it is on `to`: the working days d with from < d ≤ to (0 when `to` is not
 * after `from`). So a complaint received on a Friday and acknowledged the next Monday was acknowledged in 1 working
 * day, and "within 5 working days of receipt" means `workingDaysBetween(received, acknowledged) <= 5`, whatever day
 * it was received on. Both dates must lie within the calendar (see `covers`).
 */
export function workingDaysBetween(calendar: Calendar, from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b <= a) return 0;
  // Whole weeks at once, then the days left; the holidays in the span are taken off.
  const weeks = Math.floor((b - a) / 7);
  let count = weeks * 5;
  for (let n = a + weeks * 7 + 1; n <= b; n++) {
    const weekday = new Date(n * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  // Holidays are weekdays: each one in (a, b] is a working day fewer.
  const days = holidayDays(calendar);
  return count - (upperBound(days, b) - upperBound(days, a));
}

const sortedDays = new WeakMap<Calendar, number[]>();

/** The calendar's holidays as sorted day numbers (worked out once per calendar). */
function holidayDays(calendar: Calendar): number[] {
  let days = sortedDays.get(calendar);
  if (!days) {
    days = [...calendar.holidays].map(dayNumber).sort((x, y) => x - y);
    sortedDays.set(calendar, days);
  }
  return days;
}

/** How many of the sorted numbers are ≤ n. */
function upperBound(sorted: number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The date `n` working days after `from` (the last day something due "within n working days of from" is in time). */
export function addWorkingDays(calendar: Calendar, from: string, n: number): string {
  let day = dayNumber(from);
  for (let left = n; left > 0;) {
    day++;
    if (isWorkingDay(calendar, isoOfDay(day))) left--;
  }
  return isoOfDay(day);
}
