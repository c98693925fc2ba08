import { describe, expect, it } from 'vitest';
import { checkFiles, goodAssessment, LANDLORD, pins } from '../helpers/project.ts';

const A = 'assessments/test-homes/1990-91/assessment.yaml';
const L = 'assessments/test-homes/landlord.yaml';

/** Checks one assessment (with a valid landlord) against the test Code versions. */
function check(assessment: string | Uint8Array, extra: Record<string, string | Uint8Array | { link: string }> = {}, today?: string) {
  return checkFiles({ [L]: LANDLORD, [A]: assessment, ...extra }, today ? { today } : {});
}

/** The standard header of a test assessment, then `responses:` and the given lines. */
function withResponses(...lines: string[]): string {
  return ['code: "1990"', 'period: 1990-91', 'assessed_on: 1991-05-01', 'responses:', ...lines, ''].join('\n');
}

/** Every provision answered well except those the case replaces (lines 5-14 of goodAssessment). */
const FULL = [
  '  "1.1":', '    comply: yes', '    evidence: Policy section 1.',
  '  "1.2":', '    comply: yes', '    evidence: Policy section 2.',
  '  "2.1":', '    comply: n/a',
  '  2a:', '    answer: 80%',
];

describe('a good assessment', () => {
  it('gives no diagnostics at all', () => {
    expect(pins(check(goodAssessment()))).toEqual([]);
  });
});

describe('each rule, on a minimal failing input', () => {
  it('yaml-syntax: an unclosed flow sequence', () => {
    const r = check('code: "1990"\nperiod: [1990-91\nassessed_on: 1991-05-01\n');
    expect(pins(r)).toEqual([{ rule: 'yaml-syntax', severity: 'error', line: 3, column: 1 }]);
    expect(r.diagnostics[0]!.hint).toBe('A quote or bracket was opened but not closed.');
  });

  it('yaml-syntax: a tab used for indentation', () => {
    const r = check(withResponses('  "1.1":', '\tcomply: yes'));
    expect(pins(r)).toEqual([{ rule: 'yaml-syntax', severity: 'error', line: 6, column: 1 }]);
    expect(r.diagnostics[0]!.hint).toMatch(/spaces, not tabs/);
  });

  it('duplicate-key: a key twice in one mapping', () => {
    const r = check(withResponses(...FULL, '  "1.1":', '    comply: no'));
    expect(pins(r)).toEqual([{ rule: 'duplicate-key', severity: 'error', line: 15, column: 3 }]);
    expect(r.diagnostics[0]!.message).toBe('duplicate key "1.1"');
  });

  it('schema: comply: true is an error with a hint to write the word', () => {
    const r = check(withResponses('  "1.1":', '    comply: true', '    evidence: x', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'schema', severity: 'error', line: 6, column: 13, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('true is not a valid value for "comply"');
    expect(r.diagnostics[0]!.hint).toMatch(/^Write the word \(yes, no, partial, n\/a\), not true/);
  });

  it('schema: a misspelt field name, with the nearest known one', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    evidnce: Policy.', ...FULL.slice(3)));
    expect(pins(r)).toEqual([
      { rule: 'no-evidence', severity: 'warning', line: 6, column: 13, provision: '1.1' },
      { rule: 'schema', severity: 'error', line: 7, column: 5, provision: '1.1' },
    ]);
    expect(r.diagnostics[1]!.message).toBe('unknown field "evidnce" in 1.1');
    expect(r.diagnostics[1]!.hint).toBe('Did you mean "evidence"?');
  });

  it('schema: a date that does not exist', () => {
    const r = check(goodAssessment().replace('assessed_on: 1991-05-01', 'assessed_on: 1991-02-30'));
    expect(pins(r)).toEqual([{ rule: 'schema', severity: 'error', line: 3, column: 14 }]);
    expect(r.diagnostics[0]!.message).toBe('"1991-02-30" is not a real date');
  });

  it('schema: a missing required field', () => {
    const r = check(goodAssessment().replace('assessed_on: 1991-05-01\n', ''));
    expect(pins(r)).toEqual([{ rule: 'schema', severity: 'error', line: 1, column: 1 }]);
    expect(r.diagnostics[0]!.message).toBe('missing required field "assessed_on"');
  });

  it('unknown-code: a Code version that does not exist, with the nearest', () => {
    const r = check(goodAssessment().replace('code: "1990"', 'code: "1991"'));
    expect(pins(r)).toEqual([{ rule: 'unknown-code', severity: 'error', line: 1, column: 7 }]);
    expect(r.diagnostics[0]!.hint).toBe('Did you mean "1990"? Known versions: "1990", "1995".');
  });

  it('unknown-provision: an id the Code lacks, with the nearest', () => {
    const r = check(goodAssessment('  "1.3":\n    comply: yes\n    evidence: x\n'));
    expect(pins(r)).toEqual([{ rule: 'unknown-provision', severity: 'error', line: 15, column: 3, provision: '1.3' }]);
    expect(r.diagnostics[0]!.hint).toMatch(/^Did you mean "1\.[12]"\?/);
  });

  it('missing-response: a must is an error, a should a warning, both at responses:', () => {
    const r = check(withResponses(...FULL.slice(6)));
    expect(pins(r)).toEqual([
      { rule: 'missing-response', severity: 'error', line: 4, column: 1, provision: '1.1' },
      { rule: 'missing-response', severity: 'warning', line: 4, column: 1, provision: '1.2' },
    ]);
    expect(r.diagnostics[0]!.message).toBe('provision 1.1 (A must) is not answered (a "must")');
  });

  it('missing-response: a figure question answered with an empty answer', () => {
    const r = check(withResponses(...FULL.slice(0, 8), '  2a:', '    answer: ""'));
    expect(pins(r)).toEqual([{ rule: 'missing-response', severity: 'error', line: 13, column: 3, provision: '2a' }]);
  });

  it('unjustified-na: n/a without commentary or evidence', () => {
    const r = check(withResponses('  "1.1":', '    comply: n/a', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'unjustified-na', severity: 'error', line: 6, column: 13, provision: '1.1' }]);
  });

  it('unjustified-na: not reported where the Code itself makes the provision conditional', () => {
    expect(pins(check(goodAssessment()))).toEqual([]); // 2.1 is conditional and answered n/a without a reason
  });

  it('missing-action: no without an action', () => {
    const r = check(withResponses('  "1.1":', '    comply: no', '    evidence: x', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'missing-action', severity: 'error', line: 6, column: 13, provision: '1.1' }]);
  });

  it('missing-action: partial with an action that has no due date', () => {
    const r = check(withResponses('  "1.1":', '    comply: partial', '    evidence: x', '    actions:', '      - description: Fix it', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'missing-action', severity: 'error', line: 6, column: 13, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('provision 1.1 is answered "partial" but no action has a due date');
  });

  it('missing-action: satisfied by an open action with a due date', () => {
    const r = check(withResponses('  "1.1":', '    comply: partial', '    evidence: x', '    actions:', '      - description: Fix it', '        due: 1991-12-31', ...FULL.slice(3)));
    expect(pins(r)).toEqual([]);
  });

  it('no-evidence: yes with neither evidence nor a document (a warning)', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'no-evidence', severity: 'warning', line: 6, column: 13, provision: '1.1' }]);
  });

  it('document-not-found: a file that does not exist', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../evidence/policy.md', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'document-not-found', severity: 'error', line: 9, column: 15, provision: '1.1' }]);
  });

  it("document-not-found: a file outside the landlord's folder", () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../../../outside/policy.md', ...FULL.slice(3)),
      { 'outside/policy.md': '# Policy\n' });
    expect(pins(r)).toEqual([{ rule: 'document-not-found', severity: 'error', line: 9, column: 15, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe(`"../../../outside/policy.md" cannot be used: it leads outside the landlord's folder`);
  });

  it('document-not-found: the governing body response file is missing', () => {
    const r = check(goodAssessment().replace('responses:', 'governing_body_response: response.md\nresponses:'));
    expect(pins(r)).toEqual([{ rule: 'document-not-found', severity: 'error', line: 4, column: 26 }]);
  });

  it('section-not-found: a section no heading carries (a renumbered policy)', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../evidence/policy.md', '        section: "7.4"', ...FULL.slice(3)),
      { 'assessments/test-homes/evidence/policy.md': '# Policy\n\n## 7. Handling\n\n### 7.5. Stage one\n' });
    expect(pins(r)).toEqual([{ rule: 'section-not-found', severity: 'error', line: 10, column: 18, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('../evidence/policy.md has no section "7.4"');
  });

  it('section-not-found: a section found by number, by title or by the first words of a title', () => {
    const policy = '---\ntitle: Policy\n---\n# Policy\n\n## 3. Exclusions to this policy\n\n### 7.4. Stage one\n\n**7.4.1.** Acknowledge.\n';
    for (const section of ['"3"', '"7.4"', '"7.4.1"', 'Stage one', 'Exclusions', '3.']) {
      const r = check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../evidence/policy.md', `        section: ${section}`, ...FULL.slice(3)),
        { 'assessments/test-homes/evidence/policy.md': policy });
      expect(pins(r), section).toEqual([]);
    }
  });

  it('superseded-code: a period that began after a newer Code came into force', () => {
    const r = checkFiles({ [L]: LANDLORD, 'assessments/test-homes/1995-96/assessment.yaml': goodAssessment().replace('period: 1990-91', 'period: 1995-96').replace('assessed_on: 1991-05-01', 'assessed_on: 1996-05-01') });
    expect(pins(r)).toEqual([{ rule: 'superseded-code', severity: 'warning', line: 1, column: 7 }]);
  });

  it('approval-date: approved before the assessment was completed', () => {
    const r = check(goodAssessment().replace('responses:', 'approval:\n  body: Board\n  date: 1991-04-01\nresponses:'));
    expect(pins(r)).toEqual([
      { rule: 'approval-unbound', severity: 'warning', line: 4, column: 1 },
      { rule: 'approval-date', severity: 'error', line: 6, column: 9 },
    ]);
  });

  it('approval-date: approved in the future', () => {
    const r = check(goodAssessment().replace('responses:', 'approval:\n  body: Board\n  date: 2030-04-01\nresponses:'), {}, '2026-01-15');
    expect(pins(r)).toEqual([
      { rule: 'approval-unbound', severity: 'warning', line: 4, column: 1 },
      { rule: 'approval-date', severity: 'error', line: 6, column: 9 },
    ]);
    expect(r.diagnostics[1]!.message).toBe('approval on 2030-04-01 is in the future');
  });

  it('period-mismatch: the period differs from the folder', () => {
    const r = check(goodAssessment().replace('period: 1990-91', 'period: 1991-92'));
    expect(pins(r)).toEqual([{ rule: 'period-mismatch', severity: 'error', line: 2, column: 9 }]);
  });

  it('missing-file: a landlord folder without landlord.yaml', () => {
    const r = checkFiles({ [A]: goodAssessment() });
    expect(pins(r)).toEqual([{ rule: 'missing-file', severity: 'error', line: 1, column: 1 }]);
    expect(r.diagnostics[0]!.file).toBe(L);
  });

  it('needs-review: an answer carried forward and not yet reviewed', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    evidence: x', '    needs_review: carried forward from 1989-90', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'needs-review', severity: 'warning', line: 8, column: 19, provision: '1.1' }]);
  });
});

describe('every diagnostic carries the contract fields', () => {
  it('file, line, column, severity, rule, message and hint (provision where there is one)', () => {
    const r = check(withResponses('  "1.1":', '    comply: no', '  "9.9":', '    comply: yes'));
    expect(r.diagnostics.length).toBeGreaterThan(2);
    for (const d of r.diagnostics) {
      expect(d.file).toBe(A);
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.rule).toMatch(/^[a-z-]+$/);
      expect(d.message.length).toBeGreaterThan(5);
      expect(d.hint.length).toBeGreaterThan(5);
    }
  });
});

describe('limits and landlord rules', () => {
  it('too-large: one text longer than 50,000 characters', () => {
    const long = 'word '.repeat(10_001);
    const r = check(withResponses('  "1.1":', '    comply: yes', `    evidence: ${long}`, ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'too-large', severity: 'error', line: 7, column: 15, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('evidence is 50,004 characters long; at most 50,000 are allowed in one text');
  });

  it('too-large: more than 1,000 responses', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `  "9.${i + 1}": { comply: yes, evidence: x }`);
    const r = check(withResponses(...FULL, ...many));
    expect(r.diagnostics.filter((d) => d.rule === 'too-large').map((d) => [d.line, d.column, d.message])).toEqual([
      [4, 1, 'the assessment has 1,005 responses; at most 1,000 are allowed'],
    ]);
  });

  it('brand-logo: a missing logo, one outside the folder, one too large; a good one passes', () => {
    const landlord = (logo: string) => `${LANDLORD}brand:\n  logo: ${logo}\n`;
    const missing = checkFiles({ [L]: landlord('logo.svg'), [A]: goodAssessment() });
    expect(pins(missing)).toEqual([{ rule: 'document-not-found', severity: 'error', line: 4, column: 9 }]);
    expect(missing.diagnostics[0]!.file).toBe(L);
    const outside = checkFiles({ [L]: landlord('../../outside.png'), [A]: goodAssessment(), 'outside.png': 'x' });
    expect(outside.diagnostics.map((d) => d.message)).toEqual([`the logo "../../outside.png" lies outside the landlord's folder`]);
    const big = checkFiles({ [L]: landlord('big.png'), [A]: goodAssessment(), 'assessments/test-homes/big.png': new Uint8Array(1024 * 1024 + 1) });
    expect(big.diagnostics.map((d) => [d.rule, d.message])).toEqual([['file-too-large', 'the logo is 1.0 MB; the limit is 1 MB']]);
    const wrongType = checkFiles({ [L]: landlord('logo.gif'), [A]: goodAssessment(), 'assessments/test-homes/logo.gif': 'x' });
    expect(wrongType.diagnostics.map((d) => d.rule)).toEqual(['schema']);
    const good = checkFiles({ [L]: landlord('logo.svg'), [A]: goodAssessment(), 'assessments/test-homes/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(pins(good)).toEqual([]);
  });

  it('landlord rules run once per landlord, also for a landlord with no assessment yet', () => {
    const r = checkFiles({ [L]: `${LANDLORD}brand:\n  colour: "#ffcc00"\n` });
    expect(r.diagnostics.map((d) => [d.rule, d.file])).toEqual([['brand-contrast', L]]);
    const two = checkFiles({ [L]: `${LANDLORD}brand:\n  colour: "#ffcc00"\n`, [A]: goodAssessment(), 'assessments/test-homes/1991-92/assessment.yaml': goodAssessment().replace('period: 1990-91', 'period: 1991-92') });
    expect(two.diagnostics.filter((d) => d.rule === 'brand-contrast')).toHaveLength(1);
  });
});
