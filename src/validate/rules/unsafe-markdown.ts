import { parseMarkdown } from '../../load/parse-markdown.ts';
import type { Nodes, Root } from 'mdast';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.ts';
import type { Rule } from './context.ts';
import { findingsLimited, type Finding } from './findings.ts';
import { publishedTexts } from './texts.ts';

/** In raw HTML, in order of preference where several start at one tag: an element, an event handler, an unsafe address. */
const HTML_PATTERNS = [
  /<\s*(script|iframe|object|embed|style|form|svg|math|meta|link|base)\b/gi,
  /<[a-z][^>]*\son[a-z]+\s*=/gi,
  /<[a-z][^>]*\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript|file)\s*:/gi,
];


/** A script or style element, whole (the renderer drops an HTML block holding one). */
const SCRIPT_BLOCK = /<\s*(script|style)\b[\s\S]*<\s*\/\s*(script|style)\s*>/i;
const SCRIPT_ELEMENTS = /<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi;

/**
 * What every unsafe construct needs: a tag or autolink (`<` and a letter), a link whose target is not
 * plainly a web, mail, phone or in-page address, a link definition (`]:`), or an entity (which can hide
 * a scheme). Texts without any (most) are not parsed.
 */
const MAYBE_UNSAFE = /<[a-z!/?]|\]\s*\(\s*<?\s*(?!https?:\/\/|mailto:|tel:|#)|\]:|&#?[a-z0-9]+;/i;

/** A link target with a scheme other than http(s), mailto or tel (as the renderer decides: those lose their link). */
function unsafeTarget(url: string): boolean {
  const u = url.trim().replace(/[\u0000-\u001f\s]/g, '');
  return /^[a-z][a-z0-9+.-]*:/i.test(u) && !/^(https?|mailto|tel):/i.test(u);
}

/**
 * Every unsafe thing in a markdown text, as written, in order: raw HTML that is a script, frame or embed,
 * or carries an event handler or a javascript:/data:/file: address, and links, images and link
 * definitions whose target has such a scheme. Found in the parsed markdown, as the renderer sees it:
 * entities (`jav&#x61;script:`) are decoded, and code spans and blocks (shown as written, never run) do
 * not count. Several in one piece of HTML each count, once per tag.
 */
export function findUnsafe(text: string): Finding[] {
  const tree = parseMarkdown(text, { gfm: false });
  const stack: Nodes[] = [tree];
  const found = new Map<number, Finding>();
  const add = (start: number, shown: string): void => {
    if (!found.has(start)) found.set(start, { start, end: start + shown.length, what: shown });
  };
  while (stack.length) {
    const n = stack.pop()!;
    const at = n.position?.start.offset;
    if (n.type === 'html' && at !== undefined) {
      // The node's text as written (its value can lose a container's indentation), searched for each pattern.
      const written = text.slice(at, n.position!.end.offset);
      for (const pattern of HTML_PATTERNS) {
        for (const m of written.matchAll(pattern)) add(at + m.index!, m[0]);
      }
      // An HTML block holding a script or style is dropped whole: with it go the lines after it up to the next
      // blank line (markdown ends an HTML block only there), which the author may not expect.
      const swallowed = SCRIPT_BLOCK.test(written) ? written.replace(SCRIPT_ELEMENTS, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : '';
      const first = found.get(at + (written.search(/<\s*(script|style)\b/i)));
      if (swallowed && first) first.note = `with the text that follows it up to the next blank line ("${swallowed.length > 50 ? `${swallowed.slice(0, 47)}…` : swallowed}")`;
    } else if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && unsafeTarget(n.url)) {
      add(at ?? 0, at !== undefined ? text.slice(at, n.position!.end.offset) : n.url);
    }
    if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/**
 * Markdown carrying scripts, embedded frames, event handlers or javascript:/data:/file: links, in the
 * assessment or in the governing body's response; each is reported where it is. The outputs never
 * contain them (raw HTML is reduced to text, unsafe links to their words); this warns the author that
 * what they wrote will not appear as written.
 */
export const unsafeMarkdown: Rule = ({ project, assessment, data }) => {
  const out: Diagnostic[] = [];
  for (const t of publishedTexts(project, assessment, data)) {
    if (!t.markdown || !MAYBE_UNSAFE.test(t.text)) continue;
    for (const { finding, more } of findingsLimited(findUnsafe(t.text))) {
      out.push(diagnostic(t.file, t.rangeOf(finding.start, finding.end), 'warning', 'unsafe-markdown',
        `${t.name} contains "${finding.what.replace(/\s+/g, ' ').slice(0, 40)}", which is removed from every output${finding.note ? `, ${finding.note}` : ''}${more ? ` (and ${more} more in this text)` : ''}`,
        finding.note
          ? 'Write plain markdown: no HTML elements, scripts or event handlers. To keep the words that follow, remove the HTML, or leave a blank line after it.'
          : 'Write plain markdown: links as [text](https://…), no HTML elements, scripts or event handlers.', t.provision));
    }
  }
  return out;
};
