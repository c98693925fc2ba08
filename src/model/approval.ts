import { compareIds } from './provision-order.ts';
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 of text or bytes, as lower-case hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A file's content for hashing: text is normalised (no BOM, LF line ends) so a checkout's line-end setting does not matter. */
export type HashInput = { text: string } | { bytes: Uint8Array } | { missing: true };

/** The name under which the assessment itself appears in the manifest. */
export const ASSESSMENT_ENTRY = 'assessment.yaml';

/**
 * The content an approval binds: the assessment's data without its approval block (so comments and
 * layout may change, the substance may not), and every file it names (the governing body's response and
 * evidence files), each by its SHA-256, keyed as the assessment names it.
 */
export function contentManifest(raw: unknown, files: Record<string, HashInput>): Record<string, string> {
  const data = { ...(raw as Record<string, unknown>) };
  delete data.approval;
  const manifest: Record<string, string> = { [ASSESSMENT_ENTRY]: sha256(canonicalJson(data)) };
  for (const ref of Object.keys(files).sort()) {
    const f = files[ref]!;
    manifest[ref] = 'missing' in f ? 'missing' : 'text' in f ? sha256(f.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')) : sha256(f.bytes);
  }
  return manifest;
}

/** The one hash recorded with an approval: the SHA-256 of the canonical manifest. */
export function manifestHash(manifest: Record<string, string>): string {
  return sha256(canonicalJson(manifest));
}

/** The entries of two manifests that differ (changed, added or removed), sorted. */
export function changedEntries(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

/**
 * A short hash (12 hex digits) of each response, by provision id, in Code order: recorded with an approval so a
 * stale approval can name the provisions whose answers changed. It is not part of the approved content's hash
 * (that covers the whole file): it only says where to look.
 */
export function answerDigests(responses: Record<string, unknown> | undefined): Record<string, string> {
  const ids = Object.keys(responses ?? {}).sort(compareIds);
  return Object.fromEntries(ids.map((id) => [id, sha256(canonicalJson(responses![id] ?? null)).slice(0, 12)]));
}

/** The provisions whose answers differ between two digests (changed, added or removed), in Code order. */
export function changedAnswers(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((id) => before[id] !== after[id]).sort(compareIds);
}
