import { isAbsolute, relative, sep } from 'node:path';

/** A path as the user knows it: relative to the working directory when inside it, else absolute. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}
