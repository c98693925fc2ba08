import type { AssessmentView, Edition } from '../render/view-model.ts';
import type { BuildManifest } from './build-cache.ts';

/** What `chc build` makes for each assessment besides the site: its DOCX, its PDF, its single page. */
export type DocumentKind = 'pdf' | 'docx' | 'html';

/**
 * Documents of one edition: dist/documents/<landlord>/<period>/<landlord>-<period>-<edition>.<ext>. The `html` is
 * the assessment's single page (public edition only), beside the PDF and DOCX it links to.
 */
export function documentPath(view: AssessmentView, ext: DocumentKind): string {
  return `${view.landlord.slug}/${view.period}/${view.landlord.slug}-${view.period}-${view.edition}.${ext}`;
}

/** One document to make (or reuse): its kind, the view it renders, its path under documents/ and its hash. */
export interface Job {
  kind: DocumentKind;
  view: AssessmentView;
  path: string;
  hash: string;
}

/** What the planner is given: this build's views and request, and what the previous build left. */
export interface PlanInput {
  /** The kinds of document asked for (--only), and the editions (--edition). */
  kinds: readonly DocumentKind[];
  editions: readonly Edition[];
  /** The views of each assessment this build renders, by edition. */
  views: readonly Readonly<Record<Edition, AssessmentView>>[];
  /** The pages of the site this build makes (none without a site): each offers its public PDF and DOCX. */
  sitePages: readonly AssessmentView[];
  /** The hash of the site's data, when this build makes a site. */
  siteHash?: string;
  /** A build narrowed by --only, --edition, --landlord or --period: every previous document is kept. */
  partial: boolean;
  /** Whether unchanged documents may be reused (not --no-cache). */
  reuse: boolean;
  /** The folders (`<landlord>/<period>/`) of the assessments that cannot be built: their documents are kept as they were. */
  blocked: ReadonlySet<string>;
  /** The previous build: its manifest, the files under its documents/, and whether its site/ is there. */
  previous: { manifest: BuildManifest; documents: readonly string[]; site: boolean };
  /** The hash of what a document is rendered from (build-cache.ts: outputHash). */
  hashOf: (kind: DocumentKind, view: AssessmentView) => string;
}

/** What a build will do: the plan the executor carries out. */
export interface BuildPlan {
  /** Every document of this build, by path. */
  jobs: Job[];
  /** The documents to render (the DOCX first: they are quick, and need no browser). */
  render: Job[];
  /** How many documents are reused from the previous build, unchanged. */
  reused: number;
  /** The previous build's documents to carry into this one (the reused, and in a partial build every other). */
  keep: string[];
  /** Whether the site is built (false: the previous one is kept, unchanged). */
  buildSite: boolean;
  /** The manifest to record when every document is made. */
  manifest: BuildManifest;
}

/**
 * Plans a build, without touching a file: every document with the hash of what it is rendered from; those whose hash
 * is unchanged, and whose file is still there, are reused from the previous build, the others rendered. The site
 * offers each page's public PDF and DOCX for download, so those are part of any build that makes the site. A partial
 * build keeps every previous document (and its record); a full one keeps only those it makes again and those of the
 * assessments it cannot build. The site is built unless its data is unchanged and the previous one is there.
 */
export function planBuild(input: PlanInput): BuildPlan {
  const jobs = new Map<string, Job>();
  const add = (kind: DocumentKind, view: AssessmentView) => {
    const path = documentPath(view, kind);
    if (!jobs.has(path)) jobs.set(path, { kind, view, path, hash: input.hashOf(kind, view) });
  };
  for (const kind of input.kinds) for (const views of input.views) for (const e of input.editions) if (kind !== 'html' || e === 'public') add(kind, views[e]);
  for (const kind of ['docx', 'pdf'] as const) for (const view of input.sitePages) add(kind, view);

  const { previous } = input;
  const there = new Set(previous.documents);
  const reusable = (j: Job) => input.reuse && previous.manifest.outputs[j.path] === j.hash && there.has(j.path);
  const ofBlocked = (path: string) => [...input.blocked].some((k) => path.startsWith(k));
  const all = [...jobs.values()];
  const kept = new Set(all.filter(reusable).map((j) => j.path));
  const keep = previous.documents.filter((f) => input.partial || kept.has(f) || ofBlocked(f));
  const render = all.filter((j) => !reusable(j)).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'docx' ? -1 : b.kind === 'docx' ? 1 : 0));
  const recorded = input.partial ? previous.manifest.outputs : Object.fromEntries(Object.entries(previous.manifest.outputs).filter(([path]) => ofBlocked(path)));
  const manifest: BuildManifest = { outputs: { ...recorded, ...Object.fromEntries(all.map((j) => [j.path, j.hash])) } };
  if (previous.manifest.site) manifest.site = previous.manifest.site;
  const buildSite = input.siteHash !== undefined && !(input.reuse && previous.manifest.site === input.siteHash && previous.site);
  return { jobs: all, render, reused: all.length - render.length, keep, buildSite, manifest };
}
