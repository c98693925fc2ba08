import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { report, type Rule } from './context.ts';

/** An answer carried forward by `chc new`, or imported by `chc import`, that nobody has reviewed yet. */
export const needsReview: Rule = ({ assessment, data }) => {
  const out: Diagnostic[] = [];
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    if (r?.needs_review === undefined) continue;
    out.push(report(assessment, pointer('responses', id, 'needs_review'), 'warning', 'needs-review',
      /^imported\b/.test(r.needs_review) ? `the answer to ${id} was imported and has not been reviewed` : `the answer to ${id} was carried forward and has not been reviewed`,
      /^imported\b/.test(r.needs_review) ? 'Check the answer, evidence and commentary against the source the line names, then delete the needs_review line.' : 'Check the answer and evidence still hold this year, then delete the needs_review line.', id));
  }
  return out;
};
