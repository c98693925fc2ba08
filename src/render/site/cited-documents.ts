// The "Documents referred to" list, worked out once for the site, the PDF and the DOCX: each document once,
// however it is cited, with every provision that cites it and where in the document.
import { compareIds } from '../../model/provision-order.ts';
import type { AssessmentView, DocumentView } from '../view-model.ts';
import { provisionsOf } from '../phrases.ts';
import { titleKey } from '../../model/title-key.ts';
import { citationPlace, tidy } from '../citation-place.ts';
import { say, type Wording } from '../../model/wording.ts';

/** Where in a document one or more provisions cite it ("section 4.2", "under 'Definition of a complaint'"). */
export interface CitedPlace {
  where: string;
  /** The provisions citing the document there, in Code order. */
  provisions: string[];
}

/** A document cited anywhere in an assessment, once, with the provisions that cite it. */
export interface CitedDocument {
  /** As the first citation (in Code order) gives it, white space tidied. */
  title: string;
  /** The first address any citation gives, or null. */
  url: string | null;
  /** The first file any citation gives (board edition only), or null. */
  file: string | null;
  /** The site path of its page, where the site publishes it (a public markdown document), without any section; or null. */
  href: string | null;
  /** Whether every citation marks it internal (a document published anywhere is not internal). */
  internal: boolean;
  /** Every provision citing it, once each, in Code order. */
  provisions: string[];
  /** The parts of the document cited, in the document's order (numbered sections by number, then named ones); empty when none is named. */
  places: CitedPlace[];
}

/** The documents an assessment cites, and how many provisions cite internal documents the edition hides. */
export interface CitedDocuments {
  /** In order of first citation. */
  documents: CitedDocument[];
  /** Provisions citing at least one internal document that the public edition hides (each counted once). */
  hidden: number;
}

/** White space made single spaces, trimmed. */

export { titleKey, citationPlace };

/** The provisions of a place or document, as printed: "provision 4.2", "provisions 4.2, 4.11". */
export function provisionList(w: Wording, ids: string[]): string {
  return say(w, 'cited.provisions', { n: ids.length, ids: ids.join(', ') });
}

/** The sentence after a document's title: "Cited for provisions 4.2, 5.1." */
export function citedForSentence(w: Wording, d: CitedDocument): string {
  return say(w, 'cited.for', { provisions: provisionList(w, d.provisions) });
}

/**
 * Where the document is cited, when any citation says: "Section 4 for provisions 4.2, 5.1; under 'Contact us' for
 * provision 6.3." Null when no citation names a section or page.
 */
export function placesSentence(w: Wording, d: CitedDocument): string | null {
  if (d.places.length === 0) return null;
  const text = d.places.map((p) => say(w, 'cited.placeFor', { where: p.where, provisions: provisionList(w, p.provisions) })).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Everything printed after a document's title, address and file: the provisions citing it, then where. */
export function citedForText(w: Wording, d: CitedDocument): string {
  // One place, cited by every provision that cites the document: "Cited for provision 1.2 (section 4)."
  const only = d.places.length === 1 ? d.places[0]! : undefined;
  if (only && only.provisions.length === d.provisions.length) return say(w, 'cited.forAt', { provisions: provisionList(w, d.provisions), where: only.where });
  const places = placesSentence(w, d);
  return places ? `${citedForSentence(w, d)} ${places}` : citedForSentence(w, d);
}

const DOCUMENT_EXTENSIONS = /\.(pdf|docx?|odt|rtf|txt|md|xlsx?|ods|csv|pptx?|odp)$/i;

/**
 * The address of a document itself ("https://example.org/policy.pdf", its fragment dropped), by which citations
 * with different titles are one document; null for a web page, which may hold several documents (a complaints
 * page offering the policy and a leaflet), so its address alone does not make two titles one document.
 */
export function documentAddress(url: string): string | null {
  let u: URL;
  try { u = new URL(url); } catch { return null; }
  if (!/^https?:$/.test(u.protocol) || !DOCUMENT_EXTENSIONS.test(u.pathname)) return null;
  return `${u.protocol}//${u.host}${u.pathname}${u.search}`;
}

interface Citation {
  provision: string;
  doc: DocumentView & { title: string };
}

/**
 * Every document an assessment cites, once: two citations are one document when their titles match (ignoring case,
 * quotes and white space), or they give the same file or the same address of a document (see `documentAddress`),
 * whichever way each was written (by title only, with `file:` or with `url:`). The entry keeps the address and file
 * any of its citations gives. Internal documents of the public edition have no title: they are only counted, by the
 * provisions that cite them.
 */
export function citedDocuments(view: AssessmentView): CitedDocuments {
  const w = view.wording;
  const citations: Citation[] = [];
  const hidden = new Set<string>();
  for (const p of provisionsOf(view)) {
    for (const d of p.documents) {
      if (d.title === null) hidden.add(p.id);
      else citations.push({ provision: p.id, doc: d as Citation['doc'] });
    }
  }

  // Union-find over the citations, joined by title, file and address.
  const parent = citations.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWith = new Map<string, number>();
  const join = (key: string, i: number) => {
    const j = firstWith.get(key);
    if (j === undefined) { firstWith.set(key, i); return; }
    const [a, b] = [root(i), root(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  citations.forEach((c, i) => {
    join(`title\u0000${titleKey(c.doc.title)}`, i);
    if (c.doc.file) join(`file\u0000${c.doc.file}`, i);
    const address = c.doc.url ? documentAddress(c.doc.url) : null;
    if (address) join(`url\u0000${address}`, i);
  });

  // Groups in order of first citation (a root is its group's earliest citation).
  const groups = new Map<number, Citation[]>();
  citations.forEach((c, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  });

  const documents = [...groups.entries()].sort(([a], [b]) => a - b).map(([, cs]): CitedDocument => {
    // Places differing only in case are one; each keeps its first wording. In the document's order: numbered
    // sections by their numbers (2.1, 3, 6, 7.4, 14.12), then those named by heading, then pages alone.
    const places = new Map<string, { where: string; ids: string[]; order: string | null }>();
    for (const c of cs) {
      const where = citationPlace(w, c.doc);
      if (where === null) continue;
      const place = places.get(where.toLowerCase()) ?? { where, ids: [], order: sectionNumber(c.doc.section) };
      place.ids.push(c.provision);
      places.set(where.toLowerCase(), place);
    }
    const ordered = [...places.values()].map((p, i) => ({ ...p, i })).sort((a, b) =>
      a.order !== null && b.order !== null ? compareIds(a.order, b.order) || a.i - b.i : a.order !== null ? -1 : b.order !== null ? 1 : a.i - b.i);
    return {
      title: tidy(cs[0]!.doc.title),
      url: cs.find((c) => c.doc.url)?.doc.url ?? null,
      file: cs.find((c) => c.doc.file)?.doc.file ?? null,
      href: cs.find((c) => c.doc.href)?.doc.href?.replace(/#.*$/, '') ?? null,
      internal: cs.every((c) => c.doc.internal),
      provisions: inCodeOrder(cs.map((c) => c.provision)),
      places: ordered.map((p) => ({ where: p.where, provisions: inCodeOrder(p.ids) })),
    };
  });
  return { documents, hidden: hidden.size };
}

const inCodeOrder = (ids: string[]) => [...new Set(ids)].sort(compareIds);

/** The number a cited section starts with ("7.4" of "Section 7.4", "6.3" of "6.3 to 6.9"), or null for one named by its heading. */
function sectionNumber(section: string | null): string | null {
  const m = /^\s*(?:§+|sections?\b\.?)?\s*(\d+(?:\.\d+)*[a-z]?)\b/i.exec(section ?? '');
  return m ? m[1]! : null;
}
