import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { filled, judgedResponses, report, type Rule } from './context.ts';

/**
 * `n/a` with neither commentary nor evidence saying why. A provision the Code itself makes
 * conditional (it records `conditional`) carries its own reason, so an unexplained n/a there is accepted.
 */
export const unjustifiedNa: Rule = (ctx) => {
  const { assessment, code, provisions } = ctx;
  const out: Diagnostic[] = [];
  if (!code) return out;
  for (const [id, r] of judgedResponses(ctx)) {
    if (r?.comply !== 'n/a') continue;
    if (filled(r.commentary) || filled(r.evidence)) continue;
    if (provisions.get(id)?.conditional) continue;
    out.push(report(assessment, pointer('responses', id, 'comply'), 'error', 'unjustified-na',
      `provision ${id} is answered n/a without saying why`,
      'Add commentary: explaining why the provision does not apply to you (for example "We have no third stage").', id));
  }
  return out;
};
