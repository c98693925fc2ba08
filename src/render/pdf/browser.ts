import { accessSync, constants, rmSync } from 'node:fs';
import { BrowserError } from '../../model/errors.ts';
import type { Browser } from 'puppeteer';
import { TOOL_ROOT } from '../../load/read-project.ts';
import { workFolder } from '../work-folders.ts';

/** Flags for headless Chromium on a machine with no outside network (and as root in containers). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];


/** The browser to use: $PUPPETEER_EXECUTABLE_PATH when set (as given), else the system's Chromium when there is one. */
export function systemChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.PUPPETEER_EXECUTABLE_PATH) return env.PUPPETEER_EXECUTABLE_PATH;
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const INSTALL_HINT =
  'PDFs need Chromium: on Debian or Ubuntu run `apt-get install chromium` (or run `npm run build`, which does it as root); ' +
  'elsewhere run `npx puppeteer browsers install chrome`, or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary.';

/** The profile folder of each browser this process started, removed when it closes or the process exits. */
const profiles = new Map<Browser, string>();
let exitHooked = false;

/**
 * Starts headless Chromium (the system's if present, else puppeteer's own); a failure is a BrowserError with the
 * fix. The browser talks to us over a pipe, not a port: when this process dies, even by SIGKILL, the pipe closes
 * and the browser quits, so no Chromium outlives a killed build. Its profile is a work folder of this process
 * (`sweepWorkFolders` removes one a killed run left). Close it with `closeBrowser`.
 */
export async function launchBrowser(env: Record<string, string | undefined> = process.env): Promise<Browser> {
  const puppeteer = (await import('puppeteer')).default;
  const executablePath = systemChromium(env);
  const profile = workFolder(TOOL_ROOT, 'chromium');
  try {
    const browser = await puppeteer.launch({ headless: true, pipe: true, userDataDir: profile, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
    profiles.set(browser, profile);
    if (!exitHooked) {
      exitHooked = true;
      // Registered after puppeteer's own exit hook, which stops the browser first.
      process.on('exit', () => {
        for (const p of profiles.values()) rmSync(p, { recursive: true, force: true });
      });
    }
    return browser;
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw new BrowserError(`could not start ${executablePath ?? "puppeteer's Chrome"}: ${(e as Error).message.split('\n')[0]}. ${INSTALL_HINT}`);
  }
}

/** Closes a browser started by `launchBrowser` and removes its profile folder. */
export async function closeBrowser(browser: Browser): Promise<void> {
  await browser.close().catch(() => undefined);
  const profile = profiles.get(browser);
  profiles.delete(browser);
  if (profile) rmSync(profile, { recursive: true, force: true });
}
