import type { Diagnostic } from '../../model/diagnostic.ts';
import { answerDigests, APPROVAL_ENTRY, ASSESSMENT_ENTRY, changedAnswers, changedEntries, LANDLORD_ENTRY, manifestHash, TEMPLATE_ENTRIES } from '../../model/approval.ts';
import { plural } from '../../model/plural.ts';
import { codeChanges, currentManifest } from '../approval.ts';
import { codeList } from './approval-code-changed.ts';
import { report, type Rule } from './context.ts';
import { rootRelative } from './texts.ts';

/**
 * The content changed after approval: the hash `chc approve` recorded no longer matches. An error — what
 * would be published is not what the governing body approved — naming the files that changed, each
 * relative to the root like every diagnostic. A changed document in the landlord's shared evidence/
 * folder gets a word on why: a shared document updated for a later year changes what earlier years approved.
 */
export const approvalStale: Rule = ({ project, assessment, data, landlord }) => {
  const approval = data.approval;
  if (!approval?.sha256) return [];
  const now = currentManifest(project, assessment);
  // Code data given with --code-versions is bound too (chc's own changing is approval-code-changed, a warning).
  const code = project.customCode ? codeChanges(project, assessment) : [];
  if (manifestHash(now) === approval.sha256 && code.length === 0) return [];
  const changed = approval.files ? changedEntries(approval.files, now) : [];
  // The answers that changed, where the approval recorded them (approvals made before chc recorded them name the file only).
  const answers = approval.answers && changed.includes(ASSESSMENT_ENTRY) ? changedAnswers(approval.answers, answerDigests(data.responses as Record<string, unknown> | undefined)) : [];
  const listed = answers.length > 12 ? `${answers.slice(0, 12).join(', ')}, …` : answers.join(', ');
  const inFile = answers.length ? ` (${answers.length === 1 ? 'the answer' : `the ${plural(answers.length, 'answer')}`} to ${listed})` : approval.answers && changed.includes(ASSESSMENT_ENTRY) ? ' (outside the answers)' : '';
  const named = changed.map((ref) => {
    if (ref === ASSESSMENT_ENTRY) return assessment.file + inFile;
    if (ref === APPROVAL_ENTRY) return `the approval record in ${assessment.file} (its body, date, reference or landlord details are not those chc approve recorded)`;
    if (ref === LANDLORD_ENTRY) return `${rootRelative(assessment, ref)} (the landlord's details)`;
    if (ref === TEMPLATE_ENTRIES.messages) return `${rootRelative(assessment, ref)} (the landlord's own wording of the outputs)`;
    if (ref === TEMPLATE_ENTRIES.introduction) return `${rootRelative(assessment, ref)} (the landlord's standing introduction)`;
    if (/^\.\.\/\d{4}-\d{2}\/assessment\.yaml$/.test(ref)) return `${rootRelative(assessment, ref)} (the previous period, compared in What changed)`;
    return /^([a-zA-Z]:)?[\\/]/.test(ref) ? ref : rootRelative(assessment, ref);
  });
  if (code.length) named.push(`the Code data given with --code-versions (${codeList(code)})`);
  // One file cited by two names (./x.md and x.md) is one change.
  named.splice(0, named.length, ...new Set(named));
  const what = named.length ? named.join(', ') : 'the assessment or its files';
  const body = approval.body ?? 'governing body';
  const shared = `assessments/${assessment.landlord}/evidence/`;
  const sharedChanged = named.filter((f) => f.startsWith(shared));
  const defaultBody = landlord?.governing_body;
  const command = `chc approve ${assessment.landlord} ${assessment.period}${approval.body !== undefined && approval.body !== defaultBody ? ` --body "${approval.body}"` : ''} --date YYYY-MM-DD --reference "…"`;
  let hint = `Take the changes to the ${body} and record its new approval with \`${command}\` (the date of the meeting and its minute reference), or undo the changes. Until then every output says DRAFT.`;
  if (sharedChanged.length) {
    const files = sharedChanged.join(', ');
    const one = sharedChanged.length === 1;
    hint += ` ${files} ${one ? 'is' : 'are'} in the landlord's shared evidence/ folder, which every year's assessment can name: ` +
      `a shared document updated for a later year makes the approvals of earlier years stale. To keep this approval, put back ` +
      `the version the ${body} approved, and save the updated one in the later year's own folder (assessments/${assessment.landlord}/<period>/), ` +
      `named from that year's assessment. A document that changes every year belongs in each period's own folder, ` +
      `with a copy of the version approved that year.`;
  }
  if (changed.includes(LANDLORD_ENTRY)) {
    hint += ` landlord.yaml is shared by every year: its details are printed in each year's outputs, so a change made for a later ` +
      `year makes the approvals of earlier years stale too. Either the ${body} notes the change and the approval is recorded again, ` +
      `or landlord.yaml keeps the details the ${body} approved until it does.`;
  }
  if (changed.includes(TEMPLATE_ENTRIES.messages) || changed.includes(TEMPLATE_ENTRIES.introduction)) {
    hint += ` The landlord's templates/ folder is shared by every year: its wording is printed in each year's outputs, so a change ` +
      `made for a later year makes the approvals of earlier years stale too (see docs/templates.md).`;
  }
  const out: Diagnostic[] = [report(assessment, '/approval/sha256', 'error', 'approval-stale',
    `changed since the ${body} approved it${approval.date !== undefined ? ` on ${approval.date}` : ''}: ${what}`, hint)];
  return out;
};
