import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { main } from '../../src/cli/main.ts';

const FIXTURE = join(REPO, 'tests/fixtures/diff');
const CODES = join(FIXTURE, 'code-versions');
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A copy of a folder holding assessments/, to write into. */
function copyOf(src: string): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-new-'));
  dirs.push(root);
  cpSync(join(src, 'assessments'), join(root, 'assessments'), { recursive: true });
  return root;
}

interface JsonDiagnostic { rule: string; severity: string; provision: string | null; line: number }

describe('chc new on the hand-written fixture', () => {
  it('carries every answer through the mapping, marks it for review, keeps open actions, leaves new provisions empty', () => {
    const root = copyOf(FIXTURE);
    const r = chc(['new', 'test-homes', '1996-97', '--root', root, '--code-versions', CODES, '--code', '1995', '--from', '1990-91', '--assessed-on', '1997-05-01']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('wrote assessments/test-homes/1996-97/assessment.yaml: 5 answers carried from 1990-91 (1990 Code) to review, 3 open actions, 1 provision to answer');
    const text = readFileSync(join(root, 'assessments/test-homes/1996-97/assessment.yaml'), 'utf8');
    const data = parse(text);
    expect(Object.keys(data.responses)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1']);
    expect(data.responses['1.2']).toEqual({
      comply: 'partial',
      evidence: 'Beta is done.\n\nGamma is half done.\n',
      actions: [{ description: 'Finish gamma', due: '1991-06-30' }],
      needs_review: 'carried forward from 1990-91 (1990 Code 1.2 (merged), 1.3 (merged)); check it still holds, then delete this line',
    });
    expect(data.responses['2.2'].comply).toBe('no');
    expect(data.responses['2.3']).toBeNull();
    expect(text).toContain('  # 2.3 Eta (must): We must do eta. New in the 1995 Code.\n');
    expect(text).toContain('  # 1.2 Beta and gamma (must): We must do beta and gamma.\n  # From 1990-91, 1990 Code 1.2 (merged), 1.3 (merged).\n  "1.2":\n');
  });

  it('writes a complete, empty skeleton for a landlord with no history', () => {
    const root = copyOf(FIXTURE);
    rmSync(join(root, 'assessments/test-homes/1990-91'), { recursive: true });
    rmSync(join(root, 'assessments/test-homes/1995-96'), { recursive: true });
    const r = chc(['new', 'test-homes', '1995-96', '--root', root, '--code-versions', CODES, '--assessed-on', '1996-05-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('a skeleton of the 1995 Code with 6 provisions to answer');
    const data = parse(readFileSync(join(root, 'assessments/test-homes/1995-96/assessment.yaml'), 'utf8'));
    expect(data.responses).toEqual({ '1.1': null, '1.2': null, '2.1': null, '2.2': null, '2.3': null, '3.1': null });
    const check = JSON.parse(chc(['check', '--root', root, '--code-versions', CODES, '--format', 'json']).stdout);
    expect(check.diagnostics.map((d: JsonDiagnostic) => [d.rule, d.provision])).toEqual(
      ['1.1', '1.2', '2.1', '2.2', '2.3', '3.1'].map((id) => ['missing-response', id]));
  });

  it('never overwrites a file, and refuses a bad period', () => {
    const root = copyOf(FIXTURE);
    const before = readFileSync(join(root, 'assessments/test-homes/1995-96/assessment.yaml'), 'utf8');
    const r = chc(['new', 'test-homes', '1995-96', '--root', root, '--code-versions', CODES]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('assessments/test-homes/1995-96/assessment.yaml already exists; chc new never overwrites a file');
    expect(readFileSync(join(root, 'assessments/test-homes/1995-96/assessment.yaml'), 'utf8')).toBe(before);
    expect(chc(['new', 'test-homes', '1996-98', '--root', root, '--code-versions', CODES]).stderr).toContain('"1996-98" is not a period like 2024-25');
    expect(existsSync(join(root, 'assessments/test-homes/1996-98'))).toBe(false);
  });

  it('refuses a period no Code was in force for, and warns (as check does) when --code names one that came in long after', () => {
    const root = copyOf(FIXTURE);
    rmSync(join(root, 'assessments/test-homes/1990-91'), { recursive: true });
    rmSync(join(root, 'assessments/test-homes/1995-96'), { recursive: true });
    for (const period of ['1980-81', '0000-01']) {
      const r = chc(['new', 'test-homes', period, '--root', root, '--code-versions', CODES]);
      expect(r.status, period).toBe(2);
      expect(r.stderr).toBe(`chc new: no Code version was in force for ${period}: the first, the 1990 Code, came into force on 1990-04-01; check the period, or name a Code with --code\n`);
      expect(existsSync(join(root, 'assessments/test-homes', period))).toBe(false);
    }
    // A period just before a Code came in is assessed against it (2023-24 against the 2024 Code, say).
    const before = chc(['new', 'test-homes', '1989-90', '--root', root, '--code-versions', CODES, '--assessed-on', '1990-06-01']);
    expect([before.status, before.stderr]).toEqual([0, '']);
    expect(parse(readFileSync(join(root, 'assessments/test-homes/1989-90/assessment.yaml'), 'utf8')).code).toBe('1990');
    const forced = chc(['new', 'test-homes', '0000-01', '--root', root, '--code-versions', CODES, '--code', '1995']);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toBe('warning: the 1995 Code came into force on 1995-04-01, long after the period 0000-01 (0000-04-01 to 0001-03-31); chc check will warn until the period or the Code is changed\n');
    const check = JSON.parse(chc(['check', '--root', root, '--code-versions', CODES, '--period', '0000-01', '--format', 'json']).stdout);
    const notInForce = check.diagnostics.filter((d: JsonDiagnostic & { message: string }) => d.rule === 'code-not-in-force');
    expect(notInForce.map((d: { message: string }) => d.message)).toEqual([
      'the 1995 Code came into force on 1995-04-01, long after the period 0000-01 (0000-04-01 to 0001-03-31): it cannot have been assessed against it',
    ]);
  });
});

describe('chc new homes-plus 2023-24 --code 2024 (the bundled example, across a Code change)', () => {
  it('check reports review warnings for carried answers, missing-response for provisions new in 2024, nothing else; diff shows every carried answer unchanged', () => {
    const root = copyOf(REPO);
    const r = chc(['new', 'homes-plus', '2023-24', '--root', root, '--code', '2024', '--assessed-on', '2024-05-01']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);

    const mapping = parse(readFileSync(join(REPO, 'code-versions/mappings/2022-2024.yaml'), 'utf8'));
    const newIn2024 = Object.keys(mapping.new).sort();
    const data = parse(readFileSync(join(root, 'assessments/homes-plus/2023-24/assessment.yaml'), 'utf8'));
    const carried = Object.entries(data.responses).filter(([, v]) => v !== null).map(([k]) => k).sort();
    const empty = Object.entries(data.responses).filter(([, v]) => v === null).map(([k]) => k).sort();
    expect(empty).toEqual(newIn2024);
    expect(carried.length + empty.length).toBe(72);

    const check = JSON.parse(chc(['check', '--root', root, '--landlord', 'homes-plus', '--period', '2023-24', '--format', 'json']).stdout);
    const got = check.diagnostics.map((d: JsonDiagnostic) => `${d.rule} ${d.severity} ${d.provision}`).sort();
    const want = [
      ...carried.map((id) => `needs-review warning ${id}`),
      ...newIn2024.map((id) => `missing-response error ${id}`),
    ].sort();
    expect(got).toEqual(want);

    const diff = JSON.parse(chc(['diff', 'homes-plus', '--root', root, '--format', 'json']).stdout);
    expect(diff.from).toEqual({ period: '2022-23', code: '2022' });
    expect(diff.to).toEqual({ period: '2023-24', code: '2024' });
    for (const p of diff.provisions) {
      expect(p.change, p.id).toBe(carried.includes(p.id) ? 'unchanged' : 'new provision');
    }
  });

  it("check's output is unchanged for files without the review marker", () => {
    const root = copyOf(REPO);
    const before = chc(['check', '--root', root, '--format', 'json']).stdout;
    chc(['new', 'homes-plus', '2023-24', '--root', root, '--code', '2024']);
    const after = JSON.parse(chc(['check', '--root', root, '--format', 'json']).stdout);
    const others = after.diagnostics.filter((d: { file: string }) => !d.file.includes('homes-plus/2023-24'));
    expect(others).toEqual(JSON.parse(before).diagnostics);
  });
});

describe('chc new: what else it carries, and what it says about it', () => {
  const run = (root: string) => chc(['new', 'test-homes', '1996-97', '--root', root, '--code-versions', CODES, '--code', '1995', '--from', '1990-91', '--assessed-on', '1997-05-01']);
  const NEXT = 'assessments/test-homes/1996-97/assessment.yaml';

  it('carries covers (with a comment to check it); leaves a hint, not the text, for last year\'s introduction', () => {
    const root = copyOf(FIXTURE);
    const last = join(root, 'assessments/test-homes/1990-91/assessment.yaml');
    writeFileSync(last, readFileSync(last, 'utf8').replace('responses:', 'covers:\n  - Test Homes Ltd\n  - Test Living CBS\nintroduction: |\n  In 1990-91 we had 12 complaints.\nresponses:'));
    expect(run(root).status).toBe(0);
    const text = readFileSync(join(root, NEXT), 'utf8');
    const data = parse(text);
    expect(data.covers).toEqual(['Test Homes Ltd', 'Test Living CBS']);
    expect(data.introduction).toBeUndefined();
    expect(text).not.toContain('12 complaints');
    expect(text).toContain('# The entities this self-assessment covers, as in 1990-91: check the list still holds.\ncovers:\n');
    expect(text).toContain("# 1990-91 had an introduction (not carried forward: its figures and dates were that year's).\n# Write this year's here, as introduction: | followed by markdown, or leave it out.\nresponses:\n");
  });

  it('without covers or an introduction last year, writes neither, nor their comments', () => {
    const root = copyOf(FIXTURE);
    expect(run(root).status).toBe(0);
    const text = readFileSync(join(root, NEXT), 'utf8');
    expect(parse(text).covers).toBeUndefined();
    expect(text).not.toMatch(/covers|introduction/);
  });

  it("a split's other part that inherits a no without the actions says where they went and what to do", () => {
    // 1990 2.1 (no, with an open action) was split into 1995 2.1 (its main successor, which gets the action) and 2.2.
    const root = copyOf(FIXTURE);
    expect(run(root).status).toBe(0);
    const text = readFileSync(join(root, NEXT), 'utf8');
    const data = parse(text);
    expect(data.responses['2.1'].actions).toHaveLength(1);
    expect(data.responses['2.2']).toMatchObject({ comply: 'no' });
    expect(data.responses['2.2'].actions).toBeUndefined();
    expect(text).toContain('  # From 1990-91, 1990 Code 2.1 (split).\n  # The open actions of 2.1 were carried to 2.1 (its main successor), not here:\n  # give 2.2 an action of its own, or change its answer (no).\n  "2.2":\n');
    expect(text).not.toMatch(/# The open actions of [^\n]*\n[^\n]*\n {2}"2\.1":/);
  });
});

describe('chc new: assessed_on', () => {
  const NEXT = 'assessments/test-homes/1996-97/assessment.yaml';
  const ARGS = ['new', 'test-homes', '1996-97', '--code-versions', CODES, '--code', '1995', '--from', '1990-91'];

  /** Runs chc in-process with the clock set to `day` (noon UTC). */
  async function at(day: string, argv: string[]) {
    let stdout = '';
    let stderr = '';
    const status = await main(argv, {
      stdout: { write: (s: string) => { stdout += s; return true; } },
      stderr: { write: (s: string) => { stderr += s; return true; } },
      env: {}, cwd: REPO, now: () => new Date(`${day}T12:00:00Z`),
    });
    return { status, stdout, stderr };
  }

  it("without --assessed-on, writes today's date from the injected clock, with a comment above it saying to set it", async () => {
    const root = copyOf(FIXTURE);
    const r = await at('1997-06-12', [...ARGS, '--root', root]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('next: edit it (assessed_on is today, 1997-06-12: set it to the day the self-assessment is completed), then run chc check');
    const text = readFileSync(join(root, NEXT), 'utf8');
    expect(parse(text).assessed_on).toBe('1997-06-12');
    expect(text).toContain('period: 1996-97\n# Set assessed_on to the day the self-assessment was completed (chc new wrote the day it made this file), then delete this comment.\nassessed_on: 1997-06-12\n');
  });

  it('check warns (assessed-on) at the date while the comment is there, and stops once the date is set and the comment deleted', async () => {
    const root = copyOf(FIXTURE);
    expect((await at('1997-06-12', [...ARGS, '--root', root])).status).toBe(0);
    const warned = JSON.parse(chc(['check', '--root', root, '--code-versions', CODES, '--format', 'json']).stdout).diagnostics
      .filter((d: { rule: string; file: string }) => d.rule === 'assessed-on');
    const line = readFileSync(join(root, NEXT), 'utf8').split('\n').indexOf('assessed_on: 1997-06-12') + 1;
    expect(warned).toMatchObject([{ file: NEXT, severity: 'warning', line, column: 14,
      message: 'assessed_on 1997-06-12 is the date chc new wrote when it made this file, not yet the day the self-assessment was completed' }]);
    expect(warned[0].hint).toContain('Set assessed_on to the day the self-assessment was completed');

    const file = join(root, NEXT);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/# Set assessed_on[^\n]*\nassessed_on: 1997-06-12/, 'assessed_on: 1997-05-20'));
    const after = JSON.parse(chc(['check', '--root', root, '--code-versions', CODES, '--format', 'json']).stdout).diagnostics;
    expect(after.filter((d: { rule: string }) => d.rule === 'assessed-on')).toEqual([]);
  });

  it('with --assessed-on, writes that date with no comment, and check does not warn about it', async () => {
    const root = copyOf(FIXTURE);
    const r = await at('1999-01-01', [...ARGS, '--root', root, '--assessed-on', '1997-05-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('next: edit it, then run chc check');
    const text = readFileSync(join(root, NEXT), 'utf8');
    expect(text).toContain('period: 1996-97\nassessed_on: 1997-05-01\n');
    expect(text).not.toContain('chc new wrote the day it made this file');
    const diagnostics = JSON.parse(chc(['check', '--root', root, '--code-versions', CODES, '--format', 'json']).stdout).diagnostics;
    expect(diagnostics.filter((d: { rule: string }) => d.rule === 'assessed-on')).toEqual([]);
  });

  it('refuses an --assessed-on that is not a YYYY-MM-DD date, and writes nothing', async () => {
    const root = copyOf(FIXTURE);
    const r = await at('1997-06-12', [...ARGS, '--root', root, '--assessed-on', '12/06/1997']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('chc new: --assessed-on "12/06/1997" is not a date written YYYY-MM-DD\n');
    expect(existsSync(join(root, NEXT))).toBe(false);
  });
});
