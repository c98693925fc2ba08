// The year's complaint figures and TSMs (model/annual-figures.ts) as `chc report` prints them: text for a person,
// CSV for a spreadsheet or a return, each with the previous year's beside them where there is one.
import { MEASURES, shownValue, type YearFigures } from '../model/annual-figures.ts';
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
