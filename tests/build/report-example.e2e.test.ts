// The bundled example of an annual complaints report (examples/annual-report: a fictional landlord, its figures
// made up): it checks clean, chc report works its figures out from its synthetic log, and a build publishes the
// report's page, PDF and DOCX as approved (no DRAFT), saying on every output that the landlord is fictional.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { docxText, pdfInfo, pdfText, squeeze } from '../helpers/outputs.ts';

const ROOT = join(REPO, 'examples/annual-report');
let tmp = '';
let out = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'chc-report-example-'));
  out = join(tmp, 'out');
  const r = chc(['build', '--root', ROOT, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 240_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the bundled annual complaints report (examples/annual-report)', () => {
  it('checks with no error and no warning, both years approved', () => {
    const r = chc(['check', '--root', ROOT]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('example-homes 2023-24 (2022 Code, approved)');
    expect(r.stdout).toContain('example-homes 2024-25 (2024 Code, approved)');
    expect(r.stdout).toContain('2 assessments checked: 0 errors, 0 warnings');
  });

  it('has a log of a few hundred rows crossing Christmas, New Year and Easter, from which chc report works the figures out', () => {
    const log = readFileSync(join(ROOT, 'assessments/example-homes/2024-25/complaints-log.csv'), 'utf8').trim().split('\n').slice(1);
    expect(log.length).toBeGreaterThanOrEqual(200);
    const span = (from: string, to: string) => log.some((l) => {
      const [, , received, , responded] = l.split(',');
      return received! <= from && responded! >= to;
    });
    expect(span('2024-12-24', '2024-12-27'), 'Christmas').toBe(true);
    expect(span('2024-12-31', '2025-01-02'), 'New Year').toBe(true);
    expect(span('2025-04-17', '2025-04-22'), 'Easter 2025').toBe(true);
    const json = JSON.parse(chc(['report', 'example-homes', '--root', ROOT, '--format', 'json']).stdout);
    expect(json.stage_1.received).toBe(log.filter((l) => l.split(',')[1] === '1' && !l.includes('Not accepted')).length);
    expect(json.tsm.CH01_1).toBe(Math.round((json.stage_1.received / 8500) * 1000 * 10) / 10);
    expect(json.previous.period).toBe('2023-24');
  });

  it("publishes the report's page, PDF and DOCX as approved, the landlord named as fictional", async () => {
    const pageFile = join(out, 'site/example-homes/2024-25/report/index.html');
    expect(existsSync(pageFile)).toBe(true);
    const page = readFileSync(pageFile, 'utf8');
    expect(page).toContain('Example Homes (fictional)');
    expect(page).not.toContain('DRAFT');
    const doc = join(out, 'documents/example-homes/2024-25/example-homes-2024-25-public');
    const pdf = squeeze(pdfText(`${doc}.pdf`));
    expect(pdfInfo(`${doc}.pdf`).Title).toBe('Example Homes (fictional): Annual complaints performance and service improvement report 2024-25');
    expect(pdf).toContain('Approved by the Board on 9 July 2025.');
    expect(pdf).not.toContain('DRAFT');
    expect(pdf).toContain('(d) What changed as a result of complaints');
    // Every chart the report draws, titled, each followed by the table of its numbers.
    for (const [title, caption] of [
      ['Complaints received per 1,000 homes, by year (CH01)', 'The Tenant Satisfaction Measures about complaints'],
      ["Complaints responded to within the Code's timescales, by year (CH02)", 'The Tenant Satisfaction Measures about complaints'],
      ['Responses by outcome, 2024-25', 'Responses by outcome Outcome Stage 1 Stage 2'],
      ['Complaints by what they were about, 2024-25', 'Complaints by what they were about About Number'],
      ["The Ombudsman's determinations by finding, 2024-25", 'Determinations by finding Finding Number Service failure 1 No maladministration 1'],
    ] as const) {
      expect(pdf, title).toContain(title);
      expect(pdf.indexOf(caption, pdf.indexOf(title)), caption).toBeGreaterThan(pdf.indexOf(title));
    }
    const svgs = [...page.matchAll(/<svg [^>]*role="img"[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs.map((svg) => /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1])).toEqual([
      'Complaints received per 1,000 homes, by year (CH01)', "Complaints responded to within the Code's timescales, by year (CH02)",
      'Responses by outcome, 2024-25', 'Complaints by what they were about, 2024-25', "The Ombudsman's determinations by finding, 2024-25",
    ]);
    for (const svg of svgs) expect(svg).toMatch(/<desc[^>]*>[^<]+\.<\/desc>/);
    const docx = squeeze((await docxText(`${doc}.docx`)).text);
    expect(docx).toContain('Example Homes (fictional)');
    expect(docx).toContain('(d) What changed as a result of complaints');
    expect(docx).toContain('Approved by the Board on 9 July 2025.');
  });
});
