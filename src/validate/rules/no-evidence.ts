import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { filled, knownProvision, report, type Rule } from './context.ts';

/** `yes` with neither evidence text nor a document. */
export const noEvidence: Rule = (ctx) => {
  const { assessment, data } = ctx;
  const out: Diagnostic[] = [];
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    if (r?.comply !== 'yes' || !knownProvision(ctx, id)) continue;
    if (filled(r.evidence) || (r.documents ?? []).some(Boolean)) continue;
    out.push(report(assessment, pointer('responses', id, 'comply'), 'warning', 'no-evidence',
      `provision ${id} is answered yes without evidence`,
      'Add evidence: (what shows you comply) or documents: (the policy or record relied on, with its section).', id));
  }
  return out;
};
