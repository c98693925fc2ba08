import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { homedir } from 'node:os';
import { TOOL_ROOT } from '../../load/read-project.ts';
import { checkProject } from '../../validate/check.ts';
import { isoDay } from '../../model/date.ts';
import { logoAssets, siteDataOfViews, withPublicEvidence, type SiteData } from '../../render/site-data.ts';
import type { Renderable } from '../../render/collect.ts';
import { sha256 } from '../../model/approval.ts';
import type { AssessmentView, Edition } from '../../render/view-model.ts';
import { COLOUR, PLAIN } from '../../report/format-pretty.ts';
import { normaliseBase, parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { UsageError } from '../../model/errors.ts';
import { landlordOf, openWorkspace, type Workspace } from '../workspace.ts';
import { internalDecision } from '../../validate/internal-documents.ts';
import { approvalHolds } from '../../validate/approval.ts';
import { landlordTemplates, renderablesOf } from '../collect-views.ts';
import { readWording } from '../../load/read-templates.ts';
import { progress } from '../progress.ts';
import { guardOutDir } from '../out-dir.ts';
import { outputHash, readManifest, readSitePages, sitePagesStale } from '../build-cache.ts';
import { shownPath } from '../messages.ts';
import { NEVER_BLOCKS, planOfChecks } from '../../validate/build-policy.ts';
import { executePlan, filesUnder, withStage } from '../build-execute.ts';
import { planBuild } from '../build-plan.ts';
import { formatDiagnostics, gapNotes } from '../../report/format-pretty.ts';
import { plural } from '../../model/plural.ts';

export const spec: CommandSpec = {
  name: 'build',
  summary: 'check, then render the website, the PDFs and the DOCX files',
  usage: 'chc build [--root DIR] [--out DIR] [--only site|docx|pdf|html] [--edition public|board] [--landlord SLUG] [--period P] [--include-drafts] [--base PATH] [--no-cache]',
  options: {
    ...ROOT_OPTIONS,
    out: { type: 'string', help: 'where to write (default: dist/ in the root); replaced only when the build succeeds' },
    only: { type: 'string', help: 'build only the site (with the public PDF and DOCX it offers for download), the docx files, the pdf files or the single pages (html)' },
    landlord: { type: 'string', help: "build one landlord only (the site keeps the other landlords' pages as they were)" },
    period: { type: 'string', help: 'build one period only (the site keeps the other pages as they were)' },
    'include-drafts': { type: 'boolean', help: 'publish draft (unapproved) assessments on the site too, marked DRAFT' },
    edition: { type: 'string', help: 'make the documents of one edition only: public or board (board leaves the site as it was)' },
    'no-cache': { type: 'boolean', help: 'render everything again, even what has not changed since the last build' },
    'pdf-pages': { type: 'string', help: 'how many PDFs to print at once in the browser (default: one more than the cores, at most 4)' },
    timings: { type: 'boolean', help: 'print how long each phase took (check, site, docx, pdf; the last two run side by side) as a JSON line on stderr' },
    base: { type: 'string', help: 'the path the site is served under, e.g. /my-repo/ on GitHub Pages (default: /)' },
  },
};

/** `chc build`: check first and write nothing on error; then site, DOCX and PDF into a staging folder, swapped in at the end. */
export async function run(argv: string[], io: Io): Promise<number> {
  const started = performance.now();
  const { values } = parse(spec, argv);
  const only = values.only as string | undefined;
  if (only !== undefined && !['site', 'docx', 'pdf', 'html'].includes(only)) throw new UsageError(`unknown --only "${only}" (use site, docx, pdf or html)`);
  if (values.edition !== undefined && !['public', 'board'].includes(values.edition as string)) throw new UsageError(`unknown --edition "${values.edition as string}" (use public or board)`);
  const edition = values.edition as Edition | undefined;
  if (only === 'html' && edition === 'board') throw new UsageError('--only html makes the single pages, which are the public edition; it cannot be combined with --edition board');
  if (only === 'site' && edition === 'board') throw new UsageError('--only site makes the website, which is the public edition; it cannot be combined with --edition board');
  if (values['pdf-pages'] !== undefined && !/^[1-9]\d?$/.test(values['pdf-pages'] as string)) throw new UsageError('--pdf-pages must be a number from 1 to 99');
  const base = normaliseBase((values.base as string | undefined) ?? '/');
  const filter = { landlord: values.landlord as string | undefined, period: values.period as string | undefined };
  // Every landlord and period is read: an assessment is compared with its previous period as in a full build, and
  // what is internal is decided over all of a landlord's assessments, also for the pages a narrowed build keeps.
  // Only the assessments of --landlord and --period are checked, rendered and published.
  const ws = openWorkspace(io, values);
  const root = ws.project.root;
  const outDir = resolve(io.cwd, (values.out as string | undefined) ?? join(root, 'dist'));
  guardOutDir(outDir, { root, home: io.env.HOME || homedir(), toolRoot: TOOL_ROOT });
  if (filter.landlord !== undefined) filter.landlord = landlordOf(ws, filter.landlord).slug;
  if (filter.period !== undefined && !ws.project.landlords.some((l) => (filter.landlord === undefined || l.slug === filter.landlord) && l.assessments.some((a) => a.period === filter.period))) {
    throw new UsageError(`no assessment for period ${filter.period}${filter.landlord ? ` of ${filter.landlord}` : ''}`);
  }
  const shownOut = shownPath(io.cwd, outDir);
  // The site is the public edition: --only docx|pdf and --edition board leave it as it was.
  const wantSite = (only === undefined || only === 'site') && edition !== 'board';
  // A narrowed build keeps the other assessments' pages from the views the last site was built from; views another
  // chc saved may not fit this one's pages, so after an upgrade the site, and everything it offers, is built whole.
  if ((filter.landlord !== undefined || filter.period !== undefined) && wantSite && sitePagesStale(outDir)) {
    io.stderr.write(`note: ${shownOut}/site/ was built by another version of chc, so its other pages cannot be kept as they were: every assessment is built\n`);
    filter.landlord = undefined;
    filter.period = undefined;
  }
  const inScope = ws.project.landlords.filter((l) => filter.landlord === undefined || l.slug === filter.landlord);
  const assessments = inScope.flatMap((l) => l.assessments);
  const otherPeriods = new Set(assessments.filter((a) => filter.period !== undefined && a.period !== filter.period).map((a) => a.file));
  // Problems of the landlords outside --landlord are theirs: not reported here, and they stop nothing.
  const otherLandlords = ws.project.landlords.filter((l) => !inScope.includes(l)).map((l) => `${posix.dirname(l.landlord.file)}/`);
  const outOfScope = (file: string) => otherPeriods.has(file) || otherLandlords.some((dir) => file.startsWith(dir));
  const phases: Record<string, number> = {};
  const checkFrom = performance.now();
  // Only the landlords in scope are checked: the others are read for what is internal in the pages a narrowed
  // build keeps, not to be reported on.
  const diagnostics = checkProject({ ...ws.project, landlords: inScope }, { today: isoDay(io.now()) }).diagnostics.filter((d) => !outOfScope(d.file));
  const drafts = new Set(assessments.filter((a) => a.data && (!a.data.approval || !approvalHolds(ws.project, a))).map((a) => a.file));
  const checks = planOfChecks(diagnostics, inScope, drafts);
  const paint = io.stderr.isTTY === true && io.env.NO_COLOR === undefined ? COLOUR : PLAIN;
  if (checks.fatal.length) {
    io.stderr.write(formatDiagnostics(checks.fatal, paint));
    io.stderr.write(`chc build: ${plural(checks.fatal.length, 'error')} in the tool's own data; nothing was written\n`);
    return EXIT.problems;
  }
  // What cannot be built is reported first; every other assessment is built.
  const refused = [...checks.stray, ...[...checks.blocked.values()].flat()];
  if (refused.length) io.stderr.write(formatDiagnostics(refused, paint) + '\n');
  for (const line of gapNotes(checks.gaps)) io.stderr.write(line + '\n');
  // The errors that never stop a build (build-policy.ts), each noted with what the build does instead.
  for (const d of diagnostics) {
    const instead = NEVER_BLOCKS.get(d.rule);
    if (instead !== undefined && d.severity === 'error') io.stderr.write(`note: ${d.file}:${d.line}: ${d.message}; ${instead}\n`);
  }
  // A landlord with an assessment whose citations cannot be read publishes no document pages (any could be internal).
  for (const l of inScope) {
    const unreadable = internalDecision(ws.project, l).unreadable;
    if (unreadable.length) io.stderr.write(`note: no documents of ${l.slug} are published as pages while ${unreadable.join(', ')} cannot be read: it may mark any of them internal\n`);
  }

  // Dates printed in documents come from the assessment; SOURCE_DATE_EPOCH overrides them (reproducible builds).
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const sourceDate = epoch && /^\d+$/.test(epoch) ? isoDay(new Date(Number(epoch) * 1000)) : undefined;
  const collected = renderablesOf(ws, filter, (a) => approvalHolds(ws.project, a), sourceDate, (a) => checks.blocked.has(a.file));
  const renderables = collected.filter((r) => !checks.blocked.has(r.assessment.file));
  const blockedAssessments = assessments.filter((a) => checks.blocked.has(a.file) && !otherPeriods.has(a.file));
  const refusal = () => {
    const lines = blockedAssessments.map((a) => `chc build: ${a.landlord} ${a.period} was not built: ${plural(checks.blocked.get(a.file)!.length, 'error')} in ${[...new Set(checks.blocked.get(a.file)!.map((d) => d.file))].join(', ')} (listed above; run chc check for the full report)${existsSync(outDir) ? '; its previous outputs are kept as they were' : ''}\n`);
    if (checks.stray.length) lines.push(`chc build: ${plural(checks.stray.length, 'error')} in files that belong to no assessment (listed above)\n`);
    return lines.join('');
  };
  phases.check = Math.round(performance.now() - checkFrom);
  if (renderables.length === 0 && refused.length > 0) {
    io.stderr.write(refusal() + 'chc build: nothing was written\n');
    return EXIT.problems;
  }
  const show = progress(io);
  const outcome = await withStage(outDir, async (stage) => {
    const kinds = (['docx', 'pdf', 'html'] as const).filter((k) => only === undefined || only === k);
    const editions: Edition[] = edition ? [edition] : ['public', 'board'];
    const narrowed = filter.landlord !== undefined || filter.period !== undefined;
    const partial = only !== undefined || narrowed || edition !== undefined;
    const previous = readManifest(outDir);
    const prevDocs = join(outDir, 'documents');
    const prevSite = join(outDir, 'site');

    // The site is always built whole: a narrowed build keeps the pages of the previous site outside its
    // scope as they were (from the views they were built from), and replaces those inside it. An assessment
    // that cannot be built is out of scope too: its page and documents stay as the last build made them.
    const published = renderables.filter((r) => values['include-drafts'] === true || !r.views.public.draft);
    const blockedKeys = new Set(blockedAssessments.map((a) => `${a.landlord}/${a.period}/`));
    const isBlocked = (v: AssessmentView) => blockedKeys.has(`${v.landlord.slug}/${v.period}/`);
    let kept: AssessmentView[] = [];
    if (wantSite && (narrowed || blockedKeys.size > 0)) {
      const before = readSitePages(outDir);
      const inScope = (v: AssessmentView) => !isBlocked(v) && (filter.landlord === undefined || v.landlord.slug === filter.landlord) && (filter.period === undefined || v.period === filter.period);
      if (before) kept = before.filter((v) => !inScope(v));
      else if (existsSync(prevSite) && !narrowed) io.stderr.write(`note: ${shownOut}/site/ has no record of the pages it was built from that this chc can use, so the pages of the assessments that could not be built are left out until they are fixed\n`);
      else if (existsSync(prevSite) && narrowed) io.stderr.write(`note: ${shownOut}/site/ has no record of the pages it was built from, so it now holds only this build's; build without --landlord and --period to make it whole again\n`);
    }
    // A kept page publishes only the evidence still public (none newly internal, by any citation of any of its
    // landlord's assessments), and shows nothing of a document now internal, not even its title.
    const publicEvidence = new Map(collected.map((r) => [r.landlord.slug, new Set(r.publicEvidence)]));
    kept = kept.map((v) => keptPageNow(v, ws, publicEvidence.get(v.landlord.slug)));
    const siteData = wantSite ? siteOf(published, kept, base, prevSite) : undefined;
    const siteHash = siteData ? outputHash('site', { ...siteData, assets: contentHashes(siteData.assets) }) : undefined;

    // The plan (build-plan.ts): what to render, what to reuse and keep of the previous build, whether the site is
    // built; then the executor (build-execute.ts) carries it out in the staging folder and swaps it in.
    const plan = planBuild({
      kinds, editions, views: renderables.map((r) => r.views), sitePages: siteData?.pages ?? [], ...(siteHash ? { siteHash } : {}),
      partial, reuse: values['no-cache'] !== true, blocked: blockedKeys,
      previous: { manifest: previous, documents: existsSync(prevDocs) ? filesUnder(prevDocs) : [], site: existsSync(prevSite) },
      hashOf: outputHash,
    });
    try {
      return await executePlan({
        plan, outDir, stage, base, previous, show, took: (phase, ms) => { phases[phase] = Math.round(ms); },
        ...(siteData && siteHash ? { site: { data: siteData, hash: siteHash } } : {}),
        ...(values['pdf-pages'] ? { pdfPages: Number(values['pdf-pages']) } : {}),
      });
    } catch (e) {
      show.done();
      throw e;
    }
  });
  const { written, pdfFailure, missingDownloads } = outcome;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const parts = [written.site ? `site (${plural(written.pages, 'assessment page')})` : '', written.pdf ? `${written.pdf} PDF` : '', written.docx ? `${written.docx} DOCX` : '', written.html ? plural(written.html, 'single page') : '', written.reused ? `${plural(written.reused, 'unchanged document')} reused` : ''].filter(Boolean);
  io.stdout.write(`built ${plural(renderables.length, 'assessment')}: ${parts.join(', ') || 'nothing'} into ${shownOut}/ in ${seconds} s\n`);
  if (values.timings === true) io.stderr.write(`timings ${JSON.stringify(phases)}\n`);
  if (pdfFailure) io.stderr.write(`chc build: no PDFs were made: ${pdfFailure}\n`);
  io.stderr.write(refusal());
  if (missingDownloads.length) {
    io.stderr.write(`chc build: the website was not updated, because ${plural(missingDownloads.length, 'document')} it offers for download could not be made (${missingDownloads.slice(0, 3).join(', ')}${missingDownloads.length > 3 ? ', …' : ''})\n`);
  }
  return pdfFailure || missingDownloads.length || refused.length ? EXIT.problems : EXIT.ok;
}

/**
 * The site's data: the `published` assessments of this build, and the `kept` pages of the previous site
 * (a narrowed build's out-of-scope pages), in one order whatever the build, so a narrowed build followed by
 * a full one gives what a full build gives. A kept page's logo is taken from the previous site.
 */
function siteOf(published: Renderable[], kept: AssessmentView[], base: string, previousSite: string): SiteData {
  const key = (v: AssessmentView) => `${v.landlord.slug}\u0000${v.period}`;
  const pages = [...published.map((r) => r.views.public), ...kept].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const assets = logoAssets(published);
  for (const v of kept) {
    const logo = v.landlord.logo;
    if (logo && !(logo in assets) && existsSync(join(previousSite, logo))) assets[logo] = join(previousSite, logo);
  }
  return siteDataOfViews(pages, [], base, Object.fromEntries(Object.entries(assets).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/**
 * A page a narrowed build keeps, as it may be published now: of its evidence pages, those still public (from this
 * run's collection of its landlord when there is one, else by the landlord's internal documents now: by real
 * path, none at all while one of its assessments cannot be read, none for a landlord gone); and every citation
 * under a title now internal shown as internal.
 */
function keptPageNow(v: AssessmentView, ws: Workspace, collectedPublic: ReadonlySet<string> | undefined): AssessmentView {
  const l = ws.project.landlords.find((x) => x.slug === v.landlord.slug);
  const decision = l ? internalDecision(ws.project, l) : undefined;
  const realOf = (path: string) => {
    try {
      return realpathSync(join(l!.dir, path));
    } catch {
      return undefined;
    }
  };
  const publicNow = collectedPublic ?? new Set((v.evidence ?? []).map((e) => e.path).filter((p) => {
    if (!decision || decision.unreadable.length > 0) return false;
    const real = realOf(p);
    return real !== undefined && !decision.files.has(real);
  }));
  // A page saved by a chc that did not record its wording is given its landlord's as it is now.
  const worded = v.wording ? v : { ...v, wording: l ? landlordTemplates(l).wording : readWording() };
  return withPublicEvidence(worded, publicNow, decision?.fileTitles ?? new Set());
}

/** What the site's assets hold (a changed logo changes the site), by site path. */
function contentHashes(assets: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(assets).map(([path, source]) => [path, sha256(readFileSync(source))]));
}
