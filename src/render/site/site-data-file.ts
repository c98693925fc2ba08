import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'devalue';
import type { SiteData } from '../site-data.ts';

/**
 * Writes the site data for Astro with devalue, which keeps shared references: each public view appears once
 * (the site's pages and the PDFs' print views share it) and each Code text once (every view of that Code shares
 * its parsed tree). As JSON the same data was five times larger, and Astro held every copy: on the synthetic
 * sector of 30 landlords 30 MB of JSON became 6.3 MB.
 */
export function writeSiteData(path: string, data: SiteData): void {
  writeFileSync(path, stringify(data));
}

/**
 * The data read, with the file's identity. Kept on the global object, not in this module: Astro's prerendering
 * loads its own copy of this module, which stays loaded for the rest of the build, so a module variable would
 * hold the whole site data through the PDF and DOCX phases. `chc build` forgets it once the site is built.
 */
const CACHE = Symbol.for('chc.siteData');
type Cache = { path: string; key: string; data: SiteData };
const store = globalThis as { [CACHE]?: Cache };

/**
 * The site data at `path`, read again only when the file changed (by its modification time and size: a cache
 * keyed on the text's length served stale data after an edit that kept the length).
 */
export function readSiteData(path: string): SiteData {
  const st = statSync(path);
  const key = `${st.mtimeMs}:${st.size}:${st.ino}`;
  const cached = store[CACHE];
  if (cached && cached.path === path && cached.key === key) return cached.data;
  const data = parse(readFileSync(path, 'utf8')) as SiteData;
  store[CACHE] = { path, key, data };
  return data;
}

/** Lets go of the site data read for the pages (see CACHE). */
export function forgetSiteData(): void {
  delete store[CACHE];
}
