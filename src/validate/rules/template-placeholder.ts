import { diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { nearest } from '../../model/suggest.ts';
import { isMessageKey, MESSAGES, placeholderUses } from '../../model/wording.ts';
import { rangeInValue } from '../text-range.ts';
import type { LandlordRule } from './context.ts';

/**
 * A sentence of a landlord's own wording (templates/messages.yaml) that uses a placeholder chc does not give it:
 * the outputs would print "{bodyy}" as it is. An error, at the placeholder, naming those the sentence may use.
 * Unknown keys are the schema's to report.
 */
export const templatePlaceholder: LandlordRule = ({ landlord }) => {
  const file = landlord.templates?.messages;
  if (!file?.data) return [];
  const out = [];
  for (const [key, text] of Object.entries(file.data)) {
    if (!isMessageKey(key) || typeof text !== 'string') continue;
    const given: readonly string[] = MESSAGES[key];
    for (const m of placeholderUses(text)) {
      const name = m.name;
      if (given.includes(name)) continue;
      const guess = nearest(name, given);
      const may = given.length === 0 ? 'This sentence is given no placeholders: write the words themselves.' : `It may use ${given.map((g) => `{${g}}`).join(', ')}.`;
      out.push(diagnostic(file.file, rangeInValue(file.source, pointer(key), text, m.index, m.index + m.length), 'error', 'template-placeholder',
        `"${key}" uses the placeholder {${name}}, which chc does not fill in for this sentence`,
        guess && given.length === 1 ? `Did you mean {${guess}}? It is the one placeholder this sentence is given.` : `${guess ? `Did you mean {${guess}}? ` : ''}${may}`));
    }
  }
  return out;
};
