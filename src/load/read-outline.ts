import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Heading as MdHeading, Root, RootContent, PhrasingContent } from 'mdast';
import { splitHeading, type Heading, type Outline } from '../model/outline.ts';

const parser = unified().use(remarkParse);

/** Strips a leading YAML front matter block ("---" … "---"), keeping line numbers. */
export function stripFrontMatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return m ? m[0].replace(/[^\n]/g, '') + text.slice(m[0].length) : text;
}

function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');
}

/** Parses a markdown document's headings and numbered clauses (pure: text in, outline out). */
export function parseOutline(text: string): Outline {
  const tree = parser.parse(stripFrontMatter(text)) as Root;
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
