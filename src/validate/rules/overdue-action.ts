import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { isOverdue } from '../../model/answer.ts';
import { judgedResponses, report, type Rule } from './context.ts';

/** An action's description in quotes for a message, shortened; nothing when it has none. */
function quote(description: string | undefined): string {
  const d = (description ?? '').replace(/\s+/g, ' ').trim();
  return d ? `"${d.length > 60 ? `${d.slice(0, 59)}…` : d}" ` : '';
}

/**
 * An open action whose due date is before `assessed_on`: it was already overdue when the landlord assessed
 * itself, so the assessment publishes a date that has passed. A warning: the action may simply not have
 * been updated (done, moved, or dropped).
 */
export const overdueAction: Rule = (ctx) => {
  const { assessment, data } = ctx;
  const assessedOn = data.assessed_on;
  if (assessedOn === undefined) return [];
  const out: Diagnostic[] = [];
  for (const [id, r] of judgedResponses(ctx)) {
    (r?.actions ?? []).forEach((a, i) => {
      if (!a || !isOverdue(a, assessedOn)) return;
      out.push(report(assessment, pointer('responses', id, 'actions', i, 'due'), 'warning', 'overdue-action',
        `the action ${quote(a.description)}for provision ${id} is still open but was due on ${a.due}, before the assessment was completed (${assessedOn})`,
        'Bring the action up to date: if it is done, write status: done and completed_on: (the date it was done); ' +
        'if it is still to do, set due: to the new date and add a note: saying why it moved; ' +
        'if it will not be done, write status: dropped with a note: saying why.', id));
    });
  }
  return out;
};
