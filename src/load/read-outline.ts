import { parseMarkdown } from './parse-markdown.ts';
import type { Heading as MdHeading, Root, RootContent, PhrasingContent } from 'mdast';
import { splitHeading, type Heading, type Outline } from '../model/outline.ts';


/** Strips a leading YAML front matter block ("---" … "---"), keeping line numbers. */
export function stripFrontMatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return m ? m[0].replace(/[^\n]/g, '') + text.slice(m[0].length) : text;
}

function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');
}

/**
 * The text of inline markdown as remark gives it: emphasis markers, link targets and escapes removed. Each span is
 * looked for within a bounded length (a heading's link or emphasis is short): unbounded, every unclosed "[" or "*"
 * scanned to the end of the text, and 120,000 of them took `check` seconds.
 */
function inlineText(s: string): string {
  return s
    .replace(/!\[([^\]]{0,300})\]\([^)]{0,1000}\)/g, '')
    .replace(/\[([^\]]{0,300})\]\([^)]{0,1000}\)/g, '$1')
    .replace(/`([^`]{0,300})`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]{0,300}?\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)([\s\S]{0,300}?\S)\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Parses a markdown document's headings and numbered clauses (pure: text in, outline out), line by line:
 * ATX and setext headings, fenced code skipped, a clause being a paragraph (or list item or quote) that
 * starts with a number like 7.4.1. Matches remark's reading of policy documents (a test compares them) at
 * a fraction of the cost: check reads every landlord's evidence documents.
 */
export function parseOutline(text: string): Outline {
  const lines = stripFrontMatter(text).split(/\r?\n/);
  const headings: Heading[] = [];
  const clauses: string[] = [];
  let fence: string | undefined;
  let paragraph: { start: number; lines: string[] } | undefined;
  const heading = (depth: number, raw: string, line: number) => {
    const t = inlineText(raw).replace(/\s+/g, ' ').trim();
    const split = splitHeading(t);
    const h: Heading = { depth, text: t, title: split.title, line };
    if (split.number !== undefined) h.number = split.number;
    headings.push(h);
  };
  const startParagraph = (content: string, line: number) => {
    paragraph = { start: line, lines: [content] };
    const m = /^(\d+(?:\.\d+)+)\.?(\s|$)/.exec(inlineText(content).trim());
    if (m) clauses.push(m[1]!);
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(raw)) fence = undefined;
      return;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (open) { fence = open[1]!; paragraph = undefined; return; }
    if (/^\s*$/.test(raw)) { paragraph = undefined; return; }
    const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(raw);
    if (atx) { heading(atx[1]!.length, atx[2] ?? '', line); paragraph = undefined; return; }
    const setext = /^ {0,3}(=+|-+)[ \t]*$/.exec(raw);
    if (setext && paragraph) {
      heading(setext[1]![0] === '=' ? 1 : 2, paragraph.lines.join(' '), paragraph.start);
      paragraph = undefined;
      return;
    }
    if (/^ {0,3}([-*_])[ \t]*(\1[ \t]*){2,}$/.test(raw)) { paragraph = undefined; return; }
    // A list item or quote starts a new block; its content may itself be a clause.
    const container = /^\s*(?:>\s?|[-+*]\s+|\d+[.)]\s+)+(.*)$/.exec(raw);
    if (container && !/^\s*[-+*]\s*$/.test(raw)) { startParagraph(container[1]!, line); return; }
    if (paragraph) paragraph.lines.push(raw.trim());
    else if (!/^ {4}/.test(raw)) startParagraph(raw.trim(), line);
  });
  return { headings, clauses };
}

/** The same outline read through remark's full parser: the reference the line scanner is tested against. */
export function parseOutlineRemark(text: string): Outline {
  const tree = parseMarkdown(stripFrontMatter(text), { gfm: false });
  const headings: Heading[] = [];
  const clauses: string[] = [];
  const visit = (nodes: RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'heading') {
        const h = n as MdHeading;
        const t = plain(h.children).replace(/\s+/g, ' ').trim();
        const split = splitHeading(t);
        const heading: Heading = { depth: h.depth, text: t, title: split.title, line: h.position?.start.line ?? 1 };
        if (split.number !== undefined) heading.number = split.number;
        headings.push(heading);
      } else if (n.type === 'paragraph') {
        const m = /^(\d+(?:\.\d+)+)\.?(\s|$)/.exec(plain(n.children).trim());
        if (m) clauses.push(m[1]!);
      } else if ('children' in n && (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote')) {
        visit(n.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  return { headings, clauses };
}
