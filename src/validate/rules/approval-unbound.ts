import { approvalHolds, bindsAll } from '../approval.ts';
import { report, type Rule } from './context.ts';

/**
 * An approval written by hand: valid, but nothing ties it to the content that was approved. Or one recorded by
 * an older chc, which bound the assessment and its files only: still valid, but the landlord's details, the
 * approval record and the previous period's answers may change without notice.
 */
export const approvalUnbound: Rule = ({ project, assessment, data }) => {
  const approval = data.approval;
  // Not while the block itself is in error (reported by the schema): the command below would be wrong.
  if (!approval || approval.body === undefined || approval.date === undefined ||
    [...assessment.invalid].some((p) => p === '/approval' || p.startsWith('/approval/'))) return [];
  if (approval.sha256 !== undefined) {
    if (bindsAll(approval) || !approvalHolds(project, assessment)) return [];
    return [report(assessment, '/approval/sha256', 'warning', 'approval-unbound',
      `the approval by the ${approval.body} on ${approval.date} was recorded by an older chc: it binds the assessment and its files, but not landlord.yaml, the approval record itself or the previous period's answers`,
      `Record it again with \`chc approve ${assessment.landlord} ${assessment.period} --body "${approval.body}" --date ${approval.date}${approval.reference ? ` --reference "${approval.reference}"` : ''}\` (nothing of yours changed): the new hash binds everything the outputs show.`, undefined, true)];
  }
  return [report(assessment, '/approval', 'warning', 'approval-unbound',
    `the approval by the ${approval.body} on ${approval.date} is not bound to the content it approved`,
    `Record it with \`chc approve ${assessment.landlord} ${assessment.period} --body "${approval.body}" --date ${approval.date}${approval.reference ? ` --reference "${approval.reference}"` : ''}\`: it adds a hash, so any later change is caught.`, undefined, true)];
};
