import type { Action, AssessmentData, DocumentRef, Response } from '../model/assessment.ts';
import type { CodeVersion, Provision } from '../model/code-version.ts';
import { predecessors, type Mapping, type Relation } from '../model/mapping.ts';
import { sameText, wordDiff, type DiffPart } from './text-diff.ts';
import { actionState, answerStatus, isOverdue, type AnswerStatus } from '../model/answer.ts';

/**
 * A response's status, as `check` counts it (AnswerStatus): its `comply`, "answered" for a figure or narrative
 * answer, or "unanswered". The public JSON writes "unanswered" as null (src/report/diff-json.ts).
 */
export type Status = AnswerStatus;

/** How a provision's answer changed. */
export type Change = 'improved' | 'regressed' | 'unchanged' | 'new provision' | 'newly answered' | 'no longer answered';

/** How an action changed. */
export type ActionChange = 'completed' | 'still open' | 'overdue' | 'new' | 'dropped';

/** One side of a diff. */
export interface DiffSide {
  period: string;
  code: CodeVersion;
  data: AssessmentData;
  /** The landlord's details as landlord.yaml holds them now (for the newer side, when its approval recorded none). */
  landlord?: LandlordDetails;
}

/** What an approval records of the landlord, and what landlord.yaml says now: the name, governing body and members. */
export interface LandlordDetails {
  name?: string;
  governing_body?: string;
  group_members?: string[];
}

/** A text field's change. */
export interface TextChange {
  changed: boolean;
  diff: DiffPart[];
}

/** An action with its change. */
export interface ActionDiff {
  description: string;
  owner: string | null;
  due: string | null;
  status: string;
  change: ActionChange;
  /** The older provision it was recorded under, when it came from the older assessment. */
  from_provision: string | null;
}

/** One provision of the newer assessment and what changed since the older one. */
export interface ProvisionDiff {
  id: string;
  title: string | null;
  section: string;
  previous: string[];
  relation: Relation | 'new' | null;
  mapping_note: string | null;
  change: Change;
  status: { from: Status; to: Status };
  evidence: TextChange;
  commentary: TextChange;
  answer: TextChange;
  documents: { changed: boolean; added: string[]; removed: string[] };
  actions: ActionDiff[];
}

/** An older provision with no successor. */
export interface DroppedProvision {
  id: string;
  title: string | null;
  status: Status;
  evidence: string | null;
  commentary: string | null;
  note: string | null;
}

/** A change of the Code worth a line in the summary. */
export interface CodeChange {
  /** The step of the Code's history it belongs to: "2022→2024". */
  step: string;
  from: string[];
  to: string[];
  relation: Relation | 'new';
  note: string;
}

/**
 * A change between the two years of what the assessments themselves record about the landlord: `covers` (the
 * entities a group's assessment covers, compared as a set) or `approval.body` (who approved it, compared when
 * both are approved). The landlord's name, governing_body and group_members are in landlord.yaml, one file for
 * every year, so no diff can see them change.
 */
export type LandlordChange =
  | { field: 'covers' | 'group_members'; from: string[]; to: string[] }
  | { field: 'approval.body' | 'name' | 'governing_body'; from: string; to: string };

/** The data the text, markdown and JSON reports (and the site and documents) render. */
export interface AssessmentDiff {
  landlord: string;
  from: { period: string; code: string };
  to: { period: string; code: string };
  summary: {
    improved: number;
    regressed: number;
    /** Provisions answered in both years with the same status (those answered in neither are `unanswered_both`). */
    unchanged: number;
    /** Provisions with a counterpart in the older assessment and no answer in either year (their change is "unchanged"). */
    unanswered_both: number;
    new: number;
    newly_answered: number;
    no_longer_answered: number;
    overdue_actions: number;
    text_changed: number;
    dropped: number;
    code_changes: CodeChange[];
  };
  provisions: ProvisionDiff[];
  dropped: DroppedProvision[];
  /** What the assessments record about the landlord that changed between the two years, `covers` first. */
  landlord_changes: LandlordChange[];
}

const RANK: Partial<Record<string, number>> = { yes: 2, partial: 1, no: 0 };

/**
 * The status of a response to `provision` as `check` counts it (answerStatus): a figure or narrative in `answer`
 * answers only a provision that asks for one. Without the provision, its `comply`.
 */
export function statusOf(provision: Provision | undefined, r: Response | null | undefined): Status {
  return provision ? answerStatus(provision, r) : (r?.comply ?? 'unanswered');
}

/** The worst of several statuses (yes > partial > no); a merge is only as good as its weakest part. */
function combined(statuses: Status[]): Status {
  const present = statuses.filter((s) => s !== 'unanswered');
  if (present.length === 0) return 'unanswered';
  const ranked = present.filter((s) => RANK[s] !== undefined);
  if (ranked.length) return ranked.reduce((a, b) => (RANK[a]! <= RANK[b]! ? a : b));
  return present.includes('n/a') ? 'n/a' : present[0]!;
}

/**
 * Classifies a change of status. Statuses are ordered yes > partial > no; n/a and figure/narrative answers
 * stand apart: moving from one of them onto the scale counts as newly answered, off it as no longer answered.
 */
export function classify(from: Status, to: Status, hasPrevious: boolean): Change {
  if (!hasPrevious) return 'new provision';
  if (from === 'unanswered') return to === 'unanswered' ? 'unchanged' : 'newly answered';
  if (to === 'unanswered') return 'no longer answered';
  if (from === to) return 'unchanged';
  const a = RANK[from];
  const b = RANK[to];
  if (a !== undefined && b !== undefined) return b > a ? 'improved' : 'regressed';
  if (b !== undefined) return 'newly answered';
  if (a !== undefined) return 'no longer answered';
  return 'unchanged';
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Word overlap of two descriptions (Jaccard), for matching reworded actions. */
function similarity(a: string, b: string): number {
  const x = new Set(norm(a).split(' '));
  const y = new Set(norm(b).split(' '));
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common || 1);
}

/** An action of the older assessment, with the provision it was recorded under. */
interface OlderAction {
  action: Action;
  provision: string;
}

/**
 * Matches the newer actions of one provision with the older actions of its predecessors (reworded
 * descriptions match when most words are shared). Returns the newer actions with their change, and the
 * older actions that none of them matched (their fate is decided across all provisions: see diffAssessments).
 */
function matchActions(older: OlderAction[], newer: Action[], asOf: string): { actions: ActionDiff[]; matched: Set<Action> } {
  const out: ActionDiff[] = [];
  const unmatched = [...older];
  const matched = new Set<Action>();
  for (const a of newer) {
    let best = -1;
    let bestScore = 0;
    unmatched.forEach((o, i) => {
      const score = norm(o.action.description) === norm(a.description) ? 1 : similarity(o.action.description, a.description);
      if (score > bestScore) { best = i; bestScore = score; }
    });
    const status = actionState(a);
    // An open action past its date is overdue whether or not the older year had it: diffing across several years,
    // an action set (and missed) in between is not "new".
    const late = isOverdue(a, asOf);
    if (best >= 0 && bestScore >= 0.6) {
      const [match] = unmatched.splice(best, 1);
      matched.add(match!.action);
      const change: ActionChange = status === 'done' ? 'completed' : status === 'dropped' ? 'dropped' : late ? 'overdue' : 'still open';
      out.push(describeAction(a, change, match!.provision));
    } else {
      out.push(describeAction(a, status === 'dropped' ? 'dropped' : status === 'done' ? 'completed' : late ? 'overdue' : 'new', null));
    }
  }
  return { actions: out, matched };
}

function describeAction(a: Action, change: ActionChange, from: string | null): ActionDiff {
  return { description: a.description, owner: a.owner ?? null, due: a.due ?? null, status: actionState(a), change, from_provision: from };
}

function documentsChange(before: DocumentRef[], after: DocumentRef[]): ProvisionDiff['documents'] {
  const key = (d: DocumentRef) => `${d.title}\u0000${d.url ?? d.file ?? ''}\u0000${d.section ?? ''}`;
  const a = new Map(before.map((d) => [key(d), d]));
  const b = new Map(after.map((d) => [key(d), d]));
  const label = (d: DocumentRef) => (d.section !== undefined ? `${d.title} (section ${d.section})` : d.title);
  const added = [...b].filter(([k]) => !a.has(k)).map(([, d]) => label(d));
  const removed = [...a].filter(([k]) => !b.has(k)).map(([, d]) => label(d));
  return { changed: added.length + removed.length > 0, added, removed };
}

function textChange(before: (string | undefined)[], after: string | undefined): TextChange {
  const a = before.filter((s): s is string => typeof s === 'string' && s.trim() !== '').join('\n\n');
  const b = typeof after === 'string' ? after : '';
  if (sameText(a, b)) return { changed: false, diff: [] };
  return { changed: true, diff: wordDiff(a.trim(), b.trim()) };
}

const answerText = (x: Response | undefined) => (x?.answer === undefined ? undefined : String(x.answer));

/**
 * Evidence and figure/narrative answers compared. When only one side answers in `answer` (a 2020 narrative
 * question became a provision answered with evidence), the answer is compared as part of the evidence.
 */
function answerAndEvidence(before: Response[], after: Response | undefined): { evidence: TextChange; answer: TextChange } {
  const hadAnswer = before.some((x) => answerText(x) !== undefined);
  const hasAnswer = answerText(after) !== undefined;
  if (hadAnswer === hasAnswer) {
    return {
      evidence: textChange(before.map((x) => x.evidence), after?.evidence),
      answer: textChange(before.map(answerText), answerText(after)),
    };
  }
  const joined = (x: Response | undefined) => [answerText(x), x?.evidence].filter((t) => t !== undefined && t.trim() !== '').join('\n\n');
  return {
    evidence: textChange(before.map(joined), joined(after)),
    answer: { changed: false, diff: [] },
  };
}

/**
 * Compares two assessments of one landlord, provision by provision of the newer one, matching answers
 * through `mapping` (older Code → newer Code; the identity when both use the same version).
 */
export function diffAssessments(landlord: string, older: DiffSide, newer: DiffSide, mapping: Mapping): AssessmentDiff {
  const preds = predecessors(mapping);
  const oldProvisions = new Map<string, Provision>(older.code.provisions.map((p) => [p.id, p]));
  const oldResponses = older.data.responses ?? {};
  const newResponses = newer.data.responses ?? {};
  const asOf = newer.data.assessed_on;
  const provisions: ProvisionDiff[] = [];
  const overdue = new Set<string>();
  // Each older provision's main successor (the first target of its mapping entry), as `chc new` carries actions.
  const mainSuccessor = new Map(Object.entries(mapping.provisions).filter(([, e]) => e.to.length > 0).map(([id, e]) => [id, e.to[0]!]));
  const matchedAnywhere = new Set<Action>();
  const unmatchedAt: { provision: string; older: OlderAction }[] = [];

  for (const p of newer.code.provisions) {
    const prev = preds.get(p.id) ?? [];
    const previous = prev.map((x) => x.id);
    const oldRs = previous.map((id) => oldResponses[id]).filter((r): r is Response => r !== undefined && r !== null);
    const r = newResponses[p.id] ?? undefined;
    const from = combined(previous.map((id) => statusOf(oldProvisions.get(id), oldResponses[id])));
    const to = statusOf(p, r);
    const relation: ProvisionDiff['relation'] = prev.length === 0 ? (mapping.new[p.id] ? 'new' : null) : prev.length === 1 ? prev[0]!.entry.relation : 'merged';
    const notes = [...new Set(prev.map((x) => x.entry.note).filter((n): n is string => !!n))];
    if (prev.length === 0 && mapping.new[p.id]?.note) notes.push(mapping.new[p.id]!.note!);
    const olderActions = previous.flatMap((id) => (oldResponses[id]?.actions ?? []).filter(Boolean).map((action) => ({ action, provision: id })));
    const { actions, matched } = matchActions(olderActions, (r?.actions ?? []).filter(Boolean), asOf);
    for (const a of matched) matchedAnywhere.add(a);
    // An older action no newer action matched is reported once, under its provision's main successor (a
    // split names the old provision under each part); see below.
    for (const o of olderActions) {
      if (mainSuccessor.get(o.provision) === p.id) unmatchedAt.push({ provision: p.id, older: o });
    }
    for (const a of actions) if (a.change === 'overdue') overdue.add(`${a.description}\u0000${a.due}`);
    const texts = answerAndEvidence(oldRs, r);
    provisions.push({
      id: p.id,
      title: p.title ?? null,
      section: p.section,
      previous,
      relation,
      mapping_note: notes.length ? notes.join(' ') : null,
      change: classify(from, to, prev.length > 0),
      status: { from, to },
      evidence: texts.evidence,
      commentary: textChange(oldRs.map((x) => x.commentary), r?.commentary),
      answer: texts.answer,
      documents: documentsChange(oldRs.flatMap((x) => (x.documents ?? []).filter(Boolean)), (r?.documents ?? []).filter(Boolean)),
      actions,
    });
  }

  // Open older actions that no newer action matched, under any successor, are dropped: once, under the main successor.
  for (const { provision, older: o } of unmatchedAt) {
    if (matchedAnywhere.has(o.action) || actionState(o.action) !== 'open') continue;
    provisions.find((x) => x.id === provision)!.actions.push(describeAction(o.action, 'dropped', o.provision));
  }

  const dropped: DroppedProvision[] = [];
  for (const [id, entry] of Object.entries(mapping.provisions)) {
    if (entry.to.length > 0) continue;
    const r = oldResponses[id];
    dropped.push({
      id,
      title: oldProvisions.get(id)?.title ?? null,
      status: statusOf(oldProvisions.get(id), r),
      evidence: r?.evidence ?? (r?.answer !== undefined ? String(r.answer) : null),
      commentary: r?.commentary ?? null,
      note: entry.note ?? null,
    });
  }

  const codeChanges: CodeChange[] = [];
  if (older.code.id !== newer.code.id) {
    for (const m of mapping.steps ?? [mapping]) {
      const step = `${m.from}→${m.to}`;
      for (const [id, e] of Object.entries(m.provisions)) {
        if (e.significant && e.note) codeChanges.push({ step, from: [id], to: e.to, relation: e.relation, note: e.note });
      }
      for (const [id, e] of Object.entries(m.new)) {
        if (e.significant && e.note) codeChanges.push({ step, from: [], to: [id], relation: 'new', note: e.note });
      }
    }
  }

  const count = (c: Change) => provisions.filter((x) => x.change === c).length;
  return {
    landlord,
    from: { period: older.period, code: older.code.id },
    to: { period: newer.period, code: newer.code.id },
    summary: {
      improved: count('improved'),
      regressed: count('regressed'),
      unchanged: provisions.filter((x) => x.change === 'unchanged' && !unansweredBoth(x)).length,
      unanswered_both: provisions.filter(unansweredBoth).length,
      new: count('new provision'),
      newly_answered: count('newly answered'),
      no_longer_answered: count('no longer answered'),
      overdue_actions: overdue.size,
      text_changed: provisions.filter((x) => x.evidence.changed || x.commentary.changed || x.answer.changed || x.documents.changed).length,
      dropped: dropped.length,
      code_changes: codeChanges,
    },
    provisions,
    dropped,
    landlord_changes: landlordChanges(older.data, newer.data, newer.landlord),
  };
}

/** A provision with a counterpart in the older assessment and no answer in either year. */
function unansweredBoth(p: ProvisionDiff): boolean {
  return p.change === 'unchanged' && p.status.from === 'unanswered' && p.status.to === 'unanswered';
}

/**
 * The changes of `covers` (as a set: reordering is no change) and of `approval.body` (only when both
 * assessments are approved: a draft's approver is not known yet). Case and spacing are no change.
 */
export function landlordChanges(older: AssessmentData, newer: AssessmentData, current?: LandlordDetails): LandlordChange[] {
  const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const list = (xs: unknown) => (Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  const out: LandlordChange[] = [];
  const from = list(older.covers);
  const to = list(newer.covers);
  const set = (xs: string[]) => [...new Set(xs.map(key))].sort().join('\u0000');
  if (set(from) !== set(to)) out.push({ field: 'covers', from, to });
  const a = older.approval?.body;
  const b = newer.approval?.body;
  if (typeof a === 'string' && typeof b === 'string' && a.trim() && b.trim() && key(a) !== key(b)) out.push({ field: 'approval.body', from: a.trim(), to: b.trim() });
  // The landlord's name, governing body and members live in one landlord.yaml for every year: what they were is
  // what the older year's approval recorded of them (chc approve does); what they are, the newer's, or landlord.yaml now.
  const was = older.approval?.landlord;
  const now = newer.approval?.landlord ?? current;
  if (was && now) {
    for (const field of ['name', 'governing_body'] as const) {
      const x = was[field];
      const y = now[field];
      if (typeof x === 'string' && typeof y === 'string' && x.trim() && y.trim() && key(x) !== key(y)) out.push({ field, from: x.trim(), to: y.trim() });
    }
    const members = (xs: unknown) => list(xs);
    if (was.group_members !== undefined || now.group_members !== undefined) {
      const m1 = members(was.group_members);
      const m2 = members(now.group_members);
      if (set(m1) !== set(m2)) out.push({ field: 'group_members', from: m1, to: m2 });
    }
  }
  return out;
}
