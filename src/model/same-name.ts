// Whether two names of a category or a reason are one written two ways: "ASB" and "Anti-social behaviour",
// "Damp & mould" and "damp and mould". Pure.

/** A name folded for comparison: lower case, "&" as "and", punctuation and runs of white space as one space. */
function folded(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The initials of a name's words, hyphenated parts counted as words ("Anti-social behaviour": "asb"). */
function initials(name: string): string {
  return name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !/^(and|of|the)$/i.test(w)).map((w) => w[0]!.toLowerCase()).join('');
}

/** Whether `a` and `b` differ as written but name the same thing: the same words, or one the other's initials. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return false;
  if (folded(a) === folded(b)) return true;
  const short = (s: string) => /^[\p{Lu}\p{N}]{2,6}$/u.test(s.replace(/[.\s]/g, ''));
  const [abbr, full] = short(a) && !short(b) ? [a, b] : short(b) && !short(a) ? [b, a] : [null, null];
  return abbr !== null && full !== null && abbr.replace(/[.\s]/g, '').toLowerCase() === initials(full);
}

/**
 * The names of a list written as another of its names was written first: each with that first name. `names` in the
 * order they occur; each returned once, at its first occurrence.
 */
export function namesWrittenTwoWays<T>(items: readonly T[], nameOf: (item: T) => string | null): { item: T; name: string; first: string }[] {
  const seen = new Set<string>();
  const out: { item: T; name: string; first: string }[] = [];
  for (const item of items) {
    const name = nameOf(item);
    if (name === null || seen.has(name)) continue;
    // A list of categories is short; a column of free text is not one, and is not compared name by name.
    if (seen.size >= MAX_NAMES) break;
    let first: string | undefined;
    for (const s of seen) if (sameName(s, name)) { first = s; break; }
    seen.add(name);
    if (first !== undefined) out.push({ item, name, first });
  }
  return out;
}

/** How many distinct names are compared at most. */
const MAX_NAMES = 300;
