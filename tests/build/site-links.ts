import { existsSync, statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { filesUnder } from '../helpers/outputs.ts';

/**
 * Every link of a built site that points inside it (href and src of its HTML pages) whose file is not there:
 * "page → link". External links (https:, mailto:, tel:), in-page anchors and the base path are understood.
 */
export function brokenLinks(siteDir: string, base = '/'): string[] {
  const broken: string[] = [];
  for (const page of filesUnder(siteDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(siteDir, page), 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = m[1]!.replace(/&amp;/g, '&');
      if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(link) || link === '') continue;
      const path = decodeURIComponent(link.replace(/[?#].*$/, ''));
      let target: string;
      if (path.startsWith('/')) {
        if (!path.startsWith(base)) { broken.push(`${page} → ${link} (outside the base ${base})`); continue; }
        target = join(siteDir, path.slice(base.length));
      } else {
        target = resolve(dirname(join(siteDir, page)), path);
      }
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) broken.push(`${page} → ${link}`);
    }
  }
  return broken.sort();
}
