// The calendar of bank holidays chc counts working days with (calendars/england-and-wales.yaml). The file is the
// tool's own data, so a fault in it is a fault of the tool (thrown), not of a landlord's input.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { isIsoDate } from '../model/date.ts';
import { LIMITS } from '../model/limits.ts';
import { isWorkingDay, type Calendar } from '../model/working-days.ts';
import { describeProblem, readBounded } from './read-bounded.ts';
import { TOOL_ROOT } from './read-project.ts';

// `yaml` is loaded when a calendar is read (a report's working days), not by every `chc check`.
const require = createRequire(import.meta.url);

/** The bank holidays of England and Wales, with their source. */
export const CALENDAR_FILE = join(TOOL_ROOT, 'calendars', 'england-and-wales.yaml');

let cached: Calendar | undefined;

/** Reads a calendar file: its holidays, each a real weekday date inside the years it says it covers. */
export function readCalendar(file = CALENDAR_FILE): Calendar {
  if (cached && file === CALENDAR_FILE) return cached;
  const read = readBounded(file, LIMITS.yamlBytes);
  if ('problem' in read) throw new Error(`${file} ${describeProblem(read.problem, LIMITS.yamlBytes)}`);
  const { parse } = require('yaml') as typeof import('yaml');
  const data = parse(read.bytes.toString('utf8')) as { name?: unknown; covers?: { from?: unknown; to?: unknown }; holidays?: unknown };
  const from = String(data?.covers?.from ?? '');
  const to = String(data?.covers?.to ?? '');
  const holidays = Array.isArray(data?.holidays) ? data.holidays.map(String) : [];
  const problems: string[] = [];
  if (typeof data?.name !== 'string') problems.push('no name');
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) problems.push('covers.from and covers.to must be dates, in order');
  if (holidays.length === 0) problems.push('no holidays');
  const calendar: Calendar = { name: String(data?.name), from, to, holidays: new Set(holidays) };
  for (const h of holidays) {
    if (!isIsoDate(h)) problems.push(`"${h}" is not a date`);
    else if (h < from || h > to) problems.push(`${h} is outside the years it covers`);
    // A weekend day is never a working day anyway: the substitute weekday is the holiday to list.
    else if (!isWorkingDay({ ...calendar, holidays: new Set() }, h)) problems.push(`${h} is a Saturday or Sunday`);
  }
  if (new Set(holidays).size !== holidays.length) problems.push('a holiday is listed twice');
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  if (file === CALENDAR_FILE) cached = calendar;
  return calendar;
}
