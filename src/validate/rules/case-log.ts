import { diagnostic, START, type Diagnostic } from '../../model/diagnostic.ts';
import { locate, pointer } from '../../model/assessment.ts';
import { caseLogRows } from '../case-log-rows.ts';
import type { Rule } from './context.ts';

/** At most this many of a log's problems are reported one by one; the rest are counted in one more. */
const SHOWN = 20;

/**
 * The complaints log a report.yaml names (docs/report.md): it can be read; it holds no column that looks like
 * personal data; each column report.yaml maps is in it; and each row's stage, dates, extension and outcome can be
 * read and can be true. Errors, at the log's line and column (or at the mapping in report.yaml); a row with a
 * problem is left out of the figures.
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
  const problems = caseLogRows(assessment)?.problems ?? [];
  const out: Diagnostic[] = problems.slice(0, SHOWN).map((p) => (p.field
    ? diagnostic(report.file, at(pointer('complaints_log', 'columns', p.field)), 'error', 'case-log', p.message, p.hint)
    : diagnostic(log.file, { line: p.line, column: p.column, endLine: p.line, endColumn: p.column }, 'error', 'case-log', p.message, p.hint)));
  if (problems.length > SHOWN) {
    out.push(diagnostic(log.file, START, 'error', 'case-log', `${problems.length - SHOWN} more rows of the log have problems`,
      'Fix the rows above, run chc check again, and it names the next ones.'));
  }
  return out;
};
