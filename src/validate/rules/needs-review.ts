import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { report, type Rule } from './context.ts';

/** An answer carried forward by `chc new` that nobody has reviewed yet. */
export const needsReview: Rule = ({ assessment, data }) => {
  const out: Diagnostic[] = [];
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    if (r?.needs_review === undefined) continue;
    out.push(report(assessment, pointer('responses', id, 'needs_review'), 'warning', 'needs-review',
      `the answer to ${id} was carried forward and has not been reviewed`,
      'Check the answer and evidence still hold this year, then delete the needs_review line.', id));
  }
  return out;
};
