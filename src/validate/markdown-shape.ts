import { parseMarkdown } from '../load/parse-markdown.ts';
import type { Nodes, Root } from 'mdast';
import { LIMITS } from '../model/limits.ts';


/** What makes a markdown text too deep or too long to render: where, and what a message calls it. */
export interface ShapeProblem {
  /** Offset of the place in the text. */
  start: number;
  end: number;
  kind: 'depth' | 'headings' | 'columns';
  /** How deep, how many headings, or how many columns. */
  count: number;
}

/** Container markers at a line's start: quotes, list items and their indentation. */
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** A line of nothing but list markers is a thematic break ("- - -"), not a list. */
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A table's delimiter row: bars, dashes, colons and spaces only ("| --- | :-: |"). */
const DELIMITER_ROW = /^[|:\- \t]+$/;

/** What one pass over a text's lines finds: how deep it nests at most, its heading-like lines, and its blocks. */
export interface MarkdownStats {
  /** A cheap upper bound of how deep any line nests (its container markers and indentation, outside fenced code). */
  depth: number;
  headings: number;
  /** The line that nests most: its offset, and that bound. */
  worst: { start: number; markers: number };
  /**
   * The blocks the text makes, counted line by line: a paragraph or heading (a line after a blank line, or a
   * heading line), each list or quote marker, each fenced code block, and each `|` of a table row (a cell).
   * What the outputs are made of, so what a build's memory and time grow with.
   */
  blocks: number;
  /** The widest table, by the cells of its delimiter row (`|---|---|`), and where the table (its header row) starts. */
  widest: { start: number; columns: number };
}

const statsCache = new Map<string, MarkdownStats>();

/** One pass over the lines of a text (see MarkdownStats); remembered per text, as several rules ask. */
export function markdownStats(text: string): MarkdownStats {
  const hit = statsCache.get(text);
  if (hit) return hit;
  let depth = 0;
  let headings = 0;
  let blocks = 0;
  let blank = true;
  let worst = { start: 0, markers: 0 };
  let widest = { start: 0, columns: 0 };
  let fence: string | undefined;
  let offset = 0;
  let previous = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const last = previous;
    previous = start;
    const f = FENCE.exec(line)?.[1];
    if (f && (fence === undefined || f.startsWith(fence))) {
      if (fence === undefined) blocks++;
      fence = fence === undefined ? f[0]!.repeat(3) : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    if (line.trim() === '') { blank = true; continue; }
    if (BREAK.test(line)) { blocks++; blank = false; continue; }
    const prefix = PREFIX.exec(line)![0];
    const markers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const indent = prefix.length - prefix.trimStart().length;
    const here = 2 * markers + Math.ceil(indent / 2) + 8;
    if (here > depth) worst = { start, markers: here };
    depth = Math.max(depth, here);
    const heading = ATX.test(line) || SETEXT.test(line);
    if (heading) headings++;
    blocks += markers + (blank || markers > 0 || heading ? 1 : 0);
    if (line.includes('|')) {
      blocks += line.split('|').length - 1;
      const row = line.slice(prefix.length).trim();
      if (DELIMITER_ROW.test(row) && row.includes('-')) {
        const columns = row.replace(/^\|/, '').replace(/\|$/, '').split('|').length;
        // At the table's first line, its header row, the line before.
        if (columns > widest.columns) widest = { start: last, columns };
      }
    }
    blank = false;
  }
  const stats = { depth, headings, worst, blocks, widest };
  if (statsCache.size > 5000) statsCache.clear();
  statsCache.set(text, stats);
  return stats;
}

/**
 * Whether a markdown text nests deeper than the renderers can follow (quotes and lists inside each other, as the
 * parsed tree's depth) or has more headings than a document has: both made builds fail with "Maximum call stack
 * size exceeded" where `check` said nothing. The tree is walked with a stack of its own, never by recursion.
 */
export function markdownShape(text: string): ShapeProblem[] {
  const rough = markdownStats(text);
  const wide: ShapeProblem[] = rough.widest.columns > LIMITS.tableColumns
    ? [{ start: rough.widest.start, end: rough.widest.start + 1, kind: 'columns', count: rough.widest.columns }] : [];
  if (rough.depth <= LIMITS.markdownDepth && rough.headings <= LIMITS.markdownHeadings) return wide;
  // A line of hundreds of nested markers, or indented hundreds of levels, is too deep whatever else it is, and
  // parsing it takes the parser seconds (its time grows with the square of the nesting): reported as it stands.
  if (rough.worst.markers > 4 * LIMITS.markdownDepth) {
    const line = text.slice(rough.worst.start, text.indexOf('\n', rough.worst.start) === -1 ? undefined : text.indexOf('\n', rough.worst.start));
    return [{ start: rough.worst.start, end: rough.worst.start + Math.min(line.length, 1), kind: 'depth', count: rough.worst.markers }, ...wide];
  }
  const tree = parseMarkdown(text, { gfm: true });
  const stack: [Nodes, number][] = [[tree, 0]];
  let deepest: { node: Nodes; depth: number } | undefined;
  let headings = 0;
  let lastHeading: Nodes | undefined;
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (depth > LIMITS.markdownDepth && (!deepest || depth > deepest.depth)) deepest = { node: n, depth };
    if (n.type === 'heading') {
      headings++;
      if (headings === LIMITS.markdownHeadings + 1) lastHeading = n;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) stack.push([c, depth + 1]);
  }
  const out: ShapeProblem[] = [];
  const at = (n: Nodes) => ({ start: n.position?.start.offset ?? 0, end: n.position?.start.offset ?? 0 });
  if (deepest) out.push({ ...at(deepest.node), kind: 'depth', count: deepest.depth });
  if (lastHeading) out.push({ ...at(lastHeading), kind: 'headings', count: headings });
  return [...out, ...wide];
}

/** A ShapeProblem as a message after the text's name. */
export function describeShape(p: ShapeProblem): string {
  if (p.kind === 'columns') return `has a table of ${p.count} columns; at most ${LIMITS.tableColumns} can be printed (a Word table takes at most 63, and a page of A4 fits about 20 readable ones)`;
  return p.kind === 'depth'
    ? `nests ${p.count} levels deep (quotes or lists inside each other); at most ${LIMITS.markdownDepth} can be published`
    : `has ${p.count.toLocaleString('en-GB')} headings; at most ${LIMITS.markdownHeadings.toLocaleString('en-GB')} can be published`;
}
