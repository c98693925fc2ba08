import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFiles, goodAssessment, LANDLORD, pins, TEST_CODES } from '../helpers/project.ts';
import { answerDigests, contentManifest, manifestHash } from '../../src/model/approval.ts';
import { setApproval } from '../../src/model/set-approval.ts';

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
    expect(r.diagnostics[0]!.hint).toBe('Did you mean "1990"? It is the Code in force for 1990-91. Known versions: "1990", "1995".');
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
    // The same bare n/a, on the conditional 2.1 and on 2a, which is not: only 2a's is reported.
    const conditional = withResponses(...FULL.slice(0, 6), '  "2.1":', '    comply: n/a', '  2a:', '    comply: n/a');
    expect(pins(check(conditional))).toEqual([{ rule: 'unjustified-na', severity: 'error', line: 14, column: 13, provision: '2a' }]);
    // And 2.1's is accepted because its Code makes it conditional: a Code without that says, and it is reported too.
    const dir = mkdtempSync(join(tmpdir(), 'chc-codes-'));
    try {
      for (const f of ['1990.yaml', '1995.yaml']) writeFileSync(join(dir, f), readFileSync(join(TEST_CODES, f), 'utf8').replace(/\n    conditional: .*/, ''));
      const codes = checkFiles({ [L]: LANDLORD, [A]: conditional }, { codeVersionsDir: dir });
      expect(pins(codes).map((p) => p.provision)).toEqual(['2.1', '2a']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it.each(['n/a', 'N/A', '-', 'none', 'TBC'])('no-evidence: evidence that says only %j is no evidence', (text) => {
    const r = check(withResponses('  "1.1":', '    comply: yes', `    evidence: "${text}"`, ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'no-evidence', severity: 'warning', line: 7, column: 15, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toContain(`its evidence says only "${text}"`);
  });

  it('no-evidence: a short real evidence text is evidence', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    evidence: Policy 4.2', ...FULL.slice(3)));
    expect(pins(r)).toEqual([]);
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

  it('document-not-found: a file: that names a folder says so', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../evidence/', ...FULL.slice(3)),
      { 'assessments/test-homes/evidence/policy.md': '# Policy\n' });
    expect(pins(r)).toEqual([{ rule: 'document-not-found', severity: 'error', line: 9, column: 15, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('"../evidence/" is a folder, not a file');
  });

  it('schema: a response field indented as a provision id is told to indent, not to write comply:', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '  evidence: Policy section 1.', ...FULL.slice(3)));
    const d = r.diagnostics.filter((x) => x.rule === 'schema');
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([[7, 3, '"evidence" is indented as if it were a provision id']]);
    expect(d[0]!.hint).toMatch(/^Indent "evidence:"/);
  });

  it('schema: a hint taken from a description is not cut at "e.g."', () => {
    const r = check(goodAssessment().replace('code: "1990"\n', ''));
    const d = r.diagnostics.find((x) => x.rule === 'schema')!;
    expect(d.hint).toMatch(/e\.g\. "2024"\.$/);
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

  it('section-not-found: a citation by title alone, of a document another citation gives the file of', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../evidence/policy.md', '        section: "7"',
      '      - title: policy', '        section: "7.4"', ...FULL.slice(3)),
    { 'assessments/test-homes/evidence/policy.md': '# Policy\n\n## 7. Handling\n\n### 7.5. Stage one\n' });
    expect(pins(r)).toEqual([{ rule: 'section-not-found', severity: 'error', line: 12, column: 18, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('../evidence/policy.md (cited as "policy") has no section "7.4"');
  });

  it('section-not-found: a section found by number, by title or by the first words of a title', () => {
    const policy = '---\ntitle: Policy\n---\n# Policy\n\n## 3. Exclusions to this policy\n\n### 7.4. Stage one\n\n**7.4.1.** Acknowledge.\n';
    for (const section of ['"3"', '"7.4"', '"7.4.1"', 'Stage one', 'Exclusions', '3.']) {
      const r = check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../evidence/policy.md', `        section: ${section}`, ...FULL.slice(3)),
        { 'assessments/test-homes/evidence/policy.md': policy });
      expect(pins(r), section).toEqual([]);
    }
  });

  it('section-not-found: a section that several headings answer to is named, never linked to the first', () => {
    const policy = '# Policy\n\n## 1-2 Scope and aims\n\n## 7.4 Stage one\n\n## 7.4 Stage one, again\n\n## 8. Stage two\n\n### Timescales\n\n## 9. Reviews\n\n### Timescales\n';
    const cite = (section: string) => check(withResponses('  "1.1":', '    comply: yes', '    documents:', '      - title: Policy', '        file: ../evidence/policy.md', `        section: ${section}`, ...FULL.slice(3)),
      { 'assessments/test-homes/evidence/policy.md': policy });
    const byNumber = cite('"7.4"');
    expect(pins(byNumber)).toEqual([{ rule: 'section-not-found', severity: 'error', line: 10, column: 18, provision: '1.1' }]);
    expect(byNumber.diagnostics[0]!.message).toBe('section "7.4" matches several headings of ../evidence/policy.md');
    expect(byNumber.diagnostics[0]!.hint).toBe('Name one of: 7.4 Stage one; 7.4 Stage one, again.');
    const byTitle = cite('Timescales');
    expect(byTitle.diagnostics.map((d) => d.message)).toEqual(['section "Timescales" matches several headings of ../evidence/policy.md']);
    expect(byTitle.diagnostics[0]!.hint).toBe('2 headings read "Timescales" or alike: number or title them apart in ../evidence/policy.md, then name one.');
    // "1-2" is a range, not section 1; the whole heading, or one heading's full text, still finds it.
    expect(cite('"1"').diagnostics.map((d) => d.message)).toEqual(['../evidence/policy.md has no section "1"']);
    for (const ok of ['"7.4 Stage one"', '"1-2 Scope and aims"', '"8"']) expect(pins(cite(ok)), ok).toEqual([]);
  });

  it('superseded-code: a period that began after a newer Code came into force', () => {
    const r = checkFiles({ [L]: LANDLORD, 'assessments/test-homes/1995-96/assessment.yaml': goodAssessment().replace('period: 1990-91', 'period: 1995-96').replace('assessed_on: 1991-05-01', 'assessed_on: 1996-05-01') });
    expect(pins(r)).toEqual([{ rule: 'superseded-code', severity: 'warning', line: 1, column: 7 }]);
  });

  it('approval-date: approved before the assessment was completed', () => {
    const r = check(goodAssessment().replace('responses:', 'approval:\n  body: Board\n  date: 1991-04-01\nresponses:'));
    expect(pins(r)).toEqual([
      { rule: 'approval-unbound', severity: 'warning', line: 4, column: 1 },
      { rule: 'response-missing', severity: 'warning', line: 4, column: 1 },
      { rule: 'approval-date', severity: 'error', line: 6, column: 9 },
    ]);
  });

  it('approval-date: approved in the future', () => {
    const r = check(goodAssessment().replace('responses:', 'approval:\n  body: Board\n  date: 2030-04-01\nresponses:'), {}, '2026-01-15');
    expect(pins(r)).toEqual([
      { rule: 'approval-unbound', severity: 'warning', line: 4, column: 1 },
      { rule: 'response-missing', severity: 'warning', line: 4, column: 1 },
      { rule: 'approval-date', severity: 'error', line: 6, column: 9 },
    ]);
    expect(r.diagnostics.find((d) => d.rule === 'approval-date')!.message).toBe('approval on 2030-04-01 is in the future');
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

  it('overdue-action: an open action due before the assessment was completed', () => {
    const r = check(withResponses('  "1.1":', '    comply: partial', '    evidence: x', '    actions:', '      - description: Train the staff', '        due: 1991-03-31', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'overdue-action', severity: 'warning', line: 10, column: 14, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('the action "Train the staff" for provision 1.1 is still open but was due on 1991-03-31, before the assessment was completed (1991-05-01)');
    expect(r.diagnostics[0]!.hint).toMatch(/status: done and completed_on:.*set due: to the new date and add a note:.*status: dropped/);
  });

  it('overdue-action: not for an action done or dropped, or due on or after the day of the assessment', () => {
    for (const extra of ['        status: done\n        completed_on: 1991-03-30', '        status: dropped\n        note: Replaced by the new system.']) {
      const r = check(withResponses('  "1.1":', '    comply: yes', '    evidence: x', '    actions:', '      - description: Train the staff', '        due: 1991-03-31', extra, ...FULL.slice(3)));
      expect(pins(r), extra).toEqual([]);
    }
    const onTheDay = check(withResponses('  "1.1":', '    comply: partial', '    evidence: x', '    actions:', '      - description: Train the staff', '        due: 1991-05-01', ...FULL.slice(3)));
    expect(pins(onTheDay)).toEqual([]);
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
    expect(pins(missing)).toEqual([{ rule: 'document-not-found', severity: 'error', line: 5, column: 9 }]);
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

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'an onload attribute on <svg>'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'a <script> element'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT href="//evil.example/x.js"/></svg>', 'a <SCRIPT> element; a reference to //evil.example/x.js in href on <SCRIPT>'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject></svg>', 'a <foreignObject> element'],
    ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><rect width="1" height="1"/></a></svg>', 'a reference to javascript:alert(1) in xlink:href on <a>'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>', 'a reference to https://tracker.example/p.png in href on <image>'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zy8+"/></svg>', 'a reference to data:image/svg+xml;base64,PHN2Zy8+ in href on <image>'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>', 'a <style> that loads from outside the file'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(https://x.example/p.png)"/></svg>', 'a style attribute on <rect> that loads from outside the file'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>', 'an <set> that sets href'],
    ['<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', 'an entity declaration (<!ENTITY …>)'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', 'not well-formed SVG'],
  ])('unsafe-svg: %s', (svg, problem) => {
    const r = checkFiles({ [L]: `${LANDLORD}brand:\n  logo: logo.svg\n`, [A]: goodAssessment(), 'assessments/test-homes/logo.svg': svg });
    expect(r.diagnostics.map((d) => [d.rule, d.severity, d.file])).toEqual([['unsafe-svg', 'error', L]]);
    expect(r.diagnostics[0]!.message).toContain('the logo "logo.svg" is not safe to publish: ');
    expect(r.diagnostics[0]!.message).toContain(problem);
  });

  it('unsafe-svg: a plain logo with gradients, internal references and a data: PNG passes', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient><path id="p" d="M0 0h10"/></defs>' +
      '<style>.a { fill: url(#g); }</style><rect class="a" width="10" height="10" style="fill: url(#g)"/><use xlink:href="#p"/><image href="data:image/png;base64,iVBORw0KGgo="/><title>Logo</title></svg>';
    expect(pins(checkFiles({ [L]: `${LANDLORD}brand:\n  logo: logo.svg\n`, [A]: goodAssessment(), 'assessments/test-homes/logo.svg': svg }))).toEqual([]);
  });

  it('unsafe-url: a markdown link that is not a full address, at the link; full web, mail and phone links, and code, pass', () => {
    const links = ['[share](//host/doc)', '[policy](policy.pdf)', '[up](../../x)', '[here](#y)', '[root](/x)', '[half](https:x)', '[ref][d]\n\n      [d]: policy.pdf'];
    const r = check(withResponses('  "1.1":', '    comply: yes', '    evidence: |', ...links.map((l) => `      See ${l}.`), ...FULL.slice(3)));
    expect(r.diagnostics.map((d) => [d.rule, d.severity, d.line, d.provision])).toEqual([
      ...[8, 9, 10, 11, 12, 13, 16].map((line) => ['unsafe-url', 'error', line, '1.1']),
    ]);
    expect(r.diagnostics[1]!.message).toBe('evidence links to "policy.pdf", which is not a full web address, so it would not be published as a link');
    const ok = check(withResponses('  "1.1":', '    comply: yes', '    evidence: |', '      See [a](https://example.org/x), <https://example.org>, [m](mailto:a@b.org), [t](tel:+441234567890), www.example.org and `[c](c.pdf)`.', ...FULL.slice(3)));
    expect(pins(ok).filter((d) => d.rule !== 'personal-data')).toEqual([]);
  });

  it("personal-data in landlord.yaml: a person's details as the member responsible, at the field; a role and the landlord's own contact pass", () => {
    const person = `${LANDLORD}member_responsible_for_complaints: Mrs Jane Smith, 07700 900123, jane.smith@gmail.com, 12 Acacia Avenue, SW1A 1AA\n`;
    const r = checkFiles({ [L]: person, [A]: goodAssessment() });
    expect(r.diagnostics.map((d) => [d.file, d.rule, d.severity, d.line])).toEqual([[L, 'personal-data', 'warning', 4]]);
    expect(r.diagnostics[0]!.message).toBe('member_responsible_for_complaints may hold personal data: the name "Mrs Jane", the phone number 07700 900123, the email address jane.smith@gmail.com, the address "12 Acacia Avenue", the postcode SW1A 1AA');
    const role = `${LANDLORD}member_responsible_for_complaints: Chair of the Board\ncontact:\n  phones: ["0151 123 4567"]\ngroup_members: [Test Homes, "Care Ltd, 0151 123 4567"]\n`;
    expect(pins(checkFiles({ [L]: role, [A]: goodAssessment() }))).toEqual([]);
  });

  it.each(['about', 'documents', 'print-view'])('reserved-name: a landlord folder named %s is refused', (slug) => {
    const r = checkFiles({ [`assessments/${slug}/landlord.yaml`]: LANDLORD, [`assessments/${slug}/1990-91/assessment.yaml`]: goodAssessment() });
    expect(r.diagnostics.map((d) => [d.file, d.rule, d.severity])).toEqual([[`assessments/${slug}/landlord.yaml`, 'reserved-name', 'error']]);
    expect(r.diagnostics[0]!.message).toMatch(new RegExp(`^the landlord folder assessments/${slug}/ is named like a part of the website`));
  });

  it('landlord rules run once per landlord, also for a landlord with no assessment yet', () => {
    const r = checkFiles({ [L]: `${LANDLORD}brand:\n  colour: "#ffcc00"\n` });
    expect(r.diagnostics.map((d) => [d.rule, d.file])).toEqual([['brand-contrast', L]]);
    const two = checkFiles({ [L]: `${LANDLORD}brand:\n  colour: "#ffcc00"\n`, [A]: goodAssessment(), 'assessments/test-homes/1991-92/assessment.yaml': goodAssessment().replace('period: 1990-91', 'period: 1991-92') });
    expect(two.diagnostics.filter((d) => d.rule === 'brand-contrast')).toHaveLength(1);
  });
});

describe('problems inside published text: each reported where it is', () => {
  const markup = [
    '  "1.1":',
    '    comply: yes',
    '    evidence: |',
    '      Acknowledged within 5 working days.<br>See <b>policy</b>.',
    '      <script>alert(1)</script>',
    '      [Click me](javascript:alert(1))',
    '',
    '      Contact Mrs Jones on 07700 900123 or jane.jones@gmail.com, 12 Acacia Avenue, NB2 3XY.',
  ];
  const expected = [
    { rule: 'unsafe-markdown', severity: 'warning', line: 9, column: 7, provision: '1.1' },
    { rule: 'unsafe-markdown', severity: 'warning', line: 10, column: 7, provision: '1.1' },
    { rule: 'personal-data', severity: 'warning', line: 12, column: 15, provision: '1.1' },
    { rule: 'personal-data', severity: 'warning', line: 12, column: 28, provision: '1.1' },
    { rule: 'personal-data', severity: 'warning', line: 12, column: 44, provision: '1.1' },
    { rule: 'personal-data', severity: 'warning', line: 12, column: 66, provision: '1.1' },
    { rule: 'personal-data', severity: 'warning', line: 12, column: 84, provision: '1.1' },
  ];

  it('personal-data and unsafe-markdown: five details and two unsafe constructs in one text, each at its own place', () => {
    const r = check(withResponses(...markup, ...FULL.slice(3)));
    expect(pins(r)).toEqual(expected);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'evidence contains "<script", which is removed from every output',
      'evidence contains "[Click me](javascript:alert(1))", which is removed from every output',
      'evidence may hold personal data: the name "Mrs Jones"',
      'evidence may hold personal data: the phone number 07700 900123',
      'evidence may hold personal data: the email address jane.jones@gmail.com',
      'evidence may hold personal data: the address "12 Acacia Avenue"',
      'evidence may hold personal data: the postcode NB2 3XY',
    ]);
    // The range covers the words found, on their line.
    expect(r.diagnostics[3]).toMatchObject({ line: 12, column: 28, endLine: 12, endColumn: 40 });
  });

  it('the same places in a file with CRLF line ends', () => {
    expect(pins(check(withResponses(...markup, ...FULL.slice(3)).replace(/\n/g, '\r\n')))).toEqual(expected);
  });

  it('in text on one line, plain or in quotes, at the words themselves', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    evidence: Ring 07700 900123 or Mr Brown.', '    commentary: "Or write to jo.bloggs@gmail.com"', ...FULL.slice(3)));
    expect(pins(r)).toEqual([
      { rule: 'personal-data', severity: 'warning', line: 7, column: 20, provision: '1.1' },
      { rule: 'personal-data', severity: 'warning', line: 7, column: 36, provision: '1.1' },
      { rule: 'personal-data', severity: 'warning', line: 8, column: 30, provision: '1.1' },
    ]);
  });

  it('folded text (>) keeps the place of the text itself: never a wrong place', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    evidence: >', '      Our policy, and', '      ring 07700 900123.', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'personal-data', severity: 'warning', line: 7, column: 15, provision: '1.1' }]);
  });

  it('at most 10 of one kind per text; the last says how many more', () => {
    const numbers = Array.from({ length: 12 }, (_, i) => `07700 9001${String(i).padStart(2, '0')}`).join(', ');
    const r = check(withResponses('  "1.1":', '    comply: yes', `    evidence: Ring ${numbers}.`, ...FULL.slice(3)));
    const found = r.diagnostics.filter((d) => d.rule === 'personal-data');
    expect(found).toHaveLength(10);
    expect(found[9]!.message).toBe('evidence may hold personal data: the phone number 07700 900109 (and 2 more in this text)');
    expect(found.slice(0, 9).every((d) => !d.message.includes('more'))).toBe(true);
  });

  it("the governing body's response (response.md) is read too, at places in that file; the landlord's own contact details stay allowed", () => {
    const R = 'assessments/test-homes/1990-91/response.md';
    const r = check(goodAssessment().replace('responses:', 'governing_body_response: response.md\nresponses:'), {
      [L]: `${LANDLORD}contact:\n  phones: ["0151 123 4567"]\n`,
      [R]: '# Response of the Board\n\nThe Board approved this self-assessment. Questions: ring 0151 123 4567.\n\nContact Mr Brown on 07700 900789.\n<script>alert(1)</script>\n[x](javascript:alert(1))\n',
    });
    expect(r.diagnostics.map((d) => [d.file, d.rule, d.line, d.column, d.provision, d.message])).toEqual([
      [R, 'personal-data', 5, 9, undefined, 'response.md may hold personal data: the name "Mr Brown"'],
      [R, 'personal-data', 5, 21, undefined, 'response.md may hold personal data: the phone number 07700 900789'],
      [R, 'unsafe-markdown', 6, 1, undefined, 'response.md contains "<script", which is removed from every output'],
      [R, 'unsafe-markdown', 7, 1, undefined, 'response.md contains "[x](javascript:alert(1))", which is removed from every output'],
    ]);
  });

  it('unsafe-markdown: an HTML block with a script says it takes the text after it, up to the next blank line, with it', () => {
    const r = check(withResponses('  "1.1":', '    comply: yes', '    evidence: |', '      Our policy.', '', '      <div><script>alert(1)</script></div>', '      The Board also noted the actions.', '', '      Kept.', ...FULL.slice(3)));
    const d = r.diagnostics.filter((x) => x.rule === 'unsafe-markdown');
    expect(d.map((x) => [x.line, x.message])).toEqual([[10, 'evidence contains "<script", which is removed from every output, with the text that follows it up to the next blank line ("The Board also noted the actions.")']]);
    expect(d[0]!.hint).toContain('leave a blank line after it');
  });

  it('a response file two assessments share is reported once', () => {
    const shared = (period: string) => goodAssessment().replace('period: 1990-91', `period: ${period}`).replace('responses:', 'governing_body_response: ../shared/response.md\nresponses:');
    const r = checkFiles({
      [L]: LANDLORD,
      [A]: shared('1990-91'),
      'assessments/test-homes/1991-92/assessment.yaml': shared('1991-92'),
      'assessments/test-homes/shared/response.md': 'Ring Mrs Smith.\n',
    });
    expect(r.diagnostics.map((d) => [d.file, d.rule, d.line, d.column])).toEqual([['assessments/test-homes/shared/response.md', 'personal-data', 1, 6]]);
    // Counted once, under the landlord whose shared file it is on: the parts sum to the total.
    expect(r.assessments.map((s) => s.warnings)).toEqual([0, 0]);
    expect(r.landlords).toEqual([{ landlord: 'test-homes', errors: 0, warnings: 1 }]);
  });
});

describe('a response whose id the Code lacks is reported once, as unknown-provision', () => {
  it('not also as unjustified n/a, an answer without an action or evidence, or an overdue action', () => {
    const r = check(withResponses(...FULL,
      '  "1.3":', '    comply: n/a',
      '  "1.4":', '    comply: no',
      '  "1.5":', '    comply: yes',
      '  "1.6":', '    comply: partial', '    evidence: x', '    actions:', '      - description: Fix it', '        due: 1990-06-30'));
    expect(r.diagnostics.map((d) => [d.rule, d.provision])).toEqual([
      ['unknown-provision', '1.3'], ['unknown-provision', '1.4'], ['unknown-provision', '1.5'], ['unknown-provision', '1.6'],
    ]);
  });
});

describe('the Code version named', () => {
  const inPeriod = (period: string, code = '1990') => checkFiles({
    [L]: LANDLORD,
    [`assessments/test-homes/${period}/assessment.yaml`]: goodAssessment().replace('code: "1990"', `code: "${code}"`).replace('period: 1990-91', `period: ${period}`).replace('assessed_on: 1991-05-01', `assessed_on: ${Number(period.slice(0, 4)) + 1}-05-01`),
  });

  it('superseded-code: a period that began on the day the newer Code came into force says so', () => {
    expect(inPeriod('1995-96').diagnostics.map((d) => d.message)).toEqual([
      'the period 1995-96 began on 1995-04-01, the day the 1995 Code came into force, but this assessment uses the 1990 Code',
    ]);
    expect(inPeriod('1996-97').diagnostics.map((d) => d.message)).toEqual([
      'the period 1996-97 began on 1996-04-01, after the 1995 Code came into force (on 1995-04-01), but this assessment uses the 1990 Code',
    ]);
  });

  it('unknown-code: suggests the Code in force for the period, not the nearest name', () => {
    // "1993" is one letter from "1990" and from "1995"; 1995-96 is assessed against 1995.
    const r = inPeriod('1995-96', '1993');
    expect(pins(r)).toEqual([{ rule: 'unknown-code', severity: 'error', line: 1, column: 7 }]);
    expect(r.diagnostics[0]!.hint).toBe('Did you mean "1995"? It is the Code in force for 1995-96. Known versions: "1990", "1995".');
  });
});

describe('schema: a date written another way', () => {
  it('28/05/2025 (day first) is told to write 2025-05-28, with the provision', () => {
    const r = check(withResponses('  "1.1":', '    comply: partial', '    evidence: x', '    actions:', '      - description: Fix it', '        due: 28/05/1992', ...FULL.slice(3)));
    expect(pins(r)).toEqual([{ rule: 'schema', severity: 'error', line: 10, column: 14, provision: '1.1' }]);
    expect(r.diagnostics[0]!.message).toBe('"28/05/1992" is written day first');
    expect(r.diagnostics[0]!.hint).toBe('Write dates as YYYY-MM-DD, e.g. 1992-05-28 (28 May 1992).');
  });
});

describe('governing-body', () => {
  it('warns once on a landlord.yaml naming no governing body, with the hint; the outputs never guess "Board"', () => {
    const r = checkFiles({ [L]: 'name: Test Council\nwebsite: https://example.org\n', [A]: goodAssessment() });
    expect(r.diagnostics.map((d) => [d.rule, d.severity, d.file, d.line])).toEqual([['governing-body', 'warning', L, 1]]);
    expect(r.diagnostics[0]!.message).toBe('Test Council names no governing body');
    expect(r.diagnostics[0]!.hint).toContain('e.g. Board, Cabinet, or Housing Committee');
    expect(check(goodAssessment()).diagnostics).toEqual([]);
  });
});

describe('member-responsible', () => {
  const assessment = (code: string, period: string) => `code: "${code}"\nperiod: ${period}\nassessed_on: ${period.slice(0, 4)}-12-01\nresponses: {}\n`;
  const mrc = (files: Record<string, string>) => checkFiles(files, { realCodes: true }).diagnostics.filter((d) => d.rule === 'member-responsible');

  it('warns once, on landlord.yaml, when an assessment is made against a Code that asks for one (2024: 9.5)', () => {
    const d = mrc({ [L]: LANDLORD, 'assessments/test-homes/2024-25/assessment.yaml': assessment('2024', '2024-25'), 'assessments/test-homes/2025-26/assessment.yaml': assessment('2024', '2025-26') });
    expect(d.map((x) => [x.file, x.line, x.severity, x.provision, x.message])).toEqual([[L, 1, 'warning', '9.5', 'Test Homes names no Member Responsible for Complaints, which the 2024 Code asks for (9.5)']]);
    expect(d[0]!.hint).toContain('member_responsible_for_complaints');
  });

  it('not when landlord.yaml names one, nor for a Code that does not ask for one', () => {
    expect(mrc({ [L]: `${LANDLORD}member_responsible_for_complaints: Chair of the Customer Committee\n`, 'assessments/test-homes/2024-25/assessment.yaml': assessment('2024', '2024-25') })).toEqual([]);
    expect(mrc({ [L]: LANDLORD, 'assessments/test-homes/2022-23/assessment.yaml': assessment('2022', '2022-23') })).toEqual([]);
  });
});

describe('response-missing', () => {
  it('warns on an approved assessment with no governing body\'s response, not on a draft or one with a response', () => {
    const approval = 'approval:\n  body: Board\n  date: 1991-06-01\nresponses:';
    const r = check(goodAssessment().replace('responses:', approval));
    expect(r.diagnostics.filter((d) => d.rule === 'response-missing').map((d) => [d.severity, d.message])).toEqual([['warning', 'approved by the Board, but its response to the self-assessment is not given']]);
    expect(check(goodAssessment()).diagnostics).toEqual([]);
    const withResponse = check(goodAssessment().replace('responses:', `governing_body_response: response.md\n${approval}`), { 'assessments/test-homes/1990-91/response.md': 'The Board welcomes the assessment.\n' });
    expect(withResponse.diagnostics.filter((d) => d.rule === 'response-missing')).toEqual([]);
  });
});

describe('approval-stale', () => {
  const POLICY = 'assessments/test-homes/evidence/policy.md';
  /** An assessment approved (with its hash) over the policy as it was, and the policy changed since. */
  function approvedThenChanged(landlord = LANDLORD) {
    const text = goodAssessment().replace('    evidence: Policy section 1.', '    evidence: Policy section 1.\n    documents:\n      - title: Policy\n        file: ../evidence/policy.md');
    const files = contentManifest(parse(text), { '../evidence/policy.md': { text: '# Policy\n' } });
    const approved = setApproval(text, { body: 'Board', date: '1991-06-01', sha256: manifestHash(files), files });
    const r = check(approved, { [L]: landlord, [POLICY]: '# Policy, changed for a later year\n' });
    // (Approved without a response from the Board: response-missing has its own test.)
    return { ...r, diagnostics: r.diagnostics.filter((d) => d.rule !== 'response-missing') };
  }

  it('names the changed file relative to the root, gives the whole approve command, and explains shared evidence', () => {
    const r = approvedThenChanged();
    expect(r.diagnostics.map((d) => [d.rule, d.message])).toEqual([['approval-stale', `changed since the Board approved it on 1991-06-01: ${POLICY}`]]);
    const hint = r.diagnostics[0]!.hint;
    expect(hint).toContain('`chc approve test-homes 1990-91 --date YYYY-MM-DD --reference "…"`');
    expect(hint).toContain(`${POLICY} is in the landlord's shared evidence/ folder, which every year's assessment can name: a shared document updated for a later year makes the approvals of earlier years stale.`);
    expect(hint).toContain("save the updated one in the later year's own folder (assessments/test-homes/<period>/)");
    expect(hint).toContain("A document that changes every year belongs in each period's own folder, with a copy of the version approved that year.");
  });

  it('names the provisions whose answers changed, where the approval recorded them', () => {
    const text = goodAssessment();
    const data = parse(text) as { responses: Record<string, unknown> };
    const files = contentManifest(data, {});
    const approved = setApproval(text, { body: 'Board', date: '1991-06-01', sha256: manifestHash(files), files, answers: answerDigests(data.responses) });
    const r = check(approved.replace('    evidence: Policy section 2.', '    evidence: Policy section 2, as revised.'));
    const stale = r.diagnostics.filter((d) => d.rule === 'approval-stale');
    expect(stale.map((d) => d.message)).toEqual(['changed since the Board approved it on 1991-06-01: assessments/test-homes/1990-91/assessment.yaml (the answer to 1.2)']);
    // The recorded answers are not part of the approved content: the unchanged file's approval holds.
    expect(check(approved).diagnostics.filter((d) => d.rule === 'approval-stale')).toEqual([]);
  });

  it('names the body in the command when it is not the one chc approve would use', () => {
    const r = approvedThenChanged(LANDLORD.replace('governing_body: Board', 'governing_body: Cabinet'));
    expect(r.diagnostics[0]!.hint).toContain('`chc approve test-homes 1990-91 --body "Board" --date YYYY-MM-DD --reference "…"`');
  });
});
