import { posix } from 'node:path';
import type { Assessment, Landlord } from '../model/assessment.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { RULE_META, type RuleMeta } from './rules/catalogue.ts';

/**
 * The errors a draft may still have and be built, with the words its outputs show for each: the governing body
 * reviews the draft with its gaps shown ("Not answered", "Action and date to be set") before approving it. An
 * approved assessment cannot be built with any of them. From each rule's meta (`build: { gap }`); the table in
 * docs/build.md says the same, and a test holds the two together.
 */
export const DRAFT_GAPS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RULE_META as Record<string, RuleMeta>).flatMap(([id, m]) => (m.build && 'gap' in m.build ? [[id, m.build.gap]] : [])));

/**
 * Errors that never stop a build, with what build notes of each (`build: { never }`): a stale approval builds the
 * assessment as a draft again (DRAFT everywhere); an internal document cited without `internal: true` is treated
 * as internal all the same (nothing of it is public).
 */
export const NEVER_BLOCKS: ReadonlyMap<string, string> = new Map(
  Object.entries(RULE_META as Record<string, RuleMeta>).flatMap(([id, m]) => (m.build && 'never' in m.build ? [[id, m.build.never]] : [])));

/** What a build may do with the diagnostics of a check. */
export interface BuildPlanOfChecks {
  /** Assessments that cannot be built, by file, with the errors that stop each one. */
  blocked: Map<string, Diagnostic[]>;
  /** Errors on the tool's own data (its Code versions, mappings): nothing can be built. */
  fatal: Diagnostic[];
  /** Errors on files of no assessment (a misplaced file, a folder that is not a landlord's): the build goes on, and fails. */
  stray: Diagnostic[];
  /** The gaps of drafts, shown in their outputs. */
  gaps: Diagnostic[];
}

/**
 * Sorts the errors of a check by what they stop. An error on an assessment's file, or on a file in its period
 * folder, stops that assessment; one on a file elsewhere in a landlord's folder (landlord.yaml, evidence) stops
 * that landlord's assessments; one on the tool's data stops the build. One landlord's errors never stop another's.
 */
export function planOfChecks(diagnostics: Diagnostic[], landlords: Landlord[], drafts: ReadonlySet<string>): BuildPlanOfChecks {
  const plan: BuildPlanOfChecks = { blocked: new Map(), fatal: [], stray: [], gaps: [] };
  const ownerOf = ownersOf(landlords);
  const stop = (a: Assessment, d: Diagnostic) => {
    const list = plan.blocked.get(a.file) ?? [];
    if (!list.includes(d)) list.push(d);
    plan.blocked.set(a.file, list);
  };
  for (const d of diagnostics) {
    if (d.severity !== 'error' || NEVER_BLOCKS.has(d.rule)) continue;
    const { assessment: own, landlord } = ownerOf(d.file);
    if (own) {
      if (d.rule in DRAFT_GAPS && drafts.has(own.file)) plan.gaps.push(d);
      else stop(own, d);
      continue;
    }
    if (landlord && landlord.assessments.length > 0) {
      for (const a of landlord.assessments) stop(a, d);
    } else if (d.file.startsWith('code-versions/')) plan.fatal.push(d);
    else plan.stray.push(d);
  }
  // An assessment that is not built has no gaps to show.
  plan.gaps = plan.gaps.filter((d) => !plan.blocked.has(d.file));
  return plan;
}

/**
 * Whose a file is: the assessment whose period folder holds it (its assessment.yaml, its response), else the
 * landlord whose folder holds it (landlord.yaml, templates/, the shared evidence/), else no one's (the tool's
 * data, a folder that is not a landlord's). Found by walking up the file's folders, not by testing every one.
 */
export function ownersOf(landlords: Landlord[]): (file: string) => { assessment?: Assessment; landlord?: Landlord } {
  const folderOf = (file: string) => posix.dirname(file);
  const assessmentIn = new Map(landlords.flatMap((l) => l.assessments.map((a) => [folderOf(a.file), a] as const)));
  const landlordIn = new Map(landlords.map((l) => [folderOf(l.landlord.file), l] as const));
  const within = <T>(map: Map<string, T>, file: string): T | undefined => {
    for (let dir = folderOf(file); dir !== '.' && dir !== '/' && dir !== ''; dir = folderOf(dir)) {
      const hit = map.get(dir);
      if (hit) return hit;
    }
    return undefined;
  };
  return (file) => {
    const assessment = within(assessmentIn, file);
    const landlord = within(landlordIn, file);
    return { ...(assessment ? { assessment } : {}), ...(landlord ? { landlord } : {}) };
  };
}
