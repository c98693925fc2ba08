import type { Rule } from './context.ts';
import { shapeDiagnostics } from './markdown-too-deep.ts';

/**
 * A markdown table wider than a printed page can show (a 200-column table printed as an unreadable bar in the PDF,
 * and Word takes at most 63 columns): an error at the table, in `check` and `build` alike.
 */
export const tableTooWide: Rule = (ctx) => shapeDiagnostics(ctx, ['columns'], 'table-too-wide',
  'Split it into narrower tables, turn it round (rows for columns), or publish it as a spreadsheet or PDF cited by url or file.');
