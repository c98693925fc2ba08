import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent, PhrasingContent, Parent, Heading } from 'mdast';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import { isPublishedUrl } from '../model/url.ts';
import { splitHeading } from '../model/outline.ts';

/** Markdown parsed once, sanitised, without source positions: the form every renderer reads. */
export type Rich = Root;

const parser = unified().use(remarkParse).use(remarkGfm);
/** GitHub's sanitising schema, with telephone links kept (`isPublishedUrl` allows them; GitHub's schema drops them). */
const schema = { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] } };
const toHtml = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);
/**
 * The same for a published evidence document, whose headings carry the ids `parseEvidence` gave them: those ids
 * are kept as they are (not prefixed "user-content-"), so a citation can link to them. Only `parseEvidence` sets
 * ids: raw HTML in markdown became text, so no id comes from the document itself.
 */
const toHtmlWithIds = unified()
  .use(remarkRehype)
  // Footnotes' ids, links and `aria-describedby` are kept as markdown made them too, so they still name each other.
  .use(rehypeSanitize, { ...schema, clobber: (schema.clobber ?? []).filter((a) => !['id', 'ariaDescribedBy', 'ariaLabelledBy'].includes(a)) })
  .use(rehypeStringify);

/** Whether a link target is rendered as a link (see `isPublishedUrl`). */
export const isSafeUrl = isPublishedUrl;

const DANGEROUS_HTML = /<\s*\/?\s*(script|style|iframe|object|embed|form|input|button|textarea|select|link|meta|base|svg|math)\b/i;

/** Text of raw HTML with its tags removed; nothing for elements that carry code or embeds. */
function htmlToText(html: string): string {
  if (DANGEROUS_HTML.test(html) && /<\s*(script|style)\b[\s\S]*<\s*\/\s*(script|style)\s*>/i.test(html)) return '';
  // Tags that separate words become a space, so "days.<br>See" or "<p>a</p><p>b</p>" keep their words apart.
  return html.replace(/<\s*(br|\/?(p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote))\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ');
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Makes a markdown tree safe for every renderer: raw HTML becomes plain text (script and style blocks are
 * removed), links and images with unsafe targets lose their target, images become their alt text (evidence
 * images are not embedded), and source positions are dropped so the tree is small, comparable data.
 */
function sanitise(node: Parent, defs: ReadonlyMap<string, string> = definitionsOf(node)): void {
  const out: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    delete (child as { position?: unknown }).position;
    if (child.type === 'html' && /^<\s*br\s*\/?\s*>$/i.test(child.value.trim())) {
      // A line break inside text (a table cell, say); between blocks it means nothing.
      if (PHRASING_PARENTS.has(node.type)) out.push({ type: 'break' } as RootContent);
      continue;
    }
    if (child.type === 'html') {
      const text = htmlToText(child.value);
      if (text.trim()) out.push({ type: 'text', value: text } as RootContent);
      continue;
    }
    if (child.type === 'image' || child.type === 'imageReference') {
      const alt = child.alt ?? '';
      if (alt) out.push({ type: 'text', value: `[image: ${alt}]` } as RootContent);
      continue;
    }
    if (child.type === 'link' && !isSafeUrl(child.url)) {
      sanitise(child, defs);
      out.push(...(child.children as RootContent[]));
      continue;
    }
    if (child.type === 'linkReference') {
      // A reference-style link ([words][ref], with [ref]: https://… elsewhere): the link its definition gives,
      // when that is a full address, else its words.
      sanitise(child, defs);
      const url = defs.get(child.identifier);
      if (url !== undefined && isSafeUrl(url)) out.push({ type: 'link', url, children: child.children } as RootContent);
      else out.push(...(child.children as RootContent[]));
      continue;
    }
    if (child.type === 'definition') continue;
    if ('children' in child) sanitise(child as Parent, defs);
    out.push(child);
  }
  node.children = out as Parent['children'];
}

/** The link definitions of a tree ([ref]: https://…), by identifier: the first of each, as markdown reads them. */
function definitionsOf(tree: Parent): Map<string, string> {
  const defs = new Map<string, string>();
  // Depth first in document order (children pushed last first), without recursion.
  const stack: RootContent[] = [...(tree.children as RootContent[])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'definition' && !defs.has(n.identifier)) defs.set(n.identifier, n.url);
    if ('children' in n) stack.push(...[...(n.children as RootContent[])].reverse());
  }
  return defs;
}

/** Text with no markdown syntax at all: no emphasis, links, lists, code, tables, HTML, entities or addresses. */
const SYNTAX = /[*_`[\]<>#|~\\&!]|https?:|www\.|@|^\s*([-+]|\d+[.)])(\s|$)|^\s{4}|^\s*(=+|-+)\s*$| {2}$/m;

/** The tree remark gives plain text: one paragraph per block, lines trimmed and joined by newlines. */
function plainTree(text: string): Root {
  const paragraphs = text.split(/\n[ \t]*\n/).map((p) => p.split('\n').map((l) => l.trim()).join('\n').trim()).filter(Boolean);
  return { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
}

const cache = new Map<string, Rich>();

/**
 * Parses markdown (GitHub-flavoured: lists, tables, links) into a sanitised tree. Trees are shared between
 * calls with the same text (the same Code texts and answers recur in every edition and year): never mutate one.
 */
export function parseRich(text: string | undefined | null): Rich {
  const source = text ?? '';
  const hit = cache.get(source);
  if (hit) return hit;
  let tree: Root;
  if (!SYNTAX.test(source)) {
    tree = plainTree(source);
  } else {
    tree = parser.runSync(parser.parse(source)) as Root;
    sanitise(tree);
    delete (tree as { position?: unknown }).position;
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(source, tree);
  return tree;
}

/** The tree remark itself gives (no shortcut, no cache): for tests. */
export function parseRichUncached(text: string): Rich {
  const tree = parser.runSync(parser.parse(text)) as Root;
  sanitise(tree);
  delete (tree as { position?: unknown }).position;
  return tree;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');

type HastNode = HastRoot | HastContent;

/** Whether a tree has footnotes (the only markdown that gives ids and in-page links). */
function hasFootnotes(tree: Rich): boolean {
  const stack: RootContent[] = [...tree.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'footnoteDefinition' || n.type === 'footnoteReference') return true;
    if ('children' in n) stack.push(...(n.children as RootContent[]));
  }
  return false;
}

/** Prefixes every in-page link (`#x`, which after sanitising only footnotes make) as the sanitiser prefixed the ids. */
function prefixFragments(prefix: string) {
  return (tree: HastRoot) => {
    const stack: HastNode[] = [tree];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === 'element' && typeof n.properties.href === 'string' && n.properties.href.startsWith('#')) {
        n.properties.href = `#${prefix}${n.properties.href.slice(1)}`;
      }
      if ('children' in n) stack.push(...(n.children as HastNode[]));
    }
  };
}

/**
 * Footnotes as HTML whose ids start with `prefix` and whose links (reference → note → back) and
 * `aria-describedby` name those ids: markdown makes them unprefixed, the sanitiser prefixes the ids (as it does
 * any id), and the links are prefixed the same way after it.
 */
function footnoteProcessor(prefix: string) {
  return unified().use(remarkRehype, { clobberPrefix: '', footnoteLabelTagName: 'p' }).use(rehypeSanitize, { ...schema, clobberPrefix: prefix }).use(prefixFragments, prefix).use(rehypeStringify);
}

/**
 * A published evidence document as HTML whose ids all start with `prefix` (its headings' ids and its footnotes'),
 * and whose in-page links and `aria-describedby` name them: the sanitiser prefixes every id, as for footnotes.
 */
function prefixedEvidenceProcessor(prefix: string) {
  return unified().use(remarkRehype).use(rehypeSanitize, { ...schema, clobberPrefix: prefix }).use(prefixFragments, prefix).use(rehypeStringify);
}

type Processor = ReturnType<typeof footnoteProcessor>;
const processors = new Map<string, Processor>();
/** A processor made once per kind and prefix (each text on a page may have its own prefix: kept to a thousand). */
function processorFor(kind: string, prefix: string, make: (prefix: string) => Processor): Processor {
  const key = `${kind}\u0000${prefix}`;
  let p = processors.get(key);
  if (!p) {
    if (processors.size > 1000) processors.clear();
    processors.set(key, (p = make(prefix)));
  }
  return p;
}

/**
 * A tree as sanitised HTML (for the site and the print view). Plain paragraphs take a direct path. `idPrefix`
 * starts every id a footnote makes: give each text on one page its own, so two answers' `[^1]` do not share ids.
 */
export function richToHtml(tree: Rich, idPrefix = 'user-content-'): string {
  if (tree.children.every((c) => c.type === 'paragraph' && c.children.every((x) => x.type === 'text'))) {
    return tree.children.map((c) => `<p>${escapeHtml((c as { children: { value: string }[] }).children.map((x) => x.value).join(''))}</p>`).join('\n');
  }
  if (hasFootnotes(tree)) {
    const p = processorFor('footnotes', idPrefix, footnoteProcessor);
    return String(p.stringify(p.runSync(structuredClone(tree)) as never)).trim();
  }
  return String(toHtml.stringify(toHtml.runSync(structuredClone(tree)) as never)).trim();
}

/**
 * An evidence document's tree as sanitised HTML, its headings keeping their ids (see `parseEvidence`). With
 * `idPrefix` (a document inside an assessment's single page) every id starts with it, and every in-page link and
 * `aria-describedby` names the ids so prefixed: two documents, or a document and an answer, never share an id.
 */
export function evidenceToHtml(tree: Rich, idPrefix = ''): string {
  const p = idPrefix ? processorFor('evidence', idPrefix, prefixedEvidenceProcessor) : toHtmlWithIds;
  return String(p.stringify(p.runSync(structuredClone(tree)) as never)).trim();
}

/** The HTML unified itself gives (no shortcut): for tests. */
export function richToHtmlUncached(tree: Rich): string {
  return String(toHtml.stringify(toHtml.runSync(structuredClone(tree)) as never)).trim();
}

/** The plain text of a tree (for summaries, search and tests). */
export function richToText(tree: Rich): string {
  const parts: string[] = [];
  const walk = (n: RootContent | Root): void => {
    if ('value' in n && typeof n.value === 'string' && n.type !== 'html') parts.push(n.value);
    if ('children' in n) {
      for (const c of n.children as RootContent[]) walk(c);
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem' || n.type === 'tableRow') parts.push('\n');
      else if (n.type === 'tableCell') parts.push(' ');
    }
  };
  walk(tree);
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** A heading of a published evidence document: its anchor id, level on the page and text. */
export interface EvidenceHeading {
  id: string;
  depth: number;
  text: string;
}

/** A published evidence document, parsed and sanitised, its headings with ids. */
export interface EvidenceDocument {
  tree: Rich;
  headings: EvidenceHeading[];
}

/** The text of a heading's words, as the outline of a document reads it. */
function phrasingText(nodes: RootContent[]): string {
  return nodes.map((n) => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? phrasingText(n.children as RootContent[]) : '')).join('');
}

/** A heading's anchor id: "sec-7-4" for "7.4. Stage one", "sec-exclusions" for "Exclusions"; deterministic. */
function headingSlug(text: string): string {
  const number = splitHeading(text).number;
  const words = (number ?? text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `sec-${words || 'heading'}`;
}

const evidenceCache = new Map<string, EvidenceDocument>();

/**
 * Parses a published evidence document (markdown, its front matter already removed) like any answer, and gives
 * each heading a deterministic id ("sec-2-1", "sec-exclusions-to-this-policy"; a repeated one gets "--2", "--3").
 * Its headings are moved down so the highest is an h2 (the page's h1 is the document's title) and never skip a
 * level. The tree is shared between calls with the same text: never mutate it.
 */
export function parseEvidence(text: string): EvidenceDocument {
  const hit = evidenceCache.get(text);
  if (hit) return hit;
  const tree = structuredClone(parser.runSync(parser.parse(text)) as Root);
  sanitise(tree);
  delete (tree as { position?: unknown }).position;
  const nodes = headingsOf(tree);
  const depths = depthsUnder(nodes, 1);
  const used = new Map<string, number>();
  const headings = nodes.map((h, i): EvidenceHeading => {
    const depth = depths[i]!;
    h.depth = depth;
    const words = phrasingText(h.children as RootContent[]).replace(/\s+/g, ' ').trim();
    const slug = headingSlug(words);
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    const id = n === 1 ? slug : `${slug}--${n}`;
    h.data = { ...h.data, hProperties: { id } };
    return { id, depth, text: words };
  });
  const doc = { tree, headings };
  if (evidenceCache.size > 1000) evidenceCache.clear();
  evidenceCache.set(text, doc);
  return doc;
}

export type { PhrasingContent };

/**
 * A landlord's markdown placed under a heading of level `under` (a part's h2, a provision's h3): its headings moved
 * down so the highest is `under + 1` and none skips a level (never past h6), so a `# Heading` in a response or an
 * answer never outranks the page's own. The tree itself is left as it is (trees may be shared): a copy is returned
 * when anything moves.
 */
export function headingsUnder(tree: Rich, under: number): Rich {
  const nodes = headingsOf(tree);
  if (nodes.length === 0) return tree;
  const depths = depthsUnder(nodes, under);
  if (nodes.every((h, i) => h.depth === depths[i])) return tree;
  const copy = structuredClone(tree);
  headingsOf(copy).forEach((h, i) => { h.depth = depths[i]!; });
  return copy;
}

/** Every heading of a tree, in document order (inside quotes and lists too). */
function headingsOf(tree: Parent): Heading[] {
  const nodes: Heading[] = [];
  const walk = (n: Parent): void => {
    for (const c of n.children as RootContent[]) {
      if (c.type === 'heading') nodes.push(c);
      else if ('children' in c) walk(c as Parent);
    }
  };
  walk(tree);
  return nodes;
}

/** The depths headings take below a heading of level `under`: the highest one below it, none skipping a level, at most 6. */
function depthsUnder(nodes: readonly Heading[], under: number): Heading['depth'][] {
  // A loop, not Math.min(...): a spread of many thousand headings overflows the stack.
  const top = nodes.reduce((m, h) => Math.min(m, h.depth), 6);
  let previous = under;
  return nodes.map((h) => (previous = Math.min(6, h.depth - top + under + 1, previous + 1)) as Heading['depth']);
}

/** The words of a heading as compared for sameness: lower case, no possessive 's, no "the", "of" or punctuation. */
function headingWords(text: string): string {
  return text.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w && !['the', 'of', 'a', 'an', 'to', 'our'].includes(w)).sort().join(' ');
}

/**
 * A text without its first heading when that heading only repeats the heading the outputs put above it ("#
 * Cabinet's response" under "The Cabinet's response"); otherwise the text as it is.
 */
export function withoutRepeatedHeading(tree: Rich, heading: string): Rich {
  const first = tree.children[0];
  if (first?.type !== 'heading' || headingWords(phrasingText(first.children as RootContent[])) !== headingWords(heading)) return tree;
  return { ...tree, children: tree.children.slice(1) };
}
