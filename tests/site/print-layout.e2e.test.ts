// The layout of the Code table in the print views (laid out by Chromium for print, at the width of an A4
// page inside its margins) and of the at-a-glance table on a 320 px screen: quotes, nested tables and
// badges fit their cells, titles break only at hyphens, long rows may split across pages, and the counts
// table fits a phone without scrolling sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { buildSiteAndBrowser } from '../helpers/built-site.ts';
import { closeBrowser } from '../../src/render/pdf/browser.ts';

/** A4 (210 mm) less the 16 mm side margins the PDF step prints with, in CSS pixels. */
const PRINT_WIDTH = Math.round((178 / 25.4) * 96);
/** The height of an A4 page inside its 18 mm and 20 mm margins, in CSS pixels. */
const PAGE_HEIGHT = Math.round((259 / 25.4) * 96);

let tmp = '';
let browser: Browser;
let page: Page;

const htmlFiles = (dir: string) => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name === 'index.html')
  .map((e) => join(e.parentPath, e.name))
  .sort();
const printViews = () => htmlFiles(join(tmp, 'pv', 'print'));
const assessmentPages = () => htmlFiles(join(tmp, 'built', 'site')).filter((f) => /\/\d{4}-\d{2}\/index\.html$/.test(f));

async function openPrint(file: string): Promise<void> {
  await page.setViewport({ width: PRINT_WIDTH, height: 1000 });
  await page.emulateMediaType('print');
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}

async function openScreen(file: string, width: number): Promise<void> {
  await page.emulateMediaType('screen');
  await page.setViewport({ width, height: 800 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}

beforeAll(async () => {
  ({ tmp, browser } = await buildSiteAndBrowser('chc-print-layout-'));
  page = await browser.newPage();
  await page.setJavaScriptEnabled(true);
}, 120_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the Code table of the print views', () => {
  it('builds a print view of each edition of each example', () => {
    expect(printViews().length).toBe(6);
  });

  it('sets quoted extracts off with a rule, without side margins, as wide as their cell', async () => {
    let quotes = 0;
    for (const file of printViews()) {
      await openPrint(file);
      const bad = await page.$$eval('.appendix-a td blockquote', (els) => els.flatMap((q) => {
        const s = getComputedStyle(q);
        const cell = q.closest('td')!;
        const c = getComputedStyle(cell);
        const inner = cell.getBoundingClientRect().width - parseFloat(c.paddingLeft) - parseFloat(c.paddingRight);
        const ok = parseFloat(s.marginLeft) === 0 && parseFloat(s.marginRight) === 0 && parseFloat(s.borderLeftWidth) >= 1 && q.getBoundingClientRect().width >= inner * 0.95;
        return ok ? [] : [`${cell.closest('tr')!.id}: margins ${s.marginLeft}/${s.marginRight}, rule ${s.borderLeftWidth}, ${Math.round(q.getBoundingClientRect().width)} of ${Math.round(inner)} px`];
      }));
      expect(bad, file).toEqual([]);
      quotes += await page.$$eval('.appendix-a td blockquote', (els) => els.length);
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it('fits tables inside an answer, and every badge, within their cell', async () => {
    let nested = 0;
    for (const file of printViews()) {
      await openPrint(file);
      const bad = await page.$$eval('.appendix-a > tbody > tr > td :is(table, .badge)', (els) => els.flatMap((e) => {
        const cell = e.closest('.appendix-a > tbody > tr > td') as HTMLElement;
        const r = e.getBoundingClientRect();
        const c = cell.getBoundingClientRect();
        return r.left >= c.left - 0.5 && r.right <= c.right + 0.5 ? [] : [`${cell.closest('tr')!.id}: ${e.tagName.toLowerCase()}.${e.className} ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(c.left)}–${Math.round(c.right)}`];
      }));
      expect(bad, file).toEqual([]);
      nested += await page.$$eval('.appendix-a td table', (els) => els.length);
    }
    expect(nested).toBeGreaterThan(0);
  });

  it("gives the landlord's columns (evidence, commentary) at least the width of the Code's requirement", async () => {
    let tables = 0;
    for (const file of printViews()) {
      await openPrint(file);
      // The Appendix A tables' five columns (the 2022 form's must and should tables have their own).
      const widths = (await page.$$eval('.appendix-a thead tr', (rows) => rows.map((r) => [...r.querySelectorAll('th')].map((th) => Math.round(th.getBoundingClientRect().width))))).filter((r) => r.length === 5);
      for (const [, req, , ev, com] of widths) {
        tables++;
        expect(ev!, file).toBeGreaterThanOrEqual(req!);
        expect(com!, file).toBeGreaterThanOrEqual(req!);
      }
    }
    expect(tables).toBeGreaterThan(10);
  });

  it('breaks the words of provision titles only at a hyphen', async () => {
    for (const file of printViews()) {
      await openPrint(file);
      const broken = await page.$$eval('.appendix-a .ptitle', (els) => els.flatMap((el) => {
        const text = el.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const s = text.textContent ?? '';
        const out: string[] = [];
        for (const m of s.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1 && !/[-\u00AD]/.test(m[0])) out.push(`${el.closest('tr')!.id}: "${m[0]}"`);
        }
        return out;
      }));
      expect(broken, file).toEqual([]);
    }
  });

  it('lets a long row split across pages and keeps short rows whole', async () => {
    for (const file of printViews()) {
      await openPrint(file);
      const rows = await page.$$eval('.appendix-a > tbody > tr', (trs) => trs.map((tr) => ({ id: tr.id, height: tr.getBoundingClientRect().height, breakInside: getComputedStyle(tr).breakInside })));
      const kept = rows.filter((r) => r.breakInside === 'avoid');
      expect(rows.filter((r) => r.height > PAGE_HEIGHT / 3 && r.breakInside === 'avoid').map((r) => r.id), `${file}: tall rows kept whole`).toEqual([]);
      expect(kept.length, `${file}: short rows kept whole`).toBeGreaterThan(0);
      expect(rows.some((r) => r.breakInside === 'auto'), `${file}: rows that may split`).toBe(true);
    }
  });
});

describe('the at-a-glance table on the site', () => {
  it('fits a 320 px screen without scrolling sideways, the full headings kept for screen readers', async () => {
    const pages = assessmentPages();
    expect(pages.length).toBe(3);
    for (const file of pages) {
      await openScreen(file, 320);
      const facts = await page.$eval('.table-scroll:has(.counts)', (box) => ({
        overflow: box.scrollWidth - box.clientWidth,
        heads: [...box.querySelectorAll('thead th')].map((th) => (th.querySelector('.full') ?? th).textContent),
        rows: [...box.querySelectorAll('tbody th')].map((th) => th.querySelector('.full')?.textContent ?? ''),
        key: getComputedStyle(box.parentElement!.querySelector('.counts-key') ?? box).display,
      }));
      expect(facts.overflow, file).toBeLessThanOrEqual(0);
      expect(facts.heads[0]).toBe('Section');
      expect(facts.heads).toContain('Not applicable');
      expect(facts.rows.at(-1)).toBe('All sections');
      expect(facts.rows.slice(0, -1).every((r) => /^Section \d+: /.test(r)), file).toBe(true);
      expect(facts.key).toBe('block');
    }
  });

  it('shows the full headings on a wide screen', async () => {
    await openScreen(assessmentPages()[0]!, 1280);
    const hidden = await page.$$eval('.counts .short', (els) => els.every((e) => getComputedStyle(e).display === 'none'));
    expect(hidden).toBe(true);
  });

  it('sets quoted extracts off with a rule in the landlord colour', async () => {
    const file = assessmentPages().find((f) => f.includes('2020-21'))!;
    for (const width of [320, 1280]) {
      await openScreen(file, width);
      const quotes = await page.$$eval('.rich blockquote', (els) => els.map((q) => ({ margin: getComputedStyle(q).marginLeft, rule: parseFloat(getComputedStyle(q).borderLeftWidth) })));
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.every((q) => q.margin === '0px' && q.rule >= 3)).toBe(true);
    }
  });
});
