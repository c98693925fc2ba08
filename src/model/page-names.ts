import slugify from '@sindresorhus/slugify';
import { sha256 } from './approval.ts';

/** A name for a page: the words transliterated to Latin letters (politika for политика), lower case, hyphens. */
export function pageSlug(words: string): string {
  return slugify(words);
}

/**
 * A distinct, stable page name for each published document, by its path inside the landlord's folder: its file
 * name's stem ("Complaints Policy.md" → "complaints-policy"); where two share that, their whole paths
 * ("evidence-complaints-policy"); where names still collide, or a name has no letters to keep ("方針.md"), the
 * name with a short hash of the path ("complaints-policy-3f2a1c", "document-9b04d2"), which depends on that
 * path alone: the same file keeps its name however the others change.
 */
export function pageNames(paths: readonly string[]): Map<string, string> {
  const stem = (p: string) => p.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  const withHash = (p: string, name: string) => `${name || 'document'}-${sha256(p).slice(0, 6)}`;
  const count = <T>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());
  const sorted = [...new Set(paths)].sort();
  const stems = new Map(sorted.map((p) => [p, pageSlug(stem(p))]));
  const stemCount = count([...stems.values()]);
  const first = new Map(sorted.map((p) => {
    const s = stems.get(p)!;
    if (s === '') return [p, withHash(p, '')];
    return [p, stemCount.get(s)! > 1 ? pageSlug(p.replace(/\.[^.]*$/, '')) || s : s];
  }));
  const nameCount = count([...first.values()]);
  return new Map(sorted.map((p) => {
    const n = first.get(p)!;
    return [p, nameCount.get(n)! > 1 ? withHash(p, stems.get(p)!) : n];
  }));
}
