import type { SiteData } from '../site-data.ts';
import type { AssessmentView, EvidenceView } from '../view-model.ts';
import { dataFile } from 'virtual:chc/site';
import { readSiteData } from './site-data-file.ts';

/** The site data `chc build` (or `chc dev`) wrote for this build, named by the chc-site integration (integration.ts). */
export function siteData(): SiteData {
  return readSiteData(dataFile);
}

/** The routes of the assessment pages (and their action plans): one per published assessment. */
export function assessmentPaths() {
  return siteData().pages.map((view) => ({ params: { landlord: view.landlord.slug, period: view.period }, props: { view } }));
}

/**
 * The routes of the published evidence documents: one per landlord and document, from the newest assessment
 * citing it (its text and title), with every published assessment citing it, oldest first.
 */
export function evidencePaths() {
  const docs = new Map<string, { view: AssessmentView; evidence: EvidenceView; citedBy: AssessmentView[] }>();
  const pages = [...siteData().pages].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  for (const view of pages) {
    for (const evidence of view.evidence ?? []) {
      const key = `${view.landlord.slug}\u0000${evidence.slug}`;
      const entry = docs.get(key);
      if (entry) { entry.view = view; entry.evidence = evidence; entry.citedBy.push(view); } else docs.set(key, { view, evidence, citedBy: [view] });
    }
  }
  return [...docs.values()].map((d) => ({ params: { landlord: d.view.landlord.slug, document: d.evidence.slug }, props: d }));
}
