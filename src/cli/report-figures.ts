// A period's annual report figures from the loaded workspace (report.yaml, the complaints log, the calendar): for
// `chc report` and for the build's views alike. The rows of a log with problems are never counted.
import type { Assessment } from '../model/assessment.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { ReportData } from '../model/report.ts';
import { parsePeriod } from '../model/period.ts';
import { timescalesOf } from '../model/case-log.ts';
import { yearFigures, type YearFigures } from '../model/annual-figures.ts';
import { caseLogRows } from '../validate/case-log-rows.ts';
import { readCalendar } from '../load/read-calendar.ts';
import { caseLog } from '../validate/rules/case-log.ts';
import type { RuleContext } from '../validate/rules/index.ts';
import type { Workspace } from './workspace.ts';

/** One period's report data and figures, or the errors in its report.yaml and complaints log that stop them. */
export function reportFiguresOf(ws: Workspace, a: Assessment): { data: ReportData; figures: YearFigures } | { problems: Diagnostic[] } {
  const report = a.report;
  if (!report) return { problems: [] };
  const files = new Set([report.file, a.caseLog?.file]);
  const problems = [
    ...ws.project.diagnostics.filter((d) => d.severity === 'error' && files.has(d.file)),
    ...caseLog({ assessment: a } as RuleContext).filter((d) => d.severity === 'error'),
  ];
  const data = report.data;
  const period = parsePeriod(a.period);
  if (problems.length || !data || !period) return { problems };
  const rows = caseLogRows(a)?.rows ?? null;
  return { data, figures: yearFigures(data, rows, period, readCalendar(), timescalesOf(String(a.data?.code ?? '2024'))) };
}
