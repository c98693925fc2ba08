import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page, PDFOptions } from 'puppeteer';
import type { AssessmentView } from '../view-model.ts';
import { coverTitle } from '../phrases.ts';
import { BrowserError } from '../../model/errors.ts';
import { closeBrowser, launchBrowser } from './browser.ts';
import { destinationPages, normaliseStructureIds, finishPdf } from './pdf-file.ts';
import { continueRows } from './continued-rows.ts';

/** One PDF to print: the print view's HTML file and where the PDF goes. */
export interface PdfJob {
  view: AssessmentView;
  html: string;
  out: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The footer on every page: "Landlord — Complaint Handling Code self-assessment PERIOD — page X of Y" (its cover's title). */
export function footerTemplate(view: AssessmentView): string {
  return `<div style="font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #333; width: 100%; padding: 0 16mm; text-align: center;">` +
    `${escapeHtml(view.landlord.name)} — ${escapeHtml(coverTitle(view))} ${escapeHtml(view.period)} — page <span class="pageNumber"></span> of <span class="totalPages"></span>` +
    `${view.draft ? ' — DRAFT' : ''}</div>`;
}

/**
 * How long one load or printing of a page may take. Puppeteer's default (30 s) is less than the largest document
 * within the limits (docs/limits.md) takes on a slow machine; a printing that still runs past this is an error
 * naming the document, never a hang.
 */
export const PRINT_TIMEOUT_MS = 5 * 60_000;

/** The options every PDF is printed with. */
export function pdfOptions(view: AssessmentView): PDFOptions {
  return {
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(view),
    margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    preferCSSPageSize: false,
  };
}

/**
 * Prints one view: loads its print page, prints bare to learn where its pages break, keeps the rows of the Code
 * table whole or gives one that goes on over a page a row naming its provision on each next page
 * (continued-rows.ts), writes the
 * page each section starts on into the table of contents (`.toc-page[data-target]`), prints again, and records
 * the document information. Returns the PDF.
 */
export async function printOne(page: Page, job: PdfJob): Promise<Uint8Array> {
  await page.goto(pathToFileURL(job.html).href, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
  await page.emulateMediaType('print');
  const options = pdfOptions(job.view);
  // Bare printings (no tags, outline or footer: they do not change the layout) tell the pages.
  const bare = async () => destinationPages(await page.pdf({ ...options, tagged: false, outline: false, displayHeaderFooter: false, timeout: PRINT_TIMEOUT_MS }));
  const { pages: places } = await continueRows(page, bare);
  const targets = await page.$$eval('.toc-page[data-target]', (els) => els.map((e) => e.getAttribute('data-target') ?? ''));
  if (targets.length) {
    const pages = Object.fromEntries(places);
    await page.$$eval('.toc-page[data-target]', (els, map) => {
      for (const e of els) {
        const n = (map as Record<string, number>)[e.getAttribute('data-target') ?? ''];
        e.textContent = n === undefined ? '' : String(n);
      }
    }, pages);
  }
  // What each link says on the page, by its target: the description its annotation carries (the first, where two
  // links to one place say different things).
  const said = await page.$$eval('a[href]', (els) => els.map((a) => [a.getAttribute('href') ?? '', (a.textContent ?? '').trim()] as const));
  const links = new Map<string, string>();
  for (const [href, words] of said) if (words && !links.has(href)) links.set(href, words);
  const pdf = await page.pdf({ ...options, timeout: PRINT_TIMEOUT_MS });
  const v = job.view;
  return finishPdf(normaliseStructureIds(pdf), { title: v.meta.title, author: v.meta.author, subject: v.meta.subject, keywords: v.meta.keywords, creator: 'chc', date: v.meta.date, language: 'en-GB', links });
}

/** Options for a batch of PDFs. */
export interface PrintOptions {
  /**
   * Pages printing at once in the one browser (default: one more than the cores, at most 4). Printing waits on
   * the browser's print pipeline more than it computes, so one page more than the cores keeps them busy
   * (measured on 2 cores: 1.50× with 2 pages, 1.63× with 3, 1.64× with 4).
   */
  concurrency?: number;
  onProgress?: (done: number, total: number, view: AssessmentView) => void;
  browser?: Browser;
}

/**
 * Prints every job with one browser and a small pool of pages. Each PDF is written to a temporary name
 * and renamed into place, so a file is either complete or absent. Browser failures are BrowserErrors.
 */
export async function printPdfs(jobs: PdfJob[], options: PrintOptions = {}): Promise<void> {
  if (jobs.length === 0) return;
  const browser = options.browser ?? (await launchBrowser());
  const size = Math.max(1, Math.min(jobs.length, options.concurrency ?? Math.min(4, availableParallelism() + 1)));
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    const page = await browser.newPage();
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const pdf = await printOne(page, job).catch((e: unknown) => {
          if ((e as Error)?.name === 'TimeoutError') throw new BrowserError(`printing ${job.out} took longer than ${PRINT_TIMEOUT_MS / 60_000} minutes: ${(e as Error).message.split('\n')[0]}`);
          throw e;
        });
        mkdirSync(dirname(job.out), { recursive: true });
        const tmp = `${job.out}.${process.pid}.tmp`;
        writeFileSync(tmp, pdf);
        renameSync(tmp, job.out);
        options.onProgress?.(++done, jobs.length, job.view);
      }
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  try {
    await Promise.all(Array.from({ length: size }, worker));
  } catch (e) {
    if (e instanceof BrowserError) throw e;
    const message = (e as Error).message ?? String(e);
    if (/Target closed|Protocol error|Session closed|browser has disconnected|Connection closed/i.test(message)) {
      throw new BrowserError(`the browser stopped while printing: ${message.split('\n')[0]}`);
    }
    throw e;
  } finally {
    if (!options.browser) await closeBrowser(browser);
  }
}
