import { accessSync, constants } from 'node:fs';
import type { Browser } from 'puppeteer';

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

/** A browser could not be started or died: the message says how to install or point to Chromium. */
export class BrowserError extends Error {}

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

/** Starts headless Chromium (the system's if present, else puppeteer's own); a failure is a BrowserError with the fix. */
export async function launchBrowser(env: Record<string, string | undefined> = process.env): Promise<Browser> {
  const puppeteer = (await import('puppeteer')).default;
  const executablePath = systemChromium(env);
  try {
    return await puppeteer.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  } catch (e) {
    throw new BrowserError(`could not start ${executablePath ?? "puppeteer's Chrome"}: ${(e as Error).message.split('\n')[0]}. ${INSTALL_HINT}`);
  }
}
