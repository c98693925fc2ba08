// The phrases every output makes from a view (the site's pages, the print view, the DOCX): statuses, levels, names
// of provisions and sections, counts, what changed, actions, the cover's lines. Pure, and worded once.
import type { Change } from '../diff/diff-assessments.ts';
import type { ActionView, AssessmentView, ChangesView, Counts, ProvisionView, SectionView } from './view-model.ts';
import { longDate } from './view-model.ts';
import { changeLine, say, statusLabel, type MessageKey, type Wording } from '../model/wording.ts';
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

/** "8 yes, 1 partly, 2 not applicable" (non-zero counts only; atAGlance.countsNone when empty). */
export function countsPhrase(w: Wording, counts: Counts, cats: Category[]): string {
  const parts = cats.filter((c) => counts[c.key] > 0).map((c) => `${counts[c.key]} ${c.short}`);
  return parts.length ? parts.join(', ') : say(w, 'atAGlance.countsNone');
}

const SHORT_KEY = { na: 'atAGlance.short.na', answered: 'atAGlance.short.answered', unanswered: 'atAGlance.short.unanswered' } as const satisfies Partial<Record<Category['key'], MessageKey>>;

/** "At a glance" in words, for the site and the DOCX alike to lay out. */
export interface AtAGlanceText {
  summary: string;
  note: string;
  caption: string;
  /** The categories shown, each with the short heading a narrow screen shows, where it has one. */
  categories: (Category & { abbr: string | null })[];
  /** The columns' headings; the section column's short one for a narrow screen. */
  columns: { section: string; sectionShort: string; total: string };
  /** One per section, then all sections. */
  rows: { name: string; short: string; counts: Counts; phrase: string; total: boolean }[];
  /** The key to the short headings ("Sec.: section. N/A: not applicable. Not ans.: not answered."). */
  key: string;
}

export function atAGlanceText(view: AssessmentView): AtAGlanceText {
  const w = view.wording;
  const cats = categoriesOf(view);
  const t = view.totals;
  const categories = cats.map((c) => ({ ...c, abbr: c.key in SHORT_KEY ? say(w, SHORT_KEY[c.key as keyof typeof SHORT_KEY]) : null }));
  const keyed = categories.filter((c) => c.abbr !== null);
  return {
    summary: say(w, 'atAGlance.summary', { n: t.total, counts: countsPhrase(w, t, cats) }),
    note: say(w, 'atAGlance.note'),
    caption: say(w, 'atAGlance.caption'),
    categories,
    columns: { section: say(w, 'atAGlance.column.section'), sectionShort: say(w, 'atAGlance.short.section'), total: say(w, 'atAGlance.column.total') },
    rows: [
      ...view.sections.map((s) => ({ name: s.name, short: s.id, counts: s.counts, phrase: countsPhrase(w, s.counts, cats), total: false })),
      { name: say(w, 'atAGlance.allSections'), short: say(w, 'atAGlance.allShort'), counts: t, phrase: countsPhrase(w, t, cats), total: true },
    ],
    key: [
      say(w, 'atAGlance.keyItem', { short: say(w, 'atAGlance.short.section'), label: say(w, 'atAGlance.column.section').toLowerCase() }),
      ...keyed.map((c) => say(w, 'atAGlance.keyItem', { short: c.abbr!, label: c.label.toLowerCase() })),
    ].join(' '),
  };
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


/** The groups of changed provisions, by kind, in the order shown: their headings' keys, and whether the site shows them open. */
export const CHANGE_KINDS = [
  { kind: 'regressed', key: 'changes.group.regressed', open: true },
  { kind: 'improved', key: 'changes.group.improved', open: true },
  { kind: 'no longer answered', key: 'changes.group.noLongerAnswered', open: true },
  { kind: 'newly answered', key: 'changes.group.newlyAnswered', open: true },
  { kind: 'new provision', key: 'changes.group.newProvision', open: false },
] as const satisfies { kind: Change; key: MessageKey; open: boolean }[];

/** "What changed since", in words, for the site and the documents alike to lay out. */
export interface ChangesText {
  compared: string;
  /** The counts: each a number and the words after it. */
  counts: { n: number; words: string }[];
  /** What it says when no answer changed. */
  none: string | null;
  groups: { kind: Change; heading: string; open: boolean; show: string; items: { anchor: string; name: string; line: string }[] }[];
  landlord: { heading: string; lines: string[] } | null;
  dropped: { heading: string; intro: string; show: string; lines: string[] } | null;
  code: { heading: string; show: string; intro: string | null; steps: { heading: string | null; changes: { label: string; note: string }[] }[] } | null;
}

/** "What changed since" the previous self-assessment, in the view's wording; null when there was none. */
export function changesText(view: AssessmentView): ChangesText | null {
  const c = view.changes;
  if (!c) return null;
  const w = view.wording;
  const n = c.counts;
  const code = view.code.id;
  const count = (k: number, words: string) => ({ n: k, words });
  const groups = CHANGE_KINDS.map((k) => ({ ...k, items: c.items.filter((i) => i.kind === k.kind) })).filter((g) => g.items.length > 0);
  const steps = codeChangeSteps(c);
  return {
    compared: say(w, c.codeChanged ? 'changes.compared.codeChanged' : 'changes.compared.sameCode', { period: c.fromPeriod, code: c.fromCode }),
    counts: [
      count(n.improved, say(w, 'changes.count.improved', { n: n.improved })),
      count(n.regressed, say(w, 'changes.count.regressed', { n: n.regressed })),
      count(n.unchanged, say(w, 'changes.count.unchanged', { n: n.unchanged })),
      // Provisions answered in neither year are counted apart from "unchanged", after it, when there are any.
      ...(n.unansweredBoth > 0 ? [count(n.unansweredBoth, say(w, 'changes.count.unansweredBoth', { n: n.unansweredBoth }))] : []),
      count(n.newlyAnswered, say(w, 'changes.count.newlyAnswered', { n: n.newlyAnswered })),
      count(n.noLongerAnswered, say(w, 'changes.count.noLongerAnswered', { n: n.noLongerAnswered })),
      count(n.new, say(w, 'changes.count.new', { n: n.new, code })),
      count(n.overdueActions, say(w, 'changes.count.overdueActions', { n: n.overdueActions, period: c.fromPeriod })),
    ],
    none: groups.length === 0 ? say(w, 'changes.none') : null,
    groups: groups.map((g) => ({
      kind: g.kind,
      heading: say(w, g.key, { n: g.items.length, code }),
      open: g.open,
      show: say(w, 'changes.showNew', { n: g.items.length }),
      items: g.items.map((i) => ({ anchor: i.anchor, name: provisionName(i), line: changeLine(w, i, c.fromPeriod, g.kind === 'new provision') })),
    })),
    landlord: c.landlordChanges.length === 0 ? null : {
      heading: say(w, 'changes.landlord.heading', { n: c.landlordChanges.length }),
      lines: c.landlordChanges.map((x) => say(w, 'changes.landlord.line', { field: say(w, LANDLORD_FIELD[x.field]), from: x.from, period: c.fromPeriod, to: x.to })),
    },
    dropped: c.dropped.length === 0 ? null : {
      heading: say(w, 'changes.dropped.heading', { n: c.dropped.length }),
      intro: say(w, 'changes.dropped.intro', { fromCode: c.fromCode, code }),
      show: say(w, 'changes.dropped.show', { n: c.dropped.length, period: c.fromPeriod }),
      lines: c.dropped.map((d) => say(w, 'changes.dropped.line', { provision: provisionName(d), status: d.status, period: c.fromPeriod })),
    },
    code: c.codeChanges.length === 0 ? null : {
      heading: say(w, 'changes.code.heading', { n: c.codeChanges.length }),
      show: say(w, 'changes.code.show'),
      intro: steps.length > 1 ? say(w, 'changes.code.steps', { n: steps.length, period: c.fromPeriod }) : null,
      steps: steps.map((st) => ({
        heading: steps.length > 1 ? say(w, 'changes.code.step', { fromCode: st.fromCode, code: st.toCode }) : null,
        changes: st.changes.map((x) => ({ label: codeChangeLabel(w, x), note: x.note })),
      })),
    },
  };
}

/** The key of the name of each detail of the landlord that "What changed" may list. */
const LANDLORD_FIELD = {
  name: 'changes.landlord.name', governing_body: 'changes.landlord.governingBody', 'approval.body': 'changes.landlord.approvalBody',
  covers: 'changes.landlord.covers', group_members: 'changes.landlord.groupMembers',
} as const satisfies Record<ChangesView['landlordChanges'][number]['field'], MessageKey>;

/** One provision's change since the previous assessment, as a sentence. */
export function changeSentence(view: AssessmentView, p: ProvisionView): string | null {
  const c = p.change;
  const period = view.changes?.fromPeriod;
  if (!c || !period) return null;
  const w = view.wording;
  const was = c.previous.length ? say(w, 'change.was', { n: c.previous.length, previous: c.previous.join(', ') }) : '';
  const from = c.from;
  const to = p.statusLabel;
  switch (c.kind) {
    case 'new provision': return say(w, 'change.newProvision', { code: view.code.id, period });
    case 'unchanged':
      // No answer in either year is not "the same answer" (What changed counts it apart from unchanged).
      if (c.fromStatus === 'unanswered' && p.status === 'unanswered') return say(w, 'change.unansweredBoth', { period, was });
      return say(w, 'change.same', { period, was, from });
    case 'improved': return say(w, 'change.improved', { period, was, from, to });
    case 'regressed': return say(w, 'change.regressed', { period, was, from, to });
    // "Newly answered" means newly on the Yes / Partly / No scale: before, the provision may have had no answer,
    // an n/a, or a figure or a description (the 2020 form's questions). Each reads differently.
    case 'newly answered':
      return say(w, c.fromStatus === 'unanswered' ? 'change.firstAnswered' : c.fromStatus === 'n/a' ? 'change.firstAssessedNa' : 'change.firstAssessedFigure', { was, period, to });
    case 'no longer answered':
      return say(w, p.status === 'unanswered' ? 'change.noLongerUnanswered' : p.status === 'n/a' ? 'change.noLongerNa' : 'change.noLongerOther', { was, from, period });
  }
}

/** Whether any open action of the action plan names its owner (else the plan has no owner column). */
export function hasOwners(view: Pick<AssessmentView, 'openActions'>): boolean {
  return view.openActions.some((a) => a.owner !== null);
}

/** The changes of the Code between two self-assessments, one group per step (2020→2022, then 2022→2024). */
export function codeChangeSteps(c: ChangesView): { fromCode: string; toCode: string; changes: ChangesView['codeChanges'] }[] {
  const steps: ReturnType<typeof codeChangeSteps> = [];
  for (const x of c.codeChanges) {
    const last = steps.at(-1);
    if (last && last.fromCode === x.fromCode && last.toCode === x.toCode) last.changes.push(x);
    else steps.push({ fromCode: x.fromCode, toCode: x.toCode, changes: [x] });
  }
  return steps;
}

/** Which provisions one change of the Code concerns: "2022 5.13 became 2024 6.14 and 6.15." */
export function codeChangeLabel(w: Wording, x: ChangesView['codeChanges'][number]): string {
  const list = (ids: string[]) => ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}` : ids.join('');
  if (x.from.length === 0) return say(w, 'changes.code.added', { code: x.toCode, ids: list(x.to) });
  if (x.to.length === 0) return say(w, 'changes.code.removed', { fromCode: x.fromCode, ids: list(x.from), code: x.toCode });
  return say(w, 'changes.code.became', { fromCode: x.fromCode, from: list(x.from), code: x.toCode, to: list(x.to) });
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
  const sentence = say(view.wording, 'approval.sentence', { body: a.body, date: longDate(a.date) });
  return ref ? `${sentence} ${say(view.wording, 'approval.reference', { reference: ref })}${/[.!?]$/.test(ref) ? '' : '.'}` : sentence;
}

/** "the 2024 Complaint Handling Code (Housing Ombudsman Service)". */
export function codeName(view: AssessmentView): string {
  return say(view.wording, 'code.name', { publisher: view.code.publisher, code: view.code.title, id: view.code.id });
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

/** A document's title on its cover: the annual complaints report's where the period has one, else the self-assessment's. */
export function coverTitle(view: AssessmentView): string {
  return say(view.wording, view.report ? 'cover.reportTitle' : 'cover.title');
}

/** Under About, in a document that is the annual complaints report: what it holds, in what order; else null. */
export function reportIntro(view: AssessmentView): string | null {
  return view.report ? say(view.wording, 'report.documentIntro', { landlord: view.landlord.name, period: view.period }) : null;
}
