// Use the system's Chromium when there is one (Debian's `chromium` package):
// then `npm ci` downloads nothing and puppeteer.launch() needs no path.
// Elsewhere (a laptop without it) puppeteer downloads its own Chrome as usual.
const fs = require('node:fs');
const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const systemChrome = candidates.find((p) => { try { fs.accessSync(p, fs.constants.X_OK); return true; } catch { return false; } });
/** @type {import('puppeteer').Configuration} */
module.exports = systemChrome ? { skipDownload: true, executablePath: systemChrome } : {};
