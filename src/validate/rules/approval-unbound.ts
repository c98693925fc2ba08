import { report, type Rule } from './context.ts';

/** An approval written by hand: valid, but nothing ties it to the content that was approved. */
export const approvalUnbound: Rule = ({ assessment, data }) => {
  const approval = data.approval;
  // Not while the block itself is in error (reported by the schema): the command below would be wrong.
  if (!approval || approval.sha256 !== undefined || approval.body === undefined || approval.date === undefined ||
    [...assessment.invalid].some((p) => p === '/approval' || p.startsWith('/approval/'))) return [];
  return [report(assessment, '/approval', 'warning', 'approval-unbound',
    `the approval by the ${approval.body} on ${approval.date} is not bound to the content it approved`,
    `Record it with \`chc approve ${assessment.landlord} ${assessment.period} --body "${approval.body}" --date ${approval.date}${approval.reference ? ` --reference "${approval.reference}"` : ''}\`: it adds a hash, so any later change is caught.`, undefined, true)];
};
