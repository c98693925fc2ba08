// The rows of a self-assessment form's tables in HTML (`chc import` of a saved web page, and of a Word document,
// which mammoth gives as HTML): each <tr>'s cells, their text with paragraphs, line breaks and list items kept as
// markdown; a cell spanning columns counted once per column it spans, so the columns stay in place. Parsed by
// rehype-parse (parse5, as browsers parse HTML). Pure: HTML in, rows out.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root } from 'hast';
import type { TextRow } from './read-text-table.ts';

/** The class of what chc's own outputs add to an answer (documents, actions, notes): left out of the answer's text. */
export const ADDED_CLASS = 'chc-added';

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'img']);

/**
 * A cell's text: its paragraphs apart by a blank line, a list's items as "- " lines, emphasis, quotations and tables
 * as markdown.
 */
function cellText(nodes: readonly ElementContent[]): string {
  let out = '';
  // Two lists one after the other stay two: the second's items are "* " (markdown starts a list where the mark changes).
  let bullet = '-';
  const walk = (list: readonly ElementContent[]) => {
    let previous = '';
    for (const n of list) {
      if (n.type === 'element') {
        if (n.tagName === 'ul') bullet = previous === 'ul' && bullet === '-' ? '*' : '-';
        previous = n.tagName;
      } else if (n.type === 'text' && n.value.trim()) previous = '';
      if (n.type === 'text') out += n.value.replace(/\s+/g, ' ');
      else if (n.type === 'element') {
        const tag = n.tagName;
        if (SKIPPED.has(tag)) continue;
        const classes = n.properties?.className;
        if (Array.isArray(classes) && classes.some((c) => String(c).startsWith(ADDED_CLASS))) continue;
        if (tag === 'br') out += '\n';
        else if (tag === 'li') { out += `\n${bullet} `; walk(n.children); out += '\n'; }
        else if (tag === 'blockquote') out += `\n\n${quoted(cellText(n.children))}\n\n`;
        else if (BLOCKS.has(tag)) { out += '\n\n'; walk(n.children); out += '\n\n'; }
        else if (tag === 'table') out += `\n\n${gfmTable(n)}\n\n`;
        else if (tag === 'strong' || tag === 'b') emphasis('**', n.children);
        else if (tag === 'em' || tag === 'i') emphasis('*', n.children);
        else if (tag === 'a' && typeof n.properties?.href === 'string' && /^(https?|mailto):/i.test(n.properties.href)) {
          // A link as markdown writes it: its words, then where it goes.
          const at = out.length;
          walk(n.children);
          const words = out.slice(at);
          // An address written as itself (an e-mail or a web address a renderer linked) stays as it is.
          if (words.trim() !== n.properties.href.replace(/^mailto:/i, '') && `http://${words.trim()}` !== n.properties.href && `https://${words.trim()}` !== n.properties.href) out = `${out.slice(0, at)}[${words}](${n.properties.href})`;
        }
        else walk(n.children);
      }
    }
  };
  /** Emphasis around words (none around white space alone), its marks inside the spaces. */
  const emphasis = (mark: string, children: readonly ElementContent[]) => {
    const at = out.length;
    walk(children);
    const inner = out.slice(at);
    if (inner.trim()) out = `${out.slice(0, at)}${/^\s*/.exec(inner)![0]}${mark}${inner.trim()}${mark}${/\s*$/.exec(inner)![0]}`;
  };
  walk(nodes);
  return out
    .split('\n').map((l) => l.replace(/^ +| +$/g, '')).join('\n')
    .replace(/\n(?=- )/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/(?<=(?:^|\n)- [^\n]*)\n\n(?=- )/g, '\n')
    .replace(/(?<=(?:^|\n)\* [^\n]*)\n\n(?=\* )/g, '\n')
    .trim();
}

/** A quotation as markdown writes it: each line after "> ", a blank line as ">". */
const quoted = (text: string) => text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');

/**
 * A table inside a cell as a GFM table: its first row the head, each cell's text on one line. A table of one cell is a
 * box around text, as Word sets a quotation (chc's own DOCX does): a quotation.
 */
function gfmTable(table: Element): string {
  const cells = elements(table, (e) => e.tagName === 'tr').map((tr) => tr.children
    .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
  if (cells.length === 1 && cells[0]!.length === 1) return quoted(cellText(cells[0]![0]!.children));
  const rows = cells.map((row) => row.map((c) => cellText(c.children).replace(/\s+/g, ' ').replace(/\|/g, '\\|')));
  if (rows.length === 0) return '';
  // A head row set in bold (as Word's tables often are, chc's too) is a head row: GFM's head needs no bold.
  if (rows[0]!.every((c) => /^\*\*[^*]+\*\*$/.test(c) || !c)) rows[0] = rows[0]!.map((c) => c.replace(/^\*\*|\*\*$/g, ''));
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), line(Array.from({ length: width }, () => '---')), ...rows.slice(1).map(line)].join('\n');
}

/** The elements under `node` (itself included) that `test` picks, in document order. */
function elements(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | Element) => {
    if (n.type === 'element' && test(n)) out.push(n);
    for (const c of n.children) if (c.type === 'element') walk(c);
  };
  walk(node);
  return out;
}

/**
 * chc's own page of an assessment: each provision a `data-provision` element with its answer in `data-comply` and its
 * evidence and commentary in `data-part` elements. As rows in the Appendix A order (number, requirement, comply,
 * evidence, commentary); none where the page is not one.
 */
function chcPageRows(tree: Root): TextRow[] {
  const rows = elements(tree, (e) => typeof e.properties?.dataProvision === 'string').map((e) => {
    const part = (name: string) => elements(e, (x) => x.properties?.dataPart === name).map((x) => cellText(x.children)).join('\n\n');
    const comply = String(e.properties?.dataComply ?? '');
    return { line: e.position?.start.line ?? 0, cells: [String(e.properties!.dataProvision), '', comply === 'na' ? 'n/a' : comply, part('evidence'), part('commentary'), part('answer')] };
  });
  // Its columns named, the answer to a question asking for figures or an account last.
  return rows.length ? [{ line: rows[0]!.line, cells: ['Provision', 'Requirement', 'Comply', 'Evidence', 'Commentary', 'Answer'] }, ...rows] : [];
}

/**
 * The rows of every table in `html`, in document order; a table inside a cell is read as that cell's text. A page
 * chc made (its provisions marked with data-provision) is read by its marks instead.
 */
export function readHtmlRows(html: string): TextRow[] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const own = chcPageRows(tree);
  if (own.length) return own;
  const rows: TextRow[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        const cells: string[] = [];
        for (const c of child.children) {
          if (c.type !== 'element' || (c.tagName !== 'td' && c.tagName !== 'th')) continue;
          const text = cellText(c.children);
          const span = Math.min(20, Math.max(1, Number(c.properties?.colSpan ?? 1) || 1));
          cells.push(text, ...Array.from({ length: span - 1 }, () => ''));
        }
        rows.push({ cells, line: child.position?.start.line ?? rows.length + 1 });
        continue;
      }
      visit(child);
    }
  };
  visit(tree);
  return rows;
}
