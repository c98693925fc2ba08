// A year's complaint figures and TSMs as `chc report` prints them and the report will publish them: worked out from
// the complaints log where report.yaml names one, else as report.yaml states them. Pure.
import { complaintTsms, per1000, percent, stageFigures, tp09, type CaseRow, type StageTimescale } from './case-log.ts';
import type { Period } from './period.ts';
import type { Calendar } from './working-days.ts';
import type { ReportData, StatedStage } from './report.ts';
import { say, type MessageKey, type Wording } from './wording.ts';

/** One stage's figures, by their public names (null: not known, where the report states no such figure). */
export interface StageSummary {
  received: number | null;
  acknowledged_in_time: number | null;
  responded: number | null;
  responded_in_time: number | null;
  extended: number | null;
  average_days: number | null;
}

/** The year's figures: its public JSON (`chc report --format json`, keys as in report.yaml and the TSMs' names). */
export interface YearFigures {
  period: string;
  /** Where the figures come from: the complaints log, or what report.yaml states. */
  source: 'log' | 'stated';
  homes: number;
  stage_1: StageSummary;
  stage_2: StageSummary;
  outcomes: { stage_1: Record<'upheld' | 'partly_upheld' | 'not_upheld' | 'withdrawn', number | null>; stage_2: Record<'upheld' | 'partly_upheld' | 'not_upheld' | 'withdrawn', number | null> };
  categories: { category: string; count: number }[];
  refused: { reason: string; count: number }[];
  tsm: { CH01_1: number | null; CH01_2: number | null; CH02_1: number | null; CH02_2: number | null; TP09: number | null };
}

const stated = (s: StatedStage | undefined): StageSummary => ({
  received: s?.received ?? null,
  acknowledged_in_time: s?.acknowledged_in_time ?? null,
  responded: s?.responded ?? null,
  responded_in_time: s?.responded_in_time ?? null,
  extended: s?.extended ?? null,
  average_days: s?.average_days ?? null,
});

/** The year's figures: from `rows` (the log's, read without problems) when given, else from report.yaml's `figures`. */
export function yearFigures(report: ReportData, rows: readonly CaseRow[] | null, period: Period, calendar: Calendar, timescales: Record<1 | 2, StageTimescale>): YearFigures {
  const tp = report.tp09 ? tp09(report.tp09.satisfied, report.tp09.respondents) : null;
  if (rows) {
    const s1 = stageFigures(rows, 1, period, calendar, timescales[1]);
    const s2 = stageFigures(rows, 2, period, calendar, timescales[2]);
    const summary = (s: typeof s1): StageSummary => ({ received: s.received, acknowledged_in_time: s.acknowledgedInTime, responded: s.responded, responded_in_time: s.respondedInTime, extended: s.extended, average_days: s.averageDays });
    const outcomes = (s: typeof s1) => ({ upheld: s.outcomes.upheld, partly_upheld: s.outcomes['partly upheld'], not_upheld: s.outcomes['not upheld'], withdrawn: s.outcomes.withdrawn });
    // Refused complaints and categories over both stages: a category counts each complaint at each stage.
    const merge = <K extends string>(a: ({ [k in K]: string } & { count: number })[], b: ({ [k in K]: string } & { count: number })[], key: K) => {
      const m = new Map<string, number>();
      for (const x of [...a, ...b]) m.set(x[key], (m.get(x[key]) ?? 0) + x.count);
      return [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, count]) => ({ [key]: k, count }) as { [k in K]: string } & { count: number });
    };
    return {
      period: period.label, source: 'log', homes: report.homes.count,
      stage_1: summary(s1), stage_2: summary(s2),
      outcomes: { stage_1: outcomes(s1), stage_2: outcomes(s2) },
      categories: merge(s1.categories, s2.categories, 'category'),
      refused: merge(s1.refused, s2.refused, 'reason'),
      tsm: { ...complaintTsms(s1, s2, report.homes.count), TP09: tp },
    };
  }
  const f = report.figures;
  const s1 = stated(f?.stage_1);
  const s2 = stated(f?.stage_2);
  const outcomes = (o: NonNullable<NonNullable<ReportData['figures']>['outcomes']>['stage_1']) => ({ upheld: o?.upheld ?? null, partly_upheld: o?.partly_upheld ?? null, not_upheld: o?.not_upheld ?? null, withdrawn: o?.withdrawn ?? null });
  const homes = report.homes.count;
  const ch01 = (n: number | null) => (n === null ? null : per1000(n, homes));
  const ch02 = (part: number | null, whole: number | null) => (part === null || whole === null ? null : percent(part, whole));
  return {
    period: period.label, source: 'stated', homes: report.homes.count,
    stage_1: s1, stage_2: s2,
    outcomes: { stage_1: outcomes(f?.outcomes?.stage_1), stage_2: outcomes(f?.outcomes?.stage_2) },
    categories: f?.categories ?? [],
    refused: f?.refused ?? [],
    tsm: { CH01_1: ch01(s1.received), CH01_2: ch01(s2.received), CH02_1: ch02(s1.responded_in_time, s1.responded), CH02_2: ch02(s2.responded_in_time, s2.responded), TP09: tp },
  };
}

/** One measure of the figures: its key (as in the JSON), how it is named, its value in a year, and its unit. */
export interface Measure {
  key: string;
  label: (w: Wording) => string;
  value: (f: YearFigures) => number | null;
  unit?: '%' | 'per 1,000 homes' | 'working days';
}

const tsm = (id: keyof YearFigures['tsm'], unit: Measure['unit']): Measure => ({ key: `tsm.${id}`, label: (w) => say(w, `measure.${id}` as MessageKey & `measure.${typeof id}`), value: (f) => f.tsm[id], unit });

const stage = (n: 1 | 2): Measure[] => {
  const s = (f: YearFigures): StageSummary => (n === 1 ? f.stage_1 : f.stage_2);
  const m = (key: keyof StageSummary, message: 'measure.received' | 'measure.acknowledgedInTime' | 'measure.responded' | 'measure.respondedInTime' | 'measure.extended' | 'measure.averageDays', unit?: Measure['unit']): Measure =>
    ({ key: `stage_${n}.${key}`, label: (w) => say(w, message, { stage: n }), value: (f) => s(f)[key], ...(unit ? { unit } : {}) });
  return [
    m('received', 'measure.received'), m('acknowledged_in_time', 'measure.acknowledgedInTime'), m('responded', 'measure.responded'),
    m('responded_in_time', 'measure.respondedInTime'), m('extended', 'measure.extended'), m('average_days', 'measure.averageDays', 'working days'),
  ];
};

/** Every measure, in the order shown: the TSMs first, then each stage's figures. */
export const MEASURES: Measure[] = [
  tsm('CH01_1', 'per 1,000 homes'), tsm('CH01_2', 'per 1,000 homes'), tsm('CH02_1', '%'), tsm('CH02_2', '%'), tsm('TP09', '%'),
  ...stage(1),
  ...stage(2),
];

/** A measure's value as shown: a percentage with one decimal and its sign, a rate or a mean with one decimal, a count as it is; "—" when unknown. */
export function shownValue(v: number | null, unit: Measure['unit']): string {
  return v === null ? '—' : unit === '%' ? `${v.toFixed(1)}%` : unit ? v.toFixed(1) : String(v);
}

/** The figures as published (`chc report --format json`, and report.json beside the report's page): schemas/report-figures.schema.json. */
export function reportJson(landlord: string, draft: boolean, figures: YearFigures, earlier: YearFigures[]): Record<string, unknown> {
  return { $schema: 'https://chc.example/schemas/report-figures.schema.json', landlord, draft, ...figures, previous: earlier[0] ?? null, earlier };
}

/** How one measure changed between two years (`chc diff`): null where either year does not have it. */
export interface FigureChange {
  measure: string;
  label: string;
  from: number | null;
  to: number | null;
  change: number | null;
  unit?: Measure['unit'];
}

/** Every measure either year has, with how it changed (to one decimal place), in the order of MEASURES. */
export function figureChanges(w: Wording, before: YearFigures, after: YearFigures): FigureChange[] {
  return MEASURES.flatMap((m) => {
    const from = m.value(before);
    const to = m.value(after);
    if (from === null && to === null) return [];
    return [{ measure: m.key, label: m.label(w), from, to, change: from === null || to === null ? null : Math.round((to - from) * 10) / 10, ...(m.unit ? { unit: m.unit } : {}) }];
  });
}
