import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { lacksDatedAction } from '../../model/answer.ts';
import { judgedResponses, report, type Rule } from './context.ts';

/** `no` or `partial` without an action that has a due date (the Ombudsman expects actions and timescales). */
export const missingAction: Rule = (ctx) => {
  const { assessment } = ctx;
  const out: Diagnostic[] = [];
  for (const [id, r] of judgedResponses(ctx)) {
    if (!r || !lacksDatedAction(r)) continue;
    // An action the schema rejected (a due date that does not exist…) is reported once, by the schema.
    const rejected = [...assessment.invalid].some((p) => p.startsWith(pointer('responses', id, 'actions')));
    if (rejected) continue;
    const some = (r.actions ?? []).some(Boolean);
    out.push(report(assessment, pointer('responses', id, 'comply'), 'error', 'missing-action',
      `provision ${id} is answered "${r.comply}" ${some ? 'but no action has a due date' : 'without an action'}`,
      'Add actions: each with a description and a due date (YYYY-MM-DD), saying what you will do and by when, as the Code asks. An owner (a role, such as "Complaints Manager") is optional and printed only where given.', id));
  }
  return out;
};
