import type { Action } from '../model/assessment.ts';
import { say, type Wording } from '../model/wording.ts';
import type { AnswerStatus } from '../model/answer.ts';
import type { Change, LandlordChange } from '../diff/diff-assessments.ts';
import type { EvidenceHeading, Rich } from './markdown.ts';
import type { ReportData } from '../model/report.ts';
import type { YearFigures } from '../model/annual-figures.ts';

/** Which edition: `public` (the website) hides internal documents; `board` shows them, marked internal. */
export type Edition = 'public' | 'board';

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
  change: { kind: Change; from: string; fromStatus: AnswerStatus; previous: string[] } | null;
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
  /** As headings and At a glance name it: "Section 1: Definition of a complaint". */
  name: string;
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
  landlordChanges: { field: LandlordChange['field']; from: string; to: string }[];
  /** Provisions whose answer changed (not "unchanged"), in Code order. */
  items: { id: string; anchor: string; title: string | null; kind: Change; from: string; fromStatus: AnswerStatus; to: string; previous: string[] }[];
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
  /** The year's annual complaints report (8.1), where the period has a report.yaml whose figures could be worked out. */
  report: ReportView | null;
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

/** "2023-24" → "1 April 2023 to 31 March 2024". */
export function periodLabel(w: Wording, period: string): string {
  const y = Number(period.slice(0, 4));
  return say(w, 'period.label', { start: y, end: y + 1 });
}

/** A date as printed in documents: "12 June 2024". */
export function longDate(iso: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/**
 * The year's annual complaints performance and service improvement report (2024 Code 8.1), around the
 * self-assessment that is its part (a): the year's figures and TSMs (with last year's, where there is a report for
 * it), and the parts report.yaml gives in words, each as written or its `none` sentence.
 */
export interface ReportView {
  figures: YearFigures;
  /** Every earlier year's figures, where it has a report, newest first: the trend. */
  earlier: YearFigures[];
  /** How the homes were counted (the TSMs' denominator). */
  homesCounted: string;
  /** 8.1 (b), markdown. */
  analysis: Rich | null;
  tp09Survey: string | null;
  ombudsman: ReportData['ombudsman'];
  learning: ReportData['learning'];
  annualReport: ReportData['ombudsman_annual_report'];
  publications: ReportData['ombudsman_publications'];
}

/** An internal document in the public edition: nothing of it, not even its title (its label: documents.internalPublic). */
export function internalPublic(label: string): DocumentView {
  return { internal: true, title: null, url: null, file: null, section: null, page: null, label, href: null };
}

export { compareIds } from '../model/provision-order.ts';
