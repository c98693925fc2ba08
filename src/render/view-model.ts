import { introductionText, type Action, type AssessmentData, type DocumentRef, type LandlordData } from '../model/assessment.ts';
import { say, type Wording } from '../model/wording.ts';
import { expectsOf, type CodeVersion } from '../model/code-version.ts';
import { actionState, answerStatus, isOverdue, lacksDatedAction, type AnswerStatus } from '../model/answer.ts';
import type { AssessmentDiff, Change, LandlordChange, ProvisionDiff } from '../diff/diff-assessments.ts';
import { isSafeUrl, parseEvidence, parseRich, withoutRepeatedHeading, type EvidenceHeading, type Rich } from './markdown.ts';
import { findSection, splitHeading, type Outline } from '../model/outline.ts';
import { compareIds } from '../model/provision-order.ts';
import { citationPlace } from './citation-place.ts';

/** Which edition: `public` (the website) hides internal documents; `board` shows them, marked internal. */
export type Edition = 'public' | 'board';

/** The label printed for each answer. */
export const COMPLY_LABEL: Record<AnswerStatus, string> = {
  yes: 'Yes',
  partial: 'Partly',
  no: 'No',
  'n/a': 'Not applicable',
  answered: 'Answered',
  unanswered: 'Not answered',
};

/** How "What changed" names a change of the landlord's details. */
const LANDLORD_FIELD_LABEL = { 'approval.body': 'Approved by', name: "The landlord's name", governing_body: 'Governing body' } as const;

/** The titles of the 2022 form's two tables per section (`layout: must-should`). */
export const MUST_TITLE = "Mandatory 'must'";
export const SHOULD_TITLE = "Best practice 'should'";

/** What a draft shows beside an answer `chc new` carried forward from last year that nobody has reviewed yet. */
export const CARRIED_NOT_REVIEWED = 'Carried forward, not yet reviewed';

/** What a draft shows where the action of a `no` or `partial` goes, until one with a due date is written. */
export const ACTION_TO_BE_SET = 'Action and date to be set';

/** A document as shown in one edition; an internal document in the public edition reveals nothing about itself. */
export interface DocumentView {
  internal: boolean;
  /** Null for an internal document in the public edition. */
  title: string | null;
  url: string | null;
  /** For a file in the landlord's folder: its path relative to the landlord's folder (board edition only). */
  file: string | null;
  section: string | null;
  page: string | null;
  /** One line describing the document, as printed. */
  label: string;
  /**
   * Public edition only: the site page of a published evidence document ("homes-plus/documents/complaints-policy/"),
   * with the anchor of the heading its `section` names ("…#sec-2-1") when there is one. The site links to it; the
   * PDF and the DOCX do not use it.
   */
  href: string | null;
}

/** A public markdown evidence file, read by the caller (the view stays pure), keyed in `ViewInput.evidence` by its `file:` reference. */
export interface EvidenceFile {
  /** Its path inside the landlord's folder ("evidence/complaints-policy.md"). */
  path: string;
  /** Its page's name on the site, unique within the landlord ("complaints-policy"). */
  slug: string;
  /** Its markdown, front matter removed. */
  text: string;
}

/** A published evidence document, as the site shows it on a page of its own (public edition only). */
export interface EvidenceView {
  /** Its path inside the landlord's folder. */
  path: string;
  slug: string;
  /** Its page, relative to the site root ("homes-plus/documents/complaints-policy/"). */
  href: string;
  /** As the first citation (in Code order) gives it. */
  title: string;
  body: Rich;
  headings: EvidenceHeading[];
}

/** An action as shown. */
export interface ActionView {
  provision: string;
  description: string;
  owner: string | null;
  due: string | null;
  status: 'open' | 'done' | 'dropped';
  /** Open, and due before the assessment's date: it was already late when the landlord assessed itself. */
  overdue: boolean;
  completedOn: string | null;
  note: Rich | null;
}

/** One provision with its answer. */
export interface ProvisionView {
  id: string;
  /** Anchor id in pages: "p-5-13". */
  anchor: string;
  title: string | null;
  level: 'must' | 'should';
  stage: number | null;
  expects: 'comply' | 'figure' | 'narrative';
  conditional: string | null;
  /** The Code's own wording. */
  text: Rich;
  /** One plain-English sentence. */
  summary: string;
  status: AnswerStatus;
  statusLabel: string;
  answer: Rich | null;
  evidence: Rich | null;
  documents: DocumentView[];
  commentary: Rich | null;
  actions: ActionView[];
  /**
   * A `no` or `partial` without an action that has a due date: a draft shows "Action and date to be set"
   * (check reports missing-action, and an approved assessment cannot be built with it).
   */
  actionToBeSet: boolean;
  /** An answer carried forward by `chc new` that still has its `needs_review` line (only a draft can have one). */
  carriedNotReviewed: boolean;
  /** Since the previous assessment, when there is one. */
  change: { kind: Change; from: string; previous: string[] } | null;
}

/** Counts of answers. */
export interface Counts {
  yes: number;
  partial: number;
  no: number;
  na: number;
  answered: number;
  unanswered: number;
  total: number;
}

/** One section of the Code with its provisions (and stage groups, where the Code has them). */
export interface SectionView {
  id: string;
  anchor: string;
  title: string;
  counts: Counts;
  groups: { stage: number | null; title: string | null; provisions: ProvisionView[] }[];
}

/** "What changed since last year", ready to print. */
export interface ChangesView {
  fromPeriod: string;
  fromCode: string;
  codeChanged: boolean;
  /** `unchanged` counts provisions answered alike in both years; `unansweredBoth` those answered in neither. */
  counts: { improved: number; regressed: number; unchanged: number; unansweredBoth: number; new: number; newlyAnswered: number; noLongerAnswered: number; overdueActions: number };
  /**
   * What the two assessments record about the landlord that changed: the entities covered, who approved it
   * (only when this one's approval holds). `label` names it; `from` and `to` are ready to print.
   */
  landlordChanges: { field: LandlordChange['field']; label: string; from: string; to: string }[];
  /** Provisions whose answer changed (not "unchanged"), in Code order. */
  items: { id: string; anchor: string; title: string | null; kind: Change; from: string; to: string; previous: string[] }[];
  /** Each change of the Code that matters, step by step: `step` "2022→2024", its versions, ids on each side. */
  codeChanges: { step: string; fromCode: string; toCode: string; from: string[]; to: string[]; note: string }[];
  dropped: { id: string; title: string | null; status: string }[];
}

/** Everything one published self-assessment shows, in one edition: the site page, the PDF and the DOCX all render this. */
export interface AssessmentView {
  edition: Edition;
  draft: boolean;
  landlord: {
    slug: string;
    name: string;
    website: string;
    governingBody: string;
    /** Whether landlord.yaml names its governing body (else `governingBody` is "governing body"). */
    governingBodyNamed: boolean;
    mrc: string | null;
    /** For a group: its member organisations (landlord.yaml `group_members`). */
    groupMembers: string[];
    complaintsPage: string | null;
    colour: string | null;
    logo: string | null;
  };
  period: string;
  periodLabel: string;
  code: { id: string; title: string; publisher: string; inForce: string; formTitle: string; statutory: boolean };
  assessedOn: string;
  approval: { body: string; date: string; reference: string | null; sha256: string | null } | null;
  covers: string[];
  introduction: Rich | null;
  response: Rich | null;
  totals: Counts;
  sections: SectionView[];
  changes: ChangesView | null;
  /** Every open action, by due date (undated last), then provision. */
  openActions: ActionView[];
  /** The fixed sentences of its outputs: the tool's (templates/messages.yaml), with its landlord's own in their place. */
  wording: Wording;
  /** Document metadata. */
  meta: { title: string; subject: string; author: string; lang: 'en-GB'; date: string; keywords: string[] };
  /** The public markdown evidence documents this assessment cites, published as pages of the site (public edition only; by path). */
  evidence: EvidenceView[];
  /** Where the documents are, relative to the site root ("documents/plus-dane/2023-24/plus-dane-2023-24-public.pdf"). */
  downloads: { pdf: string; docx: string };
}

/** The inputs of one view: validated data, its Code, and the diff against the previous assessment if any. */
export interface ViewInput {
  slug: string;
  landlord: LandlordData;
  period: string;
  code: CodeVersion;
  data: AssessmentData;
  diff: AssessmentDiff | null;
  /** The governing body's response file's text, when there is one. */
  responseText: string | null;
  /** The sentences of the outputs, with the landlord's own (see withOverrides). */
  wording: Wording;
  /** The landlord's standing introduction (templates/introduction.md), used when the assessment has none. */
  standingIntroduction?: string | null;
  edition: Edition;
  /** Whether the approval still holds (set by the approval check); false shows DRAFT despite an approval block. */
  approvalValid: boolean;
  /** The date recorded in the documents' metadata; by default the approval's, else assessed_on. */
  documentDate?: string;
  /**
   * The public markdown evidence files the assessment cites, by `file:` reference: those no citation of the
   * landlord's marks internal (the caller decides, and reads them). Published in the public edition only.
   */
  evidence?: Record<string, EvidenceFile>;
  /**
   * What is internal beyond a citation's own `internal: true` (decided over all the landlord's assessments): the
   * `file:` references of this assessment that name an internal file. A citation of one is internal in every
   * edition: the public one shows nothing of it.
   */
  internal?: { refs: string[] };
}

/** A text placed under `heading`, without a first heading that repeats it; null when nothing else is left. */
function under(heading: string, tree: Rich | null): Rich | null {
  if (!tree) return null;
  const out = withoutRepeatedHeading(tree, heading);
  return out.children.length ? out : null;
}

/** The site path of a published evidence document's page ("homes-plus/documents/complaints-policy/"). */
export function evidencePath(slug: string, document: string): string {
  return `${slug}/documents/${document}/`;
}

/** The id of the heading a `section` names in a published evidence document (as `check` finds it), or null. */
export function sectionAnchor(headings: EvidenceHeading[], section: string): string | null {
  const outline: Outline = { headings: headings.map((h, line) => ({ depth: h.depth, text: h.text, ...splitHeading(h.text), line })), clauses: [] };
  const match = findSection(outline, section);
  return match.found && match.heading ? headings[match.heading.line]!.id : null;
}

const anchorOf = (id: string) => `p-${id.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** Where the site serves a landlord's logo ("plus-dane/logo.svg"), or null without one. */
export function logoPath(slug: string, logo: string | undefined): string | null {
  const ext = logo ? /\.(svg|png|jpe?g|webp)$/i.exec(logo)?.[1]?.toLowerCase() : undefined;
  return ext ? `${slug}/logo.${ext}` : null;
}

/** "2023-24" → "1 April 2023 to 31 March 2024". */
export function periodLabel(period: string): string {
  const y = Number(period.slice(0, 4));
  return `1 April ${y} to 31 March ${y + 1}`;
}

/** A date as printed in documents: "12 June 2024". */
export function longDate(iso: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

function rich(text: string | number | undefined): Rich | null {
  if (text === undefined || String(text).trim() === '') return null;
  return parseRich(String(text));
}

/** An internal document in the public edition: nothing of it, not even its title. */
export const INTERNAL_PUBLIC: Readonly<DocumentView> = { internal: true, title: null, url: null, file: null, section: null, page: null, label: 'Internal document — available on request', href: null };

function documentView(d: DocumentRef, edition: Edition, published: Map<string, EvidenceView>, files: Record<string, EvidenceFile>, isInternal: (d: DocumentRef) => boolean): DocumentView {
  const internal = isInternal(d);
  if (internal && edition === 'public') return { ...INTERNAL_PUBLIC };
  const section = d.section === undefined ? null : String(d.section);
  const page = d.page === undefined ? null : String(d.page);
  const where = citationPlace({ section, page });
  const file = edition === 'board' && d.file ? d.file.replace(/^(\.\.\/)+/, '') : null;
  const evidence = edition === 'public' && !internal && d.file && Object.hasOwn(files, d.file) ? published.get(files[d.file]!.path) : undefined;
  const anchor = evidence && section ? sectionAnchor(evidence.headings, section) : null;
  return {
    internal,
    title: d.title,
    url: d.url !== undefined && /^(https?|mailto):/i.test(d.url.trim()) && isSafeUrl(d.url) ? d.url.trim() : null,
    file,
    section,
    page,
    label: `${d.title}${where ? ` (${where})` : ''}${internal ? ' — internal document' : ''}`,
    href: evidence ? `${evidence.href}${anchor ? `#${anchor}` : ''}` : null,
  };
}

function actionView(provision: string, a: Action, assessedOn: string): ActionView {
  return {
    provision,
    description: a.description,
    owner: a.owner ?? null,
    due: a.due ?? null,
    status: actionState(a),
    overdue: isOverdue(a, assessedOn),
    completedOn: a.completed_on ?? null,
    note: rich(a.note),
  };
}


function emptyCounts(): Counts {
  return { yes: 0, partial: 0, no: 0, na: 0, answered: 0, unanswered: 0, total: 0 };
}

function count(c: Counts, s: ProvisionView['status']): void {
  c.total++;
  if (s === 'n/a') c.na++;
  else c[s]++;
}

function changeOf(d: ProvisionDiff | undefined): ProvisionView['change'] {
  if (!d) return null;
  return { kind: d.change, from: COMPLY_LABEL[d.status.from], previous: d.previous };
}

/**
 * Builds the one document model of an assessment in one edition. Pure: the same input gives the same
 * model, and the site, the PDF and the DOCX render nothing that is not in it.
 */
export function buildAssessmentView(input: ViewInput): AssessmentView {
  const { landlord, code, data, edition } = input;
  const diffs = new Map((input.diff?.provisions ?? []).map((p) => [p.id, p]));
  const totals = emptyCounts();
  const openActions: ActionView[] = [];
  const sections: SectionView[] = [];
  // The public evidence documents cited, each once (by its path), titled by its first citation in Code order.
  const files = edition === 'public' ? input.evidence ?? {} : {};
  const internalRefs = new Set(input.internal?.refs ?? []);
  const isInternal = (d: DocumentRef) => d.internal === true || (d.file !== undefined && internalRefs.has(d.file));
  const published = new Map<string, EvidenceView>();
  for (const p of code.provisions) {
    for (const d of data.responses?.[p.id]?.documents ?? []) {
      if (!d?.file || isInternal(d) || !Object.hasOwn(files, d.file)) continue;
      const f = files[d.file]!;
      if (published.has(f.path)) continue;
      const doc = parseEvidence(f.text);
      published.set(f.path, { path: f.path, slug: f.slug, href: evidencePath(input.slug, f.slug), title: d.title.replace(/\s+/g, ' ').trim(), body: doc.tree, headings: doc.headings });
    }
  }
  for (const s of code.sections) {
    const counts = emptyCounts();
    const provisions: ProvisionView[] = [];
    for (const p of code.provisions.filter((x) => x.section === s.id)) {
      const r = data.responses?.[p.id] ?? null;
      const status = answerStatus(p, r);
      count(counts, status);
      count(totals, status);
      const actions = (r?.actions ?? []).filter(Boolean).map((a) => actionView(p.id, a, data.assessed_on));
      openActions.push(...actions.filter((a) => a.status === 'open'));
      provisions.push({
        id: p.id,
        anchor: anchorOf(p.id),
        title: p.title ?? null,
        level: p.level,
        stage: p.stage ?? null,
        expects: expectsOf(p),
        conditional: p.conditional ?? null,
        text: parseRich(p.text),
        summary: p.summary,
        status,
        statusLabel: COMPLY_LABEL[status],
        answer: rich(r?.answer),
        evidence: rich(r?.evidence),
        documents: (r?.documents ?? []).filter(Boolean).map((d) => documentView(d, edition, published, files, isInternal)),
        commentary: rich(r?.commentary),
        actions,
        actionToBeSet: lacksDatedAction(r),
        carriedNotReviewed: r?.needs_review !== undefined,
        change: changeOf(diffs.get(p.id)),
      });
    }
    const groups: SectionView['groups'] = [];
    if (data.layout === 'must-should') {
      // The 2022 Code's own form: per section, a table of its musts, then one of its shoulds.
      for (const [level, title] of [['must', MUST_TITLE], ['should', SHOULD_TITLE]] as const) {
        const these = provisions.filter((p) => p.level === level);
        if (these.length) groups.push({ stage: null, title, provisions: these });
      }
      sections.push({ id: s.id, anchor: `section-${s.id}`, title: s.title, counts, groups });
      continue;
    }
    for (const p of provisions) {
      const last = groups.at(-1);
      if (last && last.stage === p.stage) last.provisions.push(p);
      else groups.push({ stage: p.stage, title: p.stage !== null ? (s.stages?.find((x) => x.id === p.stage)?.title ?? `Stage ${p.stage}`) : null, provisions: [p] });
    }
    sections.push({ id: s.id, anchor: `section-${s.id}`, title: s.title, counts, groups });
  }
  openActions.sort((a, b) => (a.due ?? '9999') < (b.due ?? '9999') ? -1 : (a.due ?? '9999') > (b.due ?? '9999') ? 1 : compareIds(a.provision, b.provision));

  const d = input.diff;
  // "A, B and C"; "none stated" for an assessment that lists no organisations it covers.
  const andList = (xs: string[]) => (xs.length === 0 ? 'none stated' : xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  const changes: ChangesView | null = d ? {
    fromPeriod: d.from.period,
    fromCode: d.from.code,
    codeChanged: d.from.code !== d.to.code,
    counts: {
      improved: d.summary.improved, regressed: d.summary.regressed, unchanged: d.summary.unchanged, unansweredBoth: d.summary.unanswered_both,
      new: d.summary.new, newlyAnswered: d.summary.newly_answered, noLongerAnswered: d.summary.no_longer_answered, overdueActions: d.summary.overdue_actions,
    },
    items: d.provisions.filter((p) => p.change !== 'unchanged').map((p) => ({
      id: p.id, anchor: anchorOf(p.id), title: p.title, kind: p.change,
      from: COMPLY_LABEL[p.status.from],
      to: COMPLY_LABEL[p.status.to],
      previous: p.previous,
    })),
    landlordChanges: d.landlord_changes
      .filter((c) => c.field !== 'approval.body' || (data.approval !== undefined && input.approvalValid))
      .map((c) => (Array.isArray(c.from) && Array.isArray(c.to)
        ? { field: c.field, label: c.field === 'covers' ? 'Organisations this self-assessment covers' : 'Members of the group', from: andList(c.from), to: andList(c.to) }
        : { field: c.field, label: LANDLORD_FIELD_LABEL[c.field as keyof typeof LANDLORD_FIELD_LABEL], from: String(c.from), to: String(c.to) })),
    codeChanges: d.summary.code_changes.map((c) => {
      const [fromCode = d.from.code, toCode = d.to.code] = c.step.split('→');
      return { step: c.step, fromCode, toCode, from: c.from, to: c.to, note: c.note };
    }),
    dropped: d.dropped.map((x) => ({ id: x.id, title: x.title, status: COMPLY_LABEL[x.status] })),
  } : null;

  const approval = data.approval && input.approvalValid
    ? { body: data.approval.body, date: data.approval.date, reference: data.approval.reference ?? null, sha256: data.approval.sha256 ?? null }
    : null;
  // Never guessed: a council's is a Cabinet or a committee (check warns while landlord.yaml names none).
  const governingBody = landlord.governing_body ?? 'governing body';
  const base = `${input.slug}-${input.period}-${edition}`;
  return {
    edition,
    draft: approval === null,
    landlord: {
      slug: input.slug,
      name: landlord.name,
      website: landlord.website,
      governingBody,
      governingBodyNamed: landlord.governing_body !== undefined,
      mrc: landlord.member_responsible_for_complaints ?? null,
      groupMembers: (landlord.group_members ?? []).filter((m) => typeof m === 'string' && m.trim() !== ''),
      complaintsPage: landlord.complaints_page ?? null,
      colour: landlord.brand?.colour ?? null,
      logo: logoPath(input.slug, landlord.brand?.logo),
    },
    period: input.period,
    periodLabel: periodLabel(input.period),
    code: { id: code.id, title: code.title, publisher: code.publisher, inForce: code.in_force, formTitle: code.form.title, statutory: code.statutory === true },
    assessedOn: data.assessed_on,
    approval,
    covers: data.covers ?? [],
    // A first heading that only repeats the part's own ("# Cabinet's response") is left out.
    introduction: under(say(input.wording, 'heading.introduction'), rich(introductionText(data.introduction, input.standingIntroduction ?? undefined))),
    response: under(say(input.wording, 'heading.response', { body: governingBody }), rich(input.responseText ?? undefined)),
    totals,
    sections,
    changes,
    openActions,
    wording: input.wording,
    evidence: [...published.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    meta: {
      title: `${landlord.name}: Complaint Handling Code self-assessment ${input.period}`,
      subject: `Self-assessment against the ${code.publisher}'s ${code.title} (${code.id})`,
      author: landlord.name,
      lang: 'en-GB',
      date: input.documentDate ?? approval?.date ?? data.assessed_on,
      keywords: ['Complaint Handling Code', 'self-assessment', code.publisher, input.period],
    },
    downloads: { pdf: `documents/${input.slug}/${input.period}/${base}.pdf`, docx: `documents/${input.slug}/${input.period}/${base}.docx` },
  };
}

export { compareIds } from '../model/provision-order.ts';
