// The annual complaints report's page (2024 Code 8.1), built for real from tests/fixtures/report: its parts in the
// Code's order, the figures and TSMs with last year's, linked from the landlord's and the assessment's pages; axe
// finds nothing; and nothing of the complaints log but its counts reaches any byte of the build (a marker planted
// in its references and in a column chc does not read).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/render/pdf/browser.ts';
import { chc } from '../helpers/cli.ts';
import { docxText, pdfInfo, pdfText, squeeze } from '../helpers/outputs.ts';
import { REPO } from '../helpers/project.ts';

const MARK = 'LEAKMARK7Q';
let tmp = '';
let out = '';
const page = (path: string) => readFileSync(join(out, 'site', path), 'utf8');
const text = (html: string) => html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'chc-report-build-'));
  cpSync(join(REPO, 'tests/fixtures/report'), join(tmp, 'root'), { recursive: true });
  const log = join(tmp, 'root/assessments/test-homes/2024-25/complaints.csv');
  const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
  // Every reference carries the marker, and a column chc does not read holds it too.
  writeFileSync(log, lines.map((l, i) => (i === 0 ? `${l},Notes` : l.trim() === '' ? l : `${l.replace(/^([AB]\d)/, `$1-${MARK}`)},Called ${MARK} back`)).join('\n') + '\n');
  out = join(tmp, 'out');
  const r = chc(['build', '--root', join(tmp, 'root'), '--out', out, '--include-drafts']);
  expect(r.stderr.replace(/^note: .*\n/gm, '')).toBe('');
  expect(r.status).toBe(0);
}, 240_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the annual complaints report's page", () => {
  it("has 8.1's parts in order, the TSMs and each stage's figures with last year's, and the response", () => {
    const t = text(page('test-homes/2024-25/report/index.html'));
    const order = ['Test Homes: Annual complaints performance and service improvement report 2024-25', '(a) The self-assessment against the Code', '(b) How complaints were handled', '(c) The Ombudsman\'s findings', '(d) What changed as a result of complaints', '(e) The Ombudsman\'s annual report about Test Homes', '(f) Other reports and publications of the Ombudsman'];
    const at = order.map((h) => t.indexOf(h));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The trend: this year, then every earlier year with a report, newest first.
    expect(t).toContain('Measure 2024-25 2023-24 2022-23 CH01 (1): stage 1 complaints received per 1,000 homes 2.5 3.0 4.6');
    expect(t).toContain("CH02 (1): stage 1 complaints responded to within the Code's timescales 60.0% 75.0% 66.7%");
    expect(t).toContain("TP09: satisfied with the landlord's approach to complaints handling 38.0% 41.0% 33.3%");
    expect(t).toContain('Stage 1: average time to respond (working days) 14.6 9.5 11.0');
    expect(t).toContain('Complaints not accepted, by reason Reason Number Outside the 12-month time limit 1');
    expect(t).toContain('The Ombudsman made no determinations about us this year.');
    expect(t).toContain('Worked out by chc from the complaints log');
    // A draft says so, as every page of a draft does.
    expect(t).toContain('DRAFT');
  });

  it("is linked from the landlord's page and from the self-assessment's page; the earlier year, with its stated figures, has its page too", () => {
    expect(page('test-homes/index.html')).toContain('href="/test-homes/2024-25/report/"');
    expect(page('test-homes/2024-25/index.html')).toContain('href="/test-homes/2024-25/report/"');
    expect(readdirSync(join(out, 'site/test-homes/2023-24'))).toContain('report');
  });

  it('draws CH01 and CH02 over the years as static SVG, each named and said in words, the same numbers as the table', () => {
    const html = page('test-homes/2024-25/report/index.html');
    const svgs = [...html.matchAll(/<svg [^>]*role="img" aria-labelledby="([^"]+)"[\s\S]*?<\/svg>/g)];
    // The TSMs over the years, then this year's outcomes and categories (the fixture has no determination to chart).
    expect(svgs.map((m) => m[1])).toEqual(['chart-ch01-title chart-ch01-desc', 'chart-ch02-title chart-ch02-desc', 'chart-outcomes-title chart-outcomes-desc', 'chart-categories-title chart-categories-desc']);
    const said = (svg: string, id: string) => new RegExp(`<${id} id="[^"]+">([^<]*)</${id}>`).exec(svg)?.[1];
    expect(said(svgs[0]![0], 'title')).toBe('Complaints received per 1,000 homes, by year (CH01)');
    expect(said(svgs[0]![0], 'desc')).toBe('2024-25: Stage 1 2.5, Stage 2 1.0. 2023-24: Stage 1 3.0, Stage 2 0.5. 2022-23: Stage 1 4.6, Stage 2 1.0.');
    expect(said(svgs[1]![0], 'desc')).toBe('2024-25: Stage 1 60.0%, Stage 2 50.0%. 2023-24: Stage 1 75.0%, Stage 2 100.0%. 2022-23: Stage 1 66.7%, Stage 2 50.0%.');
    // Each bar is labelled with its value (a chart read in greyscale, or without colour), and nothing is a script.
    expect([...svgs[1]![0].matchAll(/<text [^>]*>(\d+\.\d%)<\/text>/g)].map((m) => m[1])).toEqual(['60.0%', '50.0%', '75.0%', '100.0%', '66.7%', '50.0%']);
    expect(html).not.toContain('<script');
  });

  it('publishes the figures as open data beside the page, valid against their public schema, as chc report gives them', async () => {
    const json = JSON.parse(page('test-homes/2024-25/report/report.json'));
    expect(json).toMatchObject({ landlord: 'test-homes', draft: true, period: '2024-25', tsm: { CH01_1: 2.5, CH02_1: 60, TP09: 38 }, previous: { period: '2023-24' }, earlier: [{ period: '2023-24' }, { period: '2022-23' }] });
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(REPO, 'schemas/report-figures.schema.json'), 'utf8')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const cli = chc(['report', 'test-homes', '--root', join(tmp, 'root'), '--format', 'json']);
    expect(JSON.parse(cli.stdout)).toEqual(json);
  });

  it('publishes nothing of the complaints log but its counts: the marker is in no byte of the build, nor in the text of a PDF or a DOCX', async () => {
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => readFileSync(f).includes(MARK))).toEqual([]);
    // A PDF's and a DOCX's text is compressed: read back, not searched as bytes.
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    const docxs = files.filter((f) => f.endsWith('.docx'));
    expect(pdfs.length).toBeGreaterThanOrEqual(6);
    expect(docxs.length).toBeGreaterThanOrEqual(6);
    for (const f of pdfs) expect(pdfText(f), f).not.toContain(MARK);
    for (const f of docxs) expect((await docxText(f)).xml, f).not.toContain(MARK);
  });

  it('has no accessibility violations (axe-core: WCAG 2.2 AA and best practice)', async () => {
    const require = createRequire(import.meta.url);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 320, height: 640 });
      await tab.goto(pathToFileURL(join(out, 'site/test-homes/2024-25/report/index.html')).href, { waitUntil: 'load' });
      await tab.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await tab.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.help}`);
      });
      expect(violations).toEqual([]);
      // At 320 px nothing but the tables' scrolling regions is wider than the screen.
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('the annual complaints report as a document (PDF and DOCX), for the board and for publication', () => {
  const docs = (edition: string) => join(out, 'documents/test-homes/2024-25', `test-homes-2024-25-${edition}`);
  const PARTS = ['(b) How complaints were handled', "(c) The Ombudsman's findings", '(d) What changed as a result of complaints', "(e) The Ombudsman's annual report about Test Homes", '(f) Other reports and publications of the Ombudsman'];
  /** Where each heading is in the text, after the previous one (the contents list names them all first). */
  const positions = (t: string, headings: string[], from: number) => {
    let at = from;
    return headings.map((h) => (at = t.indexOf(h, at + 1)));
  };

  it.each(['public', 'board'])('the %s PDF: the report\'s title, the self-assessment as part (a), then parts (b) to (f) with the figures, DRAFT', (edition) => {
    const t = squeeze(pdfText(`${docs(edition)}.pdf`));
    expect(pdfInfo(`${docs(edition)}.pdf`).Title).toBe('Test Homes: Annual complaints performance and service improvement report 2024-25');
    expect(t.slice(0, 400)).toContain('Annual complaints performance and service improvement report');
    expect(t).toContain("Its part (a), the self-assessment against the Code, comes first");
    // In the body (after the contents): the action plan (the end of part a), the parts in order, then the draft's status.
    const body = t.indexOf('Status of this draft', t.indexOf('Status of this draft') + 1);
    const at = positions(t, ['Action plan', ...PARTS], t.lastIndexOf('Action plan') - 1);
    expect(at.every((i) => i > 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(body).toBeGreaterThan(at.at(-1)!);
    expect(t).toContain('CH01 (1): stage 1 complaints received per 1,000 homes 2.5 3.0 4.6');
    expect(t).toContain('Outside the 12-month time limit 1');
    // The charts are drawn, vector, with their titles and values in the text.
    expect(t).toContain('Complaints received per 1,000 homes, by year (CH01)');
    expect(t).toContain('DRAFT');
  });

  it.each(['public', 'board'])('the %s DOCX: the same parts under the same headings in the same order, the same figures in a table', async (edition) => {
    const { text: t } = await docxText(`${docs(edition)}.docx`);
    const flat = squeeze(t);
    expect(flat).toContain('Annual complaints performance and service improvement report');
    const at = positions(flat, ['Action plan', ...PARTS, 'Status of this draft'], flat.lastIndexOf('Action plan') - 1);
    expect(at.every((i) => i > 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each row of the TSM table is a row of cells: the measure, then this year and the earlier ones.
    expect(t).toMatch(/CH01 \(1\): stage 1 complaints received per 1,000 homes\n2\.5\n3\.0\n4\.6\n/);
    expect(flat).toContain('The Ombudsman made no determinations about us this year.');
    // The PDF and the DOCX say the report's parts in the same words.
    const pdf = squeeze(pdfText(`${docs(edition)}.pdf`));
    for (const h of PARTS) expect(pdf).toContain(h);
  });
});
