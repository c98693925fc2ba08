// The site's links: under the base it is served from, or, in an assessment's single page, inside the page itself.
import type { AssessmentView } from '../view-model.ts';

/** A site path under the base the site is served from ("/" or "/repo/"). */
export function siteUrl(base: string, path = ''): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\/+/, '')}`;
}

/**
 * How a page links to the site's other pages and files: a site path ("homes-plus/documents/policy/#sec-2") in,
 * the href to write out. The site's pages link under the base; an assessment's single page (`singlePageLink`) keeps
 * every link inside its own file or beside it.
 */
export type SiteLink = (path: string) => string;

/** Links of the site's own pages: under the base the site is served from. */
export function linkUnder(base: string): SiteLink {
  return (path) => siteUrl(base, path);
}

/**
 * The id of a published evidence document's part of an assessment's single page ("doc-complaints-policy"); the ids
 * inside it start with this and a hyphen.
 */
export function singlePageDocumentId(slug: string): string {
  return `doc-${slug}`;
}

/** The id of the open actions' table inside an assessment's single page. */
export const SINGLE_PAGE_ACTIONS = 'open-actions';

/**
 * Links of an assessment's single page (one HTML file, for a content management system or to open from disk),
 * which holds its action plan and its published evidence documents itself and sits beside its PDF and DOCX: a
 * document's page becomes its part of the file (a section's heading, by the id prefixed for it), the action plan
 * its table, a download the file's name beside it. Anything else stays a site path, relative, never from the root.
 */
export function singlePageLink(view: AssessmentView): SiteLink {
  const slug = view.landlord.slug;
  const documents = `${slug}/documents/`;
  return (path) => {
    if (path === `${slug}/${view.period}/actions/`) return `#${SINGLE_PAGE_ACTIONS}`;
    if (path === view.downloads.pdf || path === view.downloads.docx) return path.slice(path.lastIndexOf('/') + 1);
    if (path.startsWith(documents)) {
      const [page = '', fragment] = path.slice(documents.length).split('#');
      const id = singlePageDocumentId(page.replace(/\/$/, ''));
      return fragment ? `#${id}-${fragment}` : `#${id}`;
    }
    return path.replace(/^\/+/, '');
  };
}

/** Whether a link leaves the site (so print shows its address). */
export function isExternal(url: string | null | undefined): boolean {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}
