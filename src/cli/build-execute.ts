import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Browser } from 'puppeteer';
import { TOOL_ROOT } from '../load/read-project.ts';
import { BrowserError } from '../model/errors.ts';
import { siteDataOfViews, type SiteData } from '../render/site-data.ts';
import { writeSite } from '../render/site/write-site.ts';
import { sweepWorkFolders } from '../render/work-folders.ts';
import { linkOrCopy, writeManifest, writeSitePages, type BuildManifest } from './build-cache.ts';
import { documentPath, type BuildPlan } from './build-plan.ts';
import { lockOutput, removeAbandoned } from './lock.ts';
import type { progress } from './progress.ts';

/** The folder of the site that holds the public documents offered for download (see the view's `downloads`). */
const DOWNLOADS = 'documents';

/**
 * Runs `work` with a staging folder beside `outDir` (`<out>.staging-<pid>`), holding the output's lock: a build
 * killed or interrupted leaves the output as it was, and its staging folder is removed (by the next build when the
 * kill was a SIGKILL). Work folders a killed run left in the tool's folder are swept first.
 */
export async function withStage<T>(outDir: string, work: (stage: string) => Promise<T>): Promise<T> {
  mkdirSync(dirname(outDir), { recursive: true });
  const unlock = lockOutput(outDir);
  removeAbandoned(outDir);
  sweepWorkFolders(TOOL_ROOT);
  const stage = `${outDir}.staging-${process.pid}`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const cleanUp = () => {
    rmSync(stage, { recursive: true, force: true });
    unlock();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
  };
  // The browser's launcher also listens for these; its handler for SIGHUP would otherwise keep the build going.
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    return await work(stage);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    cleanUp();
  }
}

/** What the executor is given beside the plan. */
export interface Execution {
  plan: BuildPlan;
  outDir: string;
  stage: string;
  /** The site this build publishes (undefined: none, the previous site is left as it was). */
  site?: { data: SiteData; hash: string };
  /** The path the site is served under. */
  base: string;
  /** The previous build's record (its PDFs are kept, and recorded, when no PDF can be made). */
  previous: BuildManifest;
  /** PDFs printing at once (--pdf-pages). */
  pdfPages?: number;
  show: ReturnType<typeof progress>;
  /** Records how long a phase took, in milliseconds, for --timings (the DOCX and the PDFs are made side by side). */
  took: (phase: 'site' | 'docx' | 'pdf', ms: number) => void;
}

/** What a build made. */
export interface Outcome {
  written: { site: boolean; pages: number; pdf: number; docx: number; html: number; reused: number };
  /** Why no PDF could be made (the browser failed), when it could not. */
  pdfFailure?: string;
  /** The downloads the site offers that could not be made: then the site is not published. */
  missingDownloads: string[];
}

/**
 * Carries out a plan in the staging folder, then swaps it in: keeps the previous documents the plan reuses, builds
 * the site (or only the print views and single pages) with Astro while the browser starts, renders the DOCX and
 * prints the PDFs, gives the site its downloads, and replaces the output's site/ and documents/ each with two
 * renames. A browser that fails leaves the previous PDFs in place and the other outputs complete.
 */
export async function executePlan(x: Execution): Promise<Outcome> {
  const { plan, stage, outDir, show } = x;
  const written = { site: false, pages: 0, pdf: 0, docx: 0, html: 0, reused: plan.reused };
  const prevDocs = join(outDir, 'documents');
  const prevSite = join(outDir, 'site');
  const docsDir = join(stage, 'documents');
  mkdirSync(docsDir, { recursive: true });
  for (const f of plan.keep) linkOrCopy(join(prevDocs, f), join(docsDir, f));
  const manifest: BuildManifest = structuredClone(plan.manifest);
  const pdfTodo = plan.render.filter((j) => j.kind === 'pdf');
  const htmlTodo = plan.render.filter((j) => j.kind === 'html');
  const docxTodo = plan.render.filter((j) => j.kind === 'docx');
  let pdfFailure: string | undefined;

  // The browser starts (a process of its own) while Astro builds in this one.
  const starting = pdfTodo.length ? import('../render/pdf/browser.ts').then((m) => m.launchBrowser()).then((browser) => ({ browser }), (error: unknown) => ({ error })) : undefined;
  try {
    const siteFrom = performance.now();
    const printDir = join(stage, 'print');
    const singleDir = join(stage, 'single');
    if (plan.buildSite || pdfTodo.length > 0 || htmlTodo.length > 0) {
      show.step('site', plan.buildSite ? 'building the website with Astro' : 'preparing the print views and single pages with Astro');
      const print = pdfTodo.map((j) => j.view);
      const single = htmlTodo.map((j) => j.view);
      // Without a site to build, Astro makes only the print views and single pages, beside the staging area's site.
      const data = plan.buildSite ? { ...x.site!.data, print, single } : siteDataOfViews([], print, x.base, {}, single);
      await writeSite(data, { toolRoot: TOOL_ROOT, outDir: join(stage, plan.buildSite ? 'site' : 'print-only'), workDir: join(stage, 'work'), printDir, singleDir });
    }
    for (const j of htmlTodo) {
      const file = join(docsDir, j.path);
      mkdirSync(dirname(file), { recursive: true });
      rmSync(file, { force: true });
      renameSync(join(singleDir, j.view.landlord.slug, j.view.period, 'index.html'), file);
      written.html++;
    }
    x.took('site', performance.now() - siteFrom);

    // The DOCX are made in this process while the browser prints the PDFs in its own: side by side.
    const docx = async () => {
      const from = performance.now();
      if (docxTodo.length) {
        const { renderDocx } = await import('../render/docx/render-docx.ts');
        for (const [i, j] of docxTodo.entries()) {
          show.step('docx', `DOCX ${i + 1}/${docxTodo.length}: ${j.view.landlord.slug} ${j.view.period} ${j.view.edition}`);
          const file = join(docsDir, j.path);
          mkdirSync(dirname(file), { recursive: true });
          rmSync(file, { force: true });
          writeFileSync(file, await renderDocx(j.view));
          written.docx++;
        }
      }
      x.took('docx', performance.now() - from);
    };
    const pdf = async () => {
      const from = performance.now();
      if (starting) {
        const { printPdfs } = await import('../render/pdf/print-pdf.ts');
        try {
          const started = await starting;
          if ('error' in started) throw started.error;
          await printPdfs(pdfTodo.map((j) => ({ view: j.view, html: join(printDir, j.view.edition, j.view.landlord.slug, j.view.period, 'index.html'), out: join(docsDir, j.path) })), {
            browser: started.browser,
            ...(x.pdfPages ? { concurrency: x.pdfPages } : {}),
            onProgress: (done, total, view) => show.step('pdf', `PDF ${done}/${total}: ${view.landlord.slug} ${view.period} ${view.edition}`),
          });
          written.pdf += pdfTodo.length;
        } catch (e) {
          if (!(e instanceof BrowserError)) throw e;
          // The other outputs still complete; the previous PDFs (if any) are kept, and none is recorded as made.
          pdfFailure = e.message;
          keepPrevious(prevDocs, docsDir, '.pdf');
          for (const j of pdfTodo) {
            if (x.previous.outputs[j.path]) manifest.outputs[j.path] = x.previous.outputs[j.path]!;
            else delete manifest.outputs[j.path];
          }
        }
      }
      x.took('pdf', performance.now() - from);
    };
    // Both finish before anything is swapped in, even when one fails.
    for (const r of await Promise.allSettled([docx(), pdf()])) if (r.status === 'rejected') throw r.reason;
  } finally {
    const started = await starting;
    if (started && 'browser' in started) await (await import('../render/pdf/browser.ts')).closeBrowser(started.browser as Browser);
  }

  // The site: just built, or the previous one as it was; then its downloads, from this build's documents.
  // A site is published only when every download it links to is there.
  const missingDownloads: string[] = [];
  if (x.site) {
    const siteStage = join(stage, 'site');
    if (!plan.buildSite) {
      for (const f of filesUnder(prevSite)) if (!f.startsWith(`${DOWNLOADS}/`)) linkOrCopy(join(prevSite, f), join(siteStage, f));
    }
    for (const view of x.site.data.pages) {
      for (const ext of ['pdf', 'docx'] as const) {
        const path = documentPath(view, ext);
        if (existsSync(join(docsDir, path))) linkOrCopy(join(docsDir, path), join(siteStage, DOWNLOADS, path));
        else missingDownloads.push(path);
      }
    }
    if (missingDownloads.length === 0) {
      manifest.site = x.site.hash;
      written.site = plan.buildSite;
      written.pages = x.site.data.pages.length;
    }
  }
  show.done();
  const siteReady = x.site !== undefined && missingDownloads.length === 0;
  swapInto(stage, outDir, { site: siteReady, documents: true });
  // What is there now is chc's: the guard refused any site/ or documents/ that was not.
  manifest.parts = (['site', 'documents'] as const).filter((p) => existsSync(join(outDir, p)));
  if (siteReady) writeSitePages(outDir, x.site!.data.pages);
  writeManifest(outDir, manifest);
  return { written, ...(pdfFailure !== undefined ? { pdfFailure } : {}), missingDownloads };
}

/** Every file under a folder, relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Copies files with an extension from a previous output into the staging folder, where none was made. */
function keepPrevious(previous: string, staged: string, ext: string): void {
  if (!existsSync(previous)) return;
  for (const f of filesUnder(previous)) {
    if (f.endsWith(ext) && !existsSync(join(staged, f))) linkOrCopy(join(previous, f), join(staged, f));
  }
}

/**
 * Moves the staged outputs into `outDir`: each part (site/, documents/) replaces the old one with two
 * renames, so a reader sees either the old or the new folder, never a half-written one.
 */
function swapInto(stage: string, outDir: string, parts: { site: boolean; documents: boolean }): void {
  mkdirSync(outDir, { recursive: true });
  for (const part of ['site', 'documents'] as const) {
    if (!parts[part] || !existsSync(join(stage, part))) continue;
    const target = join(outDir, part);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(join(stage, part), target);
    rmSync(old, { recursive: true, force: true });
  }
}
