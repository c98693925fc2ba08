import { cpSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import type { SiteData } from '../site-data.ts';

/** The route folder of print views: built with the site, then moved out of it. */
export const PRINT_DIR = 'print-view';

/**
 * Builds the Astro site from `data` into `outDir` (which must not exist yet), using `workDir` for the data
 * file and Astro's caches; then moves the print views out of the site into `printDir`.
 */
export async function writeSite(data: SiteData, opts: { toolRoot: string; outDir: string; workDir: string; printDir: string; quiet?: boolean }): Promise<void> {
  mkdirSync(opts.workDir, { recursive: true });
  const dataFile = join(opts.workDir, 'site-data.json');
  writeFileSync(dataFile, JSON.stringify(data));
  const publicDir = writePublicDir(data, opts.workDir);
  const previous = { data: process.env.CHC_SITE_DATA, base: process.env.CHC_BASE, tel: process.env.ASTRO_TELEMETRY_DISABLED };
  process.env.CHC_SITE_DATA = dataFile;
  process.env.CHC_BASE = data.base;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Astro (through Vite) decides what to bundle from the working folder: run outside the tool's folder, it
  // leaves packages as imports that its prerendering chunks, in `outDir`, then cannot resolve.
  const cwd = process.cwd();
  process.chdir(opts.toolRoot);
  try {
    const { build } = await import('astro');
    await build({
      root: opts.toolRoot,
      outDir: opts.outDir,
      cacheDir: join(opts.workDir, 'astro-cache'),
      publicDir,
      logLevel: opts.quiet === false ? 'info' : 'error',
      mode: 'production',
    });
  } finally {
    process.chdir(cwd);
    restore('CHC_SITE_DATA', previous.data);
    restore('CHC_BASE', previous.base);
    restore('ASTRO_TELEMETRY_DISABLED', previous.tel);
  }
  if (existsSync(join(opts.outDir, PRINT_DIR))) renameSync(join(opts.outDir, PRINT_DIR), opts.printDir);
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
