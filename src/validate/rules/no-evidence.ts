import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { filled, judgedResponses, report, type Rule } from './context.ts';

/** Evidence that says there is none, as published forms write it: "n/a", "N/A", "-", "none", "TBC". */
const NO_EVIDENCE = /^(n\/?a|n\.a\.?|none|nil|-+|–|—|tbc|tbd|to follow|not applicable|no evidence|\.+|\?+)$/i;

/** Whether an evidence text gives any evidence. */
export function givesEvidence(text: unknown): boolean {
  const t = String(text).trim();
  return filled(text) && !NO_EVIDENCE.test(t) && !NO_EVIDENCE.test(t.replace(/[.!]+$/, ''));
}

/** `yes` with neither evidence text nor a document; evidence that says "n/a" or "none" is no evidence. */
export const noEvidence: Rule = (ctx) => {
  const { assessment } = ctx;
  const out: Diagnostic[] = [];
  for (const [id, r] of judgedResponses(ctx)) {
    if (r?.comply !== 'yes') continue;
    if (givesEvidence(r.evidence) || (r.documents ?? []).some(Boolean)) continue;
    const says = filled(r.evidence) ? ` (its evidence says only "${String(r.evidence).trim()}")` : '';
    out.push(report(assessment, pointer('responses', id, filled(r.evidence) ? 'evidence' : 'comply'), 'warning', 'no-evidence',
      `provision ${id} is answered yes without evidence${says}`,
      'Add evidence: (what shows you comply) or documents: (the policy or record relied on, with its section).', id));
  }
  return out;
};
