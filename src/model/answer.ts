import type { Action, ActionStatus, Comply, Response } from './assessment.ts';
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

/** Where an action stands: as written, or `open` when it says nothing. */
export function actionState(a: Action): ActionStatus {
  return a.status ?? 'open';
}

/**
 * Whether an action is overdue on `asOf` (an assessment's `assessed_on`): still open, with a due date before it.
 * `check` warns about it (overdue-action), `diff` counts it, and the outputs mark it, all by this.
 */
export function isOverdue(a: Action, asOf: string): boolean {
  return actionState(a) === 'open' && a.due !== undefined && a.due < asOf;
}
