import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { filled, judgedResponses, report, type Rule } from './context.ts';

/** `yes` with neither evidence text nor a document. */
export const noEvidence: Rule = (ctx) => {
  const { assessment } = ctx;
  const out: Diagnostic[] = [];
  for (const [id, r] of judgedResponses(ctx)) {
    if (r?.comply !== 'yes') continue;
    if (filled(r.evidence) || (r.documents ?? []).some(Boolean)) continue;
    out.push(report(assessment, pointer('responses', id, 'comply'), 'warning', 'no-evidence',
      `provision ${id} is answered yes without evidence`,
      'Add evidence: (what shows you comply) or documents: (the policy or record relied on, with its section).', id));
  }
  return out;
};
