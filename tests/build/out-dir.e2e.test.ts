// `chc build --out DIR` never deletes what chc did not write: a site/ or documents/ without chc's build record,
// a folder inside the assessments, the root, the disk, the home folder or a file are refused (exit 2), and every
// byte planted beside and inside the target survives.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { treeHashes } from '../helpers/outputs.ts';
import { placeRefusal, within } from '../../src/cli/out-dir.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** A folder holding a copy of the examples (root/assessments) and a home folder, with user files planted around. */
function workplace(): { top: string; root: string; home: string } {
  const top = mkdtempSync(join(tmpdir(), 'chc-out-'));
  dirs.push(top);
  const root = join(top, 'home', 'homes');
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  // Evidence kept in the landlord's documents/ folder, as many landlords do.
  mkdirSync(join(root, 'assessments/homes-plus/documents'), { recursive: true });
  writeFileSync(join(root, 'assessments/homes-plus/documents/board-minutes.md'), '# Board minutes\n\nApproved.\n');
  const home = join(top, 'home');
  writeFileSync(join(home, 'notes.txt'), 'mine\n');
  return { top, root, home };
}

function build(root: string, out: string, home: string, extra: string[] = []) {
  return chc(['build', '--root', root, '--out', out, '--include-drafts', ...extra], { env: { HOME: home } });
}

describe('--out never replaces what chc did not write', () => {
  let w: ReturnType<typeof workplace>;
  beforeEach(() => { w = workplace(); });

  it('a folder holding a site/ and documents/ of the user: refused, exit 2, every byte kept', () => {
    const out = join(w.top, 'shared-drive');
    for (const [f, text] of [['site/index.html', '<p>our intranet</p>'], ['documents/contract.docx', 'PK…'], ['documents/sub/plan.pdf', '%PDF'], ['readme.txt', 'hello']] as [string, string][]) {
      mkdirSync(join(out, f, '..'), { recursive: true });
      writeFileSync(join(out, f), text);
    }
    const before = treeHashes(w.top);
    const r = build(w.root, out, w.home);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--out ${out} already holds a site/ that chc did not write (there is no .chc-build.json beside it)`);
    expect(r.stderr).toContain('build into a new or empty folder, or move site/ away first');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(treeHashes(w.top)).toEqual(before);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('only documents/ of the user: refused too', () => {
    const out = join(w.top, 'o');
    mkdirSync(join(out, 'documents'), { recursive: true });
    writeFileSync(join(out, 'documents/x.txt'), 'x');
    const before = treeHashes(w.top);
    const r = build(w.root, out, w.home, ['--only', 'docx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already holds a documents/ that chc did not write');
    expect(treeHashes(w.top)).toEqual(before);
  });

  it.each([
    ['a landlord folder (its documents/ holds evidence)', (w: { root: string }) => join(w.root, 'assessments/homes-plus'), 'lies inside the assessments, where the evidence is kept'],
    ['the assessments folder', (w: { root: string }) => join(w.root, 'assessments'), 'lies inside the assessments'],
    ['a period folder', (w: { root: string }) => join(w.root, 'assessments/plus-dane/2023-24'), 'lies inside the assessments'],
    ['the root', (w: { root: string }) => w.root, 'would replace the assessments themselves'],
    ['a folder above the root', (w: { top: string }) => w.top, 'would replace the assessments themselves'],
    ['the home folder', (w: { home: string }) => w.home, 'is your home folder'],
    ['the top of the disk', () => '/', 'is the top of the disk'],
    ['the same, written //', () => '//', 'is the top of the disk'],
  ])('--out %s: refused, exit 2, nothing touched', (_name, outOf, message) => {
    const out = outOf(w);
    const before = treeHashes(w.top);
    const r = build(w.root, out, w.home);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('build into a folder of its own');
    expect(treeHashes(w.top)).toEqual(before);
  });

  it('--out through a link into the assessments: refused', () => {
    const link = join(w.top, 'out-link');
    symlinkSync(join(w.root, 'assessments/homes-plus'), link);
    const before = treeHashes(join(w.root, 'assessments'));
    const r = build(w.root, link, w.home);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('lies inside the assessments');
    expect(treeHashes(join(w.root, 'assessments'))).toEqual(before);
  });

  it('--out a file: a clear error, exit 2, the file kept', () => {
    const file = join(w.top, 'report.pdf');
    writeFileSync(file, '%PDF-1.7 mine');
    const r = build(w.root, file, w.home);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--out ${file} is a file, not a folder`);
    expect(r.stderr).not.toContain('internal error');
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 mine');
  });

  it("chc's own output is replaced as before; a site/ the user added later beside chc's documents/ is not; files beside survive", () => {
    const out = join(w.top, 'dist');
    expect(build(w.root, out, w.home, ['--only', 'docx']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, '.chc-build.json'), 'utf8')).parts).toEqual(['documents']);
    writeFileSync(join(out, 'notes.txt'), 'beside');
    mkdirSync(join(w.top, 'dist.staging-old'));
    writeFileSync(join(w.top, 'dist.staging-old/keep.txt'), 'keep');
    // chc's documents/ is replaced again, and what is beside it stays.
    expect(build(w.root, out, w.home, ['--only', 'docx']).status).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('beside');
    expect(readFileSync(join(w.top, 'dist.staging-old/keep.txt'), 'utf8')).toBe('keep');
    // A site/ chc never wrote there is refused.
    mkdirSync(join(out, 'site'));
    writeFileSync(join(out, 'site/index.html'), 'theirs');
    const r = build(w.root, out, w.home, ['--only', 'site']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already holds a site/ that chc did not write (its .chc-build.json does not name it)');
    expect(readFileSync(join(out, 'site/index.html'), 'utf8')).toBe('theirs');
  }, 120_000);

  it("a file named like chc's lock that chc did not write is refused, not removed", () => {
    const out = join(w.top, 'dist');
    writeFileSync(`${out}.lock`, 'my shopping list\n');
    const r = build(w.root, out, w.home, ['--only', 'docx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${out}.lock is in the way: it is not a lock chc wrote`);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe('my shopping list\n');
  });
});

describe('placeRefusal', () => {
  const places = { root: '/srv/homes', home: '/home/ann', toolRoot: '/opt/chc' };
  it('lets a build write into dist/ of the root, or any folder elsewhere', () => {
    for (const ok of ['/srv/homes/dist', '/srv/homes-out', '/srv/out', '/home/ann/site', '/opt/chc/dist', '/srv/homes/assessments-out']) expect(placeRefusal(ok, places), ok).toBeUndefined();
  });
  it('refuses the disk, the home folder, the root and above, the assessments and below, the tool and above', () => {
    for (const bad of ['/', '/home/ann', '/srv/homes', '/srv', '/srv/homes/assessments', '/srv/homes/assessments/x/documents', '/opt/chc', '/opt']) expect(placeRefusal(bad, places), bad).toBeDefined();
  });
  it('within compares folders, not strings', () => {
    expect(within('/a/bc', '/a/b')).toBe(false);
    expect(within('/a/b/c', '/a/b')).toBe(true);
    expect(within('/a/b', '/a/b')).toBe(true);
  });
});
