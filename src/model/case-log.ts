// The year's complaint figures and the complaint TSMs, worked out from a landlord's complaints log (one row per
// complaint per stage, as read by load/read-case-log.ts). Pure: the rows, the calendar, the period, the Code's
// timescales and the number of homes are handed in. The rules chosen where neither the Code nor the Regulator says
// are written beside each (and in docs/report.md).
import type { Calendar } from './working-days.ts';
import { workingDaysBetween } from './working-days.ts';
import type { Period } from './period.ts';

/** The log's columns chc reads, each mapped (in report.yaml) to the name of the landlord's column. */
export const LOG_FIELDS = ['reference', 'stage', 'received', 'acknowledged', 'responded', 'extension', 'category', 'outcome', 'refused_reason'] as const;
export type LogField = (typeof LOG_FIELDS)[number];
/** The fields every log must have; the others may be left out of the mapping. */
export const REQUIRED_FIELDS: readonly LogField[] = ['reference', 'stage', 'received', 'responded'];

/** A complaint's outcome at a stage, as chc names it (the log's own words are mapped to these). */
export const OUTCOMES = ['upheld', 'partly upheld', 'not upheld', 'withdrawn', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One row of the log: one complaint at one stage. */
export interface CaseRow {
  /** The row's line in the CSV file (1 is the header), for diagnostics. */
  line: number;
  reference: string;
  stage: 1 | 2;
  /** When the complaint (stage 1) or the request to escalate it (stage 2) was received, YYYY-MM-DD. */
  received: string;
  acknowledged: string | null;
  responded: string | null;
  /** The extension agreed: null for none; `days` null where the log says only that there was one. */
  extension: { days: number | null } | null;
  category: string | null;
  outcome: Outcome | null;
  /** For a complaint the landlord refused to accept (outcome `refused`): why. */
  refusedReason: string | null;
}

/** A stage's timescales, in working days, and what the response's clock starts from. */
export interface StageTimescale {
  acknowledge: number;
  respond: number;
  /** The longest extension the Code allows without good reason; a longer one counts only this much. */
  extensionLimit: number;
  /** What the response's timescale is counted from. */
  from: 'acknowledged' | 'received';
}

/**
 * The Codes' timescales. 2024: acknowledge within 5 working days (6.2, 6.11); respond within 10 working days of
 * acknowledgement at stage 1 (6.3), extended by up to 10 (6.4), and within 20 at stage 2 (6.14), extended by up to
 * 20 (6.15). 2022: 5 to acknowledge and log (4.1); 10 working days of logging at stage 1 (5.1), up to 10 more;
 * 20 working days of the request at stage 2 (5.13), up to 10 more. 2020: 10 working days of the complaint at stage
 * 1 and 20 of the request at stage 2, up to 10 more each; it set no time to acknowledge, so the 2022 Code's 5 is used.
 */
export const TIMESCALES: Record<string, Record<1 | 2, StageTimescale>> = {
  '2024': { 1: { acknowledge: 5, respond: 10, extensionLimit: 10, from: 'acknowledged' }, 2: { acknowledge: 5, respond: 20, extensionLimit: 20, from: 'acknowledged' } },
  '2022': { 1: { acknowledge: 5, respond: 10, extensionLimit: 10, from: 'acknowledged' }, 2: { acknowledge: 5, respond: 20, extensionLimit: 10, from: 'received' } },
  '2020': { 1: { acknowledge: 5, respond: 10, extensionLimit: 10, from: 'received' }, 2: { acknowledge: 5, respond: 20, extensionLimit: 10, from: 'received' } },
};

/** The timescales of an assessment's Code (by its id); a Code chc has none for is counted as the 2024 Code. */
export function timescalesOf(code: string): Record<1 | 2, StageTimescale> {
  return TIMESCALES[code] ?? TIMESCALES['2024']!;
}

/** The figures of one stage for the year. */
export interface StageFigures {
  /** Complaints received in the year and accepted (refused ones are counted apart). */
  received: number;
  /** Of those, acknowledged within the Code's time. */
  acknowledgedInTime: number;
  /** Complaints responded to in the year (whenever received): CH02's denominator. */
  responded: number;
  /** Of those, within the Code's timescale, with any extension up to the Code's limit. */
  respondedInTime: number;
  /** Of those responded to, how many had an extension, and how many one longer than the Code allows. */
  extended: number;
  extendedBeyondLimit: number;
  /** The mean working days from the clock's start to the response, one decimal place; null with no responses. */
  averageDays: number | null;
  /** Responses by outcome (refused complaints are not responses). */
  outcomes: Record<Exclude<Outcome, 'refused'>, number>;
  /** Received in the year and not responded to by its end. */
  openAtYearEnd: number;
  /** Refused in the year (received in it), by reason. */
  refused: { reason: string; count: number }[];
  /** Received in the year, by category, most first. */
  categories: { category: string; count: number }[];
}

/** The complaint TSMs (the Regulator's names), each rounded to one decimal place; null where there is nothing to divide by. */
export interface ComplaintTsms {
  CH01_1: number | null;
  CH01_2: number | null;
  CH02_1: number | null;
  CH02_2: number | null;
}

/** Half away from zero, to one decimal place (12.25 → 12.3), as published figures are read. */
export function round1(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9) / 10;
}

const inYear = (period: Period, iso: string | null): iso is string => iso !== null && iso >= period.start && iso <= period.end;

/** Counts by key, most first, then by name. */
function tally(keys: string[]): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The working days an extension adds to the timescale: what was agreed, up to the Code's limit (an extension of
 * unstated length counts as the limit; one beyond it counts only the limit, as the Code allows no more without
 * good reason, and such responses are counted apart as extendedBeyondLimit).
 */
function allowed(r: CaseRow, timescale: StageTimescale): number {
  if (r.extension === null) return 0;
  return Math.min(r.extension.days ?? timescale.extensionLimit, timescale.extensionLimit);
}

/**
 * One stage's figures for the year. The response's clock starts where the Code says (`from`); a row with no
 * acknowledgement date starts it at receipt, the earlier day, so a missing date never makes a response look faster.
 */
export function stageFigures(rows: readonly CaseRow[], stage: 1 | 2, period: Period, calendar: Calendar, timescale: StageTimescale): StageFigures {
  const these = rows.filter((r) => r.stage === stage);
  const received = these.filter((r) => inYear(period, r.received));
  const accepted = received.filter((r) => r.outcome !== 'refused');
  const responded = these.filter((r) => r.outcome !== 'refused' && inYear(period, r.responded));
  const start = (r: CaseRow) => (timescale.from === 'acknowledged' && r.acknowledged !== null ? r.acknowledged : r.received);
  const days = responded.map((r) => workingDaysBetween(calendar, start(r), r.responded!));
  const outcomes = { 'upheld': 0, 'partly upheld': 0, 'not upheld': 0, 'withdrawn': 0 };
  for (const r of responded) if (r.outcome !== null && r.outcome !== 'refused') outcomes[r.outcome]++;
  return {
    received: accepted.length,
    acknowledgedInTime: accepted.filter((r) => r.acknowledged !== null && workingDaysBetween(calendar, r.received, r.acknowledged) <= timescale.acknowledge).length,
    responded: responded.length,
    respondedInTime: responded.filter((r, i) => days[i]! <= timescale.respond + allowed(r, timescale)).length,
    extended: responded.filter((r) => r.extension !== null).length,
    extendedBeyondLimit: responded.filter((r) => (r.extension?.days ?? 0) > timescale.extensionLimit).length,
    averageDays: days.length ? round1(days.reduce((a, b) => a + b, 0) / days.length) : null,
    outcomes,
    openAtYearEnd: accepted.filter((r) => r.responded === null || r.responded > period.end).length,
    refused: tally(received.filter((r) => r.outcome === 'refused').map((r) => r.refusedReason ?? 'No reason given')).map(({ key, count }) => ({ reason: key, count })),
    categories: tally(accepted.map((r) => r.category ?? 'Not categorised')).map(({ key, count }) => ({ category: key, count })),
  };
}

/**
 * CH01: complaints received per 1,000 homes (stage 1, stage 2); CH02: the percentage of complaints responded to
 * within the Code's timescales (stage 1, stage 2), of those responded to in the year.
 */
export function complaintTsms(stage1: Pick<StageFigures, 'received' | 'respondedInTime' | 'responded'>, stage2: Pick<StageFigures, 'received' | 'respondedInTime' | 'responded'>, homes: number): ComplaintTsms {
  return {
    CH01_1: per1000(stage1.received, homes),
    CH01_2: per1000(stage2.received, homes),
    CH02_1: percent(stage1.respondedInTime, stage1.responded),
    CH02_2: percent(stage2.respondedInTime, stage2.responded),
  };
}

/** A count per 1,000 homes, one decimal place (CH01); null without homes. */
export function per1000(n: number, homes: number): number | null {
  return homes > 0 ? round1((n / homes) * 1000) : null;
}

/** A part of a whole as a percentage, one decimal place (CH02, TP09); null when the whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round1((part / whole) * 100) : null;
}

/** TP09: the percentage of respondents satisfied with the landlord's approach to complaints handling. */
export function tp09(satisfied: number, respondents: number): number | null {
  return percent(satisfied, respondents);
}
