import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import type { Diagnostic } from '../../model/diagnostic.ts';
import { report, type Rule } from './context.ts';
import { publicTexts } from './texts.ts';

const TAG = /<\s*(script|iframe|object|embed|style|form|svg|math|meta|link|base)\b/i;
const HANDLER = /<[a-z][^>]*\son[a-z]+\s*=/i;
const URL_ATTRIBUTE = /<[a-z][^>]*\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript|file)\s*:/i;

const parser = unified().use(remarkParse);

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
 * The first unsafe thing in a markdown text, as written: raw HTML that is a script, frame or embed, or
 * carries an event handler or a javascript:/data:/file: address, or a link, image or link definition
 * whose target has such a scheme. Found in the parsed markdown, as the renderer sees it: entities
 * (`jav&#x61;script:`) are decoded, and code spans and blocks (shown as written, never run) do not count.
 */
function unsafeIn(text: string): string | undefined {
  const tree = parser.parse(text) as Root;
  const stack: Nodes[] = [tree];
  let first: { offset: number; found: string } | undefined;
  while (stack.length) {
    const n = stack.pop()!;
    let found: string | undefined;
    if (n.type === 'html') found = TAG.exec(n.value)?.[0] ?? HANDLER.exec(n.value)?.[0] ?? URL_ATTRIBUTE.exec(n.value)?.[0];
    else if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && unsafeTarget(n.url)) {
      found = n.position ? text.slice(n.position.start.offset, n.position.end.offset) : n.url;
    }
    const offset = n.position?.start.offset ?? 0;
    if (found !== undefined && (!first || offset < first.offset)) first = { offset, found };
    if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return first?.found;
}

/**
 * Markdown carrying scripts, embedded frames, event handlers or javascript:/data:/file: links. The
 * outputs never contain them (raw HTML is reduced to text, unsafe links to their words); this warns the
 * author that what they wrote will not appear as written.
 */
export const unsafeMarkdown: Rule = ({ assessment, data }) => {
  const out: Diagnostic[] = [];
  for (const t of publicTexts(data)) {
    if (!t.markdown || !MAYBE_UNSAFE.test(t.text)) continue;
    const found = unsafeIn(t.text);
    if (!found) continue;
    out.push(report(assessment, t.pointer, 'warning', 'unsafe-markdown',
      `${t.pointer.split('/').pop()} contains "${found.replace(/\s+/g, ' ').slice(0, 40)}", which is removed from every output`,
      'Write plain markdown: links as [text](https://…), no HTML elements, scripts or event handlers.', t.provision));
  }
  return out;
};
