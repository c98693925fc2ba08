import { posix } from 'node:path';
import type { Approval, Assessment, Landlord } from '../model/assessment.ts';
import { comparePeriods } from '../model/period.ts';
import {
  APPROVAL_ENTRY, approvalRecord, canonicalJson, codeDigests, contentManifest, LANDLORD_ENTRY, manifestHash, previousRecord, sha256, TEMPLATE_ENTRIES, textHash,
  type HashInput,
} from '../model/approval.ts';
import { type Project } from '../load/read-project.ts';
import { fileOf, fileRefs } from '../load/evidence-files.ts';
import { REPORT_FILE } from '../load/read-report.ts';

const manifests = new WeakMap<Assessment, Record<string, string>>();

/** The landlord whose folder holds an assessment. */
function landlordOf(project: Project, a: Assessment): Landlord | undefined {
  return project.landlords.find((l) => l.slug === a.landlord);
}

/**
 * The landlord's assessment before this one, as the build compares them in "What changed": the latest earlier
 * period that could be read.
 */
export function previousOf(project: Project, a: Assessment): Assessment | undefined {
  const earlier = (landlordOf(project, a)?.assessments ?? []).filter((x) => x.data && comparePeriods(x.period, a.period) < 0);
  return earlier.sort((x, y) => comparePeriods(x.period, y.period)).pop();
}

/** Whether an approval was recorded binding everything published (by `chc approve` since it did), not only the assessment and its files. */
export function bindsAll(approval: Approval | undefined): boolean {
  return approval?.files !== undefined && APPROVAL_ENTRY in approval.files;
}

/**
 * Everything an approval binds, each part by its SHA-256: the assessment without its approval block and every
 * file it names (`contentManifest`); the landlord's details (landlord.yaml, as data), logo and templates (its own wording, its standing introduction); the approval
 * record itself (`approval`: body, date, reference, the landlord's details recorded), so it cannot be edited by
 * hand; the previous period's answers that "What changed" compares (as `../<period>/assessment.yaml`); and the year's
 * annual complaints report, where there is one (`report.yaml`, as data, and the complaints log it names, by its text),
 * with every earlier year's that its trend prints (`../<period>/report.yaml` and its log).
 * The Code data is named apart (`codeDigests`): the Ombudsman's text, not the landlord's.
 */
export function bindingManifest(project: Project, a: Assessment, approval: Approval | undefined): Record<string, string> {
  const manifest = contentManifest(a.raw, filesOf(project, a));
  const l = landlordOf(project, a);
  manifest[LANDLORD_ENTRY] = sha256(canonicalJson(l?.landlord.raw ?? null));
  if (l?.logo) manifest[posix.join('..', l.logo.ref)] = l.logo.content ? sha256(l.logo.content) : 'missing';
  // The landlord's own wording and standing introduction are printed in every one of its assessments.
  const messages = l?.templates?.messages;
  if (messages) manifest[TEMPLATE_ENTRIES.messages] = sha256(canonicalJson(messages.raw ?? null));
  const intro = l?.templates?.introduction;
  if (intro) manifest[TEMPLATE_ENTRIES.introduction] = intro.text !== undefined ? textHash(intro.text) : 'missing';
  if (approval) manifest[APPROVAL_ENTRY] = approvalRecord(approval);
  const prev = previousOf(project, a);
  if (prev) manifest[`../${prev.period}/assessment.yaml`] = previousRecord(prev.raw);
  if (a.report) {
    reportEntries(manifest, a, '');
    // The report's trend prints every earlier year's figures: their report.yaml and log are bound too.
    for (const x of landlordOf(project, a)?.assessments ?? []) {
      if (x.report && comparePeriods(x.period, a.period) < 0) reportEntries(manifest, x, `../${x.period}/`);
    }
  }
  return Object.fromEntries(Object.entries(manifest).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** A year's report.yaml (as data) and the complaints log it names (by its text), under `prefix` (its folder from the approved one). */
function reportEntries(manifest: Record<string, string>, a: Assessment, prefix: string): void {
  manifest[`${prefix}${REPORT_FILE}`] = sha256(canonicalJson(a.report?.raw ?? null));
  const logRef = (a.report?.raw as { complaints_log?: { file?: unknown } } | undefined)?.complaints_log?.file;
  if (a.caseLog && typeof logRef === 'string') manifest[`${prefix}${logRef}`] = 'text' in a.caseLog ? textHash(a.caseLog.text) : 'missing';
}

/** The files an assessment names, as the loader read them. */
function filesOf(project: Project, a: Assessment): Record<string, HashInput> {
  const files: Record<string, HashInput> = {};
  for (const ref of fileRefs(a.raw)) {
    const info = fileOf(project, a, ref);
    files[ref] = info?.text !== undefined ? { text: info.text } : info?.bytes ? { bytes: info.bytes } : { missing: true };
  }
  return files;
}

/**
 * The manifest of an assessment's current content, in the form its approval was recorded in (computed once per
 * loaded assessment: check, its summary and the build all ask). An approval recorded by an older chc bound only
 * the assessment and its files: it is checked as it was recorded (and `approval-unbound` says what it leaves out).
 */
export function currentManifest(project: Project, a: Assessment): Record<string, string> {
  const known = manifests.get(a);
  if (known) return known;
  const approval = a.data?.approval ?? ((a.raw as { approval?: Approval } | undefined)?.approval);
  const manifest = approval?.sha256 !== undefined && !bindsAll(approval) ? contentManifest(a.raw, filesOf(project, a)) : bindingManifest(project, a, approval);
  manifests.set(a, manifest);
  return manifest;
}

/** The provisions (and `*`, the rest of the form) whose Code data differs from what the approval recorded, in Code order. */
export function codeChanges(project: Project, a: Assessment): string[] {
  const recorded = a.data?.approval?.code;
  const code = a.data ? project.codeVersions.get(String(a.data.code))?.data : undefined;
  if (!recorded || !code) return [];
  const now = codeDigests(code);
  return [...new Set([...Object.keys(recorded), ...Object.keys(now)])].filter((k) => recorded[k] !== now[k]);
}

/**
 * Whether an assessment's approval still holds: no approval, an unbound (hand-written) one, or a hash that
 * matches; and, with Code data given by --code-versions, that data as it was when approved (chc's own Code data
 * changing is a warning, `approval-code-changed`, not a new approval).
 */
export function approvalHolds(project: Project, a: Assessment): boolean {
  const sha = a.data?.approval?.sha256;
  if (sha === undefined) return true;
  if (manifestHash(currentManifest(project, a)) !== sha) return false;
  return !(project.customCode && codeChanges(project, a).length > 0);
}
