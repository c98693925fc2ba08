/**
 * Edits a text as if its lines ended with LF, and keeps its own line endings: the lines the edit leaves alone
 * stay byte for byte as they were, and the lines it writes end as most of the file's lines do (CRLF or LF).
 */
export function editKeepingLineEndings(text: string, edit: (lf: string) => string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lfOnly = (text.match(/\n/g) ?? []).length - crlf;
  if (crlf === 0) return edit(text);
  const eol = crlf > lfOnly ? '\r\n' : '\n';
  const lf = text.replace(/\r\n/g, '\n');
  const out = edit(lf);
  // The edit replaced lf[start, lf.length - tail) with out[start, out.length - tail).
  let start = 0;
  const max = Math.min(lf.length, out.length);
  while (start < max && lf[start] === out[start]) start++;
  let tail = 0;
  while (tail < max - start && lf[lf.length - 1 - tail] === out[out.length - 1 - tail]) tail++;
  // Where an offset into the LF text falls in the original (each CRLF is one character longer there).
  const original = (offset: number): number => {
    let i = 0;
    for (let seen = 0; seen < offset; seen++) i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    return i;
  };
  const middle = out.slice(start, out.length - tail).replace(/\n/g, eol);
  return text.slice(0, original(start)) + middle + text.slice(original(lf.length - tail));
}
