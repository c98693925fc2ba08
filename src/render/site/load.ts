import { readFileSync } from 'node:fs';
import type { SiteData } from '../site-data.ts';

let cached: { path: string; mtime: number; data: SiteData } | undefined;

/** The site data `chc build` (or `chc dev`) wrote for this build: the path is in CHC_SITE_DATA. */
export function siteData(): SiteData {
  const path = process.env.CHC_SITE_DATA;
  if (!path) throw new Error('CHC_SITE_DATA is not set: build the site with `chc build` or `chc dev`');
  const text = readFileSync(path, 'utf8');
  const mtime = text.length;
  if (!cached || cached.path !== path || cached.mtime !== mtime || process.env.CHC_DEV) cached = { path, mtime, data: JSON.parse(text) as SiteData };
  return cached.data;
}

/** The routes of the assessment pages (and their action plans): one per published assessment. */
export function assessmentPaths() {
  return siteData().pages.map((view) => ({ params: { landlord: view.landlord.slug, period: view.period }, props: { view } }));
}
