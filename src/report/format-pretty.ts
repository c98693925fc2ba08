import type { Diagnostic } from '../model/diagnostic.ts';
import type { AssessmentSummary, CheckResult } from '../validate/check.ts';

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

/** One diagnostic as `file:line:col  severity  rule  message`, with its hint on the next line. */
export function formatDiagnostic(d: Diagnostic, paint: Paint = PLAIN): string {
  const sev = d.severity === 'error' ? paint.red('error') : d.severity === 'warning' ? paint.yellow('warning') : paint.blue('info');
  const where = `${d.file}:${d.line}:${d.column}`;
  const head = `${where}  ${sev}  ${paint.dim(d.rule)}  ${d.message}`;
  return d.hint ? `${head}\n    ${paint.dim('hint:')} ${d.hint}` : head;
}

/** The per-assessment summary line: answered must/should, and the counts of each answer. */
export function formatSummaryLine(s: AssessmentSummary, paint: Paint = PLAIN): string {
  const parts = [`must ${s.must.answered}/${s.must.total}`];
  if (s.should.total > 0) parts.push(`should ${s.should.answered}/${s.should.total}`);
  const c = s.comply;
  parts.push(`yes ${c.yes} · partial ${c.partial} · no ${c.no} · n/a ${c['n/a']}`);
  if (s.answers > 0) parts.push(`${s.answers} figure/narrative answers`);
  const status = s.errors > 0 ? paint.red(`${s.errors} error${s.errors === 1 ? '' : 's'}`) :
    s.warnings > 0 ? paint.yellow(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`) : paint.green('ok');
  const code = s.code ? `${s.code} Code` : 'unknown Code';
  return `${paint.bold(`${s.landlord} ${s.period}`)} (${code}, ${s.approved ? 'approved' : 'draft'}): ${parts.join(', ')} — ${status}`;
}

/** The whole pretty report: diagnostics, then a summary per assessment, then totals. */
export function formatPretty(result: CheckResult, paint: Paint = PLAIN): string {
  const lines: string[] = [];
  for (const d of result.diagnostics) lines.push(formatDiagnostic(d, paint));
  if (lines.length) lines.push('');
  for (const s of result.assessments) lines.push(formatSummaryLine(s, paint));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const n = result.assessments.length;
  lines.push(`${n} assessment${n === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}
