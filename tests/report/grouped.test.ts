// A partial draft's unanswered provisions, as a person and as CI read them: one entry per assessment listing them
// by section in Code order with their count (pretty, github), one diagnostic each in JSON.
import { describe, expect, it } from 'vitest';
import { checkFiles, LANDLORD } from '../helpers/project.ts';
import { formatPretty } from '../../src/report/format-pretty.ts';
import { formatGithub } from '../../src/report/format-github.ts';
import { formatJson } from '../../src/report/format-json.ts';
import { compareIds } from '../../src/model/provision-order.ts';

const partial = checkFiles({
  'assessments/council/landlord.yaml': LANDLORD.replace('Board', 'Cabinet'),
  'assessments/council/2024-25/assessment.yaml': 'code: "2024"\nperiod: 2024-25\nassessed_on: 2025-05-01\nresponses:\n  "1.2":\n    comply: yes\n    evidence: Policy section 2.\n',
}, { realCodes: true, today: '2025-06-01' });
const unanswered = partial.diagnostics.filter((d) => d.rule === 'missing-response' && d.severity === 'error');

describe('unanswered provisions, grouped', () => {
  it('JSON keeps one diagnostic per provision, in Code order', () => {
    const json = JSON.parse(formatJson(partial)) as { diagnostics: { rule: string; provision: string; severity: string }[] };
    const ids = json.diagnostics.filter((d) => d.rule === 'missing-response' && d.severity === 'error').map((d) => d.provision);
    expect(ids.length).toBe(unanswered.length);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids).toEqual([...ids].sort(compareIds));
    expect(ids.indexOf('5.2')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('5.2')).toBeLessThan(ids.indexOf('5.11'));
  });

  it('pretty: one entry with the count, by section, in Code order', () => {
    const text = formatPretty(partial);
    const entries = text.split('\n').filter((l) => l.includes('  missing-response  '));
    expect(entries).toHaveLength(1 + (partial.diagnostics.some((d) => d.rule === 'missing-response' && d.severity === 'warning') ? 1 : 0));
    expect(entries[0]).toContain(`${unanswered.length} "must" provisions not answered:`);
    const section5 = text.split('\n').find((l) => l.trim().startsWith('section 5:'))!;
    expect(section5).toMatch(/section 5: 5\.1, 5\.2, .*5\.9, 5\.10, 5\.11/);
    expect(text.split('\n').length).toBeLessThan(40);
  });

  it('github: one annotation for them all, so the ten GitHub shows are not used up', () => {
    const lines = formatGithub(partial).trim().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${unanswered.length} "must" provisions not answered: section 1: `);
  });

  it('a single unanswered provision is still reported on its own, with its own hint', () => {
    const one = checkFiles({ 'assessments/x/landlord.yaml': LANDLORD, 'assessments/x/1990-91/assessment.yaml': 'code: "1990"\nperiod: 1990-91\nassessed_on: 1991-05-01\nresponses:\n  "1.1":\n    comply: yes\n    evidence: A.\n  "2.1":\n    comply: n/a\n  2a:\n    answer: 80%\n' });
    const text = formatPretty(one);
    expect(text).toMatch(/missing-response {2}provision 1\.2 .*is not answered/);
  });
});

describe('compareIds', () => {
  it('orders as the Code numbers', () => {
    expect(['4.11', '4.2', '10a', '2a', '1.10', '1.9', '5', '5.1'].sort(compareIds)).toEqual(['1.9', '1.10', '2a', '4.2', '4.11', '5', '5.1', '10a']);
  });
});
