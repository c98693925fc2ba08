import { CODE_FORM_ENTRY } from '../../model/approval.ts';
import { approvalHolds, codeChanges } from '../approval.ts';
import { report, type Rule } from './context.ts';

/** The changed provisions as a short list ("1.2, 5.3, …"), the rest of the form as "the form's headings and notes". */
export function codeList(changed: string[]): string {
  const ids = changed.filter((k) => k !== CODE_FORM_ENTRY);
  const parts = [...(ids.length ? [`${ids.length === 1 ? 'provision' : 'provisions'} ${ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ')}`] : []), ...(changed.includes(CODE_FORM_ENTRY) ? ["the form's titles and notes"] : [])];
  return parts.join(' and ');
}

/**
 * chc's own Code data changed since the approval (an update of chc corrected a provision's text, summary or
 * level): the approved outputs now show the new text. A warning naming the provisions, not a silent change;
 * the landlord's own content is unchanged, so the approval holds. (Code data given with --code-versions is
 * bound like the rest: a change there is approval-stale.)
 */
export const approvalCodeChanged: Rule = ({ project, assessment, data }) => {
  const approval = data.approval;
  if (!approval?.sha256 || project.customCode || !approvalHolds(project, assessment)) return [];
  const changed = codeChanges(project, assessment);
  if (changed.length === 0) return [];
  return [report(assessment, '/approval/code', 'warning', 'approval-code-changed',
    `the Code ${data.code} as chc shows it has changed since the ${approval.body} approved this: ${codeList(changed)}; the outputs show the new text`,
    `An update of chc corrected its Code data. Nothing of yours changed, so the approval holds; to record that the ${approval.body} has seen the new text, run \`chc approve ${assessment.landlord} ${assessment.period} --date YYYY-MM-DD --reference "…"\` after its next meeting.`)];
};
