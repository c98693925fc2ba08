import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteData } from '../site-data.ts';
import { forgetSiteData, writeSiteData } from './site-data-file.ts';
import { workFolder } from '../work-folders.ts';
import { chcSite } from './integration.ts';

/** The route folder of print views: built with the site, then moved out of it. */
export const PRINT_DIR = 'print-view';
/** The route folder of the assessments' single pages: built with the site, then moved out of it. */
export const SINGLE_DIR = 'single-page';

/**
 * Builds the Astro site from `data` into `outDir` (which must not exist yet), using `workDir` for the data
 * file and Astro's caches; then moves the print views out of the site into `printDir`, and the single pages
 * into `singleDir`.
 */
export async function writeSite(data: SiteData, opts: { toolRoot: string; outDir: string; workDir: string; printDir: string; singleDir?: string; quiet?: boolean }): Promise<void> {
  mkdirSync(opts.workDir, { recursive: true });
  const dataFile = join(opts.workDir, 'site-data.json');
  writeSiteData(dataFile, data);
  const publicDir = writePublicDir(data, opts.workDir);
  const previous = { tel: process.env.ASTRO_TELEMETRY_DISABLED, baseUrl: process.env.BASE_URL };
  // Vite takes BASE_URL from the environment over the site's base: a CI job (or a test runner) that sets it would
  // build every link for another address than --base says.
  delete process.env.BASE_URL;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Where Astro builds: a private work folder of this build inside the tool's own tree, its server-side chunks
  // (prerendering) in `server/` beside it (integration.ts), where they import the tool's packages, which resolve only
  // from inside the tool's tree. So Astro never builds into the landlord's folder, and does not depend on the folder
  // chc is run from: the finished site is moved where `--out` says.
  const work = workFolder(opts.toolRoot, 'site');
  const built = join(work, 'site');
  try {
    const { build } = await import('astro');
    await build({
      root: opts.toolRoot,
      base: data.base,
      integrations: [chcSite({ dataFile, dev: false })],
      outDir: built,
      // Astro's server-side chunks, beside the site, not in it (a landlord's pages could be called anything).
      build: { server: join(work, 'server') },
      cacheDir: join(opts.workDir, 'astro-cache'),
      publicDir,
      logLevel: opts.quiet === false ? 'info' : 'error',
      mode: 'production',
    });
    // The print views and single pages leave the site: where the caller wants them, or nowhere.
    for (const [dir, to] of [[PRINT_DIR, opts.printDir], [SINGLE_DIR, opts.singleDir]] as const) {
      if (!existsSync(join(built, dir))) continue;
      if (to) move(join(built, dir), to);
      else rmSync(join(built, dir), { recursive: true, force: true });
    }
    move(built, opts.outDir);
  } finally {
    forgetSiteData();
    rmSync(work, { recursive: true, force: true });
    restore('ASTRO_TELEMETRY_DISABLED', previous.tel);
    restore('BASE_URL', previous.baseUrl);
  }
}

/** Moves a folder: a rename, or a copy where the two places are on different file systems. */
function move(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** The files Astro copies into the site as they are (logos), in a folder of this build's own. */
export function writePublicDir(data: SiteData, workDir: string): string {
  const dir = join(workDir, 'public');
  mkdirSync(dir, { recursive: true });
  for (const [path, source] of Object.entries(data.assets ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(source, join(dir, path));
  }
  return dir;
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
