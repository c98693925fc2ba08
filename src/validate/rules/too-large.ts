import type { Diagnostic } from '../../model/diagnostic.ts';
import { LIMITS } from '../../model/limits.ts';
import { report, type Rule } from './context.ts';
import { publicTexts } from './texts.ts';

const n = (x: number) => x.toLocaleString('en-GB');

/** More responses than any Code has provisions, or a single text too long to publish as one answer. */
export const tooLarge: Rule = ({ assessment, data }) => {
  const out: Diagnostic[] = [];
  const count = Object.keys(data.responses ?? {}).length;
  if (count > LIMITS.responses) {
    out.push(report(assessment, '/responses', 'error', 'too-large', `the assessment has ${n(count)} responses; at most ${n(LIMITS.responses)} are allowed`,
      'A Code version has fewer than 100 provisions: check the file was not duplicated or generated wrongly.', undefined, true));
  }
  for (const t of publicTexts(data)) {
    if (t.text.length <= LIMITS.textChars) continue;
    out.push(report(assessment, t.pointer, 'error', 'too-large',
      `${t.pointer.split('/').pop()} is ${n(t.text.length)} characters long; at most ${n(LIMITS.textChars)} are allowed in one text`,
      'Put long evidence in a markdown file under evidence/, name it in documents: with file:, and summarise it here.', t.provision));
  }
  return out;
};
