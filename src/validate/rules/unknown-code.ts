import type { CodeVersion } from '../../model/code-version.ts';
import { parsePeriod } from '../../model/period.ts';
import { nearest } from '../../model/suggest.ts';
import { report, type Rule } from './context.ts';

/**
 * The Code version in force for a period: the newest in force on the day it began or, when none was yet
 * (the 2020 Code came into force in July 2020), the first to come into force during it.
 */
export function codeInForce(versions: Iterable<CodeVersion>, periodLabel: string): CodeVersion | undefined {
  const period = parsePeriod(periodLabel);
  if (!period) return undefined;
  const all = [...versions].filter((cv) => typeof cv.in_force === 'string').sort((a, b) => (a.in_force < b.in_force ? -1 : a.in_force > b.in_force ? 1 : 0));
  return all.filter((cv) => cv.in_force <= period.start).at(-1) ?? all.find((cv) => cv.in_force <= period.end);
}

/** `code` names no file in code-versions/ (or names one that failed to load). */
export const unknownCode: Rule = ({ project, assessment, data }) => {
  if (data.code === undefined) return [];
  const id = String(data.code);
  const known = [...project.codeVersions.keys()];
  const f = project.codeVersions.get(id);
  if (f && f.data) return [];
  if (f) {
    return [report(assessment, '/code', 'error', 'unknown-code', `Code version "${id}" could not be loaded`,
      `Fix the problems reported in ${f.file} first.`)];
  }
  // The Code in force for the period is what the assessment should name; failing that, the nearest name.
  const period = data.period ?? assessment.period;
  const inForce = codeInForce([...project.codeVersions.values()].flatMap((v) => (v.data ? [v.data] : [])), period);
  const guess = inForce ? `Did you mean "${inForce.id}"? It is the Code in force for ${period}. ` : nearest(id, known) ? `Did you mean "${nearest(id, known)}"? ` : '';
  return [report(assessment, '/code', 'error', 'unknown-code', `there is no Code version "${id}"`,
    `${guess}Known versions: ${known.map((k) => `"${k}"`).join(', ')}.`)];
};
