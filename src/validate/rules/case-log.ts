import { diagnostic, START, type Diagnostic } from '../../model/diagnostic.ts';
import { locate, pointer } from '../../model/assessment.ts';
import { caseLogRows, columnOf, logLines } from '../case-log-rows.ts';
import { parsePeriod } from '../../model/period.ts';
import { namesWrittenTwoWays } from '../../model/same-name.ts';
import type { Rule } from './context.ts';

/** At most this many of a log's problems are reported one by one; the rest are counted in one more. */
const SHOWN = 20;

/**
 * The complaints log a report.yaml names (docs/report.md): it can be read; it holds no column that looks like
 * personal data; each column report.yaml maps is in it; and each row's stage, dates, extension and outcome can be
 * read and can be true. Errors, at the log's line and column (or at the mapping in report.yaml); a row with a
 * problem is left out of the figures. Warnings: a row with nothing in the year (received after it, or received and
 * answered before it), which no figure counts; a category or a reason for refusal written two ways ("ASB",
 * "Anti-social behaviour"), which the report would count as two.
 */
export const caseLog: Rule = ({ assessment }) => {
  const report = assessment.report;
  const log = assessment.caseLog;
  if (!report || !log) return [];
  const at = (ptr: string) => locate(report.source, ptr);
  if ('problem' in log) {
    return [diagnostic(report.file, at(pointer('complaints_log', 'file')), 'error', 'case-log', `the complaints log ${log.file} ${log.why}`,
      log.problem === 'missing'
        ? "Put the log's CSV export in the period's folder, or correct complaints_log.file."
        : "Give a CSV file inside the landlord's folder, exported from the case-management system.")];
  }
  // A mapping the schema rejected has its own error there; the log is read once the mapping is right.
  const read = caseLogRows(assessment);
  const problems = read?.problems ?? [];
  const out: Diagnostic[] = problems.slice(0, SHOWN).map((p) => (p.field
    ? diagnostic(report.file, at(pointer('complaints_log', 'columns', p.field)), 'error', 'case-log', p.message, p.hint)
    : diagnostic(log.file, { line: p.line, column: p.column, endLine: p.line, endColumn: p.column }, 'error', 'case-log', p.message, p.hint)));
  if (problems.length > SHOWN) {
    out.push(diagnostic(log.file, START, 'error', 'case-log', `${problems.length - SHOWN} more rows of the log have problems`,
      'Fix the rows above, run chc check again, and it names the next ones.'));
  }
  if (!read || problems.length > 0) return out;
  const columns = report.data?.complaints_log?.columns ?? {};
  let lines: string[] | undefined;
  const cell = (line: number, field: 'received' | 'category' | 'refused_reason') => {
    const column = columnOf((lines ??= logLines(log.text)), line, read.index[field]);
    return { line, column, endLine: line, endColumn: column };
  };
  // Rows with nothing in the year: counted nowhere.
  const period = parsePeriod(assessment.period);
  if (period) {
    const outside = read.rows.filter((r) => r.received > period.end || (r.received < period.start && (r.responded === null || r.responded < period.start)));
    for (const r of outside.slice(0, SHOWN)) {
      out.push(diagnostic(log.file, cell(r.line, 'received'), 'warning', 'case-log',
        `${r.reference} was received on ${r.received}${r.responded ? ` and responded to on ${r.responded}` : ''}: nothing of it falls in ${assessment.period}, so no figure counts it`,
        r.received > period.end
          ? `A complaint received after ${period.end} belongs to the next year's log: export the log for ${assessment.period} again.`
          : `A complaint answered before ${period.start} belongs to last year's log; one still open at the start of the year is counted when it is answered.`));
    }
    if (outside.length > SHOWN) {
      out.push(diagnostic(log.file, START, 'warning', 'case-log', `${outside.length - SHOWN} more rows of the log fall outside ${assessment.period}`,
        `Export the log for ${assessment.period} again.`));
    }
  }
  // One category, or one reason, written two ways: the report would count them apart.
  for (const [field, nameOf, what] of [
    ['category', (r: (typeof read.rows)[number]) => r.category, 'category'],
    ['refused_reason', (r: (typeof read.rows)[number]) => r.refusedReason, 'reason for refusal'],
  ] as const) {
    for (const { item, name, first } of namesWrittenTwoWays(read.rows, nameOf)) {
      out.push(diagnostic(log.file, cell(item.line, field), 'warning', 'case-log',
        `the ${what} "${name}" (column "${columns[field]}") looks like "${first}" written another way: the report counts them as two`,
        `Write it one way throughout the log (in the case-management system, or in the export) so the report counts it once.`));
    }
  }
  return out;
};
