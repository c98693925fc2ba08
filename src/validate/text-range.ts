import type { Range } from '../model/diagnostic.ts';
import { lineIndex, locate, spanRange, type SourceMap } from '../model/assessment.ts';

const lineBreaks = new WeakMap<SourceMap, number>();

/**
 * How many characters end a line in this file: 1 ("\n") or 2 ("\r\n"). The source map keeps no text, so
 * this is read from the positions: some value (`code: "2024"`) always ends just before its line break, so the
 * smallest gap between a one-line value's end and the next line's start is the line break itself.
 */
function lineBreakLength(source: SourceMap): number {
  const known = lineBreaks.get(source);
  if (known !== undefined) return known;
  const starts = source.lineStarts;
  let gap = Infinity;
  for (const [s, e] of Object.values(source.values)) {
    const line = lineIndex(starts, s);
    const next = starts[line + 1];
    if (next === undefined || e <= s || e >= next) continue; // the last line, or a value over several lines
    gap = Math.min(gap, next - e);
    if (gap === 1) break;
  }
  const length = gap === 2 ? 2 : 1;
  lineBreaks.set(source, length);
  return length;
}

/**
 * The range, in the YAML source, of the characters [start, end) of the text value at `ptr` (a string
 * scalar, as parsed: `text`), so a diagnostic about one word of a long evidence points at that word.
 *
 * The source map keeps positions, not the file's text, so the place is worked out from the value's span
 * and line starts, for the two ways almost all texts are written: on one line (plain, or quoted without
 * escapes), and as a literal block (`|`, `|-`, `|+`), whose lines are the text's lines, each indented
 * alike. Anything else (folded `>` text, text running over several lines without `|`, escapes) gives
 * the value's own start, as before: never a wrong place.
 */
export function rangeInValue(source: SourceMap, ptr: string, text: string, start: number, end: number): Range {
  const span = source.values[ptr];
  const whole = (): Range => locate(source, ptr);
  if (!span || start < 0 || end < start || end > text.length) return whole();
  const [s, e] = span;
  const starts = source.lineStarts;
  const first = lineIndex(starts, s);
  const last = lineIndex(starts, Math.max(s, e - 1));

  if (first === last) {
    if (text.includes('\n')) return whole();
    const extra = e - s - text.length;
    const base = extra === 0 ? s : extra === 2 ? s + 1 : -1; // plain, or in quotes
    return base < 0 ? whole() : spanRange(source, [base + start, base + end]);
  }

  // A literal block: the header (`|`) on the first line, then the text's lines one for one, the span ending
  // where a line starts (a block takes its last line break; text over lines without `|` ends mid-line).
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  if (lines.length !== last - first || (starts[last + 1] !== undefined && e !== starts[last + 1])) return whole();
  const lengthOf = (i: number): number => (starts[i + 1] ?? e) - starts[i]!;
  const nl = lineBreakLength(source);
  let indent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const line = first + 1 + i;
    const room = lengthOf(line) - (starts[line + 1] === undefined ? 0 : nl) - lines[i]!.length;
    if (indent === undefined) indent = room;
    else if (room !== indent) return whole(); // not one line of text per line of source: folded, or plain over lines
  }
  if (indent === undefined || indent < 1) return whole();
  const at = (offset: number): number => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const column = offset - (before.lastIndexOf('\n') + 1);
    return starts[first + 1 + line]! + indent! + column;
  };
  // A range that runs past the end of its line stops there.
  const a = at(start);
  const lineEnd = text.indexOf('\n', start);
  const b = lineEnd !== -1 && lineEnd < end ? a + (lineEnd - start) : at(end);
  return spanRange(source, [a, b]);
}

/** The range of the characters [start, end) of a whole file's text (a markdown file), from its line starts. */
export function rangeInText(text: string, start: number, end: number): Range {
  const position = (offset: number): { line: number; column: number } => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const a = position(start);
  const b = position(Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
