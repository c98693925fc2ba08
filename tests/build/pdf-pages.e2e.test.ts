// The pages of the bundled examples' PDFs read back as positioned text: the body of a board paper has no
// near-empty pages, and no section or stage heading ends a page without the start of its table under it.
// (Before rows could split, 2020-21 printed five sections as a heading over an empty header, and a third of
// its pages were less than a quarter full.)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
