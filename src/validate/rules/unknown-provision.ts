import type { Diagnostic } from '../../model/diagnostic.ts';
import { nearest } from '../../model/suggest.ts';
import { pointer } from '../../model/assessment.ts';
import { report, type Rule } from './context.ts';

/** A response for a provision id the Code version lacks. */
export const unknownProvision: Rule = ({ assessment, data, code, provisions }) => {
  if (!code) return [];
  const out: Diagnostic[] = [];
  const unanswered = [...provisions.keys()].filter((p) => !Object.hasOwn(data.responses ?? {}, p));
  for (const id of Object.keys(data.responses ?? {})) {
    if (provisions.has(id)) continue;
    // A misspelt id most likely stands for a provision that has no answer yet.
    const guess = numericNeighbour(id, unanswered) ?? nearest(id, unanswered) ?? numericNeighbour(id, [...provisions.keys()]) ?? nearest(id, provisions.keys());
    out.push(report(assessment, pointer('responses', id), 'error', 'unknown-provision',
      `the ${code.id} Code has no provision "${id}"`,
      guess ? `Did you mean "${guess}"? Provision ids are the Code's own numbers, in quotes.` :
        `Provision ids run from "${code.provisions[0]?.id}" to "${code.provisions.at(-1)?.id}"; check the number against the Code.`,
      id, true));
  }
  return out;
};

/** For "5.21" in a section that ends at 5.20, suggests nothing; for "05.1" suggests "5.1". */
function numericNeighbour(id: string, ids: string[]): string | undefined {
  const m = /^0*(\d+)\.0*(\d+)$/.exec(id);
  if (!m) return undefined;
  const canonical = `${m[1]}.${m[2]}`;
  return ids.includes(canonical) ? canonical : undefined;
}
