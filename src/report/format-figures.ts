// The year's complaint figures and TSMs (model/annual-figures.ts) as `chc report` prints them: text for a person,
// CSV for a spreadsheet or a return, each with the previous year's beside them where there is one.
import { MEASURES, shownValue, type YearFigures } from '../model/annual-figures.ts';
import type { Wording } from '../model/wording.ts';

/** The figures as text: one line per measure, last year's beside this year's. */
export function formatFiguresText(w: Wording, landlord: string, f: YearFigures, previous: YearFigures | null): string {
  const rows = MEASURES.map((m) => [m.label(w), shownValue(m.value(f), m.unit), previous ? shownValue(m.value(previous), m.unit) : '']);
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const w1 = Math.max(f.period.length, ...rows.map((r) => r[1]!.length));
  const head = `${''.padEnd(w0)}  ${f.period.padStart(w1)}${previous ? `  ${previous.period}` : ''}`;
  const lines = rows.map(([a, b, c]) => `${a!.padEnd(w0)}  ${b!.padStart(w1)}${previous ? `  ${c!.padStart(previous.period.length)}` : ''}`.trimEnd());
  const source = f.source === 'log' ? 'worked out from its complaints log' : 'as its report.yaml states them';
  const refused = f.refused.length ? `\nRefused (not accepted as complaints): ${f.refused.map((r) => `${r.reason} ${r.count}`).join('; ')}` : '';
  return `${landlord} ${f.period}: complaint figures ${source}, ${f.homes} homes\n\n${head.trimEnd()}\n${lines.join('\n')}\n${refused}${refused ? '\n' : ''}`;
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The figures as CSV: measure, description, this year, last year (empty where unknown). */
export function formatFiguresCsv(w: Wording, f: YearFigures, previous: YearFigures | null): string {
  const head = ['measure', 'description', f.period, ...(previous ? [previous.period] : [])];
  const rows = MEASURES.map((m) => [m.key, m.label(w), String(m.value(f) ?? ''), ...(previous ? [String(m.value(previous) ?? '')] : [])]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
