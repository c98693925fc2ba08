import type { Diagnostic } from '../../model/diagnostic.ts';
import { expectsOf } from '../../model/code-version.ts';
import { answerStatus } from '../../model/answer.ts';
import { pointer } from '../../model/assessment.ts';
import { severalIds } from '../check-schema.ts';
import { label, report, type Rule } from './context.ts';

/**
 * A provision without an answer: an error for a `must`, a warning for a `should`. A response is an
 * answer when it has `comply`, or (for a figure or narrative question) `answer`.
 */
export const missingResponse: Rule = ({ assessment, data, code }) => {
  if (!code) return [];
  const out: Diagnostic[] = [];
  const responses = data.responses ?? {};
  // A key listing several provisions ("4.1, 4.2") is reported once, by the schema, with how to write it.
  const raw = (assessment.raw as { responses?: unknown } | undefined)?.responses;
  const keys = raw && typeof raw === 'object' ? Object.keys(raw) : [];
  const listed = new Set(keys.filter((k) => assessment.invalid.has(pointer('responses', k))).flatMap((k) => severalIds(k) ?? []));
  for (const p of code.provisions) {
    const r = responses[p.id];
    const ptr = pointer('responses', p.id);
    // A response (or the responses) the schema rejected is reported once, by the schema.
    if (assessment.invalid.has('/responses') || assessment.invalid.has(ptr) || assessment.invalid.has(ptr + '/comply') || assessment.invalid.has(ptr + '/answer')) continue;
    if (answerStatus(p, r) !== 'unanswered' || listed.has(p.id)) continue;
    const expects = expectsOf(p);
    const severity = p.level === 'must' ? 'error' : 'warning';
    const what = expects === 'comply' ? 'comply: yes | no | partial | n/a, with evidence' : `answer: (the ${expects} the question asks for)`;
    const present = p.id in responses;
    const message = r ? `provision ${label(p, p.id)} has a response but no answer` : `provision ${label(p, p.id)} is not answered (a "${p.level}")`;
    out.push(report(assessment, present ? ptr : '/responses', severity, 'missing-response', message,
      `Add "${p.id}": with ${what}. The Code asks: ${p.summary}`, p.id, true));
  }
  return out;
};
