import { say, type Wording } from '../model/wording.ts';
import type { DocumentView } from './view-model.ts';

/** Text with its white space collapsed to single spaces, trimmed. */
export const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Two numbers joined as a range or a list ("6.3 to 6.9", "4-5", "4 and 5"): named in the plural. */
const SEVERAL = /\d\s*(?:-|–|—|\bto\b|\band\b|,|&)\s*\d/i;

/** A section given by its number ("4.2", "1.4 - 1.7", "7a", "Section 3"), not by its heading's words. */
function numberedSection(section: string): string | null {
  const s = tidy(section).replace(/^(?:§+|sections?\b\.?)\s*/i, '');
  if (!/^\d/.test(s)) return null;
  const words = s.match(/[a-z]{2,}/gi) ?? [];
  return words.every((w) => /^(and|to)$/i.test(w)) ? s : null;
}

/**
 * Where a citation points in its document, as printed: "section 4.2" for a numbered section, "under 'Definition
 * of a complaint'" for one given by its heading, then the page ("section 4, page 12"); null when it names neither.
 */
export function citationPlace(w: Wording, d: Pick<DocumentView, 'section' | 'page'>): string | null {
  const parts: string[] = [];
  const section = d.section === null ? '' : tidy(d.section);
  if (section) {
    const n = numberedSection(section);
    // "sections 6.3 to 6.9" for a range or a list of numbered sections.
    parts.push(n ? say(w, SEVERAL.test(n) ? 'cited.sections' : 'cited.section', { n }) : say(w, 'cited.under', { heading: section.replace(/^["'\u2018\u201c]+|["'\u2019\u201d]+$/g, '').trim() }));
  }
  const page = d.page === null ? '' : tidy(d.page).replace(/^(?:pages?|pp?\.)\s*/i, '');
  if (page) parts.push(say(w, SEVERAL.test(page) ? 'cited.pages' : 'cited.page', { n: page }));
  return parts.length ? parts.join(', ') : null;
}

