// `chc dev` serves the website only: never the files it is made from (package.json, an assessment, internal
// evidence, the preview's own data), by path or through Vite's /@fs/; and it leaves no folder behind on SIGTERM.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';
import { devRequestAllowed } from '../../src/cli/commands/dev.ts';
import { ownerOf, workParent } from '../../src/render/work-folders.ts';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as { port: number }).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe('devRequestAllowed', () => {
  it('lets page routes, Vite paths and the modules under src/ and node_modules/ through, nothing else of the tool', () => {
    for (const ok of ['/', '/plus-dane/2023-24/', '/about/', '/documents/plus-dane/2023-24/x.pdf', '/@vite/client', '/@id/astro:scripts/page.js', '/src/styles/site.css',
      `/@fs${REPO}/node_modules/vite/dist/client/env.mjs`, '/plus-dane/logo.svg', '/docs/2023-24/']) expect(devRequestAllowed(ok, REPO), ok).toBe(true);
    for (const bad of ['/package.json', '/assessments/plus-dane/2023-24/assessment.yaml?raw', '/assessments/homes-plus/evidence/complaints-policy.md', '/docs/build.md',
      '/.git/config', `/@fs${REPO}/package.json`, `/@fs${REPO}/assessments/plus-dane/landlord.yaml`, '/@fs/etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%E0%A4%A',
      `/@fs${REPO}/node_modules/.cache/chc/dev-1-abcdef/site-data.json`, '/node_modules/.package-lock.json/../../package.json']) expect(devRequestAllowed(bad, REPO), bad).toBe(false);
  });
});

describe('chc dev', () => {
  it('serves the pages, refuses the files behind them, and removes its folder on SIGTERM', async () => {
    const port = await freePort();
    // As a user starts it: without the test runner's VITEST variables (under them Astro's dev server serves no pages).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const child = spawn(process.execPath, [join(REPO, 'bin/chc.js'), 'dev', '--port', String(port)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = setInterval(() => {
          if (out.includes('previewing on')) { clearInterval(poll); resolve(); }
          else if (Date.now() - started > 60_000) { clearInterval(poll); reject(new Error(`chc dev did not start:\n${out}`)); }
        }, 100);
      });
      const status = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`)).status;
      expect(await status('/')).toBe(200);
      expect(await status('/plus-dane/2023-24/')).toBe(200);
      // The preview's pages go without the Content-Security-Policy the built site has (Vite injects its scripts), as
      // the chc-site integration tells them; the built site's is checked in tests/site/site.e2e.test.ts.
      const page = await (await fetch(`http://127.0.0.1:${port}/plus-dane/2023-24/`)).text();
      expect(page).toContain('<h1>Plus Dane Housing: Complaint Handling Code self-assessment 2023-24</h1>');
      expect(page).not.toContain('Content-Security-Policy');
      expect(await status('/package.json')).toBe(404);
      expect(await status('/assessments/plus-dane/2023-24/assessment.yaml?raw')).toBe(404);
      expect(await status(`/@fs${REPO}/assessments/plus-dane/landlord.yaml`)).toBe(404);
      const own = () => readdirSync(workParent(REPO)).filter((n) => ownerOf(n) === child.pid);
      expect(own().length).toBe(1);
      child.kill('SIGTERM');
      await exited;
      expect(own()).toEqual([]);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);
});
