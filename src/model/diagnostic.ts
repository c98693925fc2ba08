import { compareIds } from './provision-order.ts';

/** How serious a diagnostic is: errors fail `chc check`; warnings fail it only with --strict. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based position range in a source file. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * One problem found in the input, as plain data (never thrown).
 * `file` is relative to the root the user named, with forward slashes.
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string;
  provision?: string;
  message: string;
  hint: string;
}

/** The first position of a file, for problems that concern a file as a whole. */
export const START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Builds a diagnostic at `range`. */
export function diagnostic(
  file: string,
  range: Range,
  severity: Severity,
  rule: string,
  message: string,
  hint: string,
  provision?: string,
): Diagnostic {
  const d: Diagnostic = {
    file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    severity,
    rule,
    message,
    hint,
  };
  if (provision !== undefined) d.provision = provision;
  return d;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, then position, then severity and rule, then provision in Code order: the same input gives the same order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.provision !== undefined && b.provision !== undefined ? compareIds(a.provision, b.provision) : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
