import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Approval } from './assessment.ts';

const quote = (s: string) => JSON.stringify(s);

/** The approval block as YAML lines (two-space indent), with a comment saying how it was recorded. */
export function approvalYaml(a: Approval): string {
  const lines = [
    '# Recorded by `chc approve`: the hash binds the approval to the content approved; do not edit by hand.',
    'approval:',
    `  body: ${quote(a.body)}`,
    `  date: ${a.date}`,
  ];
  if (a.reference) lines.push(`  reference: ${quote(a.reference)}`);
  if (a.sha256) lines.push(`  sha256: ${a.sha256}`);
  if (a.files) {
    lines.push('  files:');
    for (const [k, v] of Object.entries(a.files)) lines.push(`    ${quote(k)}: ${v}`);
  }
  // One line: a short hash per answer, so check can name the provisions that changed after approval.
  // The landlord's details as approved (JSON is YAML), so a later year can say what changed.
  if (a.landlord) lines.push(`  landlord: ${JSON.stringify(a.landlord)}`);
  if (a.answers) lines.push(`  answers: {${Object.entries(a.answers).map(([k, v]) => `${quote(k)}: ${quote(v)}`).join(', ')}}`);
  // One line too: a short hash per provision of the Code data shown, so check can name what an update of it changed.
  if (a.code) lines.push(`  code: {${Object.entries(a.code).map(([k, v]) => `${quote(k)}: ${quote(v)}`).join(', ')}}`);
  return lines.join('\n') + '\n';
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
