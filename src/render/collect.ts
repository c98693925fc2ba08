import type { Assessment, Landlord } from '../model/assessment.ts';
import type { CodeVersion } from '../model/code-version.ts';
import type { Mapping } from '../model/mapping.ts';
import { diffAssessments, type AssessmentDiff } from '../diff/diff-assessments.ts';
import { buildAssessmentView, type AssessmentView, type Edition } from './view-model.ts';

/** One assessment ready to render: both editions of its view, and where it came from. */
export interface Renderable {
  landlord: Landlord;
  assessment: Assessment;
  diff: AssessmentDiff | null;
  views: Record<Edition, AssessmentView>;
}

/** What collecting needs from the loaded workspace (kept abstract so it stays pure). */
export interface CollectInput {
  landlords: Landlord[];
  codeOf(id: string): CodeVersion | undefined;
  mappingFor(from: string, to: string): Mapping | undefined;
  /** The governing body's response text for an assessment, when it names one that could be read. */
  responseText(a: Assessment): string | null;
  /** Whether an assessment's approval still holds. */
  approvalValid(a: Assessment): boolean;
  only?: { landlord?: string; period?: string };
  /** The date to record in documents instead of the assessment's (SOURCE_DATE_EPOCH). */
  documentDate?: string;
}

/**
 * Builds the views of every assessment selected: each diffed against the landlord's previous period
 * (through the Code mappings) and rendered in the public and the board edition.
 */
export function collectRenderables(input: CollectInput): Renderable[] {
  const out: Renderable[] = [];
  for (const l of input.landlords) {
    if (input.only?.landlord && l.slug !== input.only.landlord) continue;
    if (!l.landlord.data) continue;
    const sorted = [...l.assessments].filter((a) => a.data).sort((a, b) => (a.period < b.period ? -1 : 1));
    sorted.forEach((a, i) => {
      if (input.only?.period && a.period !== input.only.period) return;
      const code = input.codeOf(String(a.data!.code));
      if (!code) return;
      const prev = sorted[i - 1];
      let diff: AssessmentDiff | null = null;
      const prevCode = prev ? input.codeOf(String(prev.data!.code)) : undefined;
      const mapping = prev && prevCode ? input.mappingFor(prevCode.id, code.id) : undefined;
      if (prev && prevCode && mapping) {
        diff = diffAssessments(l.slug, { period: prev.period, code: prevCode, data: prev.data! }, { period: a.period, code, data: a.data! }, mapping);
      }
      const make = (edition: Edition) => buildAssessmentView({
        slug: l.slug, landlord: l.landlord.data!, period: a.period, code, data: a.data!, diff,
        responseText: input.responseText(a), edition, approvalValid: input.approvalValid(a),
        ...(input.documentDate ? { documentDate: input.documentDate } : {}),
      });
      out.push({ landlord: l, assessment: a, diff, views: { public: make('public'), board: make('board') } });
    });
  }
  return out;
}
