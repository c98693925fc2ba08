import type { Diagnostic } from '../model/diagnostic.ts';
import type { AssessmentSummary, CheckResult } from '../validate/check.ts';
import { plural } from '../model/plural.ts';

/** Colours for a terminal; identity functions when colour is off. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
/** ANSI colours. */
export const COLOUR: Paint = { red: ansi(31), yellow: ansi(33), blue: ansi(34), dim: ansi(2), bold: ansi(1), green: ansi(32) };
/** No colour. */
export const PLAIN: Paint = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s, green: (s) => s };


/** Whether a message already names the provision (as "provision 6.3", "in 6.3"…), so it need not be added. */
function names(message: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.])${escaped}(?![\\w]|\\.\\w)`).test(message);
}

/**
 * One diagnostic as `file:line:col  severity  rule  message`, with its hint on the next line. A message
 * that does not name its provision (a schema error on a date or a comply value, a personal-data warning
 * on an evidence text…) is led by it, `provision 6.3: …`: JSON and annotations carry it in a field of its own,
 * but a line of text has only the message.
 */
export function formatDiagnostic(d: Diagnostic, paint: Paint = PLAIN): string {
  const sev = d.severity === 'error' ? paint.red('error') : d.severity === 'warning' ? paint.yellow('warning') : paint.blue('info');
  const where = `${d.file}:${d.line}:${d.column}`;
  const message = d.provision !== undefined && !names(d.message, d.provision) ? `provision ${d.provision}: ${d.message}` : d.message;
  const head = `${where}  ${sev}  ${paint.dim(d.rule)}  ${message}`;
  return d.hint ? `${head}\n    ${paint.dim('hint:')} ${d.hint}` : head;
}

/**
 * The per-assessment summary line: answered must/should, and the counts of each answer. A file that could
 * not be read, or names no Code version that could be used, has no counts to give: the line says so.
 */
export function formatSummaryLine(s: AssessmentSummary, paint: Paint = PLAIN): string {
  const status = s.errors > 0 ? paint.red(plural(s.errors, 'error')) : s.warnings > 0 ? paint.yellow(plural(s.warnings, 'warning')) : paint.green('ok');
  const name = paint.bold(`${s.landlord} ${s.period}`);
  if (s.readable === false) return `${name}: could not be read: see the errors above — ${status}`;
  const state = s.approved ? 'approved' : 'draft';
  // A Code version has provisions: none counted means the assessment named none that could be used.
  if (s.must.total + s.should.total === 0) {
    return `${name} (${s.code ? `Code "${s.code}"` : 'no Code named'}, ${state}): not checked against a Code: see the errors above — ${status}`;
  }
  const parts = [`must ${s.must.answered}/${s.must.total}`];
  if (s.should.total > 0) parts.push(`should ${s.should.answered}/${s.should.total}`);
  const c = s.comply;
  parts.push(`yes ${c.yes} · partial ${c.partial} · no ${c.no} · n/a ${c['n/a']}`);
  if (s.answers > 0) parts.push(plural(s.answers, 'figure/narrative answer'));
  return `${name} (${s.code} Code, ${state}): ${parts.join(', ')} — ${status}`;
}

/** The summary: a line per assessment, then the totals of every diagnostic (also those on files of no assessment). */
export function formatSummary(result: CheckResult, paint: Paint = PLAIN): string {
  const lines = result.assessments.map((s) => formatSummaryLine(s, paint));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  lines.push(`${plural(result.assessments.length, 'assessment')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n') + '\n';
}

/** The whole pretty report: diagnostics, then a summary per assessment, then totals. */
export function formatPretty(result: CheckResult, paint: Paint = PLAIN): string {
  const lines = result.diagnostics.map((d) => formatDiagnostic(d, paint));
  return (lines.length ? lines.join('\n') + '\n\n' : '') + formatSummary(result, paint);
}
