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

/** The hash of a text file as an approval binds it: without a byte-order mark, with LF line ends. */
export function textHash(text: string): string {
  return sha256(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

/** A file's content for hashing: text is normalised (no BOM, LF line ends) so a checkout's line-end setting does not matter. */
export type HashInput = { text: string } | { bytes: Uint8Array } | { missing: true };

/** The name under which the assessment itself appears in the manifest. */
export const ASSESSMENT_ENTRY = 'assessment.yaml';

/** The entry of the approval record itself (body, date, reference, the landlord's details recorded). */
export const APPROVAL_ENTRY = 'approval';

/** The entry of the landlord's details (landlord.yaml), named as a file beside the period's folder. */
export const LANDLORD_ENTRY = '../landlord.yaml';

/** The entries of a landlord's templates (its own wording, its standing introduction), named as files beside the period's folder. */
export const TEMPLATE_ENTRIES = { messages: '../templates/messages.yaml', introduction: '../templates/introduction.md' } as const;

/** The approval record as bound: what the outputs print of it, and what next year's diff reads. */
export function approvalRecord(a: { body?: unknown; date?: unknown; reference?: unknown; landlord?: unknown }): string {
  return sha256(canonicalJson({ body: a.body, date: a.date, reference: a.reference, landlord: a.landlord }));
}

/**
 * What a year's "What changed" reads of the previous year: its answers (the file without its approval block),
 * and who approved it with the landlord's details it recorded.
 */
export function previousRecord(raw: unknown): string {
  const data = { ...(raw as Record<string, unknown>) };
  const approval = data.approval as { body?: unknown; landlord?: unknown } | undefined;
  delete data.approval;
  return sha256(canonicalJson({ data, approval: approval ? { body: approval.body, landlord: approval.landlord } : null }));
}

/** The key of each part of a Code version's data outside its provisions (title, form, sections). */
export const CODE_FORM_ENTRY = '*';

/**
 * A short hash (12 hex digits) of each provision of a Code version as the outputs show it (text, summary,
 * level…), and one of the rest (`*`): recorded with an approval, so a later change of the Code data can be named.
 */
export function codeDigests(code: { provisions: readonly { id: string }[] }): Record<string, string> {
  const { provisions, ...rest } = code;
  const out: Record<string, string> = { [CODE_FORM_ENTRY]: sha256(canonicalJson(rest)).slice(0, 12) };
  for (const p of [...provisions].sort((a, b) => compareIds(a.id, b.id))) out[p.id] = sha256(canonicalJson(p)).slice(0, 12);
  return out;
}

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
    manifest[ref] = 'missing' in f ? 'missing' : 'text' in f ? textHash(f.text) : sha256(f.bytes);
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
