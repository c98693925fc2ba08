// The complaints log of an assessment's report, read into rows once per loaded assessment: the case-log and
// report-figures rules, `chc report`, `chc diff` and the build's views all need it, and a long log takes seconds.
import type { Assessment } from '../model/assessment.ts';
import { parseCaseLog, type LogProblem } from '../load/parse-case-log.ts';
import { readCalendar } from '../load/read-calendar.ts';
import type { CaseRow } from '../model/case-log.ts';

const parsed = new WeakMap<Assessment, { rows: CaseRow[]; problems: LogProblem[] } | null>();

/**
 * The log's rows and problems, over the calendar; null where there is no log that could be read, or no mapping of
 * its columns that passed the schema (their problems are reported where they are). Call after the schemas are applied.
 */
export function caseLogRows(a: Assessment): { rows: CaseRow[]; problems: LogProblem[] } | null {
  if (parsed.has(a)) return parsed.get(a)!;
  const log = a.caseLog;
  const columns = a.report?.data?.complaints_log?.columns;
  const result = log && 'text' in log && columns ? parseCaseLog(log.text, columns, readCalendar()) : null;
  parsed.set(a, result);
  return result;
}
