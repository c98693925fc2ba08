import { parseMarkdown } from '../../load/parse-markdown.ts';
import type { Nodes, Root } from 'mdast';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { isIncompleteUrl } from '../../model/url.ts';
import { report, type Rule } from './context.ts';
import { findingsLimited, type Finding } from './findings.ts';
import { publishedTexts } from './texts.ts';


/** What a link that is not a full address needs: `](` or `]:` (an autolink `<…>` always has a scheme). */
const MAYBE_LINK = /\]\s*\(|\]:/;

/**
 * The links and link definitions of a markdown text whose target is not a full address (`policy.pdf`,
 * `//host/doc`, `/x`, `#x`), as written: found in the parsed markdown, so code spans do not count.
 */
export function findIncompleteLinks(text: string): Finding[] {
  if (!MAYBE_LINK.test(text)) return [];
  const tree = parseMarkdown(text, { gfm: true });
  const found: Finding[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    if ((n.type === 'link' || n.type === 'definition') && n.position && isIncompleteUrl(n.url)) {
      found.push({ start: n.position.start.offset!, end: n.position.end.offset!, what: n.url });
    }
    if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A document `url` that is not a web address (javascript:, data:, file: and other schemes are refused), and a
 * link in a published text (an answer, the governing body's response) whose target is not a full address: a
 * relative path would point into the build's own folders (a file:// link in the PDF), a `//host` or `/path`
 * depends on where the page is read, and a `#anchor` names nothing on the published page. The outputs keep
 * such a link's words and drop its target; this says so, and how to give the address.
 */
export const unsafeUrl: Rule = ({ project, assessment, data }) => {
  const out: Diagnostic[] = [];
  for (const t of publishedTexts(project, assessment, data)) {
    if (!t.markdown) continue;
    for (const { finding, more } of findingsLimited(findIncompleteLinks(t.text))) {
      const target = finding.what.length > 60 ? `${finding.what.slice(0, 57)}…` : finding.what;
      out.push(diagnostic(t.file, t.rangeOf(finding.start, finding.end), 'error', 'unsafe-url',
        `${t.name} links to "${target}", which is not a full web address, so it would not be published as a link${more ? ` (and ${more} more in this text)` : ''}`,
        target.startsWith('#')
          ? 'Link to a full https:// address, or write the words without a link (a #anchor names nothing on the published page).'
          : "Give the full https:// address of what it links to; for a document in the landlord's folder, name it under the answer's documents: with file: instead.",
        t.provision));
    }
  }
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    (r?.documents ?? []).forEach((d, i) => {
      if (typeof d?.url !== 'string') return;
      const url = d.url.trim();
      if (/^https?:\/\/[^\s/]+/i.test(url) || /^mailto:[^\s]+@/i.test(url)) return;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f\s]/g, ''))?.[1]?.toLowerCase();
      const why = scheme && !['http', 'https', 'mailto'].includes(scheme) ? `a ${scheme}: address, which is never published` : 'not a full web address';
      out.push(report(assessment, pointer('responses', id, 'documents', i, 'url'), 'error', 'unsafe-url', `url "${url.slice(0, 80)}" is ${why}`,
        scheme === 'file' || (!scheme && !/^\/\//.test(url))
          ? "Give the document's https:// address, or put the file in the landlord's folder and name it with file: instead of url:."
          : "Give the document's https:// address.", id));
    });
  }
  return out;
};
