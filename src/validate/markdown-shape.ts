import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { LIMITS } from '../model/limits.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** What makes a markdown text too deep or too long to render: where, and what a message calls it. */
export interface ShapeProblem {
  /** Offset of the place in the text. */
  start: number;
  end: number;
  kind: 'depth' | 'headings';
  /** How deep, or how many headings. */
  count: number;
}

/** Container markers at a line's start: quotes, list items and their indentation. */
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** A line of nothing but list markers is a thematic break ("- - -"), not a list. */
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A cheap upper bound of how deep any line nests (its container markers and indentation, outside fenced code), the
 * line that nests most (its offset, and that bound), and the number of heading-like lines: most texts stop here.
 */
function estimate(text: string): { depth: number; headings: number; worst: { start: number; markers: number } } {
  let depth = 0;
  let headings = 0;
  let worst = { start: 0, markers: 0 };
  let fence: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const f = FENCE.exec(line)?.[1];
    if (f && (fence === undefined || f.startsWith(fence))) {
      fence = fence === undefined ? f[0]!.repeat(3) : undefined;
      continue;
    }
    if (fence !== undefined || BREAK.test(line)) continue;
    const prefix = PREFIX.exec(line)![0];
    const markers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const indent = prefix.length - prefix.trimStart().length;
    const here = 2 * markers + Math.ceil(indent / 2) + 8;
    if (here > depth) worst = { start, markers: here };
    depth = Math.max(depth, here);
    if (ATX.test(line) || SETEXT.test(line)) headings++;
  }
  return { depth, headings, worst };
}

/**
 * Whether a markdown text nests deeper than the renderers can follow (quotes and lists inside each other, as the
 * parsed tree's depth) or has more headings than a document has: both made builds fail with "Maximum call stack
 * size exceeded" where `check` said nothing. The tree is walked with a stack of its own, never by recursion.
 */
export function markdownShape(text: string): ShapeProblem[] {
  const rough = estimate(text);
  if (rough.depth <= LIMITS.markdownDepth && rough.headings <= LIMITS.markdownHeadings) return [];
  // A line of hundreds of nested markers, or indented hundreds of levels, is too deep whatever else it is, and
  // parsing it takes the parser seconds (its time grows with the square of the nesting): reported as it stands.
  if (rough.worst.markers > 4 * LIMITS.markdownDepth) {
    const line = text.slice(rough.worst.start, text.indexOf('\n', rough.worst.start) === -1 ? undefined : text.indexOf('\n', rough.worst.start));
    return [{ start: rough.worst.start, end: rough.worst.start + Math.min(line.length, 1), kind: 'depth', count: rough.worst.markers }];
  }
  const tree = parser.parse(text) as Root;
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
  return out;
}

/** A ShapeProblem as a message after the text's name. */
export function describeShape(p: ShapeProblem): string {
  return p.kind === 'depth'
    ? `nests ${p.count} levels deep (quotes or lists inside each other); at most ${LIMITS.markdownDepth} can be published`
    : `has ${p.count.toLocaleString('en-GB')} headings; at most ${LIMITS.markdownHeadings.toLocaleString('en-GB')} can be published`;
}
