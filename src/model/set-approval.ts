import { isMap, isPair, isScalar, LineCounter, parseDocument, stringify } from 'yaml';
import type { Approval } from './assessment.ts';

/** The longest line the approval block may have, so it reads in a pull request's diff. */
export const APPROVAL_LINE_WIDTH = 120;

/**
 * The approval block as block YAML (two-space indent, no line over 120 characters), with a comment saying how it
 * was recorded: the approval, then what it binds (`sha256`, `files`), then the landlord's details as approved, a
 * short hash of each answer and of each provision of the Code data, one per line, so a reviewer reads each change.
 * Written by the yaml library, which quotes every value that would otherwise read as something else ("1.2", a hash
 * of digits only).
 */
export function approvalYaml(a: Approval): string {
  const record: Record<string, unknown> = { body: a.body, date: a.date };
  if (a.reference) record.reference = a.reference;
  if (a.sha256) record.sha256 = a.sha256;
  if (a.files) record.files = a.files;
  if (a.landlord) record.landlord = a.landlord;
  if (a.answers) record.answers = a.answers;
  if (a.code) record.code = a.code;
  const body = stringify({ approval: record }, { indent: 2, lineWidth: APPROVAL_LINE_WIDTH, minContentWidth: 40, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `# Recorded by \`chc approve\`: the hash binds the approval to the content approved; do not edit by hand.\n${body}`;
}

/**
 * Writes an approval block into assessment.yaml's text, keeping everything else as the user wrote it:
 * an existing top-level `approval:` block (and the comment line chc put above it) is replaced; otherwise
 * the block goes before `governing_body_response:` or `responses:`, or at the end.
 */
export function setApproval(text: string, approval: Approval): string {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const block = approvalYaml(approval);
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const nextLine = (offset: number) => {
    const i = text.indexOf('\n', offset);
    return i === -1 ? text.length : i + 1;
  };
  if (!isMap(doc.contents)) return text + (text.endsWith('\n') ? '' : '\n') + block;
  const items = doc.contents.items.filter(isPair);
  const at = items.findIndex((p) => isScalar(p.key) && p.key.value === 'approval');
  if (at >= 0) {
    const key = items[at]!.key as { range?: [number, number, number] };
    let start = lineStart(key.range![0]);
    const before = text.slice(lineStart(Math.max(0, start - 1)), start);
    if (before.startsWith('# Recorded by `chc approve`')) start = lineStart(start - 1);
    const next = items[at + 1];
    let end = text.length;
    if (next) {
      const nk = next.key as { range?: [number, number, number] };
      end = lineStart(nk.range![0]);
      // Leave comment lines that belong to the next key where they are.
      while (end > start) {
        const prev = lineStart(end - 1);
        if (/^\s*(#.*)?$/.test(text.slice(prev, end - 1)) && !text.slice(prev, end).startsWith('# Recorded by')) end = prev;
        else break;
      }
      end = Math.max(end, nextLine(start));
    }
    return text.slice(0, start) + block + text.slice(end);
  }
  const anchor = items.find((p) => isScalar(p.key) && (p.key.value === 'governing_body_response' || p.key.value === 'responses'));
  if (!anchor) return text + (text.endsWith('\n') ? '' : '\n') + block;
  let pos = lineStart((anchor.key as { range: [number, number, number] }).range[0]);
  while (pos > 0) {
    const prev = lineStart(pos - 1);
    if (/^#/.test(text.slice(prev, pos))) pos = prev;
    else break;
  }
  return text.slice(0, pos) + block + text.slice(pos);
}
