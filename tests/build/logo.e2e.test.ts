// A landlord's SVG logo is published byte for byte, so it must be safe as it is: one that could run script or
// load from elsewhere is refused (unsafe-svg) and that landlord is not built; a plain one is shown, and the
// page loads in Chromium under its Content-Security-Policy with nothing refused.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { closeBrowser, launchBrowser } from '../../src/render/pdf/browser.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function withLogo(svg: string): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-logo-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  writeFileSync(join(root, 'assessments/plus-dane/logo.svg'), svg);
  const landlord = join(root, 'assessments/plus-dane/landlord.yaml');
  writeFileSync(landlord, `${readFileSync(landlord, 'utf8')}\nbrand:\n  logo: logo.svg\n`);
  return root;
}

describe('an SVG logo', () => {
  it('with script: refused by check and build, the landlord not built, the logo not published', () => {
    const root = withLogo('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="fetch(\'/x\')"><rect width="10" height="10"/></svg>');
    const check = chc(['check', '--root', root, '--landlord', 'plus-dane']);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('error  unsafe-svg  the logo "logo.svg" is not safe to publish: an onload attribute on <svg>');
    const out = join(root, 'out');
    const r = chc(['build', '--root', root, '--out', out, '--include-drafts', '--only', 'site']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unsafe-svg');
    expect(existsSync(join(out, 'site/plus-dane'))).toBe(false);
    expect(existsSync(join(out, 'site/plus-dane/logo.svg'))).toBe(false);
  }, 120_000);

  it('plain: shown on the page, which loads in Chromium with nothing refused by its policy', async () => {
    const root = withLogo('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="40" height="40"><rect width="10" height="10" fill="#1d70b8"/></svg>');
    const out = join(root, 'out');
    const r = chc(['build', '--root', root, '--out', out, '--include-drafts', '--only', 'site']);
    expect(r.status, r.stderr).toBe(0);
    const page = join(out, 'site/plus-dane/index.html');
    expect(readFileSync(page, 'utf8')).toContain('Content-Security-Policy');
    // Served over HTTP as a host would (the site's links are absolute paths under its base).
    const site = join(out, 'site');
    const server = createServer((req, res) => {
      const path = join(site, decodeURIComponent((req.url ?? '/').split('?')[0]!), (req.url ?? '/').endsWith('/') ? 'index.html' : '');
      if (!path.startsWith(site) || !existsSync(path)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': path.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const refused: string[] = [];
      tab.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()); });
      await tab.goto(`http://127.0.0.1:${port}/plus-dane/`, { waitUntil: 'load' });
      const logo = await tab.$eval('img.site-logo', (img) => ({ src: img.getAttribute('src'), width: (img as HTMLImageElement).naturalWidth }));
      expect(logo.src).toMatch(/logo\.svg$/);
      expect(logo.width).toBeGreaterThan(0);
      expect(refused).toEqual([]);
    } finally {
      await closeBrowser(browser);
      server.close();
    }
  }, 120_000);
});
