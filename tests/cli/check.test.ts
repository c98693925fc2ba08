import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { checkFiles, goodAssessment, LANDLORD, REPO, TEST_CODES, writeProject } from '../helpers/project.ts';
import { formatDiagnostic, formatPretty } from '../../src/report/format-pretty.ts';
import { formatMarkdownSummary } from '../../src/report/format-github.ts';

describe('chc check on the bundled examples', () => {
  it('prints a summary for all three and exits 1 for the one real gap (2020 question 6d unanswered)', () => {
    const r = chc(['check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('assessments/plus-dane/2020-21/assessment.yaml:40:1  error  missing-response  provision 6d (Reasons for refusals) is not answered (a "must")');
    expect(r.stdout).toMatch(/^homes-plus 2022-23 \(2022 Code, approved\): must 45\/45, should 27\/27, yes 69 · partial 0 · no 0 · n\/a 3 — 1 warning$/m);
    expect(r.stdout).toMatch(/^plus-dane 2020-21 \(2020 Code, draft\): must 36\/37, yes 24 · partial 0 · no 0 · n\/a 2, 10 figure\/narrative answers — 1 error$/m);
    expect(r.stdout).toMatch(/^plus-dane 2023-24 \(2024 Code, draft\): must 72\/72, yes 70 · partial 0 · no 0 · n\/a 2 — ok$/m);
    expect(r.stdout).toMatch(/^3 assessments checked: 1 error, 1 warning$/m);
  });

  it('gives no other diagnostic on the examples (none they should not)', () => {
    const r = chc(['check', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    // homes-plus was approved, but its published form gives no response from the Board (the Code requires one).
    expect(report.diagnostics.map((d: { rule: string; file: string; provision: string }) => [d.rule, d.file, d.provision])).toEqual([
      ['response-missing', 'assessments/homes-plus/2022-23/assessment.yaml', null],
      ['missing-response', 'assessments/plus-dane/2020-21/assessment.yaml', '6d'],
    ]);
  });

  it('--format json prints {diagnostics, summary} with exactly the contract field names', () => {
    const r = chc(['check', '--format', 'json', '--landlord', 'plus-dane', '--period', '2020-21']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(report.diagnostics[0]).sort()).toEqual(
      ['column', 'endColumn', 'endLine', 'file', 'hint', 'line', 'message', 'provision', 'rule', 'severity', 'url']);
    // The url is the rule's row in docs/check.md, in this copy of chc.
    expect(report.diagnostics[0].url).toBe(`${pathToFileURL(join(REPO, 'docs/check.md')).href}#rule-missing-response`);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.summary.assessments).toEqual([expect.objectContaining({
      landlord: 'plus-dane', period: '2020-21', code: '2020', approved: false,
      must: { answered: 36, total: 37 }, comply: { yes: 24, partial: 0, no: 0, 'n/a': 2 },
    })]);
  });

  it('--format github prints workflow annotations and writes the job summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chc-gh-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    try {
      const r = chc(['check', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('::error file=assessments/plus-dane/2020-21/assessment.yaml,line=40,col=1,endLine=40,endColumn=10,title=missing-response (6d)::provision 6d (Reasons for refusals) is not answered');
      const md = readFileSync(summary, 'utf8');
      expect(md).toContain('| plus-dane | 2023-24 | 2024 | draft | 72/72 | — | 70 | 0 | 0 | 2 | ✅ ok |');
      expect(md).toContain('| plus-dane | 2020-21 | 2020 | draft | 36/37 | — | 24 | 0 | 0 | 2 | ❌ 1 error |');
      expect(md).toContain('1 error, 1 warning.');
      // After the annotations: the summary lines, and totals that count them.
      expect(r.stdout).toMatch(/^plus-dane 2020-21 \(2020 Code, draft\): .* — 1 error$/m);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 assessments checked: 1 error, 1 warning');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--landlord and --period narrow the check; --strict fails on warnings', () => {
    const ok = chc(['check', '--landlord', 'plus-dane', '--period', '2023-24']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^1 assessment checked: 0 errors, 0 warnings$/m);
  });
});

describe('chc check --root on a folder outside the repository', () => {
  it('works, with a clean and with a failing assessment', () => {
    const { root, cleanup } = writeProject({
      'assessments/test-homes/landlord.yaml': LANDLORD,
      'assessments/test-homes/1990-91/assessment.yaml': goodAssessment(),
    });
    try {
      const cwd = tmpdir();
      const ok = chc(['check', '--root', root, '--code-versions', TEST_CODES], { cwd });
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toContain('test-homes 1990-91 (1990 Code, draft): must 3/3, should 1/1');
      expect(ok.status).toBe(0);
      writeFileSync(join(root, 'assessments/test-homes/1990-91/assessment.yaml'), goodAssessment().replace('    evidence: Policy section 1.\n', ''));
      const warn = chc(['check', '--root', root, '--code-versions', TEST_CODES, '--strict'], { cwd });
      expect(warn.stdout).toContain('assessments/test-homes/1990-91/assessment.yaml:6:13  warning  no-evidence');
      expect(warn.status).toBe(1);
      expect(chc(['check', '--root', root, '--code-versions', TEST_CODES], { cwd }).status).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('uses the bundled Code versions by default, wherever it is run from', () => {
    const { root, cleanup } = writeProject({
      'assessments/x/landlord.yaml': LANDLORD,
      'assessments/x/2024-25/assessment.yaml': 'code: "2024"\nperiod: 2024-25\nassessed_on: 2025-05-01\nresponses:\n  "1.2":\n    comply: yes\n    evidence: Policy.\n',
    });
    try {
      const r = chc(['check', '--root', root, '--format', 'json'], { cwd: tmpdir() });
      const report = JSON.parse(r.stdout);
      expect(report.summary.assessments[0].must).toEqual({ answered: 1, total: 72 });
      expect(report.diagnostics.filter((d: { rule: string }) => d.rule === 'missing-response')).toHaveLength(71);
      expect(r.status).toBe(1);
    } finally {
      cleanup();
    }
  });
});

describe('--format github totals', () => {
  it('count every error and warning annotated, as --format json does', () => {
    const { root, cleanup } = writeProject({
      'assessments/test-homes/landlord.yaml': LANDLORD,
      // A warning (no evidence) and an error (a day-first date).
      'assessments/test-homes/1990-91/assessment.yaml': goodAssessment().replace('    evidence: Policy section 1.\n', '').replace('assessed_on: 1991-05-01', 'assessed_on: 01/05/1991'),
    });
    try {
      const gh = chc(['check', '--root', root, '--code-versions', TEST_CODES, '--format', 'github'], { cwd: tmpdir() });
      const json = JSON.parse(chc(['check', '--root', root, '--code-versions', TEST_CODES, '--format', 'json'], { cwd: tmpdir() }).stdout);
      expect(json.summary).toMatchObject({ errors: 1, warnings: 1 });
      expect(gh.stdout.match(/^::error /gm)).toHaveLength(1);
      expect(gh.stdout.match(/^::warning /gm)).toHaveLength(1);
      expect(gh.stdout.trimEnd().split('\n').at(-1)).toBe('1 assessment checked: 1 error, 1 warning');
      expect(gh.status).toBe(1);
    } finally {
      cleanup();
    }
  });
});

describe('pretty output', () => {
  const A = 'assessments/test-homes/1990-91/assessment.yaml';
  const check = (assessment: string) => checkFiles({ 'assessments/test-homes/landlord.yaml': LANDLORD, [A]: assessment });

  it('names the provision of a schema error on a value inside a response, as other rules do in their message', () => {
    const r = check(goodAssessment().replace('    comply: yes\n    evidence: Policy section 1.', '    comply: Yes\n    evidence: Policy section 1.'));
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe(`${A}:6:13  error  schema  provision 1.1: "Yes" is not a valid value for "comply"\n` +
      '    hint: Did you mean "yes"? Use one of: yes, no, partial, n/a.');
    // Not twice where the message names it already.
    expect(formatDiagnostic({ ...r.diagnostics[0]!, message: 'provision 1.1 is answered n/a without saying why' })).toMatch(/ {2}provision 1\.1 is answered/);
    expect(formatDiagnostic({ ...r.diagnostics[0]!, message: 'unknown field "evidnce" in 1.1' })).toMatch(/ {2}unknown field "evidnce" in 1\.1$/m);
    expect(formatDiagnostic({ ...r.diagnostics[0]!, provision: '1.1', message: 'provision 1.10 is answered' })).toMatch(/ {2}provision 1\.1: provision 1\.10 is answered/);
  });

  it('a file that could not be read says so on its summary line, instead of empty counts', () => {
    const out = formatPretty(check('code: "1990"\nperiod: [1990-91\n'));
    expect(out).toMatch(/^test-homes 1990-91: could not be read: see the errors above — 1 error$/m);
    expect(out).not.toContain('must 0/0');
  });

  it('an assessment naming a Code version that does not exist, or none, says it was not checked against a Code', () => {
    const unknown = check(goodAssessment().replace('code: "1990"', 'code: "1991"'));
    expect(formatPretty(unknown)).toMatch(/^test-homes 1990-91 \(Code "1991", draft\): not checked against a Code: see the errors above — 1 error$/m);
    expect(formatMarkdownSummary(unknown)).toContain('| test-homes | 1990-91 | 1991 | draft | — | — | — | — | — | — | ❌ 1 error (not checked against a Code) |');
    const none = check(goodAssessment().replace('code: "1990"\n', ''));
    expect(formatPretty(none)).toMatch(/^test-homes 1990-91 \(no Code named, draft\): not checked against a Code: see the errors above — 1 error$/m);
  });

  it('counts in the singular when there is one', () => {
    // One warning (1.1 answered yes without evidence), and the one figure question (2a) answered.
    const out = formatPretty(check(goodAssessment().replace('    evidence: Policy section 1.\n', '')));
    expect(out).toMatch(/, 1 figure\/narrative answer — 1 warning$/m);
    expect(out).toMatch(/^1 assessment checked: 0 errors, 1 warning$/m);
  });
});

describe('bad usage exits 2 with a clear message and no stack trace', () => {
  it.each([
    [['check', '--formt', 'json'], /unknown option --formt \(did you mean --format\?\)/],
    [['check', '--format', 'xml'], /unknown --format "xml"/],
    [['chek'], /unknown command "chek" \(did you mean "check"\?\)/],
    [['check', '--root', '/nonexistent-folder'], /no assessments\/ folder in \/nonexistent-folder/],
    [['check', '--landlord', 'nobody'], /no landlord "nobody" in assessments\/ \(found: homes-plus, plus-dane\)/],
    [['check', 'extra'], /unexpected argument "extra"/],
  ])('%j', (args, message) => {
    const r = chc(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help prints the options', () => {
    const r = chc(['check', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--strict');
  });
});

describe('run from inside a landlord\'s folder', () => {
  it('finds the nearest folder above that holds assessments/, says so, and checks it as from the root', () => {
    const root = mkdtempSync(join(tmpdir(), 'chc-upward-'));
    try {
      cpSync(join(REPO, 'assessments/homes-plus'), join(root, 'assessments/homes-plus'), { recursive: true });
      const fromRoot = chc(['check', '--format', 'json'], { cwd: root });
      const inside = chc(['check', '--format', 'json'], { cwd: join(root, 'assessments/homes-plus/2022-23') });
      expect(inside.status).toBe(fromRoot.status);
      expect(inside.stdout).toBe(fromRoot.stdout);
      expect(inside.stderr).toBe(`note: using ${realpathSync(root)}, the nearest folder above this one that holds assessments/ (pass --root to choose another)\n`);
      expect(fromRoot.stderr).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('counts that add up (issue 23, item 7)', () => {
  it('every total is the sum of its parts: each assessment, each landlord\'s own files; the summary lines give warnings too', () => {
    const files = {
      'assessments/test-homes/landlord.yaml': 'name: Test Homes\nwebsite: https://example.org\n',
      'assessments/test-homes/1990-91/assessment.yaml': goodAssessment().replace('evidence: Policy section 2.', 'evidence: Ring Mrs Smith.'),
    };
    const { root, cleanup } = writeProject(files);
    try {
      const json = JSON.parse(chc(['check', '--root', root, '--code-versions', TEST_CODES, '--format', 'json']).stdout);
      const s = json.summary;
      const sum = (k: 'errors' | 'warnings') => s.assessments.reduce((n: number, a: Record<string, number>) => n + a[k]!, 0) + s.landlords.reduce((n: number, l: Record<string, number>) => n + l[k]!, 0) + s.elsewhere[k];
      expect([sum('errors'), sum('warnings')]).toEqual([s.errors, s.warnings]);
      expect(s.landlords).toEqual([{ landlord: 'test-homes', errors: 0, warnings: 1 }]);
      const pretty = chc(['check', '--root', root, '--code-versions', TEST_CODES]).stdout;
      expect(pretty).toContain('test-homes (its own files: landlord.yaml, templates/, evidence/): 1 warning');
      expect(pretty).toMatch(/test-homes 1990-91 .* — 1 warning\n/);
    } finally {
      cleanup();
    }
  });

  it('answers not yet reviewed are one entry per file, and the totals say how many entries they were listed in', () => {
    const needs = goodAssessment().replace(/(\n    comply: (yes|no|partial|n\/a))/g, '$1\n    needs_review: carried forward from 1989-90');
    const { root, cleanup } = writeProject({ 'assessments/test-homes/landlord.yaml': LANDLORD, 'assessments/test-homes/1990-91/assessment.yaml': needs });
    try {
      const r = chc(['check', '--root', root, '--code-versions', TEST_CODES]);
      const n = (needs.match(/needs_review/g) ?? []).length;
      expect(n).toBeGreaterThan(1);
      expect(r.stdout.match(/needs-review/g)).toHaveLength(1);
      expect(r.stdout).toContain(`${n} answers carried forward and not yet reviewed:`);
      expect(r.stdout).toContain(`1 assessment checked: 0 errors, ${n} warnings, in 1 entry above`);
    } finally {
      cleanup();
    }
  });
});
