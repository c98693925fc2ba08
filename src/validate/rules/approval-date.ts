import { report, type Rule } from './context.ts';

/** Approval dated before `assessed_on`, or in the future. */
export const approvalDate: Rule = ({ assessment, data, today }) => {
  const date = data.approval?.date;
  if (date === undefined || assessment.invalid.has('/approval/date')) return [];
  if (data.assessed_on !== undefined && date < data.assessed_on) {
    return [report(assessment, '/approval/date', 'error', 'approval-date',
      `approval on ${date} is before the assessment was completed (${data.assessed_on})`,
      'Check both dates: the governing body approves a completed assessment.')];
  }
  if (date > today) {
    return [report(assessment, '/approval/date', 'error', 'approval-date', `approval on ${date} is in the future`,
      'Record the approval after the meeting, with the date it took place (chc approve does this).')];
  }
  return [];
};
