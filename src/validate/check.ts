import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.ts';
import type { CodeVersion, Provision } from '../model/code-version.ts';
import { answerStatus } from '../model/answer.ts';
import type { Assessment, Comply, Landlord } from '../model/assessment.ts';
import type { Project } from '../load/read-project.ts';
import { applySchemas } from './apply-schemas.ts';
import { approvalHolds } from './approval.ts';
import { LANDLORD_RULES, RULES, type RuleContext } from './rules/index.ts';
import { ownersOf } from './build-policy.ts';

/** Options for a check: the clock is passed in, never read. */
export interface CheckOptions {
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** How complete one assessment is, for the summary line and the job summary. */
export interface AssessmentSummary {
  landlord: string;
  period: string;
  code: string | null;
  file: string;
  /** False when the file could not be read as an assessment at all (not YAML, empty…): nothing else is known. */
  readable: boolean;
  approved: boolean;
  must: { answered: number; total: number };
  should: { answered: number; total: number };
  comply: Record<Comply, number>;
  /** Figure and narrative questions (2020 form) answered. */
  answers: number;
  errors: number;
  warnings: number;
}

/** The problems on a landlord's own files (landlord.yaml, templates/, the shared evidence/), outside any period's folder. */
export interface LandlordSummary {
  landlord: string;
  errors: number;
  warnings: number;
}

/**
 * The outcome of checking a project: every diagnostic, sorted; a summary per assessment; the counts on each
 * landlord's own files; and those on files of no landlord (the tool's data, a folder that is not a landlord's).
 * Each diagnostic is counted once, where its file is, so the totals are the sums of the parts.
 */
export interface CheckResult {
  diagnostics: Diagnostic[];
  assessments: AssessmentSummary[];
  landlords?: LandlordSummary[];
  elsewhere?: { errors: number; warnings: number };
}

/** The Code version an assessment names, when it loaded cleanly. */
export function codeOf(project: Project, a: Assessment): CodeVersion | undefined {
  const id = a.data?.code;
  return id === undefined ? undefined : project.codeVersions.get(String(id))?.data;
}

/**
 * Validates a loaded project: schemas first, then every rule on every assessment. Collects all
 * problems from all files in one pass; never throws for bad data.
 */
export function checkProject(project: Project, options: CheckOptions): CheckResult {
  const diagnostics = [...project.diagnostics, ...applySchemas(project)];
  const summaries: AssessmentSummary[] = [];
  for (const l of project.landlords) {
    if (l.landlord.data) for (const rule of Object.values(LANDLORD_RULES)) diagnostics.push(...rule({ project, landlord: l }));
    for (const a of l.assessments) {
      if (a.data) {
        const code = codeOf(project, a);
        const ctx: RuleContext = {
          project,
          assessment: a,
          data: a.data,
          code,
          provisions: new Map<string, Provision>((code?.provisions ?? []).map((p) => [p.id, p])),
          landlord: l.landlord.data,
          today: options.today,
        };
        for (const rule of Object.values(RULES)) diagnostics.push(...rule(ctx));
      }
      summaries.push(summarise(project, a));
    }
  }
  diagnostics.sort(compareDiagnostics);
  return countedByOwner({ diagnostics: withoutRepeats(diagnostics), assessments: summaries }, project.landlords);
}

/**
 * Counts each diagnostic once, under whose file it is on (see ownersOf): an assessment (its period folder), else
 * its landlord, else elsewhere. A problem several assessments share (a response or landlord.yaml they all read) is
 * one problem, counted where it is to be fixed.
 */
export function countedByOwner(result: CheckResult, landlords: Landlord[]): CheckResult {
  const ownerOf = ownersOf(landlords);
  const zero = () => ({ errors: 0, warnings: 0 });
  const byAssessment = new Map<string, { errors: number; warnings: number }>();
  const byLandlord = new Map<string, { errors: number; warnings: number }>(landlords.map((l) => [l.slug, zero()]));
  const elsewhere = zero();
  const bucketOf = (file: string) => {
    const { assessment, landlord } = ownerOf(file);
    if (!assessment) return landlord ? byLandlord.get(landlord.slug)! : elsewhere;
    let counts = byAssessment.get(assessment.file);
    if (!counts) byAssessment.set(assessment.file, (counts = zero()));
    return counts;
  };
  for (const d of result.diagnostics) {
    if (d.severity === 'info') continue;
    const bucket = bucketOf(d.file);
    if (d.severity === 'error') bucket.errors++;
    else bucket.warnings++;
  }
  return {
    ...result,
    assessments: result.assessments.map((s) => ({ ...s, ...(byAssessment.get(s.file) ?? zero()) })),
    landlords: [...byLandlord].map(([landlord, c]) => ({ landlord, ...c })),
    elsewhere,
  };
}

/**
 * A sorted list without exact repeats: a file two assessments share (one governing body's response named
 * by both) is read by the rules of each, but its problems are reported once.
 */
function withoutRepeats(sorted: Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(sorted[i - 1]!, d) !== 0 || sorted[i - 1]!.provision !== d.provision ||
    sorted[i - 1]!.endLine !== d.endLine || sorted[i - 1]!.endColumn !== d.endColumn || sorted[i - 1]!.hint !== d.hint);
}

/** An assessment's answers counted; its errors and warnings are counted afterwards, once each (countedByOwner). */
function summarise(project: Project, a: Assessment): AssessmentSummary {
  const code = codeOf(project, a);
  const s: AssessmentSummary = {
    landlord: a.landlord,
    period: a.period,
    code: a.data?.code !== undefined ? String(a.data.code) : null,
    file: a.file,
    readable: a.data !== undefined,
    approved: a.data?.approval !== undefined && approvalHolds(project, a),
    must: { answered: 0, total: 0 },
    should: { answered: 0, total: 0 },
    comply: { yes: 0, partial: 0, no: 0, 'n/a': 0 },
    answers: 0,
    errors: 0,
    warnings: 0,
  };
  const responses = a.data?.responses ?? {};
  for (const p of code?.provisions ?? []) {
    const status = answerStatus(p, responses[p.id]);
    s[p.level].total++;
    if (status === 'unanswered') continue;
    s[p.level].answered++;
    if (status === 'answered') s.answers++;
    else s.comply[status]++;
  }
  return s;
}
