// The annual complaints performance and service improvement report's data (report.yaml, schemas/report.schema.json):
// the types the schema guarantees once a file has passed it.
import type { LogField } from './case-log.ts';

/** A part of 8.1 with nothing to report this year, and why. */
export interface Nothing {
  none: string;
}

/** Whether a part says it has nothing to report. */
export function isNothing(x: unknown): x is Nothing {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Nothing).none === 'string';
}

export interface StatedStage {
  received?: number;
  /** Complaints open at this stage at the start of the year. */
  carried_over?: number;
  acknowledged_in_time?: number;
  responded?: number;
  responded_in_time?: number;
  extended?: number;
  average_days?: number;
}

export interface StatedOutcomes {
  upheld?: number;
  partly_upheld?: number;
  not_upheld?: number;
  withdrawn?: number;
}

export type Finding = 'severe maladministration' | 'maladministration' | 'service failure' | 'no maladministration' | 'reasonable redress' | 'outside jurisdiction';

export interface ReportData {
  homes: { count: number; counted: string };
  complaints_log?: { file: string; columns: Partial<Record<LogField, string>> };
  figures?: {
    stage_1?: StatedStage;
    stage_2?: StatedStage;
    outcomes?: { stage_1?: StatedOutcomes; stage_2?: StatedOutcomes };
    categories?: { category: string; count: number }[];
    refused?: { reason: string; count: number }[];
  };
  analysis: string;
  tp09?: { respondents: number; satisfied: number; survey?: string };
  ombudsman: {
    determinations: Nothing | { reference: string; date?: string; finding: Finding; compensation?: number; orders?: string; summary?: string }[];
    complaint_handling_failure_orders: Nothing | { date: string; reason: string; url?: string }[];
    code_non_compliance: Nothing | { date?: string; finding: string; response?: string }[];
  };
  learning: Nothing | { learned: string; changed: string; when?: string }[];
  ombudsman_annual_report: Nothing | { title: string; url: string; summary?: string };
  ombudsman_publications: Nothing | { title: string; url?: string; summary?: string }[];
}
