// The build's planner (src/cli/build-plan.ts): what a build renders, reuses and keeps, decided without a file. The
// end-to-end builds (tests/build/) run a few of these through the real CLI.
import { describe, expect, it } from 'vitest';
import { planBuild, type PlanInput } from '../../src/cli/build-plan.ts';
import type { AssessmentView, Edition } from '../../src/render/view-model.ts';

/** A view with what the planner reads (landlord, period, edition) and a version standing for its content. */
function view(slug: string, period: string, edition: Edition, version = 1): AssessmentView {
  return { landlord: { slug }, period, edition, version } as unknown as AssessmentView;
}
const views = (slug: string, period: string, version = 1) => ({ public: view(slug, period, 'public', version), board: view(slug, period, 'board', version) });
const hashOf: PlanInput['hashOf'] = (kind, v) => `${kind}:${v.landlord.slug}:${v.period}:${v.edition}:${(v as unknown as { version: number }).version}`;

/** A full build of two assessments with nothing before it; `over` changes any part. */
function input(over: Partial<PlanInput> = {}): PlanInput {
  const all = [views('east', '2023-24'), views('west', '2023-24')];
  return {
    kinds: ['docx', 'pdf', 'html'], editions: ['public', 'board'], views: all, sitePages: all.map((v) => v.public), siteHash: 'site-1',
    partial: false, reuse: true, blocked: new Set(), previous: { manifest: { outputs: {} }, documents: [], site: false }, hashOf, ...over,
  };
}
/** What a build left: the manifest and files of a plan carried out in full. */
function after(plan: ReturnType<typeof planBuild>, site = 'site-1'): PlanInput['previous'] {
  return { manifest: { ...plan.manifest, site }, documents: Object.keys(plan.manifest.outputs), site: true };
}

describe('planBuild', () => {
  it('a first build renders every document: DOCX, PDF and single page, DOCX first, the single page of the public edition only', () => {
    const plan = planBuild(input());
    expect(plan.render.map((j) => j.path)).toEqual([
      'east/2023-24/east-2023-24-public.docx', 'east/2023-24/east-2023-24-board.docx', 'west/2023-24/west-2023-24-public.docx', 'west/2023-24/west-2023-24-board.docx',
      'east/2023-24/east-2023-24-public.pdf', 'east/2023-24/east-2023-24-board.pdf', 'west/2023-24/west-2023-24-public.pdf', 'west/2023-24/west-2023-24-board.pdf',
      'east/2023-24/east-2023-24-public.html', 'west/2023-24/west-2023-24-public.html',
    ]);
    expect(plan).toMatchObject({ reused: 0, keep: [], buildSite: true });
    expect(Object.keys(plan.manifest.outputs)).toHaveLength(10);
  });

  it('a build with nothing changed renders nothing, reuses every document and keeps the site', () => {
    const first = planBuild(input());
    const second = planBuild(input({ previous: after(first) }));
    expect(second.render).toEqual([]);
    expect(second).toMatchObject({ reused: 10, buildSite: false });
    expect(second.keep).toHaveLength(10);
    expect(second.manifest).toEqual({ ...first.manifest, site: 'site-1' });
  });

  it('renders again only the documents of an assessment that changed, and the site when its data changed', () => {
    const previous = after(planBuild(input()));
    const plan = planBuild(input({ views: [views('east', '2023-24', 2), views('west', '2023-24')], siteHash: 'site-2', previous }));
    expect(plan.render.map((j) => j.path).every((p) => p.startsWith('east/'))).toBe(true);
    expect(plan.render).toHaveLength(5);
    expect(plan.keep.every((p) => p.startsWith('west/'))).toBe(true);
    expect(plan.buildSite).toBe(true);
  });

  it('renders a document again when its file is gone, whatever the record says, and everything with --no-cache', () => {
    const previous = after(planBuild(input()));
    const gone = planBuild(input({ previous: { ...previous, documents: previous.documents.filter((p) => !p.endsWith('east-2023-24-board.pdf')) } }));
    expect(gone.render.map((j) => j.path)).toEqual(['east/2023-24/east-2023-24-board.pdf']);
    const fresh = planBuild(input({ previous, reuse: false }));
    expect(fresh.render).toHaveLength(10);
    expect(fresh.keep).toEqual([]);
    expect(fresh.buildSite).toBe(true);
  });

  it('the site is built again when the previous one is gone', () => {
    const previous = after(planBuild(input()));
    expect(planBuild(input({ previous: { ...previous, site: false } })).buildSite).toBe(true);
  });

  it('a full build drops the documents of an assessment gone, but keeps those of one that cannot be built', () => {
    const previous = after(planBuild(input()));
    const westGone = planBuild(input({ views: [views('east', '2023-24')], sitePages: [view('east', '2023-24', 'public')], previous }));
    expect(westGone.keep.some((p) => p.startsWith('west/'))).toBe(false);
    expect(Object.keys(westGone.manifest.outputs).some((p) => p.startsWith('west/'))).toBe(false);
    const westBlocked = planBuild(input({ views: [views('east', '2023-24')], sitePages: [view('east', '2023-24', 'public')], blocked: new Set(['west/2023-24/']), previous }));
    expect(westBlocked.keep.filter((p) => p.startsWith('west/'))).toHaveLength(5);
    expect(Object.keys(westBlocked.manifest.outputs).filter((p) => p.startsWith('west/'))).toHaveLength(5);
    expect(westBlocked.render).toEqual([]);
  });

  it('a partial build (--only docx, --edition board) renders what it is asked for and keeps every other document and its record', () => {
    const previous = after(planBuild(input()));
    const docx = planBuild(input({ kinds: ['docx'], sitePages: [], siteHash: undefined, partial: true, reuse: false, previous }));
    expect(docx.render.map((j) => j.kind)).toEqual(['docx', 'docx', 'docx', 'docx']);
    expect(docx.keep).toHaveLength(10);
    expect(docx.manifest.outputs).toEqual(previous.manifest.outputs);
    expect(docx.buildSite).toBe(false);
    const board = planBuild(input({ editions: ['board'], sitePages: [], siteHash: undefined, partial: true, reuse: false, previous }));
    expect(board.render.map((j) => j.path)).toEqual(['east/2023-24/east-2023-24-board.docx', 'west/2023-24/west-2023-24-board.docx', 'east/2023-24/east-2023-24-board.pdf', 'west/2023-24/west-2023-24-board.pdf']);
  });

  it("the site's pages bring their public PDF and DOCX into any build that makes the site (--only site)", () => {
    const plan = planBuild(input({ kinds: [], partial: true }));
    expect(plan.render.map((j) => j.path).sort()).toEqual([
      'east/2023-24/east-2023-24-public.docx', 'east/2023-24/east-2023-24-public.pdf', 'west/2023-24/west-2023-24-public.docx', 'west/2023-24/west-2023-24-public.pdf']);
    expect(plan.buildSite).toBe(true);
  });
});
