import { mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../../src/render/pdf/browser.ts';
import { chc } from './cli.ts';
import { REPO } from './project.ts';

/**
 * Builds the bundled examples' site into `<tmp>/built/site`, their print views into `<tmp>/pv/print` and their single
 * pages into `<tmp>/pv/single`
 * (`--only site` builds no print views, and a full build keeps them only long enough to print the PDFs, so they
 * are built the same way: the site's Astro build with the print data), then starts headless Chromium.
 */
export async function buildSiteAndBrowser(prefix: string): Promise<{ tmp: string; browser: Browser }> {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const run = chc(['build', '--only', 'site', '--include-drafts', '--out', join(tmp, 'built')]);
  if (run.status !== 0) throw new Error(`chc build failed (${run.status}):\n${run.stderr}`);
  const pv = spawnSync(process.execPath, [join(REPO, 'tests/site/build-print-views.ts'), join(tmp, 'pv')], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  if (pv.status !== 0) throw new Error(`building the print views failed:\n${pv.stderr}`);
  // The build's own launcher: the browser quits with the test process, however that ends.
  const browser = await launchBrowser();
  return { tmp, browser };
}
