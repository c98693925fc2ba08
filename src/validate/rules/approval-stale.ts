import type { Diagnostic } from '../../model/diagnostic.ts';
import { changedEntries, manifestHash } from '../../model/approval.ts';
import { currentManifest } from '../approval.ts';
import { report, type Rule } from './context.ts';

/**
 * The content changed after approval: the hash `chc approve` recorded no longer matches. An error — what
 * would be published is not what the governing body approved — naming the files that changed.
 */
export const approvalStale: Rule = ({ project, assessment, data }) => {
  const approval = data.approval;
  if (!approval?.sha256) return [];
  const now = currentManifest(project, assessment);
  if (manifestHash(now) === approval.sha256) return [];
  const changed = approval.files ? changedEntries(approval.files, now) : [];
  const what = changed.length ? changed.map((f) => (f === 'assessment.yaml' ? assessment.file : f)).join(', ') : 'the assessment or its files';
  const out: Diagnostic[] = [report(assessment, '/approval/sha256', 'error', 'approval-stale',
    `changed since the ${approval.body ?? 'governing body'} approved it${approval.date !== undefined ? ` on ${approval.date}` : ''}: ${what}`,
    `Take the changes to the ${approval.body ?? 'governing body'} and record the new approval with \`chc approve ${assessment.landlord} ${assessment.period}\`, or undo them. Until then every output says DRAFT.`)];
  return out;
};
