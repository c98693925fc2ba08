// Incremental builds: a build reuses every document whose inputs did not change, and yet produces
// exactly the files a cold build does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { treeHashes } from '../helpers/outputs.ts';

const root = mkdtempSync(join(tmpdir(), 'chc-incremental-'));
cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const build = (out: string, ...extra: string[]) => {
  const r = chc(['build', '--root', root, '--out', out, '--include-drafts', ...extra]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

describe('incremental builds', () => {
  it('a rebuild with nothing changed renders nothing and changes nothing', () => {
    const out = join(root, 'a');
    expect(build(out)).toMatch(/^built 3 assessments: site \(3 assessment pages\), 6 PDF, 6 DOCX, 3 single pages into /);
    const before = treeHashes(out);
    expect(build(out)).toMatch(/^built 3 assessments: 15 unchanged documents reused into /);
    expect(treeHashes(out)).toEqual(before);
  }, 240_000);

  it('after a one-file change, only that assessment is rendered again, and the result equals a cold build', () => {
    const out = join(root, 'a');
    const file = join(root, 'assessments/plus-dane/2023-24/assessment.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('We adopted the Housing Ombudsman', 'We adopted, in July 2020, the Housing Ombudsman'));
    expect(build(out)).toMatch(/^built 3 assessments: site \(3 assessment pages\), 2 PDF, 2 DOCX, 1 single page, 10 unchanged documents reused into /);
    const cold = join(root, 'cold');
    build(cold, '--no-cache');
    const a = treeHashes(out);
    const b = treeHashes(cold);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a).filter((f) => a[f] !== b[f])).toEqual([]);
  }, 240_000);

  it('a change to a landlord shared by two assessments renders both of them again', () => {
    const out = join(root, 'a');
    const file = join(root, 'assessments/plus-dane/landlord.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Plus Dane Housing', 'name: Plus Dane Housing Group'));
    expect(build(out)).toMatch(/^built 3 assessments: site \(3 assessment pages\), 4 PDF, 4 DOCX, 2 single pages, 5 unchanged documents reused into /);
  }, 240_000);
});
