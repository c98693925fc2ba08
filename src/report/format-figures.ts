// The year's complaint figures and TSMs (model/annual-figures.ts) as `chc report` prints them: text for a person,
// CSV for a spreadsheet or a return, each with the previous year's beside them where there is one.
import { MEASURES, shownValue, type FigureChange, type YearFigures } from '../model/annual-figures.ts';
import type { Wording } from '../model/wording.ts';

/** The figures as text: one line per measure, last year's beside this year's. */
export function formatFiguresText(w: Wording, landlord: string, f: YearFigures, earlier: YearFigures[]): string {
  const years = [f, ...earlier];
  const rows = MEASURES.map((m) => [m.label(w), ...years.map((y) => shownValue(m.value(y), m.unit))]);
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const widths = years.map((y, i) => Math.max(y.period.length, ...rows.map((r) => r[i + 1]!.length)));
  const line = (cells: string[]) => `${cells[0]!.padEnd(w0)}${cells.slice(1).map((c, i) => `  ${c.padStart(widths[i]!)}`).join('')}`.trimEnd();
  const head = line(['', ...years.map((y) => y.period)]);
  const lines = rows.map(line);
  const source = f.source === 'log' ? 'worked out from its complaints log' : 'as its report.yaml states them';
  const refused = f.refused.length ? `\nRefused (not accepted as complaints): ${f.refused.map((r) => `${r.reason} ${r.count}`).join('; ')}` : '';
  return `${landlord} ${f.period}: complaint figures ${source}, ${f.homes} homes\n\n${head.trimEnd()}\n${lines.join('\n')}\n${refused}${refused ? '\n' : ''}`;
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The figures as CSV: measure, description, this year, last year (empty where unknown). */
export function formatFiguresCsv(w: Wording, f: YearFigures, earlier: YearFigures[]): string {
  const years = [f, ...earlier];
  const head = ['measure', 'description', ...years.map((y) => y.period)];
  const rows = MEASURES.map((m) => [m.key, m.label(w), ...years.map((y) => String(m.value(y) ?? ''))]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/** A change with its sign: "+1", "−0.5", "−15.0 points" (a percentage's change is in percentage points). */
function signed(c: FigureChange): string {
  const n = c.change;
  if (n === null) return '';
  const size = c.unit ? Math.abs(n).toFixed(1) : String(Math.abs(n));
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${size}${c.unit === '%' ? ' points' : ''}`;
}

/** How the annual report's figures changed, as `chc diff` adds it to its text: one line per measure. */
export function formatFigureChangesText(changes: FigureChange[], from: string, to: string): string {
  const lines = changes.map((c) => `  ${c.label}: ${shownValue(c.from, c.unit)} in ${from}, ${shownValue(c.to, c.unit)} in ${to}${c.change === null ? '' : ` (${signed(c)})`}`);
  return `\nComplaint figures (the annual complaints report):\n${lines.join('\n')}\n`;
}

/** The same as a markdown table, for a pull request or a job summary. */
export function formatFigureChangesMarkdown(changes: FigureChange[], from: string, to: string): string {
  const rows = changes.map((c) => `| ${c.label.replace(/\|/g, '\\|')} | ${shownValue(c.from, c.unit)} | ${shownValue(c.to, c.unit)} | ${signed(c) || '—'} |`);
  return `\n### Complaint figures (the annual complaints report)\n\n| Measure | ${from} | ${to} | Change |\n|---|---:|---:|---:|\n${rows.join('\n')}\n`;
}
