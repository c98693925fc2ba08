import { createReadStream, existsSync, rmSync, statSync, watch } from 'node:fs';
import { within } from '../out-dir.ts';
import { contentType } from '../content-types.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { TOOL_ROOT } from '../../load/read-project.ts';
import { siteDataOf, type SiteData } from '../../render/site-data.ts';
import { approvalHolds } from '../../validate/approval.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { renderablesOf } from '../collect-views.ts';
import { openWorkspace, projectRoot } from '../workspace.ts';
import { shownPath } from '../messages.ts';
import { plural } from '../../model/plural.ts';
import { writePublicDir } from '../../render/site/write-site.ts';
import { writeSiteData } from '../../render/site/site-data-file.ts';
import { chcSite } from '../../render/site/integration.ts';
import { sweepWorkFolders, workFolder } from '../../render/work-folders.ts';

export const spec: CommandSpec = {
  name: 'dev',
  summary: 'preview the website, reloading when an assessment or evidence file changes',
  usage: 'chc dev [--root DIR] [--out DIR] [--port N] [--host ADDRESS]',
  options: {
    ...ROOT_OPTIONS,
    out: { type: 'string', help: 'where chc build wrote, whose documents are served as the downloads (default: dist/ in the root)' },
    port: { type: 'string', help: 'the port to serve on (default: 4321)' },
    host: { type: 'string', help: 'the address to listen on (default: 127.0.0.1)' },
  },
};

/** The site data for a preview: every assessment (drafts included, marked DRAFT). */
function previewData(io: Io, values: Record<string, unknown>): SiteData {
  const ws = openWorkspace(io, values);
  const rs = renderablesOf(ws, {}, (a) => approvalHolds(ws.project, a));
  return siteDataOf(rs, rs, '/');
}

/** `chc dev`: Astro's dev server on the preview data; a change under assessments/ rebuilds the data and reloads the page. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(spec, argv);
  sweepWorkFolders(TOOL_ROOT);
  const work = workFolder(TOOL_ROOT, 'dev');
  // Whatever ends this process (a signal Astro handles first, an error), its folder goes with it.
  const removeWork = () => rmSync(work, { recursive: true, force: true });
  process.once('exit', removeWork);
  const dataFile = join(work, 'site-data.json');
  // The PDF and DOCX downloads are made by `chc build`, not here: the preview serves those of the last build.
  const root = projectRoot(io, values);
  // Found once: each reload reads the same root, without saying so again.
  values.root = root;
  const outDir = resolve(io.cwd, (values.out as string | undefined) ?? join(root, 'dist'));
  const docsDir = join(outDir, 'documents');
  let downloads = new Set<string>();
  const write = () => {
    const data = previewData(io, values);
    writeSiteData(dataFile, data);
    writePublicDir(data, work);
    downloads = downloadPaths(data);
  };
  write();
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Astro is chc's dependency, pinned by chc: its "new version of Astro available" is not the landlord's to act on.
  process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
  let reload: (() => void) | undefined;
  const { dev } = await import('astro');
  const server = await dev({
    root: TOOL_ROOT,
    base: '/',
    cacheDir: join(work, 'astro-cache'),
    publicDir: join(work, 'public'),
    logLevel: 'warn',
    server: { port: Number(values.port ?? 4321), host: (values.host as string | undefined) ?? '127.0.0.1' },
    integrations: [chcSite({ dataFile, dev: true }), {
      name: 'chc-live-data',
      hooks: {
        'astro:server:setup': ({ server: vite }) => {
          // First: the preview serves the site, never the files it is made from.
          vite.middlewares.use(guardToolFiles(TOOL_ROOT));
          vite.middlewares.use(serveDownloads(docsDir, () => downloads));
          // A change to the module that reads the data makes Astro drop its cached routes and Vite reload the page.
          const loader = join(TOOL_ROOT, 'src/render/site/load.ts');
          reload = () => vite.watcher.emit('change', loader);
        },
      },
    }],
  });
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(join(root, 'assessments'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        write();
        io.stdout.write('chc dev: assessments changed; page reloaded\n');
        reload?.();
      } catch (e) {
        io.stderr.write(`chc dev: could not rebuild the preview: ${(e as Error).message}\n`);
      }
    }, 150);
  });
  io.stdout.write(`chc dev: previewing on http://${server.address.address}:${server.address.port}/ (drafts included); Ctrl-C to stop\n`);
  io.stdout.write(downloadsNote(docsDir, downloads, shownPath(io.cwd, docsDir)));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  watcher.close();
  try {
    await server.stop();
  } finally {
    removeWork();
    process.off('exit', removeWork);
  }
  return EXIT.ok;
}

/** The paths under documents/ of the downloads the preview's pages link to (the public edition's PDF and DOCX). */
function downloadPaths(data: SiteData): Set<string> {
  return new Set(data.pages.flatMap((v) => [v.downloads.pdf, v.downloads.docx]).map((p) => p.replace(/^documents\//, '')));
}

/** What the preview says about its downloads: where they come from, and how many are not made yet. */
export function downloadsNote(docsDir: string, downloads: Set<string>, shown: string): string {
  const missing = [...downloads].filter((p) => !existsSync(join(docsDir, p))).length;
  const source = `chc dev: the PDF and Word downloads are those chc build last made, in ${shown}/`;
  if (missing === 0) return `${source}; run chc build --include-drafts to bring them up to date\n`;
  return `${source}; ${plural(missing, 'download')} of ${downloads.size} ${missing === 1 ? 'is' : 'are'} not made yet (the link says so): run chc build --include-drafts to make them\n`;
}

/**
 * The preview's answer to a download link (/documents/<landlord>/<period>/<file>): the file `chc build` made,
 * or, when there is none yet, a page that says how to make it. Only the downloads the pages link to are
 * served (never the board edition); anything else goes on to Astro.
 */
export function serveDownloads(docsDir: string, downloads: () => Set<string>) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    } catch {
      return next();
    }
    if (!path.startsWith('/documents/')) return next();
    const rel = path.slice('/documents/'.length);
    if (!downloads().has(rel)) return next();
    const file = join(docsDir, rel);
    if (existsSync(file)) {
      res.writeHead(200, { 'Content-Type': contentType(rel) });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Not made yet</title>' +
      `<h1>This download is not made yet</h1><p>The preview does not make the PDF and Word documents: <code>chc build</code> does. Run <code>chc build --include-drafts</code>, then follow the link again. (Looked for ${escapeHtml(file)}.)</p></html>\n`);
  };
}

/** The parts of the tool's folder Astro's dev server must reach to show the pages (its modules and styles). */
const DEV_SERVED = ['src', 'node_modules'];

/**
 * Whether the preview may answer a request. Astro's dev server (Vite) would serve any file under the tool's folder
 * by its path (`/package.json`, `/assessments/…/assessment.yaml?raw`, internal evidence included) or under
 * `/@fs/`: to any process on the machine. Only what the pages need is let through: page routes (no such file),
 * Vite's own `/@…` paths, and files under src/ and node_modules/ (never node_modules/.cache, which holds the
 * preview's data, board edition included).
 */
export function devRequestAllowed(url: string, toolRoot: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.split('?')[0]!.split('#')[0]!);
  } catch {
    return false;
  }
  if (path.includes('\0')) return false;
  const servable = (file: string) => DEV_SERVED.some((d) => within(file, join(toolRoot, d))) && !within(file, join(toolRoot, 'node_modules', '.cache'));
  if (path.startsWith('/@fs/')) return servable(resolve(path.slice('/@fs'.length)));
  if (path.startsWith('/@')) return true;
  const file = resolve(toolRoot, `.${path}`);
  if (!within(file, toolRoot)) return false;
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    // no such file: a page route, answered by Astro
  }
  return !isFile || servable(file);
}

/** The middleware that answers 404 to what `devRequestAllowed` refuses, before Vite can serve it. */
export function guardToolFiles(toolRoot: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (devRequestAllowed(req.url ?? '/', toolRoot)) return next();
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found: the preview serves the website only.\n');
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
