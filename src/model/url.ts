/**
 * Whether a link target in markdown is published as a link: a full web address (http or https, with a host), a
 * mail address or a telephone number. Anything else keeps its words and loses its link: other schemes
 * (javascript:, data:, file:); relative paths (`policy.pdf`, `../x`), which would point into the build's own
 * folders (in a PDF they become file:// links to wherever it was built); protocol-relative (`//host/x`) and
 * site-relative (`/x`) ones; and in-page fragments (`#x`), which name no anchor of the published page.
 */
export function isPublishedUrl(url: string): boolean {
  const u = clean(url);
  return /^https?:\/\/[^/?#\\]/i.test(u) || /^mailto:[^/]/i.test(u) || /^tel:\+?[\d().-]/i.test(u);
}

/** A link target that is not published because it is not a full address (relative, `//…`, `/…`, `#…`, `https:x`), not because of a dangerous scheme. */
export function isIncompleteUrl(url: string): boolean {
  const u = clean(url);
  if (isPublishedUrl(u)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

/** The target as a browser reads it: surrounding space and control characters inside removed. */
function clean(url: string): string {
  return url.trim().replace(/[\u0000-\u001f\s]/g, '');
}
