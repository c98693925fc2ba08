// No input crashes a build: markdown too deep to render is refused at its place (markdown-too-deep) and the other
// assessments are built; markdown just within the bound is rendered into the site, the DOCX and the PDF.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chcBounded } from '../helpers/bounded.ts';
import { REPO } from '../helpers/project.ts';
import { docxText, pdfText } from '../helpers/outputs.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const PD = 'assessments/plus-dane/2023-24/assessment.yaml';

/** A copy of the examples with `text` as the evidence of plus-dane 2023-24's provision 1.2. */
function withEvidence(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-deep-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  const path = join(root, PD);
  const yaml = readFileSync(path, 'utf8');
  const at = yaml.indexOf('    evidence: |\n', yaml.indexOf('  "1.2":'));
  const end = yaml.indexOf('\n    documents:', at);
  writeFileSync(path, `${yaml.slice(0, at)}    evidence: |\n${text.split('\n').map((l) => `      ${l}`).join('\n')}${yaml.slice(end)}`);
  return root;
}

/**
 * Builds the examples with `text` as plus-dane 2023-24's evidence of 1.2, under a bound: that assessment is refused
 * with `diagnostic`, the other two are built, and nothing is an internal error.
 */
async function expectRefused(text: string, diagnostic: string | RegExp): Promise<void> {
  const root = withEvidence(text);
  const r = await chcBounded(['build', '--root', root, '--include-drafts', '--only', 'docx'], { memoryMb: 1500, seconds: 60 });
  expect(r.limit, `${r.limit}: ${r.peakMb} MB, ${r.ms} ms`).toBeUndefined();
  expect(r.stderr).not.toContain('internal error');
  expect(r.status).toBe(1);
  if (typeof diagnostic === 'string') expect(r.stderr).toContain(diagnostic);
  else expect(r.stderr).toMatch(diagnostic);
  expect(r.stderr).toContain('plus-dane 2023-24 was not built');
  expect(r.stdout).toMatch(/built 2 assessments/);
}

describe('deep markdown', () => {
  it.each([
    ['2,000 nested quotes', `${'> '.repeat(2000)}deep`],
    ['2,000 nested list markers', `${'- '.repeat(2000)}deep`],
    ['600 nested quotes', `${'> '.repeat(600)}deep`],
    ['3,000 headings', Array.from({ length: 3000 }, (_, i) => `# H${i}`).join('\n\n')],
  ])('%s in an answer: refused with markdown-too-deep, the rest built, never an internal error', async (_name, text) => {
    await expectRefused(text, 'error  markdown-too-deep  provision 1.2: evidence ');
  }, 90_000);

  it('just within the bound: rendered in the site, the DOCX and the PDF', async () => {
    const nested = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const root = withEvidence(`${'> '.repeat(20)}Twenty quotes deep.\n\n${nested}\n`);
    const r = await chcBounded(['build', '--root', root, '--include-drafts', '--landlord', 'plus-dane', '--period', '2023-24'], { memoryMb: 2500, seconds: 150 });
    expect(r.stderr).not.toContain('internal error');
    expect(r.status, r.stderr).toBe(0);
    const docs = join(root, 'dist/documents/plus-dane/2023-24');
    expect((await docxText(join(docs, 'plus-dane-2023-24-public.docx'))).text).toContain('Twenty quotes deep.');
    // In the PDF's narrow Appendix A cell deep quotes leave a word a line: the words are all there.
    const pdf = pdfText(join(docs, 'plus-dane-2023-24-public.pdf')).replace(/\s+/g, '');
    expect(pdf).toContain('Twentyquotesdeep.');
    expect(pdf).toContain('level10');
    expect(readFileSync(join(root, 'dist/site/plus-dane/2023-24/index.html'), 'utf8')).toContain('Twenty quotes deep.');
  }, 180_000);

  const table = (rows: number, cols: number) => [`|${' h |'.repeat(cols)}`, `|${'---|'.repeat(cols)}`, ...Array.from({ length: rows }, (_, i) => `|${` ${i} |`.repeat(cols)}`)].join('\n');

  it('more markdown than an assessment may publish (a 10,000-row table in 40 KB): refused with markdown-too-large, the rest built', async () => {
    await expectRefused(['|h|', '|-|', ...Array.from({ length: 10_000 }, () => '|x|')].join('\n'),
      // The total: the table's 20,005 and the rest of the example's texts (about 150).
      /error {2}markdown-too-large {2}this assessment publishes about 20,1\d\d blocks of markdown \(paragraphs, list items, headings, table cells\); at most 10,000 can be published\. The largest: evidence of 1\.2 \(20,005\), /);
  }, 90_000);

  it('an assessment just within the block limit builds whole (site, PDF, DOCX) in under 1.5 GB', async () => {
    const root = withEvidence(`${table(400, 20)}\n\nLAST-ROW-MARK`);
    const r = await chcBounded(['build', '--root', root, '--include-drafts', '--landlord', 'plus-dane', '--period', '2023-24'], { memoryMb: 1536, seconds: 170 });
    expect(r.limit, `${r.limit}: ${r.peakMb} MB, ${r.ms} ms`).toBeUndefined();
    expect(r.stderr).not.toContain('internal error');
    expect(r.status, r.stderr).toBe(0);
    const docs = join(root, 'dist/documents/plus-dane/2023-24');
    expect((await docxText(join(docs, 'plus-dane-2023-24-public.docx'))).text).toContain('LAST-ROW-MARK');
    expect(pdfText(join(docs, 'plus-dane-2023-24-public.pdf'))).toContain('LAST-ROW-MARK');
  }, 200_000);
});
