// Markdown nested deeper than the outputs can be made from, or with more headings than a document has, is a
// diagnostic at its place (markdown-too-deep) in every text field and cited document, never a crash later.
import { describe, expect, it } from 'vitest';
import { checkFiles, goodAssessment, LANDLORD } from '../helpers/project.ts';
import { markdownShape } from '../../src/validate/markdown-shape.ts';

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
