import { diffWords } from 'diff';

/** One run of a word-level diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A word-level diff of two texts (whitespace-insensitive); [] when both are empty. */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  return diffWords(before, after).map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
}

/** Texts equal once whitespace is normalised. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}
