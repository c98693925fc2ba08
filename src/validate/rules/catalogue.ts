import { pathToFileURL } from 'node:url';
import type { Severity } from '../../model/diagnostic.ts';
import { TOOL_ROOT } from '../../load/read-project.ts';

/**
 * What a rule is, beside the check it makes (in the manner of eslint's and stylelint's rule meta): the phase that
 * reports it, its severities, whether it judges answers, and what its problems stop. `chc build` and `chc approve`
 * read what they stop from here (build-policy.ts, commands/approve.ts); each rule has its row in docs/check.md
 * (`url`), and a test holds the three together (tests/validate/catalogue.test.ts).
 */
export interface RuleMeta {
  /** Where it is found: reading a file (`load`), its JSON Schema, the rules on each assessment, or on each landlord. */
  phase: 'load' | 'schema' | 'assessment' | 'landlord';
  /** The severities it reports with (missing-response: an error for a "must", a warning for a "should"). */
  severities: readonly Severity[];
  /**
   * It judges an answer to a provision: it looks only at responses whose id the Code has (`judgedResponses`), so
   * a response with an unknown id gets the one problem to fix, `unknown-provision`.
   */
  judgesAnswers?: true;
  /**
   * What its errors do to `chc build`: by default they stop the assessment (or, on a landlord's file, the
   * landlord's assessments). `gap`: a draft is built with it shown in its outputs as these words (the governing
   * body reviews the draft with its gaps before approving it), an approved assessment is not. `never`: it never
   * stops a build, and build notes it, ending with these words.
   */
  build?: { gap: string } | { never: string };
  /**
   * What it does to `chc approve`: by default its errors stop it and its warnings do not. `blocks`: it stops it as
   * a warning too. `replaced`: it concerns the approval record itself, which approve writes anew, so it never stops it.
   */
  approve?: 'blocks' | 'replaced';
}

/** Every rule id chc can report, with its meta. */
export const RULE_META = {
  // Reading the files.
  'yaml-syntax': { phase: 'load', severities: ['error', 'warning'] },
  'duplicate-key': { phase: 'load', severities: ['error'] },
  'comment-in-text': { phase: 'load', severities: ['warning'] },
  'encoding': { phase: 'load', severities: ['error'] },
  'file-too-large': { phase: 'load', severities: ['error'] },
  'missing-file': { phase: 'load', severities: ['error', 'warning'] },
  'document-not-found': { phase: 'assessment', severities: ['error'] },
  // The JSON Schemas.
  'schema': { phase: 'schema', severities: ['error'] },
  'too-large': { phase: 'schema', severities: ['error'] },
  // Each assessment.
  'period-mismatch': { phase: 'assessment', severities: ['error'] },
  'unknown-code': { phase: 'assessment', severities: ['error'] },
  'unknown-provision': { phase: 'assessment', severities: ['error'] },
  'missing-response': { phase: 'assessment', severities: ['error', 'warning'], build: { gap: 'Not answered' } },
  'unjustified-na': { phase: 'assessment', severities: ['error'], judgesAnswers: true },
  'missing-action': { phase: 'assessment', severities: ['error'], judgesAnswers: true, build: { gap: 'Action and date to be set' } },
  'overdue-action': { phase: 'assessment', severities: ['warning'], judgesAnswers: true },
  'no-evidence': { phase: 'assessment', severities: ['warning'], judgesAnswers: true },
  'case-log': { phase: 'assessment', severities: ['error', 'warning'] },
  'report-figures': { phase: 'assessment', severities: ['error', 'warning'] },
  'section-not-found': { phase: 'assessment', severities: ['error'] },
  'superseded-code': { phase: 'assessment', severities: ['warning'] },
  'code-not-in-force': { phase: 'assessment', severities: ['warning'] },
  'approval-date': { phase: 'assessment', severities: ['error'], approve: 'replaced' },
  'assessed-on': { phase: 'assessment', severities: ['warning'] },
  'needs-review': { phase: 'assessment', severities: ['warning'], approve: 'blocks' },
  'approval-stale': { phase: 'assessment', severities: ['error'], build: { never: 'built as a DRAFT' }, approve: 'replaced' },
  'approval-unbound': { phase: 'assessment', severities: ['warning'], approve: 'replaced' },
  'approval-code-changed': { phase: 'assessment', severities: ['warning'] },
  'response-missing': { phase: 'assessment', severities: ['warning'] },
  'unsafe-url': { phase: 'assessment', severities: ['error'] },
  'unsafe-markdown': { phase: 'assessment', severities: ['warning'] },
  'personal-data': { phase: 'assessment', severities: ['warning'] },
  'internal-unmarked': { phase: 'assessment', severities: ['error'], build: { never: 'built as internal: the public edition shows nothing of it' } },
  'markdown-too-deep': { phase: 'assessment', severities: ['error'] },
  'markdown-too-large': { phase: 'assessment', severities: ['error'] },
  'table-too-wide': { phase: 'assessment', severities: ['error'] },
  'member-responsible': { phase: 'assessment', severities: ['warning'] },
  // Each landlord.
  'unsafe-svg': { phase: 'landlord', severities: ['error'] },
  'reserved-name': { phase: 'landlord', severities: ['error'] },
  'template-placeholder': { phase: 'landlord', severities: ['error'] },
  'governing-body': { phase: 'landlord', severities: ['warning'] },
  'brand-contrast': { phase: 'landlord', severities: ['warning'] },
} as const satisfies Record<string, RuleMeta>;

/** A rule id chc can report. */
export type RuleId = keyof typeof RULE_META;

/** The meta of a rule id (undefined for an id chc does not have). */
export function ruleMeta(id: string): RuleMeta | undefined {
  return Object.hasOwn(RULE_META, id) ? (RULE_META as Record<string, RuleMeta>)[id] : undefined;
}

/** Where the documentation of the rules is: docs/check.md of this copy of chc, each rule at its anchor `rule-<id>`. */
const DOCS = pathToFileURL(`${TOOL_ROOT}docs/check.md`).href;

/** The address of a rule's documentation (its row in docs/check.md). */
export function ruleUrl(id: string): string {
  return `${DOCS}#rule-${id}`;
}
