import { parsePeriod } from '../../model/period.ts';
import { report, type Rule } from './context.ts';

/** `period` differs from the folder's name, or is not a financial year like 2023-24. */
export const periodMismatch: Rule = ({ assessment, data }) => {
  if (data.period === undefined) return [];
  if (!parsePeriod(data.period)) {
    return [report(assessment, '/period', 'error', 'period-mismatch', `"${data.period}" is not a financial year`,
      'Write the period as the two years it spans, e.g. 2023-24.')];
  }
  if (data.period !== assessment.period) {
    return [report(assessment, '/period', 'error', 'period-mismatch',
      `period ${data.period} differs from the folder's name, ${assessment.period}`,
      'Make them the same: rename the folder or correct period:.')];
  }
  return [];
};
