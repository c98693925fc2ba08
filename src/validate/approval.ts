import type { Assessment } from '../model/assessment.ts';
import { contentManifest, manifestHash, type HashInput } from '../model/approval.ts';
import { fileOf, fileRefs, type Project } from '../load/read-project.ts';

const manifests = new WeakMap<Assessment, Record<string, string>>();

/**
 * The manifest of an assessment's current content (see contentManifest), computed once per loaded
 * assessment: check, its summary and the build all ask, and the files do not change within a run.
 */
export function currentManifest(project: Project, a: Assessment): Record<string, string> {
  const known = manifests.get(a);
  if (known) return known;
  const files: Record<string, HashInput> = {};
  for (const ref of fileRefs(a.raw)) {
    const info = fileOf(project, a, ref);
    files[ref] = info?.text !== undefined ? { text: info.text } : info?.bytes ? { bytes: info.bytes } : { missing: true };
  }
  const manifest = contentManifest(a.raw, files);
  manifests.set(a, manifest);
  return manifest;
}

/** Whether an assessment's approval still holds: no approval, an unbound (hand-written) one, or a hash that matches. */
export function approvalHolds(project: Project, a: Assessment): boolean {
  const sha = a.data?.approval?.sha256;
  return sha === undefined || manifestHash(currentManifest(project, a)) === sha;
}
