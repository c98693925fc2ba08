// Markdown nested deeper than the outputs can be made from, or with more headings than a document has, is a
// diagnostic at its place (markdown-too-deep) in every text field and cited document, never a crash later.
import { describe, expect, it } from 'vitest';
import { checkFiles, goodAssessment, LANDLORD } from '../helpers/project.ts';
import { markdownShape, markdownStats } from '../../src/validate/markdown-shape.ts';

const A = 'assessments/test-homes/1990-91/assessment.yaml';
const L = 'assessments/test-homes/landlord.yaml';

/** Deep and wide markdown of each block kind. */
export const SHAPES: Record<string, string> = {
  'nested quotes': `${'> '.repeat(2000)}deep`,
  'nested list items': `${'- '.repeat(2000)}deep`,
  'nested numbered items': `${'1. '.repeat(700)}deep`,
  'indented lists': Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
  'quotes in lists': `${'- > '.repeat(800)}deep`,
  'many headings': Array.from({ length: 3000 }, (_, i) => `# H${i}`).join('\n\n'),
};

/** The YAML block scalar of a text, indented for a field at `indent`. */
const block = (text: string, indent: string) => `|\n${text.split('\n').map((l) => `${indent}${l}`).join('\n')}\n`;

describe('markdownShape', () => {
  it.each(Object.entries(SHAPES))('finds %s', (_name, text) => {
    expect(markdownShape(text)).toHaveLength(1);
  });

  it('leaves ordinary texts alone without parsing them, and allows a few levels', () => {
    expect(markdownShape('A paragraph.\n\n- a\n  - b\n    - c\n\n> quote\n> > in quote\n\n# Heading\n')).toEqual([]);
    expect(markdownShape(`${'> '.repeat(20)}twenty quotes`)).toEqual([]);
  });
});

describe('markdown-too-deep', () => {
  it.each(Object.entries(SHAPES))('%s in an answer, a commentary, the response and a cited document', (_name, text) => {
    const assessment = goodAssessment().replace('responses:', 'governing_body_response: response.md\nresponses:')
      .replace('    evidence: Policy section 1.\n', `    evidence: ${block(text, '      ')}    commentary: ${block(text, '      ')}    documents:\n      - title: Deep\n        file: deep.md\n`);
    const r = checkFiles({ [L]: LANDLORD, [A]: assessment, 'assessments/test-homes/1990-91/response.md': text, 'assessments/test-homes/1990-91/deep.md': text });
    const found = r.diagnostics.filter((d) => d.rule === 'markdown-too-deep');
    expect(found.map((d) => [d.file.replace(/^.*\//, ''), d.severity])).toEqual(
      expect.arrayContaining([['assessment.yaml', 'error'], ['response.md', 'error'], ['deep.md', 'error']]));
    expect(found.filter((d) => d.file === A)).toHaveLength(2);
  });
});

describe('markdownStats: the blocks a text publishes', () => {
  it.each([
    ['one paragraph', 'A paragraph\nwrapped over lines.', 1],
    ['two paragraphs and a heading', '# Title\n\nOne.\n\nTwo,\nstill two.', 3],
    ['a list of three (each item and its paragraph)', '- a\n- b\n- c', 6],
    ['a table of 2 rows of 2 cells (counted by its bars)', '| a | b |\n|---|---|\n| 1 | 2 |', 10],
    ['a fenced code block, however long', '```\n- not\n- a\n- list\n```', 1],
  ])('%s', (_name, text, blocks) => {
    expect(markdownStats(text).blocks).toBe(blocks);
  });
});

/** A table of `rows` rows (after its header) of `cols` cells. */
const table = (rows: number, cols: number) => [`|${' h |'.repeat(cols)}`, `|${'---|'.repeat(cols)}`, ...Array.from({ length: rows }, () => `|${' x |'.repeat(cols)}`)].join('\n');

/** The diagnostics of `rule` for an assessment whose 1.1 has `evidence` and cites a markdown document holding `doc`. */
const withAppendix = (rule: string, evidence: string, doc: string) => checkFiles({
  [L]: LANDLORD,
  [A]: goodAssessment().replace('    evidence: Policy section 1.\n', `    evidence: ${block(evidence, '      ')}    documents:\n      - title: Appendix\n        file: appendix.md\n`),
  'assessments/test-homes/1990-91/appendix.md': doc,
}).diagnostics.filter((d) => d.rule === rule);

describe('markdown-too-large', () => {
  const build = (evidence: string, doc: string) => withAppendix('markdown-too-large', evidence, doc);

  it('an assessment within the limit, however its blocks are shared between answers and documents, is fine', () => {
    expect(build(table(200, 20), '- x\n'.repeat(2500))).toEqual([]);
  });

  it('past the limit, one error at the largest part, naming the largest parts', () => {
    const inAnswer = build(table(400, 20), '- x\n'.repeat(1000));
    expect(inAnswer.map((d) => [d.file, d.line, d.severity, d.provision])).toEqual([[A, 8, 'error', '1.1']]);
    expect(inAnswer[0]!.message).toBe('this assessment publishes about 10,445 blocks of markdown (paragraphs, list items, headings, table cells); at most 10,000 can be published. The largest: evidence of 1.1 (8,443), appendix.md (2,000), evidence of 1.2 (1).');
    const inDocument = build('A few words.', '- x\n'.repeat(500_000));
    expect(inDocument.map((d) => [d.file, d.line])).toEqual([['assessments/test-homes/1990-91/appendix.md', 1]]);
    expect(inDocument[0]!.message).toContain('The largest: appendix.md (1,000,000), ');
  });
});

describe('table-too-wide', () => {
  const wide = (cols: number) => table(1, cols);
  const run = (evidence: string, doc: string) => withAppendix('table-too-wide', evidence, doc);

  it('refuses a table of more columns than a page can print, in an answer and in a cited document, at the table', () => {
    const found = run(`Before.\n\n${wide(200)}`, `# Appendix\n\n- in a list:\n\n  ${wide(64).split('\n').join('\n  ')}\n`);
    expect(found.map((d) => [d.file, d.line, d.provision ?? null, d.message])).toEqual([
      ['assessments/test-homes/1990-91/appendix.md', 5, null, 'the document has a table of 64 columns; at most 20 can be printed (a Word table takes at most 63, and a page of A4 fits about 20 readable ones)'],
      [A, 10, '1.1', 'evidence has a table of 200 columns; at most 20 can be printed (a Word table takes at most 63, and a page of A4 fits about 20 readable ones)'],
    ]);
  });

  it('allows 20 columns, and a row of bars and dashes that is no table (a fenced block, a thematic break)', () => {
    expect(run(wide(20), `\`\`\`\n${wide(40)}\n\`\`\`\n\n---\n`)).toEqual([]);
  });
});
