// No input within the documented limits stalls `check`: each shape that once took from seconds to minutes (a
// quadratic regex, the YAML library's duplicate-key check on a huge mapping) is timed here, with a generous bound
// for a busy machine (the figure on an idle one is about a second).
import { describe, expect, it } from 'vitest';
import { checkFiles, goodAssessment, LANDLORD } from '../helpers/project.ts';

const A = 'assessments/test-homes/1990-91/assessment.yaml';
const L = 'assessments/test-homes/landlord.yaml';
const BOUND_MS = 15_000;

function timed(files: Record<string, string>) {
  const started = performance.now();
  const r = checkFiles({ [L]: LANDLORD, ...files });
  return { r, ms: performance.now() - started };
}

const withDocument = (text: string) => ({
  [A]: goodAssessment().replace('    evidence: Policy section 1.\n', '    evidence: Policy section 1.\n    documents:\n      - title: Policy\n        file: policy.md\n'),
  'assessments/test-homes/1990-91/policy.md': text,
});
const withEvidence = (text: string) => ({ [A]: goodAssessment().replace('    evidence: Policy section 1.\n', `    evidence: |\n      ${text}\n`) });

describe('check does not stall', () => {
  it.each([
    ['a heading line of 160,000 spaces in a document', withDocument(`# Policy\n\n#${' '.repeat(160_000)}x\n`)],
    ['"*a " 40,000 times in an answer', withEvidence('*a '.repeat(40_000))],
    ['"[" 120,000 times in an answer', withEvidence('['.repeat(120_000))],
    ['"*a " 40,000 times in a document', withDocument('*a '.repeat(40_000))],
    ['"[" 120,000 times in a document', withDocument('['.repeat(120_000))],
  ])('%s', (_name, files) => {
    const { ms } = timed(files);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 60_000);

  it.each([
    ['an approval answers: map of 60,000 entries', (g: string) => g.replace('responses:', `approval:\n  body: Board\n  date: 1991-06-01\n  answers:\n${Array.from({ length: 60_000 }, (_, i) => `    "x${i}": "000000000000"\n`).join('')}responses:`), 'approval.answers has 60,000 entries'],
    ['responses: of 60,000 entries', (g: string) => `${g}${Array.from({ length: 60_000 }, (_, i) => `  "z${i}":\n    comply: yes\n`).join('')}`, 'entries; at most 5,000 are read'],
    ['a duplicated key among 60,000 (the precise parser)', (g: string) => `${g}${Array.from({ length: 60_000 }, (_, i) => `  "z${i % 59_999}":\n    comply: yes\n`).join('')}`, 'entries; at most 5,000 are read'],
  ])('%s: too-large, at once', (_name, make, message) => {
    const { r, ms } = timed({ [A]: make(goodAssessment()) });
    expect(ms).toBeLessThan(BOUND_MS);
    expect(r.diagnostics.map((d) => d.rule)).toContain('too-large');
    expect(r.diagnostics.find((d) => d.rule === 'too-large')!.message).toContain(message);
  }, 60_000);
});
