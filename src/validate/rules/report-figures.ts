import { diagnostic, type Diagnostic } from '../../model/diagnostic.ts';
import { locate, pointer } from '../../model/assessment.ts';
import { parsePeriod } from '../../model/period.ts';
import { timescalesOf } from '../../model/case-log.ts';
import { yearFigures, type StageSummary } from '../../model/annual-figures.ts';
import type { StatedStage } from '../../model/report.ts';
import { caseLogRows } from '../case-log-rows.ts';
import { readCalendar } from '../../load/read-calendar.ts';
import type { Rule } from './context.ts';

const PARTS = [
  ['acknowledged_in_time', 'received', 'acknowledged in time', 'received'],
  ['responded_in_time', 'responded', 'responded to in time', 'responded to'],
  ['extended', 'responded', 'extended', 'responded to'],
] as const;

/**
 * The figures report.yaml states, where they cannot be true (more answered in time than answered, more satisfied
 * than asked, more outcomes than responses, more escalated to stage 2 than stage 1 received and carried over):
 * errors; more escalated than stage 1 received, where nothing is said carried over: a warning. Where a complaints log is given too and a stated figure differs
 * from what the log gives: a warning, saying by how much.
 */
export const reportFigures: Rule = ({ assessment }) => {
  const report = assessment.report;
  const data = report?.data;
  if (!report || !data) return [];
  const out: Diagnostic[] = [];
  const at = (...path: (string | number)[]) => locate(report.source, pointer(...path));
  for (const stage of ['stage_1', 'stage_2'] as const) {
    const s: StatedStage | undefined = data.figures?.[stage];
    for (const [part, whole, partWords, wholeWords] of PARTS) {
      const p = s?.[part];
      const w = s?.[whole];
      if (p !== undefined && w !== undefined && p > w) {
        out.push(diagnostic(report.file, at('figures', stage, part), 'error', 'report-figures',
          `figures.${stage} says ${p} complaints were ${partWords}, more than the ${w} ${wholeWords}`,
          `Check both figures: ${part} counts some of the complaints counted in ${whole}.`));
      }
    }
    const o = data.figures?.outcomes?.[stage];
    const outcomes = o ? (o.upheld ?? 0) + (o.partly_upheld ?? 0) + (o.not_upheld ?? 0) + (o.withdrawn ?? 0) : 0;
    if (o && s?.responded !== undefined && outcomes > s.responded) {
      out.push(diagnostic(report.file, at('figures', 'outcomes', stage), 'error', 'report-figures',
        `figures.outcomes.${stage} gives ${outcomes} outcomes, more than the ${s.responded} responses figures.${stage} counts`,
        'Each response has one outcome: check the outcomes and figures.' + stage + '.responded.'));
    }
  }
  // Stage 2's escalations come from stage 1's complaints: this year's, or those carried over into it.
  const s1 = data.figures?.stage_1;
  const s2 = data.figures?.stage_2;
  if (s1?.received !== undefined && s2?.received !== undefined && s2.received > s1.received + (s1.carried_over ?? 0)) {
    const carried = s1.carried_over;
    out.push(diagnostic(report.file, at('figures', 'stage_2', 'received'), carried === undefined ? 'warning' : 'error', 'report-figures',
      carried === undefined
        ? `figures.stage_2 says ${s2.received} complaints were escalated to stage 2, more than the ${s1.received} received at stage 1`
        : `figures.stage_2 says ${s2.received} complaints were escalated to stage 2, more than the ${s1.received} received at stage 1 and the ${carried} carried over`,
      carried === undefined
        ? 'Each stage 2 complaint was a stage 1 complaint first: check both figures, and give stage_1.carried_over for the stage 1 complaints open at the start of the year.'
        : 'Each stage 2 complaint was a stage 1 complaint first, this year or carried over into it: check the three figures.'));
  }
  if (data.tp09 && data.tp09.satisfied > data.tp09.respondents) {
    out.push(diagnostic(report.file, at('tp09', 'satisfied'), 'error', 'report-figures',
      `tp09 says ${data.tp09.satisfied} respondents were satisfied, more than the ${data.tp09.respondents} who answered`,
      "Give the survey's counts: respondents who answered the question, and how many of them were satisfied."));
  }
  // Stated beside a log: each stated figure against the log's.
  const log = caseLogRows(assessment);
  const period = parsePeriod(assessment.period);
  if (data.figures && log && period) {
    if (log.problems.length === 0) {
      const counted = yearFigures({ ...data, figures: undefined }, log.rows, period, readCalendar(), timescalesOf(String(assessment.data?.code ?? '2024')));
      for (const stage of ['stage_1', 'stage_2'] as const) {
        const s = data.figures[stage];
        for (const [key, stated] of Object.entries(s ?? {}) as [keyof StageSummary, number][]) {
          // carried_over is stated only: the log counts a year's rows.
          const fromLog = key in counted[stage] ? counted[stage][key] : null;
          if (fromLog === null || fromLog === stated) continue;
          out.push(diagnostic(report.file, at('figures', stage, key), 'warning', 'report-figures',
            `figures.${stage}.${key} says ${stated}; the complaints log gives ${fromLog} (${stated > fromLog ? `${+(stated - fromLog).toFixed(1)} more` : `${+(fromLog - stated).toFixed(1)} fewer`})`,
            `Correct the figure, or leave it out: with a complaints log, chc works the figures out from it (docs/report.md).`));
        }
      }
    }
  }
  return out;
};
