import type { Assessment, Landlord } from '../model/assessment.ts';
import type { CodeVersion } from '../model/code-version.ts';
import type { Mapping } from '../model/mapping.ts';
import { diffAssessments, type AssessmentDiff } from '../diff/diff-assessments.ts';
import { buildAssessmentView } from './build-view.ts';
import type { AssessmentView, Edition, EvidenceFile } from './view-model.ts';
import { titleKey } from '../model/title-key.ts';
import { pageNames } from '../model/page-names.ts';
import { fileRefs } from '../load/evidence-files.ts';
import type { Wording } from '../model/wording.ts';
import type { ReportData } from '../model/report.ts';
import type { YearFigures } from '../model/annual-figures.ts';

/** One assessment ready to render: both editions of its view, and where it came from. */
export interface Renderable {
  landlord: Landlord;
  assessment: Assessment;
  diff: AssessmentDiff | null;
  views: Record<Edition, AssessmentView>;
  /**
   * The paths (inside the landlord's folder) of the landlord's public markdown evidence files, as this run found
   * them: a narrowed build keeps, of another assessment's published evidence, only these (never one now internal).
   */
  publicEvidence: string[];
}

/** What collecting needs from the loaded workspace (kept abstract so it stays pure). */
export interface CollectInput {
  landlords: Landlord[];
  codeOf(id: string): CodeVersion | undefined;
  mappingFor(from: string, to: string): Mapping | undefined;
  /** The governing body's response text for an assessment, when it names one that could be read. */
  responseText(a: Assessment): string | null;
  /**
   * A markdown evidence file an assessment cites by `file:`, when it could be read inside the landlord's folder:
   * its path there ("evidence/complaints-policy.md") and its text (front matter removed); otherwise null.
   */
  evidenceFile(a: Assessment, ref: string): { path: string; text: string } | null;
  /**
   * The sentences of a landlord's outputs (the tool's, with its own in their place) and its standing introduction
   * (front matter removed), if it has one.
   */
  templatesOf(l: Landlord): { wording: Wording; introduction: string | null };
  /** Whether an assessment's approval still holds. */
  approvalValid(a: Assessment): boolean;
  /**
   * What is internal over a landlord's assessments (see `internalDocuments`): whether a citation names an internal
   * document, the titles marked internal, and whether no page may be published for any of its documents (an
   * assessment whose citations cannot be read). Without it, only each citation's own flag counts.
   */
  internalOf?(l: Landlord): { cites(a: Assessment, ref: string): boolean; titles: string[]; noPages: boolean };
  only?: { landlord?: string; period?: string };
  /** Assessments not to render (those a build refuses): no view is made of them, so nothing of them can fail. */
  skip?(a: Assessment): boolean;
  /** The date to record in documents instead of the assessment's (SOURCE_DATE_EPOCH). */
  documentDate?: string;
  /** The year's annual report and its figures, where the period has a report.yaml whose figures can be worked out. */
  reportOf?(a: Assessment): { data: ReportData; figures: YearFigures } | null;
}

/**
 * Builds the views of every assessment selected: each diffed against the landlord's previous period
 * (through the Code mappings) and rendered in the public and the board edition.
 */
export function collectRenderables(input: CollectInput): Renderable[] {
  const out: Renderable[] = [];
  // A year's report, with the figures of every earlier year that has one (newest first): its trend. Each year's
  // figures are worked out once, though both editions of it and every later year show them.
  const worked = new Map<Assessment, ReturnType<NonNullable<CollectInput['reportOf']>>>();
  const figuresOf = (a: Assessment) => {
    if (!worked.has(a)) worked.set(a, input.reportOf?.(a) ?? null);
    return worked.get(a)!;
  };
  const reportOf = (a: Assessment, earlier: Assessment[]) => {
    const now = figuresOf(a);
    if (!now) return null;
    return { ...now, earlier: [...earlier].reverse().flatMap((x) => { const r = figuresOf(x); return r ? [r.figures] : []; }) };
  };
  for (const l of input.landlords) {
    if (input.only?.landlord && l.slug !== input.only.landlord) continue;
    if (!l.landlord.data) continue;
    const sorted = [...l.assessments].filter((a) => a.data).sort((a, b) => (a.period < b.period ? -1 : 1));
    const internal = input.internalOf?.(l);
    const templates = input.templatesOf(l);
    const evidence = publicEvidenceOf(sorted, input, internal);
    sorted.forEach((a, i) => {
      if (input.only?.period && a.period !== input.only.period) return;
      if (input.skip?.(a)) return;
      const code = input.codeOf(String(a.data!.code));
      if (!code) return;
      const prev = sorted[i - 1];
      let diff: AssessmentDiff | null = null;
      const prevCode = prev ? input.codeOf(String(prev.data!.code)) : undefined;
      const mapping = prev && prevCode ? input.mappingFor(prevCode.id, code.id) : undefined;
      if (prev && prevCode && mapping) {
        diff = diffAssessments(l.slug, { period: prev.period, code: prevCode, data: prev.data! }, { period: a.period, code, data: a.data!, landlord: l.landlord.data! }, mapping);
      }
      const make = (edition: Edition) => buildAssessmentView({
        slug: l.slug, landlord: l.landlord.data!, period: a.period, code, data: a.data!, diff,
        responseText: input.responseText(a), wording: templates.wording, standingIntroduction: templates.introduction, edition, approvalValid: input.approvalValid(a),
        ...(input.documentDate ? { documentDate: input.documentDate } : {}),
        evidence: evidence.files.get(a) ?? {},
        ...(internal ? { internal: { refs: fileRefs(a.raw).filter((ref) => internal.cites(a, ref)) } } : {}),
        report: reportOf(a, sorted.slice(0, i)),
      });
      out.push({ landlord: l, assessment: a, diff, views: { public: make('public'), board: make('board') }, publicEvidence: evidence.public });
    });
  }
  return out;
}

/**
 * A landlord's public markdown evidence files: those cited with `file:` that no citation in any of its assessments
 * marks internal (nor cites, marked internal, under the same title), each with a page name unique within the
 * landlord (its stem, or its whole path when two files share a stem); and, per assessment, those it cites by reference.
 */
function publicEvidenceOf(assessments: Assessment[], input: CollectInput, internal?: ReturnType<NonNullable<CollectInput['internalOf']>>): { public: string[]; files: Map<Assessment, Record<string, EvidenceFile>> } {
  if (internal?.noPages) return { public: [], files: new Map() };
  const cited: { a: Assessment; ref: string; path: string; text: string; title: string }[] = [];
  const internalPaths = new Set<string>();
  const internalTitles = new Set<string>();
  for (const a of assessments) {
    for (const r of Object.values(a.data?.responses ?? {})) {
      for (const d of r?.documents ?? []) {
        if (!d) continue;
        if (d.internal === true && typeof d.title === 'string') internalTitles.add(titleKey(d.title));
        if (typeof d.file !== 'string') continue;
        const f = input.evidenceFile(a, d.file);
        if (!f) continue;
        if (d.internal === true || internal?.cites(a, d.file)) internalPaths.add(f.path);
        cited.push({ a, ref: d.file, path: f.path, text: f.text, title: typeof d.title === 'string' ? d.title : '' });
      }
    }
  }
  for (const t of internal?.titles ?? []) internalTitles.add(t);
  for (const c of cited) if (internalTitles.has(titleKey(c.title))) internalPaths.add(c.path);
  const paths = [...new Set(cited.map((c) => c.path))].filter((p) => !internalPaths.has(p)).sort();
  const slugs = pageNames(paths);
  const files = new Map<Assessment, Record<string, EvidenceFile>>();
  for (const c of cited) {
    const slug = slugs.get(c.path);
    if (slug === undefined) continue;
    const mine = files.get(c.a) ?? {};
    mine[c.ref] = { path: c.path, slug, text: c.text };
    files.set(c.a, mine);
  }
  return { public: paths, files };
}
