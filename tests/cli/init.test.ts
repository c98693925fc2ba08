// chc init: a landlord's own repository, written whole or not at all: package.json pinning chc, the landlord and a
// first assessment of every provision, checks and publishing on GitHub (valid to an independent validator), editor
// settings mapping the installed package's schemas, a dev container, a README for a complaints manager.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';

const tmp = mkdtempSync(join(tmpdir(), 'chc-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('chc init', () => {
  it('writes the repository, says what it wrote and the next three commands', () => {
    const dir = join(tmp, 'riverside');
    const r = chc(['init', dir, '--landlord', 'riverside-example', '--name', 'Riverside Example Homes', '--website', 'https://www.example.org', '--period', '2025-26']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/next:\n {2}cd .*riverside\n {2}npm install\n {2}npm run check\n {2}npm run build\n$/);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ private: true, scripts: { check: 'chc check', build: 'chc build' }, allowScripts: { chc: true, esbuild: true, puppeteer: true } });
    // Run from a checkout, it depends on that checkout (the registry's "chc" is another package).
    expect(pkg.devDependencies.chc).toMatch(/^file:/);
    expect(existsSync(join(join(dir, pkg.devDependencies.chc.slice(5)), 'package.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, pkg.devDependencies.chc.slice(5), 'package.json'), 'utf8')).version).toBe(version);
    for (const f of ['README.md', '.gitignore', '.github/workflows/check.yml', '.github/workflows/publish.yml', '.vscode/settings.json', '.vscode/extensions.json', '.devcontainer/devcontainer.json']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('# Riverside Example Homes: Complaint Handling Code self-assessment');
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'));
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(REPO, schema.replace('./node_modules/chc/', ''))), schema).toBe(true);
    // Every provision of the 2024 Code, empty, each with what the Code asks as a comment.
    const text = readFileSync(join(dir, 'assessments/riverside-example/2025-26/assessment.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../node_modules/chc/schemas/assessment.schema.json');
    const y = parse(text) as { code: string; responses: Record<string, null> };
    expect(y.code).toBe('2024');
    expect(Object.keys(y.responses)).toHaveLength(72);
    // Checked as it stands: every provision to answer, the landlord's file valid.
    const check = JSON.parse(chc(['check', '--root', dir, '--format', 'json']).stdout) as { diagnostics: { rule: string; file: string; severity: string }[] };
    expect(check.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'missing-response')).toEqual([]);
    expect(check.diagnostics.filter((d) => d.rule === 'missing-response')).toHaveLength(72);
  });

  it('writes workflows an independent validator passes', () => {
    const dir = join(tmp, 'riverside');
    for (const f of ['check.yml', 'publish.yml']) {
      const v = spawnSync(join(REPO, 'node_modules/.bin/action-validator'), [join(dir, '.github/workflows', f)], { encoding: 'utf8', timeout: 60_000 });
      expect(v.status, `${f}: ${v.stdout}${v.stderr}`).toBe(0);
    }
  });

  it('never overwrites: into a folder with package.json or assessments/, it writes nothing and names what is there', () => {
    const dir = join(tmp, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), '{"name":"mine"}\n');
    const r = chc(['init', dir, '--landlord', 'x', '--name', 'X']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('already has package.json; chc init never overwrites a file, so it wrote nothing');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
    expect(existsSync(join(dir, 'README.md'))).toBe(false);
    const other = join(tmp, 'has-assessments');
    mkdirSync(join(other, 'assessments'), { recursive: true });
    const r2 = chc(['init', other, '--landlord', 'x', '--name', 'X']);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('already has assessments/');
    expect(existsSync(join(other, 'package.json'))).toBe(false);
  });

  it('with --from, starts from last year\'s form through chc import', () => {
    const dir = join(tmp, 'from');
    const r = chc(['init', dir, '--landlord', 'plus-dane', '--name', 'Plus Dane', '--period', '2023-24', '--from', join(REPO, 'tests/fixtures/import/plus-dane-2024-form.html')]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'assessments/plus-dane/2023-24/assessment.yaml'), 'utf8');
    expect(text).toContain('$schema=../../../node_modules/chc/schemas/assessment.schema.json');
    expect(text).toContain('Imported by `chc import` from plus-dane-2024-form.html');
    expect(Object.values((parse(text) as { responses: Record<string, { comply?: string }> }).responses).filter((x) => x?.comply).length).toBe(72);
  });

  it('refuses a bad slug, a missing name or a bad website, writing nothing', () => {
    expect(chc(['init', join(tmp, 'bad1'), '--landlord', 'Bad Slug', '--name', 'X']).status).toBe(2);
    expect(chc(['init', join(tmp, 'bad2'), '--landlord', 'x']).status).toBe(2);
    expect(chc(['init', join(tmp, 'bad3'), '--landlord', 'x', '--name', 'X', '--website', 'example']).status).toBe(2);
    for (const d of ['bad1', 'bad2', 'bad3']) expect(existsSync(join(tmp, d))).toBe(false);
  });
});
