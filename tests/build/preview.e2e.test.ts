// `chc preview` serves the site `chc build` made, read-only, on 127.0.0.1, under the base it was built for: its
// pages and assets, never a file outside the site (by a path with .., encoded or not, or through a link).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { siteFile } from '../../src/cli/commands/preview.ts';

let root: string;
let out: string;
let child: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chc-preview-'));
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  out = join(root, 'out');
  // Under the test runner, whose BASE_URL=/ Vite once took over --base: the build must not.
  expect(process.env.BASE_URL).toBe('/');
  const r = chc(['build', '--root', root, '--out', out, '--only', 'site', '--include-drafts', '--base', '/complaints/']);
  expect(r.status, r.stderr).toBe(0);
  symlinkSync(join(root, 'assessments'), join(out, 'site', 'escape'));
  child = spawn(process.execPath, [join(REPO, 'bin/chc.js'), 'preview', '--root', root, '--out', out, '--port', '0', '--base', '/complaints/'], { stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child!.stdout!.on('data', (b: Buffer) => {
      text += b.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+\/complaints\/)/.exec(text);
      if (m) resolve(m[1]!);
    });
    child!.once('exit', (code) => reject(new Error(`chc preview exited (${code})`)));
    setTimeout(() => reject(new Error(`no address in: ${text}`)), 30_000);
  });
}, 240_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

describe('chc preview', () => {
  it('serves the built pages and their assets under the base, as the site will be published', async () => {
    const home = await fetch(url);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    const html = await home.text();
    expect(html.match(/href="[^"]*plus-dane[^"]*"/g), html.slice(0, 300)).toContain('href="/complaints/plus-dane/2023-24/"');
    expect((await fetch(`${url}plus-dane/2023-24/`)).status).toBe(200);
    // An asset of the site (the landlords' logos, the about page's files): served with its type.
    const about = await fetch(`${url}about/`);
    expect([about.status, about.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    // The downloads the pages offer are served from the site too.
    const pdf = await fetch(`${url}documents/plus-dane/2023-24/plus-dane-2023-24-public.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  });

  it('serves nothing outside the site, nor outside the base, and only reads', async () => {
    const origin = new URL(url).origin;
    for (const path of ['/complaints/../assessments/plus-dane/landlord.yaml', '/complaints/%2e%2e/%2e%2e/assessments/plus-dane/landlord.yaml', '/complaints/escape/plus-dane/landlord.yaml', '/plus-dane/2023-24/', '/complaints/%E0%A4%A']) {
      const r = await fetch(`${origin}${path}`);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).not.toContain('governing_body');
    }
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('says so, and exits 1, when nothing has been built', () => {
    const r = chc(['preview', '--root', root, '--out', join(root, 'nothing-here')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no built site in');
  });
});

describe('siteFile', () => {
  it('maps a path under the base to a file of the site, and nothing else', () => {
    const site = join(REPO, 'src');
    expect(siteFile(site, '/', '/pages/index.astro')).toBe(join(site, 'pages/index.astro'));
    expect(siteFile(site, '/x/', '/pages/index.astro')).toBeNull();
    expect(siteFile(site, '/', '/../package.json')).toBeNull();
    expect(siteFile(site, '/', '/pages/%00')).toBeNull();
  });
});
