import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { TOOL_ROOT } from '../../load/read-project.ts';
import { checkProject } from '../../validate/check.ts';
import { isoDay } from '../../model/date.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import { siteDataOf } from '../../render/site-data.ts';
import { writeSite } from '../../render/site/write-site.ts';
import type { AssessmentView, Edition } from '../../render/view-model.ts';
import { formatDiagnostic, COLOUR, PLAIN } from '../../report/format-pretty.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { CliUsageError, EXIT, type Io } from '../io.ts';
import { openWorkspace } from '../workspace.ts';
import { approvalHolds } from '../../validate/approval.ts';
import { renderablesOf } from '../collect-views.ts';
import { progress } from '../progress.ts';
import { lockOutput, removeAbandoned } from '../lock.ts';
import { linkOrCopy, outputHash, readManifest, writeManifest } from '../build-cache.ts';

export const spec: CommandSpec = {
  name: 'build',
  summary: 'check, then render the website, the PDFs and the DOCX files',
  usage: 'chc build [--root DIR] [--out DIR] [--only site|docx|pdf] [--edition public|board] [--landlord SLUG] [--period P] [--include-drafts] [--base PATH] [--no-cache]',
  options: {
    ...ROOT_OPTIONS,
    out: { type: 'string', help: 'where to write (default: dist/ in the root); replaced only when the build succeeds' },
    only: { type: 'string', help: 'build only the site, the docx files or the pdf files' },
    landlord: { type: 'string', help: 'build one landlord only' },
    period: { type: 'string', help: 'build one period only' },
    'include-drafts': { type: 'boolean', help: 'publish draft (unapproved) assessments on the site too, marked DRAFT' },
    edition: { type: 'string', help: 'make the documents of one edition only: public or board' },
    'no-cache': { type: 'boolean', help: 'render everything again, even what has not changed since the last build' },
    'pdf-pages': { type: 'string', help: 'how many PDFs to print at once in the browser (default: one more than the cores, at most 4)' },
    timings: { type: 'boolean', help: 'print how long each phase took (check, site, docx, pdf) as a JSON line on stderr' },
    base: { type: 'string', help: 'the path the site is served under, e.g. /my-repo/ on GitHub Pages (default: /)' },
  },
};

/** Documents of one edition: dist/documents/<landlord>/<period>/<landlord>-<period>-<edition>.<ext>. */
export function documentPath(view: AssessmentView, ext: 'pdf' | 'docx'): string {
  return `${view.landlord.slug}/${view.period}/${view.landlord.slug}-${view.period}-${view.edition}.${ext}`;
}

/**
 * What blocks a build: every error, except that a draft may still have unanswered provisions — the
 * governing body reviews the draft with its gaps shown as "Not answered" before approving it — and a
 * stale approval, which is built as a draft again (DRAFT on every output, off the public site).
 */
export function blocking(diagnostics: Diagnostic[], draftFiles: Set<string>): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'approval-stale' &&
    !(d.rule === 'missing-response' && draftFiles.has(d.file)));
}

/** `chc build`: check first and write nothing on error; then site, DOCX and PDF into a staging folder, swapped in at the end. */
export async function run(argv: string[], io: Io): Promise<number> {
  const started = performance.now();
  const { values } = parse(spec, argv);
  const only = values.only as string | undefined;
  if (only !== undefined && !['site', 'docx', 'pdf'].includes(only)) throw new CliUsageError(`unknown --only "${only}" (use site, docx or pdf)`);
  if (values.edition !== undefined && !['public', 'board'].includes(values.edition as string)) throw new CliUsageError(`unknown --edition "${values.edition as string}" (use public or board)`);
  if (values['pdf-pages'] !== undefined && !/^[1-9]\d?$/.test(values['pdf-pages'] as string)) throw new CliUsageError('--pdf-pages must be a number from 1 to 99');
  const base = normaliseBase((values.base as string | undefined) ?? '/');
  const filter = { landlord: values.landlord as string | undefined, period: values.period as string | undefined };
  const ws = openWorkspace(io, values, filter);
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const result = checkProject(ws.project, { today: isoDay(io.now()) });
  const drafts = new Set(ws.project.landlords.flatMap((l) => l.assessments)
    .filter((a) => a.data && (!a.data.approval || !approvalHolds(ws.project, a))).map((a) => a.file));
  const stop = blocking(result.diagnostics, drafts);
  const paint = io.stderr.isTTY === true && io.env.NO_COLOR === undefined ? COLOUR : PLAIN;
  if (stop.length) {
    for (const d of stop) io.stderr.write(formatDiagnostic(d, paint) + '\n');
    io.stderr.write(`chc build: ${stop.length} error${stop.length === 1 ? '' : 's'}; nothing was written (run chc check for the full report)\n`);
    return EXIT.problems;
  }
  const gaps = result.diagnostics.filter((d) => d.rule === 'missing-response' && d.severity === 'error');
  for (const d of gaps) io.stderr.write(`note: ${d.file}: draft, ${d.provision} not answered yet (shown as "Not answered")\n`);
  for (const d of result.diagnostics.filter((x) => x.rule === 'approval-stale')) io.stderr.write(`note: ${d.file}: ${d.message}; built as a DRAFT\n`);

  // Dates printed in documents come from the assessment; SOURCE_DATE_EPOCH overrides them (reproducible builds).
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const sourceDate = epoch && /^\d+$/.test(epoch) ? isoDay(new Date(Number(epoch) * 1000)) : undefined;
  const renderables = renderablesOf(ws, filter, (a) => approvalHolds(ws.project, a), sourceDate);
  lap('check');
  const root = ws.project.root;
  const outDir = resolve(io.cwd, (values.out as string | undefined) ?? join(root, 'dist'));
  if (outDir === root || root.startsWith(outDir + '/')) throw new CliUsageError(`--out ${outDir} would replace the assessments themselves`);
  mkdirSync(dirname(outDir), { recursive: true });
  const unlock = lockOutput(outDir);
  removeAbandoned(outDir);
  const stage = `${outDir}.staging-${process.pid}`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const cleanUp = () => {
    rmSync(stage, { recursive: true, force: true });
    unlock();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let pdfFailure: string | undefined;
  const show = progress(io);
  const written = { site: false, pages: 0, pdf: 0, docx: 0, reused: 0 };
  try {
    const wantSite = only === undefined || only === 'site';
    const wantPdf = only === undefined || only === 'pdf';
    const wantDocx = only === undefined || only === 'docx';
    const editions: Edition[] = values.edition ? [values.edition as Edition] : ['public', 'board'];
    const partial = only !== undefined || filter.landlord !== undefined || filter.period !== undefined || values.edition !== undefined;
    const previous = readManifest(outDir);
    const reuse = values['no-cache'] !== true;
    const prevDocs = join(outDir, 'documents');
    const docsDir = join(stage, 'documents');
    mkdirSync(docsDir, { recursive: true });

    // The plan: every document with the hash of what it is rendered from; those whose hash is unchanged
    // (and whose file is still there) are reused from the previous build, the others are rendered.
    const views = renderables.flatMap((r) => editions.map((e) => r.views[e]));
    const jobs = [
      ...(wantDocx ? views.map((view) => ({ kind: 'docx' as const, view })) : []),
      ...(wantPdf ? views.map((view) => ({ kind: 'pdf' as const, view })) : []),
    ].map((j) => ({ ...j, path: documentPath(j.view, j.kind), hash: outputHash(j.kind, j.view) }));
    const reusable = (j: (typeof jobs)[number]) => reuse && previous.outputs[j.path] === j.hash && existsSync(join(prevDocs, j.path));
    // A partial build keeps every previous document; a full one keeps only those it would make again.
    if (existsSync(prevDocs)) {
      const keep = partial ? undefined : new Set(jobs.filter(reusable).map((j) => j.path));
      for (const f of filesUnder(prevDocs)) if (!keep || keep.has(f)) linkOrCopy(join(prevDocs, f), join(docsDir, f));
    }
    const todo = jobs.filter((j) => !reusable(j));
    written.reused = jobs.length - todo.length;
    const manifest = { outputs: { ...(partial ? previous.outputs : {}), ...Object.fromEntries(jobs.map((j) => [j.path, j.hash])) } } as ReturnType<typeof readManifest>;

    const published = renderables.filter((r) => values['include-drafts'] === true || !r.views.public.draft);
    const pdfTodo = todo.filter((j) => j.kind === 'pdf');
    const siteData = siteDataOf(published, [], base);
    const siteHash = outputHash('site', siteData);
    const siteReused = reuse && wantSite && previous.site === siteHash && existsSync(join(outDir, 'site'));
    const buildSite = wantSite && !siteReused;
    if (wantSite) manifest.site = siteHash;
    else if (previous.site) manifest.site = previous.site;

    const printDir = join(stage, 'print');
    if (buildSite || pdfTodo.length > 0) {
      show.step('site', 'building the website with Astro');
      const printed = new Set(pdfTodo.map((j) => `${j.view.landlord.slug}\u0000${j.view.period}`));
      const data = { ...siteData, print: renderables.filter((r) => printed.has(`${r.views.public.landlord.slug}\u0000${r.views.public.period}`)).flatMap((r) => [r.views.public, r.views.board]) };
      await writeSite(data, { toolRoot: TOOL_ROOT, outDir: join(stage, 'site'), workDir: join(stage, 'work'), printDir });
    }
    lap('site');
    if (buildSite) {
      written.site = true;
      written.pages = siteData.pages.length;
    }

    const docxTodo = todo.filter((j) => j.kind === 'docx');
    if (docxTodo.length) {
      const { renderDocx } = await import('../../render/docx/render-docx.ts');
      for (const [i, j] of docxTodo.entries()) {
        show.step('docx', `DOCX ${i + 1}/${docxTodo.length}: ${j.view.landlord.slug} ${j.view.period} ${j.view.edition}`);
        const file = join(docsDir, j.path);
        mkdirSync(dirname(file), { recursive: true });
        rmSync(file, { force: true });
        writeFileSync(file, await renderDocx(j.view));
        written.docx++;
      }
    }
    lap('docx');
    if (pdfTodo.length) {
      const { printPdfs } = await import('../../render/pdf/print-pdf.ts');
      const { BrowserError } = await import('../../render/pdf/browser.ts');
      try {
        await printPdfs(pdfTodo.map((j) => ({ view: j.view, html: join(printDir, j.view.edition, j.view.landlord.slug, j.view.period, 'index.html'), out: join(docsDir, j.path) })), {
          ...(values['pdf-pages'] ? { concurrency: Number(values['pdf-pages']) } : {}),
          onProgress: (done, total, view) => show.step('pdf', `PDF ${done}/${total}: ${view.landlord.slug} ${view.period} ${view.edition}`),
        });
        written.pdf += pdfTodo.length;
      } catch (e) {
        if (!(e instanceof BrowserError)) throw e;
        // The other outputs still complete; the previous PDFs (if any) are kept, and none is recorded as made.
        pdfFailure = e.message;
        keepPrevious(prevDocs, docsDir, '.pdf');
        for (const j of pdfTodo) {
          if (previous.outputs[j.path]) manifest.outputs[j.path] = previous.outputs[j.path]!;
          else delete manifest.outputs[j.path];
        }
      }
    }
    lap('pdf');
    if (buildSite) {
      // The site offers the public edition's documents for download.
      for (const r of published) {
        for (const ext of ['pdf', 'docx'] as const) {
          const src = join(docsDir, documentPath(r.views.public, ext));
          if (existsSync(src)) linkOrCopy(src, join(stage, 'site', 'documents', documentPath(r.views.public, ext)));
        }
      }
    }
    show.done();
    swapInto(stage, outDir, { site: buildSite, documents: true });
    writeManifest(outDir, manifest);
  } catch (e) {
    show.done();
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const parts = [written.site ? `site (${written.pages} assessment page${written.pages === 1 ? '' : 's'})` : '', written.pdf ? `${written.pdf} PDF` : '', written.docx ? `${written.docx} DOCX` : '', written.reused ? `${written.reused} unchanged document${written.reused === 1 ? '' : 's'} kept` : ''].filter(Boolean);
  io.stdout.write(`built ${renderables.length} assessment${renderables.length === 1 ? '' : 's'}: ${parts.join(', ') || 'nothing'} into ${relative(io.cwd, outDir) || '.'}/ in ${seconds} s\n`);
  if (values.timings === true) io.stderr.write(`timings ${JSON.stringify(phases)}\n`);
  if (pdfFailure) {
    io.stderr.write(`chc build: no PDFs were made: ${pdfFailure}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

function normaliseBase(b: string): string {
  const t = b.trim();
  return `/${t.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
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
