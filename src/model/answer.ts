import type { Comply, Response } from './assessment.ts';
import { expectsOf, type Provision } from './code-version.ts';

/** Where a provision stands: its `comply`, "answered" (a figure or narrative given), or "unanswered". */
export type AnswerStatus = Comply | 'answered' | 'unanswered';

/**
 * The status of a provision's response. A response answers a provision when it has `comply`, or, for a
 * question that asks for a figure or a narrative, a non-empty `answer`. Check, its summary and the
 * rendered outputs all count answers this way.
 */
export function answerStatus(provision: Provision, response: Response | null | undefined): AnswerStatus {
  if (response?.comply !== undefined) return response.comply;
  if (expectsOf(provision) !== 'comply' && response?.answer !== undefined && String(response.answer).trim() !== '') return 'answered';
  return 'unanswered';
}
