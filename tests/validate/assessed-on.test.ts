import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFiles, goodAssessment, LANDLORD, pins, REPO } from '../helpers/project.ts';
import { ASSESSED_ON_COMMENT, assessedOn } from '../../src/validate/rules/assessed-on.ts';
import { RULES } from '../../src/validate/rules/index.ts';

const A = 'assessments/test-homes/1990-91/assessment.yaml';
const L = 'assessments/test-homes/landlord.yaml';

/** Checks the good test assessment (period 1990-91) with its assessed_on line replaced by `lines`. */
function check(...lines: string[]) {
  const text = goodAssessment().replace('assessed_on: 1991-05-01', lines.join('\n'));
  return checkFiles({ [L]: LANDLORD, [A]: text });
}

const ours = (r: ReturnType<typeof check>) => r.diagnostics.filter((d) => d.rule === 'assessed-on');

describe('assessed-on', () => {
  it('is registered as a rule', () => {
    expect(RULES['assessed-on']).toBe(assessedOn);
  });

  it("warns while the comment chc new wrote is still above assessed_on, at the date's line and column", () => {
    const r = check(`#${ASSESSED_ON_COMMENT}`, 'assessed_on: 1991-05-01');
    expect(pins(r)).toEqual([{ rule: 'assessed-on', severity: 'warning', line: 4, column: 14 }]);
    const d = r.diagnostics[0]!;
    expect(d.file).toBe(A);
    expect(d.message).toBe('assessed_on 1991-05-01 is the date chc new wrote when it made this file, not yet the day the self-assessment was completed');
    expect(d.hint).toMatch(/^Set assessed_on to the day the self-assessment was completed \(YYYY-MM-DD\), then delete the comment chc new wrote above it/);
  });

  it('also finds the marker in a comment on the assessed_on line itself', () => {
    const r = check(`assessed_on: 1991-05-01 #${ASSESSED_ON_COMMENT}`);
    expect(pins(r)).toEqual([{ rule: 'assessed-on', severity: 'warning', line: 3, column: 14 }]);
  });

  it('is quiet once the comment is deleted, and for an ordinary comment above the date', () => {
    expect(pins(check('assessed_on: 1991-05-01'))).toEqual([]);
    expect(pins(check('# Completed at the scrutiny panel meeting.', 'assessed_on: 1991-05-01'))).toEqual([]);
  });

  it('does not take the marker words elsewhere in the file (evidence text) for the comment', () => {
    const r = checkFiles({ [L]: LANDLORD, [A]: goodAssessment().replace('Policy section 1.', `"${ASSESSED_ON_COMMENT.trim()}"`) });
    expect(ours(r)).toEqual([]);
  });

  it('warns on a date before the period began', () => {
    const r = check('assessed_on: 1990-03-31');
    expect(pins(r)).toEqual([{ rule: 'assessed-on', severity: 'warning', line: 3, column: 14 }]);
    expect(r.diagnostics[0]!.message).toBe('assessed_on 1990-03-31 is before the period 1990-91 began (1990-04-01)');
    expect(r.diagnostics[0]!.hint).toBe('Set assessed_on to the day the self-assessment was completed (YYYY-MM-DD): a self-assessment of 1990-91 is completed during the year (1990-04-01 to 1991-03-31) or in the months after it. If the date is right, check the period.');
  });

  it('warns on a date more than a year after the period ended', () => {
    const r = check('assessed_on: 1992-04-01');
    expect(pins(r)).toEqual([{ rule: 'assessed-on', severity: 'warning', line: 3, column: 14 }]);
    expect(r.diagnostics[0]!.message).toBe('assessed_on 1992-04-01 is more than a year after the period 1990-91 ended (1991-03-31)');
  });

  it('warns on 1 January of a year the period does not touch, not of one it does', () => {
    const r = check('assessed_on: 1992-01-01');
    expect(pins(r)).toEqual([{ rule: 'assessed-on', severity: 'warning', line: 3, column: 14 }]);
    expect(r.diagnostics[0]!.message).toBe('assessed_on 1992-01-01 looks like a placeholder: 1 January of 1992, a year the period 1990-91 does not touch');
    expect(ours(check('assessed_on: 1991-01-01'))).toEqual([]);
  });

  it('accepts dates during the year and in the months after it', () => {
    for (const d of ['1990-04-01', '1990-11-30', '1991-03-31', '1991-05-01', '1991-09-30', '1992-03-31']) {
      expect(ours(check(`assessed_on: ${d}`)), d).toEqual([]);
    }
  });

  it('leaves a period that differs from the folder to period-mismatch, and a date that is not one to schema', () => {
    const mismatch = checkFiles({ [L]: LANDLORD, [A]: goodAssessment().replace('period: 1990-91', 'period: 1995-96') });
    expect(mismatch.diagnostics.map((d) => d.rule)).toContain('period-mismatch');
    expect(ours(mismatch)).toEqual([]);
    const notADate = check('assessed_on: 1990-02-30');
    expect(notADate.diagnostics.map((d) => d.rule)).toEqual(['schema']);
  });

  it('does not report again an assessed_on later than the approval (approval-date does)', () => {
    const r = checkFiles({ [L]: LANDLORD, [A]: goodAssessment().replace('responses:', 'approval:\n  body: Board\n  date: 1991-04-01\nresponses:') });
    expect(r.diagnostics.filter((d) => d.rule === 'approval-date').map((d) => d.message)).toEqual(['approval on 1991-04-01 is before the assessment was completed (1991-05-01)']);
    expect(ours(r)).toEqual([]);
  });

  it("gives no warning on the bundled examples' real dates", () => {
    const dir = join(REPO, 'assessments');
    for (const landlord of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const period of readdirSync(join(dir, landlord.name)).filter((p) => /^\d{4}-\d{2}$/.test(p))) {
        const text = readFileSync(join(dir, landlord.name, period, 'assessment.yaml'), 'utf8');
        const r = checkFiles({
          [`assessments/${landlord.name}/landlord.yaml`]: readFileSync(join(dir, landlord.name, 'landlord.yaml'), 'utf8'),
          [`assessments/${landlord.name}/${period}/assessment.yaml`]: text,
        }, { realCodes: true });
        expect(parse(text).assessed_on, `${landlord.name} ${period}`).toBeTruthy();
        expect(ours(r), `${landlord.name} ${period}`).toEqual([]);
      }
    }
  });
});
