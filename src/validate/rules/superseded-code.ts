import { parsePeriod } from '../../model/period.ts';
import { report, type Rule } from './context.ts';

/** The period began on or after the day a newer Code version came into force. */
export const supersededCode: Rule = ({ project, assessment, data, code }) => {
  const period = parsePeriod(data.period ?? assessment.period);
  if (!code || !period) return [];
  const newer = [...project.codeVersions.values()]
    .map((f) => f.data)
    .filter((cv) => cv !== undefined && cv.in_force > code.in_force && cv.in_force <= period.start)
    .sort((a, b) => (a!.in_force < b!.in_force ? 1 : -1));
  const latest = newer[0];
  if (!latest) return [];
  const when = latest.in_force === period.start
    ? `on ${period.start}, the day the ${latest.id} Code came into force`
    : `on ${period.start}, after the ${latest.id} Code came into force (on ${latest.in_force})`;
  return [report(assessment, '/code', 'warning', 'superseded-code',
    `the period ${period.label} began ${when}, but this assessment uses the ${code.id} Code`,
    `Assess against code: "${latest.id}" (\`chc new\` can carry your answers across).`)];
};
