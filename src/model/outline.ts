/** A heading of a markdown document, split into its number ("7.4") and title ("Stage one"). */
export interface Heading {
  depth: number;
  text: string;
  number?: string;
  title: string;
  line: number;
}

/** The structure of a markdown evidence document: its headings and numbered clauses. */
export interface Outline {
  headings: Heading[];
  /** Numbers of clauses written as paragraphs ("**7.4.1.** The complaint will …"). */
  clauses: string[];
}

/** Splits "7.4. Stage one" into number "7.4" and title "Stage one". */
export function splitHeading(text: string): { number?: string; title: string } {
  // The number ends at a space, the end, or a dash or colon that no digit follows: "1-2 Scope" is a range, not section 1.
  const m = /^(?:section\s+)?(\d+(?:\.\d+)*)\.?(?=\s|$|[-–—:](?!\d))\s*[-–—:]?\s*(.*)$/i.exec(text.trim());
  if (m) return { number: m[1]!, title: m[2]!.trim() };
  return { title: text.trim() };
}

const norm = (s: string): string => s.toLowerCase().replace(/[‘’'"“”]/g, '').replace(/\s+/g, ' ').trim();

/** What a `section` reference found in an outline. */
export type SectionMatch =
  | { found: true; heading?: Heading }
  | { found: false; candidates: string[]; ambiguous?: string[] };

/**
 * Finds the heading a `section` reference names: by number ("7", "7.4", "section 7.4"), by exact
 * title ("Stage one"), or by the first words of a title ("Exclusions" for "Exclusions to this policy")
 * when only one heading starts so. Numbered clauses count as sections by number. A reference that more than one
 * heading answers to finds none and names them (`ambiguous`): a citation never silently links the first.
 */
export function findSection(outline: Outline, ref: string | number): SectionMatch {
  const wanted = splitHeading(String(ref));
  const all = outline.headings;
  if (wanted.number !== undefined && wanted.title === '') {
    const hs = all.filter((x) => x.number === wanted.number);
    if (hs.length === 1) return { found: true, heading: hs[0]! };
    if (hs.length > 1) return { found: false, candidates: [], ambiguous: hs.map((h) => h.text) };
    if (outline.clauses.includes(wanted.number)) return { found: true };
    return { found: false, candidates: numbered(all) };
  }
  const title = norm(wanted.title);
  const exact = all.filter((h) => norm(h.title) === title || norm(h.text) === norm(String(ref)));
  if (exact.length === 1) return { found: true, heading: exact[0]! };
  // Several headings of that title: the one whose whole text it is, if only one is ("7.4 Stage one" among two "Stage one").
  const whole = exact.filter((h) => norm(h.text) === norm(String(ref)));
  if (whole.length === 1) return { found: true, heading: whole[0]! };
  if (exact.length > 1) return { found: false, candidates: [], ambiguous: exact.map((h) => h.text) };
  const prefix = all.filter((h) => (norm(h.title) + ' ').startsWith(title + ' '));
  if (prefix.length === 1) return { found: true, heading: prefix[0]! };
  if (prefix.length > 1) return { found: false, candidates: [], ambiguous: prefix.map((h) => h.text) };
  return { found: false, candidates: all.map((h) => h.text) };
}

function numbered(headings: Heading[]): string[] {
  return headings.filter((h) => h.number !== undefined).map((h) => h.text);
}
