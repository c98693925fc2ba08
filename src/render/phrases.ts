// The phrases every output makes from a view (the site's pages, the print view, the DOCX): statuses, levels, names
// of provisions and sections, counts, what changed, actions, the cover's lines. Pure, and worded once.
import type { Change } from '../diff/diff-assessments.ts';
import type { ActionView, AssessmentView, ChangesView, Counts, ProvisionView, SectionView } from './view-model.ts';
import { longDate } from './view-model.ts';
import { say, statusLabel, type Wording } from '../model/wording.ts';
import type { AnswerStatus } from '../model/answer.ts';

/** One category of answer, in the order the summary shows them. */
export interface Category {
  key: keyof Omit<Counts, 'total'>;
  /** CSS class suffix (status-yes…). */
  css: string;
  /** Column heading and legend. */
  label: string;
  /** Word used after a number: "3 partly". */
  short: string;
}

const CATEGORIES: [Category['key'], AnswerStatus][] = [
  ['yes', 'yes'], ['partial', 'partial'], ['no', 'no'], ['na', 'n/a'], ['answered', 'answered'], ['unanswered', 'unanswered'],
];

/**
 * The categories a view's summary shows, in its wording: always yes, partly, no, not applicable and not answered;
 * "answered" only for Codes with figure and narrative questions (the 2020 form).
 */
export function categoriesOf(view: AssessmentView): Category[] {
  const w = view.wording;
  return CATEGORIES.filter(([key]) => key !== 'answered' || view.totals.answered > 0).map(([key, status]) => {
    const label = statusLabel(w, status);
    return { key, css: key, label: key === 'answered' ? say(w, 'status.answeredLegend') : label, short: label.toLowerCase() };
  });
}

/** "8 yes, 1 partly, 2 not applicable" (non-zero counts only; "none" when empty). */
export function countsPhrase(counts: Counts, cats: Category[]): string {
  const parts = cats.filter((c) => counts[c.key] > 0).map((c) => `${counts[c.key]} ${c.short}`);
  return parts.length ? parts.join(', ') : 'none';
}

export { plural } from '../model/plural.ts';

/** The CSS class of a provision's status. */
export function statusClass(status: ProvisionView['status']): string {
  return `status-${status === 'n/a' ? 'na' : status}`;
}

/** The status as printed in a badge: "Complies: Yes", "Not applicable", "Not answered". */
export function statusText(w: Wording, p: Pick<ProvisionView, 'status' | 'statusLabel'>): string {
  if (p.status === 'yes' || p.status === 'partial' || p.status === 'no') return say(w, 'status.complies', { status: p.statusLabel });
  return p.statusLabel;
}

/** "Required (must)" / "Good practice (should)". */
export function levelText(w: Wording, level: ProvisionView['level']): string {
  return say(w, level === 'must' ? 'level.must' : 'level.should');
}

/** A provision's name: "1.2 Definition of a complaint" (or just the number). */
export function provisionName(p: { id: string; title: string | null }): string {
  return p.title ? `${p.id} ${p.title}` : p.id;
}

/** A section's heading: "Section 1: Definition of a complaint". */
export function sectionName(s: Pick<SectionView, 'id' | 'title'>): string {
  return `Section ${s.id}: ${s.title}`;
}

/** Heading for a group of changed provisions, by kind, in the order shown. */
export const CHANGE_KINDS: { kind: Change; heading: (code: string) => string; open: boolean }[] = [
  { kind: 'regressed', heading: () => 'Answers that got worse', open: true },
  { kind: 'improved', heading: () => 'Answers that improved', open: true },
  { kind: 'no longer answered', heading: () => 'No longer answered Yes, Partly or No', open: true },
  { kind: 'newly answered', heading: () => 'Now answered Yes, Partly or No', open: true },
  { kind: 'new provision', heading: (code) => `New in the ${code} Code`, open: false },
];

/** The counts "What changed" opens with: [number, words after "provisions"], in the order shown. */
export function changeCounts(view: AssessmentView): [number, string][] {
  const n = view.changes!.counts;
  return [
    [n.improved, 'improved'],
    [n.regressed, 'got worse'],
    [n.unchanged, 'unchanged'],
    [n.newlyAnswered, 'newly answered Yes, Partly or No'],
    [n.noLongerAnswered, 'no longer answered Yes, Partly or No'],
    [n.new, `new in the ${view.code.id} Code`],
  ];
}

/** One provision's change since the previous assessment, as a sentence. */
export function changeSentence(view: AssessmentView, p: ProvisionView): string | null {
  const c = p.change;
  const from = view.changes?.fromPeriod;
  if (!c || !from) return null;
  const was = c.previous.length ? ` (${c.previous.length === 1 ? 'was' : 'were'} ${c.previous.join(', ')})` : '';
  switch (c.kind) {
    case 'new provision': return `New in the ${view.code.id} Code: not in the ${from} self-assessment.`;
    case 'unchanged':
      // No answer in either year is not "the same answer" (What changed counts it apart from unchanged).
      if (c.fromStatus === 'unanswered' && p.status === 'unanswered') return `Not answered in ${from} either${was}.`;
      return `Same answer as in ${from}${was}: ${c.from}.`;
    case 'improved': return `Improved since ${from}${was}: was ${c.from}, now ${p.statusLabel}.`;
    case 'regressed': return `Worse than in ${from}${was}: was ${c.from}, now ${p.statusLabel}.`;
    case 'newly answered': return newlyAnswered(c.fromStatus, was, from, p.statusLabel);
    case 'no longer answered': return `${noLongerAnswered(p.status)}${was}: ${c.from} in ${from}.`;
  }
}

// "Newly answered" means newly on the Yes / Partly / No scale: before, the provision may have had no answer,
// an n/a, or a figure or a description (the 2020 form's questions). Each reads differently.
function newlyAnswered(before: AnswerStatus, was: string, period: string, now: string): string {
  if (before === 'unanswered') return `Answered for the first time${was}: not answered in ${period}; now ${now}.`;
  if (before === 'n/a') return `Assessed for the first time${was}: not applicable in ${period}; now ${now}.`;
  return `Assessed for the first time${was}: in ${period} the form asked for a figure or a description here; now ${now}.`;
}

function noLongerAnswered(now: AnswerStatus): string {
  if (now === 'unanswered') return 'Not answered this time';
  if (now === 'n/a') return 'Not applicable this time';
  return 'No Yes, Partly or No answer this time';
}

/** Whether any open action of the action plan names its owner (else the plan has no owner column). */
export function hasOwners(view: Pick<AssessmentView, 'openActions'>): boolean {
  return view.openActions.some((a) => a.owner !== null);
}

/** The changes of the Code between two self-assessments, one group per step (2020→2022, then 2022→2024). */
export function codeChangeSteps(c: ChangesView): { fromCode: string; toCode: string; heading: string; changes: ChangesView['codeChanges'] }[] {
  const steps: ReturnType<typeof codeChangeSteps> = [];
  for (const x of c.codeChanges) {
    const last = steps.at(-1);
    if (last && last.fromCode === x.fromCode && last.toCode === x.toCode) last.changes.push(x);
    else steps.push({ fromCode: x.fromCode, toCode: x.toCode, heading: `From the ${x.fromCode} Code to the ${x.toCode} Code`, changes: [x] });
  }
  return steps;
}

/** Which provisions one change of the Code concerns: "2022 5.13 became 2024 6.14 and 6.15." */
export function codeChangeLabel(x: ChangesView['codeChanges'][number]): string {
  const list = (ids: string[]) => ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}` : ids.join('');
  if (x.from.length === 0) return `New in the ${x.toCode} Code: ${list(x.to)}.`;
  if (x.to.length === 0) return `${x.fromCode} ${list(x.from)}: not in the ${x.toCode} Code.`;
  return `${x.fromCode} ${list(x.from)} became ${x.toCode} ${list(x.to)}.`;
}

/** "30 September 2024", or a phrase for no date. */
export function dueText(w: Wording, due: string | null): string {
  return due ? longDate(due) : say(w, 'action.noDate');
}

/** An open action's due date as printed, marked when it was already overdue at the assessment's date. */
export function actionDueText(w: Wording, a: Pick<ActionView, 'due' | 'overdue'>): string {
  return a.overdue ? say(w, 'action.overdue', { due: dueText(w, a.due) }) : dueText(w, a.due);
}

/** The line after an action's description in the tables of the PDF and the DOCX: "Owner: Complaints Manager. Due: 31 March 2025." (no owner where none is given). */
export function actionMeta(w: Wording, a: Pick<ActionView, 'owner' | 'status' | 'due' | 'overdue' | 'completedOn'>): string {
  const state = a.status === 'open' ? say(w, 'action.due', { due: actionDueText(w, a) })
    : a.status === 'done' ? (a.completedOn ? say(w, 'action.doneOn', { date: longDate(a.completedOn) }) : say(w, 'action.done'))
      : say(w, 'action.dropped');
  // The Code asks for actions and timescales, not owners: an owner is printed only where one is given.
  return a.owner ? `${say(w, 'action.owner', { owner: a.owner })} ${state}` : state;
}

/** How the action plan names an action's provision: "Provision 5.2: Acknowledging complaints". */
export function actionProvisionName(w: Wording, id: string, title: string | null | undefined): string {
  return title ? say(w, 'actions.provisionTitled', { id, title }) : say(w, 'actions.provision', { id });
}

/** What the action plan says when it has no open actions (with a date, when some are still to be set). */
export function noOpenActions(w: Wording, view: AssessmentView): string {
  return say(w, actionsToBeSetSentence(view) ? 'actions.noneDated' : 'actions.none');
}

/** The column headings of the self-assessment's tables in the PDF and the DOCX, in order. */
export function tableColumns(w: Wording): [string, string, string, string, string] {
  return [say(w, 'column.provision'), say(w, 'column.requirement'), say(w, 'column.comply'), say(w, 'column.evidence'), say(w, 'column.commentary')];
}

/** "Approved by the Board on 12 June 2024. Reference: BM-24-06." */
export function approvalSentence(view: AssessmentView): string | null {
  const a = view.approval;
  if (!a) return null;
  const ref = a.reference?.trim();
  return `Approved by the ${a.body} on ${longDate(a.date)}.${ref ? ` Reference: ${ref}${/[.!?]$/.test(ref) ? '' : '.'}` : ''}`;
}

/** "the 2024 Complaint Handling Code (Housing Ombudsman Service)". */
export function codeName(view: AssessmentView): string {
  return `${view.code.publisher}'s ${view.code.title} (${view.code.id})`;
}

/**
 * Whose self-assessment it is, for a sentence: the landlord ("Homes Plus"), or, for one assessment shared by several
 * organisations (`covers`, as two councils with one housing service), those organisations by name ("A and B"). The
 * sentences it goes into never make a verb agree with it: "South Norfolk Council and Broadland District Council"
 * is one landlord's name.
 */
export function assessedBy(view: Pick<AssessmentView, 'landlord' | 'covers'>): string {
  const covers = view.covers.map((c) => c.trim()).filter(Boolean);
  if (covers.length < 2 || view.landlord.groupMembers.length > 0) return view.landlord.name;
  return `${covers.slice(0, -1).join(', ')} and ${covers.at(-1)}`;
}

/**
 * A draft's answers of No or Partly that have no action with a date yet, as one sentence for the action plan
 * ("3 answers still need an action and a date: 1.4, 5.9 and 9.8."), or null when there are none.
 */
export function actionsToBeSetSentence(view: AssessmentView): string | null {
  const ids = provisionsOf(view).filter((p) => p.actionToBeSet).map((p) => p.id);
  if (ids.length === 0) return null;
  const list = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
  return `${ids.length === 1 ? 'One answer still needs' : `${ids.length} answers still need`} an action and a date: ${list} (shown as "${say(view.wording, 'action.toBeSet')}").`;
}

/** Whether an edition cites any internal document (named in the board edition, "available on request" in the public one). */
export function citesInternal(view: AssessmentView): boolean {
  return provisionsOf(view).some((p) => p.documents.some((d) => d.internal));
}

/**
 * The edition as printed on the cover, in the facts and in the header: the board edition by the name of the
 * landlord's governing body ("Cabinet edition"), or "for the governing body" where none is named; "contains
 * internal documents" only when it does.
 */
export function editionLabel(view: AssessmentView): string {
  const w = view.wording;
  if (view.edition === 'public') return say(w, 'edition.public');
  const body = view.landlord.governingBody;
  const name = view.landlord.governingBodyNamed === false
    ? say(w, 'edition.boardUnnamed')
    : say(w, 'edition.board', { body: `${body.charAt(0).toUpperCase()}${body.slice(1)}` });
  return citesInternal(view) ? say(w, 'edition.internal', { edition: name }) : name;
}

/** Every provision of a view, in Code order. */
export function provisionsOf(view: AssessmentView): ProvisionView[] {
  return view.sections.flatMap((s) => s.groups.flatMap((g) => g.provisions));
}

/** Percentage width of a count in a bar, to two decimals. */
export function share(n: number, total: number): string {
  return total ? `${Math.round((n / total) * 10000) / 100}%` : '0%';
}
