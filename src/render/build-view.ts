// Builds the view of one assessment (AssessmentView, view-model.ts) from its validated data, its Code, the diff
// against the previous period and the landlord's wording: the one model the site, the PDF and the DOCX render.
import { introductionText, type Action, type AssessmentData, type DocumentRef, type LandlordData } from '../model/assessment.ts';
import { say, statusLabel, type Wording } from '../model/wording.ts';
import { expectsOf, type CodeVersion } from '../model/code-version.ts';
import { actionState, answerStatus, isOverdue, lacksDatedAction } from '../model/answer.ts';
import type { AssessmentDiff, ProvisionDiff } from '../diff/diff-assessments.ts';
import { isSafeUrl, parseEvidence, parseRich, withoutRepeatedHeading, type EvidenceHeading, type Rich } from './markdown.ts';
import { findSection, splitHeading, type Outline } from '../model/outline.ts';
import { compareIds } from '../model/provision-order.ts';
import { citationPlace } from './citation-place.ts';
import { internalPublic, periodLabel, type Edition, type DocumentView, type EvidenceFile, type EvidenceView, type ActionView, type ProvisionView, type Counts, type SectionView, type ChangesView, type AssessmentView } from './view-model.ts';
import type { ReportData } from '../model/report.ts';
import type { YearFigures } from '../model/annual-figures.ts';


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
  /** The year's report.yaml and its figures (worked out by the caller, from the log where there is one), and every earlier year's, newest first. */
  report?: { data: ReportData; figures: YearFigures; earlier: YearFigures[] } | null;
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

function rich(text: string | number | undefined): Rich | null {
  if (text === undefined || String(text).trim() === '') return null;
  return parseRich(String(text));
}

function documentView(w: Wording, d: DocumentRef, edition: Edition, published: Map<string, EvidenceView>, files: Record<string, EvidenceFile>, isInternal: (d: DocumentRef) => boolean): DocumentView {
  const internal = isInternal(d);
  if (internal && edition === 'public') return internalPublic(say(w, 'documents.internalPublic'));
  const section = d.section === undefined ? null : String(d.section);
  const page = d.page === undefined ? null : String(d.page);
  const where = citationPlace(w, { section, page });
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
    label: `${d.title}${where ? ` (${where})` : ''}${internal ? say(w, 'documents.internalMark') : ''}`,
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

function changeOf(w: Wording, d: ProvisionDiff | undefined): ProvisionView['change'] {
  if (!d) return null;
  return { kind: d.change, from: statusLabel(w, d.status.from), fromStatus: d.status.from, previous: d.previous };
}

/**
 * Builds the one document model of an assessment in one edition. Pure: the same input gives the same
 * model, and the site, the PDF and the DOCX render nothing that is not in it.
 */
export function buildAssessmentView(input: ViewInput): AssessmentView {
  const { landlord, code, data, edition } = input;
  const w = input.wording;
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
        statusLabel: statusLabel(w, status),
        answer: rich(r?.answer),
        evidence: rich(r?.evidence),
        documents: (r?.documents ?? []).filter(Boolean).map((d) => documentView(w, d, edition, published, files, isInternal)),
        commentary: rich(r?.commentary),
        actions,
        actionToBeSet: lacksDatedAction(r),
        carriedNotReviewed: r?.needs_review !== undefined,
        change: changeOf(w, diffs.get(p.id)),
      });
    }
    const groups: SectionView['groups'] = [];
    if (data.layout === 'must-should') {
      // The 2022 Code's own form: per section, a table of its musts, then one of its shoulds.
      for (const [level, title] of [['must', say(w, 'table.must')], ['should', say(w, 'table.should')]] as const) {
        const these = provisions.filter((p) => p.level === level);
        if (these.length) groups.push({ stage: null, title, provisions: these });
      }
      sections.push({ id: s.id, anchor: `section-${s.id}`, title: s.title, name: say(w, 'section.name', { id: s.id, title: s.title }), counts, groups });
      continue;
    }
    for (const p of provisions) {
      const last = groups.at(-1);
      if (last && last.stage === p.stage) last.provisions.push(p);
      else groups.push({ stage: p.stage, title: p.stage !== null ? (s.stages?.find((x) => x.id === p.stage)?.title ?? `Stage ${p.stage}`) : null, provisions: [p] });
    }
    sections.push({ id: s.id, anchor: `section-${s.id}`, title: s.title, name: say(w, 'section.name', { id: s.id, title: s.title }), counts, groups });
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
      from: statusLabel(w, p.status.from),
      fromStatus: p.status.from,
      to: statusLabel(w, p.status.to),
      previous: p.previous,
    })),
    landlordChanges: d.landlord_changes
      .filter((c) => c.field !== 'approval.body' || (data.approval !== undefined && input.approvalValid))
      .map((c) => (Array.isArray(c.from) && Array.isArray(c.to)
        ? { field: c.field, from: andList(c.from), to: andList(c.to) }
        : { field: c.field, from: String(c.from), to: String(c.to) })),
    codeChanges: d.summary.code_changes.map((c) => {
      const [fromCode = d.from.code, toCode = d.to.code] = c.step.split('→');
      return { step: c.step, fromCode, toCode, from: c.from, to: c.to, note: c.note };
    }),
    dropped: d.dropped.map((x) => ({ id: x.id, title: x.title, status: statusLabel(w, x.status) })),
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
    periodLabel: periodLabel(w, input.period),
    code: { id: code.id, title: code.title, publisher: code.publisher, inForce: code.in_force, formTitle: code.form.title, statutory: code.statutory === true },
    assessedOn: data.assessed_on,
    approval,
    covers: data.covers ?? [],
    // A first heading that only repeats the part's own ("# Cabinet's response") is left out.
    introduction: under(say(input.wording, 'heading.introduction'), rich(introductionText(data.introduction, input.standingIntroduction ?? undefined))),
    response: under(say(input.wording, 'heading.response', { body: governingBody }), rich(input.responseText ?? undefined)),
    report: input.report ? {
      figures: input.report.figures,
      earlier: input.report.earlier,
      homesCounted: input.report.data.homes.counted,
      analysis: rich(input.report.data.analysis),
      tp09Survey: input.report.data.tp09?.survey ?? null,
      ombudsman: input.report.data.ombudsman,
      learning: input.report.data.learning,
      annualReport: input.report.data.ombudsman_annual_report,
      publications: input.report.data.ombudsman_publications,
    } : null,
    totals,
    sections,
    changes,
    openActions,
    wording: input.wording,
    evidence: [...published.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    meta: {
      title: say(w, input.report ? 'meta.reportTitle' : 'meta.title', { landlord: landlord.name, period: input.period }),
      subject: say(w, 'meta.subject', { publisher: code.publisher, code: code.title, id: code.id }),
      author: landlord.name,
      lang: 'en-GB',
      date: input.documentDate ?? approval?.date ?? data.assessed_on,
      keywords: [...say(w, 'meta.keywords').split(';').map((k) => k.trim()).filter(Boolean), code.publisher, input.period],
    },
    downloads: { pdf: `documents/${input.slug}/${input.period}/${base}.pdf`, docx: `documents/${input.slug}/${input.period}/${base}.docx` },
  };
}

