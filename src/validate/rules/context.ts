import { diagnostic, type Diagnostic, type Severity } from '../../model/diagnostic.ts';
import { locate, type Assessment, type AssessmentData, type Landlord, type LandlordData } from '../../model/assessment.ts';
import type { CodeVersion, Provision } from '../../model/code-version.ts';
import type { Project } from '../../load/read-project.ts';

/** What a rule sees: one assessment with its Code version and landlord, and the project around it. */
export interface RuleContext {
  project: Project;
  assessment: Assessment;
  data: AssessmentData;
  /** The Code version the assessment names, when it names a valid one. */
  code: CodeVersion | undefined;
  /** Provisions of `code` by id. */
  provisions: Map<string, Provision>;
  landlord: LandlordData | undefined;
  /** Today, YYYY-MM-DD (injected: rules never read the clock). */
  today: string;
}

/** A rule: one check, named by its rule id, yielding diagnostics. */
export type Rule = (ctx: RuleContext) => Diagnostic[];

/** A rule about a landlord's own file (landlord.yaml), run once per landlord. */
export type LandlordRule = (ctx: { project: Project; landlord: Landlord }) => Diagnostic[];


/** Builds a diagnostic on the assessment's file. */
export function report(a: Assessment, ptr: string, severity: Severity, rule: string, message: string, hint: string, provision?: string, preferKey = false): Diagnostic {
  return diagnostic(a.file, locate(a.source, ptr, preferKey), severity, rule, message, hint, provision);
}

/** True when the text is present and not only whitespace. */
export function filled(s: unknown): boolean {
  return typeof s === 'string' ? s.trim() !== '' : typeof s === 'number';
}

/**
 * The responses the rules that judge an answer (n/a without a reason, no action, no evidence, an overdue
 * action) look at: those whose id is a provision of the Code (all of them when there is no usable Code to
 * tell). A response whose id the Code lacks is left to unknown-provision: that is the one thing to fix.
 */
export function judgedResponses(ctx: Pick<RuleContext, 'code' | 'provisions' | 'data'>): [string, NonNullable<AssessmentData['responses']>[string]][] {
  return Object.entries(ctx.data.responses ?? {}).filter(([id]) => !ctx.code || ctx.provisions.has(id));
}

/** A provision's label for messages: "5.13 (Stage 2 response time)". */
export function label(p: Provision | undefined, id: string): string {
  return p?.title ? `${id} (${p.title})` : id;
}
