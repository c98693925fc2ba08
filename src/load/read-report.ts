// The year's annual complaints report beside an assessment (<period>/report.yaml), and the complaints log it names:
// read here, bounded; checked by the schema (report) and the case-log rule.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Assessment } from '../model/assessment.ts';
import type { ReportData } from '../model/report.ts';
import { LIMITS } from '../model/limits.ts';
import { describeProblem, readBounded } from './read-bounded.ts';
import { inside, outsideFolder } from './evidence-files.ts';

/** The report's file name in a period's folder. */
export const REPORT_FILE = 'report.yaml';

/**
 * Reads report.yaml into `assessment.report` when the period has one, and the complaints log it names into
 * `assessment.caseLog` (its text, or why it was not read: missing, too large, not a regular file, or outside the
 * landlord's folder, links resolved). `readYaml` is the project's bounded YAML reader.
 */
export function readReport(
  assessment: Assessment,
  root: string,
  readYaml: (path: string, file: string, confine: string) => { source: NonNullable<Assessment['report']>; diagnostics: Diagnostic[] },
): Diagnostic[] {
  const path = join(assessment.dir, REPORT_FILE);
  if (!existsSync(path)) return [];
  const file = relative(root, path).split(sep).join('/');
  const r = readYaml(path, file, assessment.landlordDir);
  assessment.report = r.source;
  const ref = (r.source.raw as Partial<ReportData> | undefined)?.complaints_log?.file;
  if (typeof ref === 'string' && ref.trim() !== '') {
    const logPath = resolve(assessment.dir, ref);
    const shown = relative(root, logPath).split(sep).join('/');
    if (isAbsolute(ref) || !inside(logPath, assessment.landlordDir) || outsideFolder(logPath, assessment.landlordDir)) {
      assessment.caseLog = { file: shown, problem: 'unreadable', why: "is outside the landlord's folder, so chc does not read it" };
    } else {
      const read = readBounded(logPath, LIMITS.caseLogBytes);
      assessment.caseLog = 'problem' in read
        ? { file: shown, problem: read.problem.kind, why: describeProblem(read.problem, LIMITS.caseLogBytes) }
        : { file: shown, text: read.bytes.toString('utf8') };
    }
  }
  return r.diagnostics;
}
