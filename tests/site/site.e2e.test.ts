// The residents' website, end to end: the real CLI builds it, then Chromium loads every page with JavaScript
// off, runs axe-core (WCAG 2.2 AA and best practice) and checks the layout at 320 px and the content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { buildSiteAndBrowser } from '../helpers/built-site.ts';
import { closeBrowser } from '../../src/render/pdf/browser.ts';
import { exampleRenderables } from '../helpers/views.ts';
import { richToText } from '../../src/render/markdown.ts';
import type { AssessmentView } from '../../src/render/view-model.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What one page looks like, as the checks need it. */
interface PageReport {
  file: string;
  violations: string[];
  scripts: number;
  lang: string | null;
  h1: number;
  headings: number[];
  skipLink: string | null;
  mainExists: boolean;
  title: string;
  text: string;
  ids: string[];
  draftBanner: boolean;
  /** The text of the lists of documents. */
  documentsText: string;
  /** At 320 × 640. */
  scrollWidth: number;
  tooWide: string[];
  /** The page's Content-Security-Policy, and what the browser refused under it while loading. */
  csp: string | null;
  refused: string[];
  /** Its description for search engines, its icon's address, and whether that icon is an image the browser draws. */
  description: string | null;
  icon: string | null;
  iconDrawn: boolean;
  /** At 320 px: the drawn width of the first column's heading of each at-a-glance table. */
  glanceHeadWidths: number[];
}

let tmp = '';
let browser: Browser;
const reports = new Map<string, PageReport>();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Loads a page with JavaScript off and collects everything the tests check. */
async function inspect(page: Page, file: string, narrow: boolean): Promise<PageReport> {
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  // What the browser refused under the page's Content-Security-Policy (a style or image the policy forbids).
  const refused: string[] = [];
  const onConsole = (m: { text(): string }) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()); };
  page.on('console', onConsole);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  page.off('console', onConsole);
  // Loaded with JavaScript off. The page has no scripts (checked below), so turning JavaScript back on after
  // the load changes nothing in it; axe needs it (timers) and is evaluated through the DevTools protocol,
  // never added to the page as a <script>.
  await page.setJavaScriptEnabled(true);
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags: string[]) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`).join('\n')}`);
  }, TAGS);
  const facts = await page.evaluate(() => {
    const hs = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('[hidden]'));
    const skip = document.querySelector('a.skip-link');
    return {
      scripts: document.querySelectorAll('script').length,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
      lang: document.documentElement.getAttribute('lang'),
      h1: document.querySelectorAll('h1').length,
      headings: hs.map((h) => Number(h.tagName[1])),
      skipLink: skip?.getAttribute('href') ?? null,
      mainExists: document.querySelector('main#main') !== null,
      title: document.title,
      text: (document.body.textContent ?? '').replace(/\s+/g, ' '),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      draftBanner: [...document.querySelectorAll('.draft-banner, .cover-draft')].some((e) => /DRAFT/.test(e.textContent ?? '')),
      documentsText: [...document.querySelectorAll('.documents, .cited')].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ')).join('\n'),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
      icon: document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? null,
    };
  });
  // The icon drawn as the browser would (an image from its address, under the page's policy).
  const iconDrawn = facts.icon ? await page.evaluate((href: string) => new Promise<boolean>((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img.naturalWidth > 0);
    img.onerror = () => resolve(false);
    img.src = href;
  }), facts.icon) : false;
  let scrollWidth = 0;
  let tooWide: string[] = [];
  let glanceHeadWidths: number[] = [];
  if (narrow) {
    await page.setViewport({ width: 320, height: 640 });
    ({ scrollWidth, tooWide } = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const wide = [...document.body.querySelectorAll('*')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > vw + 0.5 && !e.closest('.table-scroll');
      });
      return {
        scrollWidth: document.documentElement.scrollWidth,
        tooWide: wide.slice(0, 10).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).replace(/\s+/g, '.')}` : ''} (right edge ${Math.round(e.getBoundingClientRect().right)})`),
      };
    }));
    glanceHeadWidths = await page.evaluate(() => [...document.querySelectorAll('table.counts thead th:first-child')].map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return range.getBoundingClientRect().width;
    }));
  }
  return { file, violations, ...facts, iconDrawn, scrollWidth, tooWide, glanceHeadWidths, refused };
}

beforeAll(async () => {
  ({ tmp, browser } = await buildSiteAndBrowser('chc-site-'));
  const page = await browser.newPage();
  for (const file of htmlFiles(join(tmp, 'built', 'site'))) reports.set(relative(join(tmp, 'built', 'site'), file), await inspect(page, file, true));
  for (const file of htmlFiles(join(tmp, 'pv', 'print'))) reports.set(`print/${relative(join(tmp, 'pv', 'print'), file)}`, await inspect(page, file, false));
  for (const file of htmlFiles(join(tmp, 'pv', 'single'))) reports.set(`single/${relative(join(tmp, 'pv', 'single'), file)}`, await inspect(page, file, true));
  await page.close();
}, 120_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const sitePages = () => [...reports.entries()].filter(([path]) => !path.startsWith('print/') && !path.startsWith('single/')).map(([, r]) => r);
/** The pages read on a screen: the site's and the assessments' single pages. */
const screenPages = () => [...reports.entries()].filter(([path]) => !path.startsWith('print/')).map(([, r]) => r);
const report = (path: string) => {
  const r = reports.get(path);
  if (!r) throw new Error(`no page ${path}; built: ${[...reports.keys()].join(', ')}`);
  return r;
};

describe('every built page', () => {
  it('builds the pages of the site and the print views', () => {
    const views = exampleRenderables().map((r) => r.views.public);
    const expected = ['index.html', 'about/index.html', ...new Set(views.map((v) => `${v.landlord.slug}/index.html`)),
      ...views.flatMap((v) => [`${v.landlord.slug}/${v.period}/index.html`, `${v.landlord.slug}/${v.period}/actions/index.html`]),
      // The published evidence documents (each once per landlord).
      ...new Set(views.flatMap((v) => v.evidence.map((e) => `${e.href}index.html`))),
      ...views.flatMap((v) => ['public', 'board'].map((e) => `print/${e}/${v.landlord.slug}/${v.period}/index.html`)),
      ...views.map((v) => `single/${v.landlord.slug}/${v.period}/index.html`)];
    expect([...reports.keys()].sort()).toEqual([...expected].sort());
  });

  it('has no accessibility violations (axe-core: WCAG 2.2 AA and best practice)', () => {
    const failures = [...reports.entries()].filter(([, r]) => r.violations.length > 0).map(([path, r]) => `${path}:\n  ${r.violations.join('\n  ')}`);
    expect(failures.join('\n\n')).toBe('');
  });

  it('has no scripts at all', () => {
    expect([...reports.entries()].filter(([, r]) => r.scripts > 0).map(([p]) => p)).toEqual([]);
  });

  it('tells the browser so: a Content-Security-Policy with no script, nothing from elsewhere; nothing on the page is refused', () => {
    for (const r of sitePages()) {
      expect(r.csp, r.file).toBe("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'");
    }
    // A single page is opened from disk or put into another website: it loads nothing at all, not even from there.
    for (const [path, r] of reports) {
      if (path.startsWith('single/')) expect(r.csp, path).toBe("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'");
    }
    expect([...reports.entries()].filter(([, r]) => r.refused.length > 0).map(([p, r]) => `${p}: ${r.refused.join(' | ')}`)).toEqual([]);
  });

  it('is in British English, has a title, one h1, headings in order and a skip link to #main', () => {
    for (const [path, r] of reports) {
      expect(r.lang, path).toBe('en-GB');
      expect(r.title.length, path).toBeGreaterThan(10);
      expect(r.h1, path).toBe(1);
      expect(r.headings[0], path).toBe(1);
      r.headings.forEach((level, i) => {
        if (i > 0) expect(level, `${path}: heading ${i + 1} is h${level} after h${r.headings[i - 1]}`).toBeLessThanOrEqual(r.headings[i - 1]! + 1);
      });
      expect(r.mainExists, path).toBe(true);
      if (!path.startsWith('print/')) expect(r.skipLink, path).toBe('#main');
    }
  });

  it("has a description for search engines and the site's icon, in the page itself (so no /favicon.ico is asked for, wherever --base puts the site)", () => {
    for (const r of screenPages()) {
      expect(r.description, r.file).toMatch(/\w{3,}.{20,}/);
      expect(r.icon, r.file).toMatch(/^data:image\/svg\+xml,/);
      expect(r.iconDrawn, r.file).toBe(true);
    }
    const slugs = new Set(exampleRenderables().map((r) => r.views.public.landlord.slug));
    const landlordPages = [...slugs].map((slug) => report(`${slug}/index.html`));
    expect(landlordPages.length).toBeGreaterThan(1);
    for (const r of landlordPages) expect(r.description, r.file).toMatch(/self-assessments against the Housing Ombudsman's Complaint Handling Code/);
  });

  it("shows the at-a-glance table's first column heading at 320 px, abbreviated as the others are (not an empty cell)", () => {
    const widths = screenPages().flatMap((r) => r.glanceHeadWidths.map((w) => ({ file: r.file, w })));
    expect(widths.length).toBeGreaterThan(0);
    // "Sec" drawn: some 20 px; the full word hidden for a narrow screen (kept for screen readers) is 1 px.
    for (const { file, w } of widths) expect(w, file).toBeGreaterThan(12);
  });

  it('does not scroll sideways at 320 px (only wide tables scroll, inside their own container)', () => {
    const bad = screenPages().filter((r) => r.scrollWidth > 320 || r.tooWide.length > 0)
      .map((r) => `${relative(tmp, r.file)}: scrollWidth ${r.scrollWidth}; too wide: ${r.tooWide.join(', ')}`);
    expect(bad).toEqual([]);
  });
});

describe('the assessment pages', () => {
  const renderables = () => exampleRenderables();
  const pathOf = (v: AssessmentView) => `${v.landlord.slug}/${v.period}/index.html`;
  const provisions = (v: AssessmentView) => v.sections.flatMap((s) => s.groups.flatMap((g) => g.provisions));
  const firstWords = (text: string, n = 6) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, n).join(' ');

  it('show every provision, with its anchor, and the first words of each answer\'s evidence', () => {
    for (const { views: { public: v } } of renderables()) {
      for (const path of [pathOf(v), `print/public/${v.landlord.slug}/${v.period}/index.html`, `single/${v.landlord.slug}/${v.period}/index.html`]) {
        const r = report(path);
        for (const p of provisions(v)) {
          expect(r.text.includes(p.id), `${path}: ${p.id}`).toBe(true);
          expect(r.ids, `${path}: #${p.anchor}`).toContain(p.anchor);
          if (p.evidence) expect(r.text.includes(firstWords(richToText(p.evidence))), `${path}: evidence of ${p.id}`).toBe(true);
          expect(r.text.includes(p.summary.replace(/\s+/g, ' ').trim()), `${path}: summary of ${p.id}`).toBe(true);
        }
      }
    }
  });

  it('hide the titles of internal documents on the public page, and say they are available on request', () => {
    const r = renderables().find((x) => x.landlord.slug === 'plus-dane' && x.assessment.period === '2023-24')!;
    const titles = [...new Set(provisions(r.views.board).flatMap((p) => p.documents.filter((d) => d.internal).map((d) => d.title!)))];
    expect(titles.length).toBeGreaterThan(0);
    // The landlord's own published words may name a document ("letter templates (internal link only)"): a title is
    // a leak only when the page shows it where the public edition's text does not.
    const published = provisions(r.views.public).flatMap((p) => [p.answer, p.evidence, p.commentary, ...p.actions.map((a) => a.note)])
      .filter((x) => x !== null).map((x) => richToText(x!).replace(/\s+/g, ' ')).join('\n');
    for (const path of ['plus-dane/2023-24/index.html', 'print/public/plus-dane/2023-24/index.html']) {
      const page = report(path);
      expect(page.text.includes('Internal document — available on request'), path).toBe(true);
      for (const t of titles) {
        expect(page.documentsText.includes(t), `${path}: "${t}" in a list of documents`).toBe(false);
        if (!published.includes(t)) expect(page.text.includes(t), `${path}: "${t}" on the page`).toBe(false);
      }
    }
    const board = report('print/board/plus-dane/2023-24/index.html');
    for (const t of titles) expect(board.documentsText.includes(t), `board edition: "${t}"`).toBe(true);
  });

  it('show a DRAFT banner on drafts and the approval on approved assessments', () => {
    for (const { views: { public: v } } of renderables()) {
      for (const path of [pathOf(v), `${v.landlord.slug}/${v.period}/actions/index.html`, `print/public/${v.landlord.slug}/${v.period}/index.html`]) {
        const r = report(path);
        expect(r.draftBanner, path).toBe(v.draft);
        if (v.approval) expect(r.text.includes(`Approved by the ${v.approval.body}`), path).toBe(true);
      }
    }
  });

  it('list the open actions on the action plan page, linked to their provisions', () => {
    for (const { views: { public: v } } of renderables()) {
      const r = report(`${v.landlord.slug}/${v.period}/actions/index.html`);
      if (v.openActions.length === 0) expect(r.text.includes('There are no open actions')).toBe(true);
      for (const a of v.openActions) expect(r.text.includes(firstWords(a.description)), a.description).toBe(true);
    }
  });

  it('give the print views a contents list with page-number slots for every part', () => {
    for (const { views } of renderables()) {
      for (const v of [views.public, views.board]) {
        const html = readFileSync(join(tmp, 'pv', 'print', v.edition, v.landlord.slug, v.period, 'index.html'), 'utf8');
        const targets = [...html.matchAll(/<span class="toc-page" data-target="([^"]+)"><\/span>/g)].map((m) => m[1]!);
        expect(targets).toEqual(expect.arrayContaining(v.sections.map((s) => s.anchor)));
        const ids = report(`print/${v.edition}/${v.landlord.slug}/${v.period}/index.html`).ids;
        for (const t of targets) expect(ids, t).toContain(t);
        expect(html.includes('class="watermark"')).toBe(v.draft);
        expect(html).toContain(v.edition === 'board' ? 'Board edition — contains internal documents' : 'Public edition');
        if (v.approval?.sha256) expect(html).toContain(`Approved content (SHA-256): <code>${v.approval.sha256}</code>`);
      }
    }
  });
});
