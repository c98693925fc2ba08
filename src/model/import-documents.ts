// The documents a form's evidence names, for `chc import` to write as `documents:` (each imported answer is marked
// for review, these with it): a named policy or procedure and the sections of it cited ("section 4 of our Customer
// Complaints and Feedback Policy", "our Complaints Policy (Section 1 and 17)"), a document the form marks "internal
// link only", and a web address. The text itself is kept word for word. Pure.

/** A document as `documents:` gives one. */
export interface FoundDocument {
  title: string;
  section?: string;
  url?: string;
  internal?: true;
}

/** The words that end a document's name. */
const KIND = '(?:Policy|Procedure|Procedures|Strategy|Framework|Guidance|Guide|Leaflet|Handbook|Charter|Plan|Report|Statement|Standards?|Code of Conduct|Terms of Reference)';
/** A document's name: up to seven capitalised words (and "and", "of", "&") ending in its kind. */
const NAME = `((?:[A-Z][\\w'’-]*\\s+(?:(?:and|of|&|for)\\s+)?){1,7}${KIND})`;
/** A run of section numbers: "4", "7.4", "1 and 17", "4, 5 & 6". */
const SECTIONS = '(\\d+(?:\\.\\d+)*(?:\\s*(?:,|and|&)\\s*\\d+(?:\\.\\d+)*)*)';

/** What may stand between a document's name and the sections cited: a lost link's "here", a bracket. */
const BETWEEN = '(?:\\s*\\(?\\s*here\\s*\\)?)?\\s*\\(?\\s*';
const NAMED_AFTER = new RegExp(`\\b(?:[Oo]ur|[Tt]he)\\s+${NAME}(?:${BETWEEN}[Ss]ections?\\s+${SECTIONS})?`, 'g');
/** "our policy", "the complaints policy": the form's policy, named elsewhere in it (`policy`). */
const GENERIC = new RegExp(`\\b(?:our|the)\\s+(?:complaints?\\s+)?policy\\b(?:${BETWEEN}sections?\\s+${SECTIONS})?`, 'g');
const GENERIC_SECTION_OF = new RegExp(`\\bsections?\\s+${SECTIONS}\\s+(?:of|in)\\s+(?:our|the)\\s+(?:complaints?\\s+)?policy\\b`, 'gi');
const SECTION_OF = new RegExp(`\\b[Ss]ections?\\s+${SECTIONS}\\s+(?:of|in)\\s+(?:our|the)\\s+${NAME}`, 'g');
const INTERNAL = /((?:[A-Za-z][\w'’-]*\s+){1,6}?)\((?:internal link only|internal only|internal document)\)/g;
const URL = /https?:\/\/[^\s)<>"]+[^\s)<>".,;:!?]/g;

const numbers = (run: string | undefined): string[] => (run ? [...run.matchAll(/\d+(?:\.\d+)*/g)].map((m) => m[0]) : []);
const SKIP_START = /^(?:all|our|the|a|an|see|and|in|of|with|within)\s+/i;

/**
 * The documents `text` names, each (title and section) once, in the order they first appear. `policy` is the name
 * of the policy "our policy" means (the form names it somewhere: `namedPolicy`); without one, such a mention is none.
 */
export function documentsIn(text: string, policy?: string): FoundDocument[] {
  const found: (FoundDocument & { at: number })[] = [];
  const add = (d: FoundDocument, at: number) => {
    const same = found.find((x) => x.title.toLowerCase() === d.title.toLowerCase() && x.section === d.section && x.url === d.url);
    if (!same) found.push({ ...d, at });
  };
  for (const m of text.matchAll(SECTION_OF)) {
    for (const section of numbers(m[1])) add({ title: m[2]!.trim(), section }, m.index);
  }
  for (const m of text.matchAll(NAMED_AFTER)) {
    const title = m[1]!.trim();
    const sections = numbers(m[2]);
    // Named after "section N of": already found with its section.
    if (sections.length === 0 && found.some((d) => d.title.toLowerCase() === title.toLowerCase())) continue;
    if (sections.length === 0) add({ title }, m.index);
    for (const section of sections) add({ title, section }, m.index);
  }
  if (policy) {
    for (const m of text.matchAll(GENERIC_SECTION_OF)) for (const section of numbers(m[1])) add({ title: policy, section }, m.index);
    for (const m of text.matchAll(GENERIC)) {
      const sections = numbers(m[1]);
      if (sections.length === 0 && !found.some((d) => d.title === policy)) add({ title: policy }, m.index);
      for (const section of sections) add({ title: policy, section }, m.index);
    }
  }
  for (const m of text.matchAll(INTERNAL)) {
    let words = m[1]!.trim();
    while (SKIP_START.test(words)) words = words.replace(SKIP_START, '');
    if (words.split(/\s+/).length < 2) continue;
    add({ title: `${words.charAt(0).toUpperCase()}${words.slice(1)}`, internal: true }, m.index);
  }
  for (const m of text.matchAll(URL)) {
    const u = m[0];
    let host = u;
    try { host = new globalThis.URL(u).host; } catch { /* kept whole */ }
    add({ title: `${host} (web page)`, url: u }, m.index);
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...d }) => d);
}

/** The policy a form names most often (its complaints policy, which "our policy" then means), or undefined. */
export function namedPolicy(texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const d of documentsIn(t)) if (/policy$/i.test(d.title)) counts.set(d.title, (counts.get(d.title) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
