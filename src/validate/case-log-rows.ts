// The complaints log of an assessment's report, read into rows once per loaded assessment: the case-log and
// report-figures rules, `chc report`, `chc diff` and the build's views all need it, and a long log takes seconds.
import type { Assessment } from '../model/assessment.ts';
import { fieldColumns, logLines, parseCaseLog, type LogProblem } from '../load/parse-case-log.ts';

export { logLines };
import { readCalendar } from '../load/read-calendar.ts';
import type { CaseRow, LogField } from '../model/case-log.ts';

/** A log read into rows: the rows chc counts, the problems of the rest, and each field's column index. */
export interface LogRows { rows: CaseRow[]; problems: LogProblem[]; index: Partial<Record<LogField, number>> }

const parsed = new WeakMap<Assessment, LogRows | null>();

/**
 * The log's rows and problems, over the calendar; null where there is no log that could be read, or no mapping of
 * its columns that passed the schema (their problems are reported where they are). Call after the schemas are applied.
 */
export function caseLogRows(a: Assessment): LogRows | null {
  if (parsed.has(a)) return parsed.get(a)!;
  const log = a.caseLog;
  const columns = a.report?.data?.complaints_log?.columns;
  const result = log && 'text' in log && columns ? parseCaseLog(log.text, columns, readCalendar()) : null;
  parsed.set(a, result);
  return result;
}

/** The column (1-based) where a row's field starts, on its line of the log (`logLines`); 1 where it cannot be told. */
export function columnOf(lines: readonly string[], line: number, index: number | undefined): number {
  if (index === undefined) return 1;
  return fieldColumns(lines[line - 1] ?? '')[index] ?? 1;
}
