import { assessableAgainst, parsePeriod } from '../../model/period.ts';
import { report, type Rule } from './context.ts';

/**
 * The assessment uses a Code that came into force after its self-assessment was due (the end of the year after
 * the period): a 1999-00 assessment against the 2024 Code, which the site would call "in force from 1 April 2024".
 */
export const codeNotInForce: Rule = ({ assessment, data, code }) => {
  const period = parsePeriod(data.period ?? assessment.period);
  if (!code || !period || typeof code.in_force !== 'string' || assessableAgainst(period, code.in_force)) return [];
  return [report(assessment, '/code', 'warning', 'code-not-in-force',
    `the ${code.id} Code came into force on ${code.in_force}, long after the period ${period.label} (${period.start} to ${period.end}): it cannot have been assessed against it`,
    'Check the period (the folder name and period:) or the Code version (code:).')];
};
