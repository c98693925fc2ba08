// The pages of the bundled examples' PDFs read back as positioned text: the body of a board paper has no
// near-empty pages, and no section or stage heading ends a page without the start of its table under it.
// (Before rows could split, 2020-21 printed five sections as a heading over an empty header, and a third of
// its pages were less than a quarter full.)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { filesUnder } from '../helpers/outputs.ts';

let root: string;
let out: string;

/** The text lines of each page (tops within 3 units are one line), without the footer and the watermark. */
function pages(file: string): { height: number; lines: { top: number; text: string; big: boolean }[] }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('<outline>')[0]!;
  return [...xml.matchAll(/<page number="\d+"[^>]*height="(\d+)"[^>]*>([\s\S]*?)<\/page>/g)].map((p) => {
    const pieces = [...p[2]!.matchAll(/<text top="(\d+)" left="(\d+)" width="\d+" height="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)]
      .filter((m) => Number(m[3]) < 100) // the DRAFT watermark
      .map((m) => ({ top: Number(m[1]), left: Number(m[2]), height: Number(m[3]), text: m[4]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim() }))
      .filter((x) => x.text && !x.text.includes('Complaint Handling Code self-assessment'));
    const lines = new Map<number, { left: number; height: number; text: string }[]>();
    for (const x of pieces) {
      const key = [...lines.keys()].find((t) => Math.abs(t - x.top) <= 3) ?? x.top;
      lines.set(key, [...(lines.get(key) ?? []), x]);
    }
    return {
      height: Number(p[1]),
      // `big`: set in a heading's size (the table's text is smaller), so a provision titled "Stage 3 …" whose first
      // line stands alone is not taken for the stage's heading.
      lines: [...lines.entries()].sort(([a], [b]) => a - b).map(([top, xs]) => ({ top, big: xs.some((x) => x.height >= 16), text: xs.sort((a, b) => a.left - b.left).map((x) => x.text).join(' ') })),
    };
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chc-pdf-pages-'));
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  out = join(root, 'out');
  const r = chc(['build', '--root', root, '--out', out, '--only', 'pdf', '--include-drafts']);
  expect(r.status, r.stderr).toBe(0);
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const pdfs = () => filesUnder(out).filter((f) => f.endsWith('.pdf')).map((f) => join(out, f));

describe('the pages of the PDFs', () => {
  it('prints both editions of the three examples', () => {
    expect(pdfs().length).toBe(6);
  });

  it('fills every page after the at-a-glance page, but the last, at least 40% of the way down', () => {
    for (const file of pdfs()) {
      const ps = pages(file);
      const short = ps.slice(4, -1)
        .map((p, i) => ({ page: i + 5, fill: Math.max(...p.lines.map((l) => l.top)) / p.height }))
        .filter((p) => p.fill < 0.4)
        .map((p) => `page ${p.page}: text ends ${Math.round(p.fill * 100)}% down`);
      expect(short, file).toEqual([]);
    }
  });

  it('never ends a page with a section or stage heading and the table header alone', () => {
    for (const file of pdfs()) {
      const stranded: string[] = [];
      pages(file).forEach((p, i) => {
        if (i < 4) return; // the contents and the at-a-glance table name the sections too
        p.lines.forEach((l, j) => {
          if (!l.big || !/^(Section \d+: |Stage \d+$)/.test(l.text)) return;
          const below = p.lines.slice(j + 1).filter((x) => !/^(Code provision|Code requirement|provision|explanation)\b/.test(x.text));
          if (below.length < 4) stranded.push(`page ${i + 1}: "${l.text}" with ${below.length} lines under it`);
        });
      });
      expect(stranded, file).toEqual([]);
    }
  });
});

// Issue 23, item 4: a row that goes on over a page starts each page it goes on to with its provision ("5.2,
// continued"). Built for a landlord that is not one of the examples, whose answers are long: paragraphs, long lists,
// a table inside an answer, a long quotation (a policy's extract, its paragraphs and a list), a long commentary, so
// rows break across pages at every kind of block.
describe('rows that go on over a page', () => {
  let fixture: string;
  let pdf: string;
  const LONG = (n: number, what: string) => Array.from({ length: n }, (_, i) => `      ${what} ${i + 1}: we record each complaint on the day it arrives, acknowledge it within five working days, and check each month that every stage met its timescale, reporting the figures to the Cabinet and to residents.`).join('\n\n');
  const ids = ['1.2', '1.3', '1.4', '1.5', '1.6', '2.1', '2.4', '2.2', '2.3', '3.1', '3.2', '3.3'];

  beforeAll(() => {
    fixture = mkdtempSync(join(tmpdir(), 'chc-continued-rows-'));
    const dir = join(fixture, 'assessments/eastfield');
    mkdirSync(join(dir, '2025-26'), { recursive: true });
    writeFileSync(join(dir, 'landlord.yaml'), 'name: Eastfield Borough Council\nwebsite: https://www.eastfield.example\ngoverning_body: Cabinet\n');
    const answer = (id: string, i: number) => [
      `  "${id}":`,
      '    comply: yes',
      '    evidence: |',
      i % 4 === 0 ? LONG(6 + i, 'Paragraph') : i % 4 === 1
        ? `      Our practice:\n\n${Array.from({ length: 14 + i }, (_, k) => `      - Step ${k + 1} of the process, which the complaints team follows and audits every quarter`).join('\n')}`
        : i % 4 === 2
          ? `      What residents told us, and what we did:\n\n      | You said | We did |\n      |---|---|\n${Array.from({ length: 8 + i }, (_, k) => `      | Row ${k + 1}: the letter about my repair did not say when the contractor would come or who to call | We now give a date, a time slot and a named officer in every repair letter, and check a sample each month |`).join('\n')}`
          : `      Our policy says:\n\n${LONG(4 + i, '> Clause').replace(/^ {6}> Clause/gm, '      > Clause').replace(/\n\n/g, '\n      >\n')}\n      >\n${Array.from({ length: 6 }, (_, k) => `      > - a duty ${k + 1} of every officer who handles a complaint, as the policy sets it out`).join('\n')}`,
      '    commentary: |',
      LONG(2 + (i % 4), 'Note'),
    ].join('\n');
    writeFileSync(join(dir, '2025-26/assessment.yaml'), ['code: "2024"', 'period: 2025-26', 'assessed_on: 2026-03-02', 'responses:', ...ids.map(answer), ''].join('\n'));
    const r = chc(['build', '--root', fixture, '--out', join(fixture, 'out'), '--only', 'pdf', '--edition', 'public', '--include-drafts']);
    expect(r.status, r.stderr).toBe(0);
    pdf = join(fixture, 'out/documents/eastfield/2025-26/eastfield-2025-26-public.pdf');
  }, 240_000);

  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('starts every page where the Code table goes on with a row naming the provision the page before ended in', () => {
    const ps = pages(pdf);
    const ROW = /^(\d+\.\d+)(, continued)?(\s|$)/;
    let continued = 0;
    let last: string | undefined;
    const wrong: string[] = [];
    ps.forEach((p, i) => {
      const texts = p.lines.map((l) => l.text).filter((t) => !/^DRAFT$/.test(t));
      // A page whose table goes on from the page before starts with the table's repeated header.
      if (/^Code Code requirement Comply Evidence/.test(texts[0] ?? '')) {
        const first = texts.slice(1).find((t) => t !== 'provision');
        const m = ROW.exec(first ?? '');
        if (!m) wrong.push(`page ${i + 1} starts "${first}"`);
        else if (m[2]) {
          continued++;
          if (m[1] !== last) wrong.push(`page ${i + 1}: "${m[1]}, continued" after a page that ended in ${last}`);
        }
      }
      for (const t of texts) { const m = ROW.exec(t); if (m) last = m[1]; }
    });
    expect(wrong).toEqual([]);
    // The fixture's rows are long: many pages go on from the one before.
    expect(continued).toBeGreaterThan(8);
  });

  it('fills each page of the Code table: a block the page breaks (a quotation too) is cut there, not moved whole', () => {
    const ps = pages(pdf);
    // The pages with the Code table's header row on them (the first under its section's heading).
    const table = ps.map((p, i) => ({ page: i + 1, p })).filter(({ p }) => p.lines.some((l) => /^Code Code requirement Comply Evidence/.test(l.text)));
    const short = table.slice(0, -1)
      .map(({ page, p }) => ({ page, fill: Math.max(...p.lines.map((l) => l.top)) / p.height }))
      .filter((x) => x.fill < 0.7)
      .map((x) => `page ${x.page}: text ends ${Math.round(x.fill * 100)}% down`);
    expect(table.length).toBeGreaterThan(10);
    expect(short).toEqual([]);
  });
});
