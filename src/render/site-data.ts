import { resolve, sep } from 'node:path';
import { internalPublic, type AssessmentView, type DocumentView } from './view-model.ts';
import { titleKey } from '../model/title-key.ts';
import { say, type Wording } from '../model/wording.ts';
import { readWording } from '../load/read-templates.ts';
import type { Renderable } from './collect.ts';

/** One landlord on the site's index. */
export interface LandlordEntry {
  slug: string;
  name: string;
  website: string;
  colour: string | null;
  /** The logo's site path, when the landlord has one. */
  logo: string | null;
  /** `report`: whether the period has an annual complaints report page. */
  periods: { period: string; code: string; draft: boolean; path: string; report: boolean }[];
  /** The landlord's wording (its newest assessment's), for its page of the site. */
  wording: Wording;
}

/**
 * What the Astro site is built from, written as JSON by `chc build` and read by the pages.
 * `pages` are the public views the site publishes; `print` the views printed to PDF (both editions),
 * rendered under /print-view/ and moved out of the site before it is published; `single` the public views made
 * into single pages (one HTML file each, beside the PDF and DOCX), rendered under /single-page/ and moved out too.
 */
export interface SiteData {
  title: string;
  base: string;
  landlords: LandlordEntry[];
  pages: AssessmentView[];
  print: AssessmentView[];
  single: AssessmentView[];
  /** Files to publish as they are: site path → absolute source path (landlords' logos). */
  assets: Record<string, string>;
  /** The tool's wording (templates/messages.yaml), for the site's home page and the pages of no landlord. */
  wording: Wording;
}

/**
 * A kept page's view (a narrowed build's, from the previous site) without the evidence documents that are no
 * longer public (`publicPaths`: the landlord's public evidence files as this build found them), nor links to them,
 * and with every citation under a title now internal (`internalTitles`, as `titleKey`) shown as internal.
 */
export function withPublicEvidence(view: AssessmentView, publicPaths: ReadonlySet<string>, internalTitles: ReadonlySet<string> = new Set()): AssessmentView {
  const evidence = (view.evidence ?? []).filter((e) => publicPaths.has(e.path));
  const masked = (d: DocumentView) => !d.internal && d.title !== null && internalTitles.has(titleKey(d.title));
  const anyMasked = view.sections.some((s) => s.groups.some((g) => g.provisions.some((p) => p.documents.some(masked))));
  if (evidence.length === (view.evidence ?? []).length && !anyMasked) return view;
  const hrefs = new Set(evidence.map((e) => e.href));
  const keep = (href: string | null) => (href !== null && hrefs.has(href.replace(/#.*$/, '')) ? href : null);
  const now = (d: DocumentView): DocumentView => (masked(d) ? internalPublic(say(view.wording, 'documents.internalPublic')) : { ...d, href: keep(d.href ?? null) });
  return {
    ...view,
    evidence,
    sections: view.sections.map((s) => ({
      ...s,
      groups: s.groups.map((g) => ({ ...g, provisions: g.provisions.map((p) => ({ ...p, documents: p.documents.map(now) })) })),
    })),
  };
}

/** The site path of an assessment page ("plus-dane/2023-24/"). */
export function assessmentPath(slug: string, period: string): string {
  return `${slug}/${period}/`;
}

/** The landlords' logos to publish: site path → file in the landlord's folder (only a file inside it). */
export function logoAssets(rs: Renderable[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rs) {
    const path = r.views.public.landlord.logo;
    const logo = r.landlord.landlord.data?.brand?.logo;
    if (!path || !logo) continue;
    const source = resolve(r.landlord.dir, logo);
    if (source.startsWith(r.landlord.dir + sep)) out[path] = source;
  }
  return out;
}

/**
 * The data the site is built from: the `published` assessments' public views with the landlords' index
 * (periods newest first, landlords by name) and logos, and the print views of `print` in both editions.
 */
export function siteDataOf(published: Renderable[], print: Renderable[], base: string): SiteData {
  return siteDataOfViews(published.map((r) => r.views.public), print.flatMap((r) => [r.views.public, r.views.board]), base, logoAssets(published));
}

/** The same from views: the public `pages`, the `print` views, and the files to publish as they are. */
export function siteDataOfViews(pages: AssessmentView[], print: AssessmentView[], base: string, assets: Record<string, string>, single: AssessmentView[] = []): SiteData {
  const wording = readWording();
  const landlords = new Map<string, LandlordEntry>();
  for (const v of pages) {
    const entry = landlords.get(v.landlord.slug) ?? { slug: v.landlord.slug, name: v.landlord.name, website: v.landlord.website, colour: v.landlord.colour, logo: v.landlord.logo, periods: [], wording: v.wording };
    // The newest assessment's wording is the landlord's (a landlord's templates apply to all its assessments alike).
    if (entry.periods.every((p) => p.period < v.period)) entry.wording = v.wording;
    entry.periods.push({ period: v.period, code: v.code.id, draft: v.draft, path: assessmentPath(v.landlord.slug, v.period), report: v.report !== null });
    landlords.set(v.landlord.slug, entry);
  }
  for (const l of landlords.values()) l.periods.sort((a, b) => (a.period < b.period ? 1 : -1));
  return {
    title: say(wording, 'site.title'),
    base,
    landlords: [...landlords.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    pages,
    print,
    single,
    assets,
    wording,
  };
}
