// The year's complaint figures and TSMs (model/annual-figures.ts) as `chc report` prints them: text for a person,
// CSV for a spreadsheet or a return, each with the previous year's beside them where there is one.
import type { StageSummary, YearFigures } from '../model/annual-figures.ts';

/** One line of the figures: its key (as in the JSON), what it is, this year's value and last year's. */
interface Measure {
  key: string;
  label: string;
  value: (f: YearFigures) => number | null;
  unit?: '%' | 'per 1,000 homes' | 'working days';
}

const stage = (n: 1 | 2): Measure[] => {
  const s = (f: YearFigures): StageSummary => (n === 1 ? f.stage_1 : f.stage_2);
  return [
    { key: `stage_${n}.received`, label: `Stage ${n} complaints received`, value: (f) => s(f).received },
    { key: `stage_${n}.acknowledged_in_time`, label: `Stage ${n}: acknowledged within 5 working days`, value: (f) => s(f).acknowledged_in_time },
    { key: `stage_${n}.responded`, label: `Stage ${n} complaints responded to`, value: (f) => s(f).responded },
    { key: `stage_${n}.responded_in_time`, label: `Stage ${n}: responded to within the Code's timescale`, value: (f) => s(f).responded_in_time },
    { key: `stage_${n}.extended`, label: `Stage ${n}: responses with an extension`, value: (f) => s(f).extended },
    { key: `stage_${n}.average_days`, label: `Stage ${n}: average time to respond`, value: (f) => s(f).average_days, unit: 'working days' },
  ];
};

/** Every measure, in the order printed: the TSMs first, then each stage's figures. */
export const MEASURES: Measure[] = [
  { key: 'tsm.CH01_1', label: 'CH01 (1): stage 1 complaints received per 1,000 homes', value: (f) => f.tsm.CH01_1, unit: 'per 1,000 homes' },
  { key: 'tsm.CH01_2', label: 'CH01 (2): stage 2 complaints received per 1,000 homes', value: (f) => f.tsm.CH01_2, unit: 'per 1,000 homes' },
  { key: 'tsm.CH02_1', label: "CH02 (1): stage 1 complaints responded to within the Code's timescales", value: (f) => f.tsm.CH02_1, unit: '%' },
  { key: 'tsm.CH02_2', label: "CH02 (2): stage 2 complaints responded to within the Code's timescales", value: (f) => f.tsm.CH02_2, unit: '%' },
  { key: 'tsm.TP09', label: "TP09: satisfied with the landlord's approach to complaints handling", value: (f) => f.tsm.TP09, unit: '%' },
  ...stage(1),
  ...stage(2),
];

const shown = (v: number | null, unit: Measure['unit']) => (v === null ? '—' : unit === '%' ? `${v.toFixed(1)}%` : unit ? `${v.toFixed(1)}` : String(v));

/** The figures as text: one line per measure, last year's beside this year's. */
export function formatFiguresText(landlord: string, f: YearFigures, previous: YearFigures | null): string {
  const rows = MEASURES.map((m) => [m.label + (m.unit === 'working days' ? ' (working days)' : ''), shown(m.value(f), m.unit), previous ? shown(m.value(previous), m.unit) : '']);
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
export function formatFiguresCsv(f: YearFigures, previous: YearFigures | null): string {
  const head = ['measure', 'description', f.period, ...(previous ? [previous.period] : [])];
  const rows = MEASURES.map((m) => [m.key, m.label, String(m.value(f) ?? ''), ...(previous ? [String(m.value(previous) ?? '')] : [])]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
