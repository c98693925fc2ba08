// The GitHub Action (action.yml) and this repository's workflows: valid to an independent validator
// (@action-validator/cli), and the action's check step, run as the runner runs it (bash, its env, the action's path),
// annotates the problems, writes the job summary and fails as chc check does.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers/project.ts';

const tmp = mkdtempSync(join(tmpdir(), 'chc-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Step { name?: string; run?: string; uses?: string; shell?: string; env?: Record<string, string> }
const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } };

describe('action.yml', () => {
  it('and the workflows pass an independent validator (@action-validator/cli)', () => {
    const files = ['action.yml', ...readdirSync(join(REPO, '.github/workflows')).map((f) => `.github/workflows/${f}`)];
    for (const f of files) {
      const r = spawnSync(join(REPO, 'node_modules/.bin/action-validator'), [f], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, `${f}: ${r.stdout}${r.stderr}`).toBe(0);
    }
  });

  it('is a composite action with inputs for the root and strictness, and sets up Node before installing chc', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['root', 'strict', 'node-version']));
    expect(action.runs.steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(action.runs.steps.some((s) => /npm ci .*--prefix "\$GITHUB_ACTION_PATH"/.test(s.run ?? ''))).toBe(true);
  });

  /** Runs the action's check step as the runner would: bash, the step's env with the inputs given, the action's path. */
  const runCheck = (inputs: { root: string; strict: string }) => {
    const step = action.runs.steps.find((s) => s.name === 'Check the self-assessments')!;
    const summary = join(tmp, `summary-${Math.random().toString(36).slice(2)}.md`);
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{ inputs\.([\w-]+) \}\}/, (_, name: string) => inputs[name as 'root' | 'strict'])]));
    const r = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd: REPO, encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, ...env, GITHUB_ACTION_PATH: REPO, GITHUB_STEP_SUMMARY: summary },
    });
    return { ...r, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
  };

  it("installs chc without its dev dependencies: chc's prepare (compiling lib/, which a checkout does not run) passes over the missing compiler", () => {
    // The install step is `npm ci --omit=dev`, which runs chc's own prepare script: without TypeScript it must not fail.
    const bare = join(tmp, 'bare');
    cpSync(join(REPO, 'scripts/compile-lib.mjs'), join(bare, 'scripts/compile-lib.mjs'));
    const r = spawnSync(process.execPath, [join(bare, 'scripts/compile-lib.mjs')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('lib/ is not compiled');
    expect(existsSync(join(bare, 'lib'))).toBe(false);
    const install = action.runs.steps.find((s) => s.name === 'Install chc')!;
    expect(install.run).toContain('--omit=dev');
  });

  it("its check step annotates the bundled examples' problems, writes the job summary and fails on the error", () => {
    const r = runCheck({ root: '.', strict: 'false' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=assessments\/plus-dane\/2020-21\/assessment\.yaml,line=\d+/m);
    expect(r.stdout).toMatch(/^::warning file=assessments\/homes-plus\/2022-23\/assessment\.yaml/m);
    expect(r.summary).toContain('plus-dane');
  });

  it('passes on assessments without problems, strict or not; with strict, fails on a warning', () => {
    expect(runCheck({ root: 'examples/annual-report', strict: 'true' }).status).toBe(0);
    expect(runCheck({ root: 'examples/annual-report', strict: 'false' }).status).toBe(0);
    // Homes Plus alone has a warning (its Board's response is not given) and no error.
    const warned = join(tmp, 'warned');
    cpSync(join(REPO, 'assessments/homes-plus'), join(warned, 'assessments/homes-plus'), { recursive: true });
    expect(runCheck({ root: warned, strict: 'false' }).status).toBe(0);
    expect(runCheck({ root: warned, strict: 'true' }).status).toBe(1);
  });
});
