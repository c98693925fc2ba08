import { isAbsolute, relative, sep } from 'node:path';

/** "1 open action", "3 open actions": a count with its noun, singular or plural, for the CLI's messages. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A path as the user knows it: relative to the working directory when inside it, else absolute. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}
