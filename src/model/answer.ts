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

/**
 * Whether an answer still lacks its action: a `no` or `partial` with no action that has a due date (a dropped
 * action does not count). `check` reports it (missing-action); a draft shows "Action and date to be set".
 */
export function lacksDatedAction(response: Response | null | undefined): boolean {
  if (response?.comply !== 'no' && response?.comply !== 'partial') return false;
  return !(response.actions ?? []).some((a) => a && a.due !== undefined && a.status !== 'dropped');
}
