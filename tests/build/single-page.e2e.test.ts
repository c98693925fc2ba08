// Each assessment's single page (issue 23, item 1): one HTML file beside its PDF and DOCX, to open from disk or
// upload as it is into a landlord's own website. Built for real on a landlord that is not one of the examples, with
// two published policies that both have footnotes (so ids could clash), a section citation and an open action.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { closeBrowser, launchBrowser } from '../../src/render/pdf/browser.ts';

let root: string;
let out: string;
const DOCS = 'documents/riverside/2025-26';
const file = (name: string) => join(out, DOCS, name);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chc-single-page-'));
  const dir = join(root, 'assessments/riverside');
  mkdirSync(join(dir, '2025-26'), { recursive: true });
  mkdirSync(join(dir, 'evidence'), { recursive: true });
  writeFileSync(join(dir, 'landlord.yaml'), 'name: Riverside District Council\nwebsite: https://www.riverside.example\ngoverning_body: Cabinet\nbrand:\n  colour: "#005a30"\n');
  writeFileSync(join(dir, 'evidence/policy.md'), '# Complaints Policy\n\n## 1. What a complaint is\n\nAn expression of dissatisfaction.[^1]\n\n## 2. Stages\n\nTwo stages.\n\n[^1]: As the Code defines it.\n');
  writeFileSync(join(dir, 'evidence/charter.md'), '# Tenant Charter\n\n## 1. Our promises\n\nWe answer within ten working days.[^1]\n\n[^1]: Twenty at stage 2.\n');
  writeFileSync(join(dir, '2025-26/assessment.yaml'), [
    'code: "2024"',
    'period: 2025-26',
    'assessed_on: 2026-03-02',
    'responses:',
    '  "1.2":',
    '    comply: yes',
    '    evidence: |',
    '      Our policy says so.[^1]',
    '',
    '      [^1]: Reviewed in 2025.',
    '    documents:',
    '      - title: Complaints Policy',
    '        file: ../evidence/policy.md',
    '        section: "1"',
    '      - title: Tenant Charter',
    '        file: ../evidence/charter.md',
    '  "1.3":',
    '    comply: no',
    '    commentary: Our leaflet does not yet say this.',
    '    actions:',
    '      - description: Publish the new leaflet',
    '        due: 2026-06-30',
    '',
  ].join('\n'));
  out = join(root, 'out');
  const r = chc(['build', '--root', root, '--out', out, '--include-drafts']);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('1 single page');
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const html = () => readFileSync(file('riverside-2025-26-public.html'), 'utf8');
/** The site's icon, in the page itself (a data: address): the one <link> a page has, which loads nothing. */
const ICON = /<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,[^"]*">/;

describe("an assessment's single page", () => {
  it('is made for the public edition only, beside its PDF and DOCX', () => {
    expect(existsSync(file('riverside-2025-26-public.html'))).toBe(true);
    expect(existsSync(file('riverside-2025-26-board.html'))).toBe(false);
    // Not part of the website: the site has its own pages.
    expect(existsSync(join(out, 'site/single-page'))).toBe(false);
  });

  it('needs nothing from anywhere else: styles inlined, no script, no stylesheet link, no image but inlined ones', () => {
    const page = html();
    expect(page).toMatch(/<style[\s>]/);
    expect(page).toMatch(ICON);
    expect(page.replace(ICON, '')).not.toMatch(/<script|<link\b|<iframe/i);
    for (const m of page.matchAll(/\ssrc="([^"]*)"/g)) expect(m[1], 'src').toMatch(/^data:/);
  });

  it('links only inside itself, beside itself (its PDF and DOCX) or to full addresses; every id once', () => {
    const page = html().replace(ICON, '');
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const hrefs = [...page.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) {
      if (href.startsWith('#')) expect(ids, href).toContain(decodeURIComponent(href.slice(1)));
      else if (!/^(https?|mailto|tel):/.test(href)) {
        expect(href, 'a relative link, never from the root').not.toMatch(/^\//);
        expect(existsSync(join(dirname(file('x')), href)), href).toBe(true);
      }
    }
    expect(hrefs).toContain('riverside-2025-26-public.pdf');
    expect(hrefs).toContain('riverside-2025-26-public.docx');
  });

  it('holds the published documents and the action plan, which the citations and the summary link to', () => {
    const page = html();
    // The cited section links to its heading inside the policy's part of the page.
    expect(page).toMatch(/<a href="#doc-policy-sec-1">/);
    expect(page).toMatch(/<h2 id="doc-policy">Complaints Policy<\/h2>/);
    expect(page).toMatch(/<h3 id="doc-policy-sec-1">1\. What a complaint is<\/h3>/);
    expect(page).toMatch(/<h2 id="doc-charter">Tenant Charter<\/h2>/);
    // Both documents' footnotes, and the answer's, keep ids of their own that their links name.
    expect(page).toContain('href="#doc-policy-user-content-fn-1"');
    expect(page).toContain('href="#doc-charter-user-content-fn-1"');
    // The open action is in the page's own table.
    expect(page).toMatch(/id="open-actions"[\s\S]*Publish the new leaflet[\s\S]*30 June 2026/);
    // One h1, and the documents' own first headings (their titles) not repeated.
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page.match(/>Complaints Policy<\/h\d>/g)).toHaveLength(1);
  });

  it('opens from disk in Chromium, styled, with JavaScript off, and its links to documents land on their headings', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 390, height: 800 });
      await page.goto(pathToFileURL(file('riverside-2025-26-public.html')).href, { waitUntil: 'load' });
      await page.setJavaScriptEnabled(true);
      const facts = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
        scrollWidth: document.documentElement.scrollWidth,
        target: document.querySelector('#doc-policy-sec-1')?.textContent ?? null,
      }));
      // The landlord's colour, so the inlined styles apply; and no sideways scrolling on a phone.
      expect(facts.header).toBe('rgb(0, 90, 48)');
      expect(facts.scrollWidth).toBeLessThanOrEqual(390);
      expect(facts.target).toBe('1. What a complaint is');
    } finally {
      await closeBrowser(browser);
    }
  }, 60_000);

  it('is made again on its own with --only html, and never for the board edition', () => {
    const again = chc(['build', '--root', root, '--out', out, '--include-drafts', '--only', 'html', '--no-cache']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/built 1 assessment: 1 single page into/);
    const board = chc(['build', '--root', root, '--out', out, '--only', 'html', '--edition', 'board']);
    expect(board.status).toBe(2);
    expect(board.stderr).toContain('--only html makes the single pages, which are the public edition');
  });
});
