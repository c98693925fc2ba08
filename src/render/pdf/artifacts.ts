// Page content that is not part of the document's structure, marked as such (PDF/UA: "content shall be marked as
// Artifact or tagged as real content"). Chromium tags what its accessibility tree holds and leaves the rest unmarked:
// the footer, the DRAFT watermark, the page's background, the chart drawn for the eye (its numbers are in the table
// after it), the addresses print.css prints after links (the link's own structure element carries the address).
// Every run of such operators is wrapped in `/Artifact BMC … EMC`, nested as the format requires: an artifact
// opened inside a text object (BT … ET) closes inside it, and one opened outside it closes before a text object
// that holds tagged content. Pure: a page's decoded content stream in, the same with its artifacts marked out.
// Skia writes one operator to a line, its strings in hex: the stream is read line by line.

import { OPENS_MARKED_CONTENT as OPENS } from './pdf-syntax.ts';

const CLOSES = /^EMC$/;

/** Whether the text object that starts at line `i` (a BT) holds tagged content before its ET. */
function textObjectHoldsTags(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!.trim();
    if (l === 'ET') return false;
    if (OPENS.test(l)) return true;
  }
  return false;
}

export function markArtifacts(content: string): string {
  const lines = content.split('\n');
  const out: string[] = [];
  let depth = 0;
  let inText = false;
  // Where the open artifact began: 'text' inside a text object, 'page' outside one; null when none is open.
  let open: 'text' | 'page' | null = null;
  const close = () => {
    if (open) out.push('EMC');
    open = null;
  };
  lines.forEach((raw, i) => {
    const l = raw.trim();
    if (l === '') {
      out.push(raw);
      return;
    }
    if (OPENS.test(l)) {
      if (depth === 0) close();
      depth++;
      out.push(raw);
      return;
    }
    if (CLOSES.test(l)) {
      depth = Math.max(0, depth - 1);
      out.push(raw);
      return;
    }
    if (depth > 0) {
      if (l === 'BT') inText = true;
      else if (l === 'ET') inText = false;
      out.push(raw);
      return;
    }
    if (l === 'BT') {
      // A text object with tagged content in it: an artifact from outside must not reach into it.
      if (open === 'page' && textObjectHoldsTags(lines, i)) close();
      inText = true;
      out.push(raw);
      return;
    }
    if (l === 'ET') {
      if (open === 'text') close();
      inText = false;
      out.push(raw);
      return;
    }
    if (!open) {
      out.push('/Artifact BMC');
      open = inText ? 'text' : 'page';
    }
    out.push(raw);
  });
  close();
  return out.join('\n');
}
