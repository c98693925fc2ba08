// `chc build` with the landlord's repository anywhere: beside the tool (also under a name that begins with the
// tool folder's name, as `chc` and `chc-homes`), inside it, or in an unrelated folder, with `--root` and `--out`
// pointing there and run from there. Astro must still find the tool's packages, and where the folders lie must
// not change the site.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A landlord's repository holding one bundled assessment, in a fresh folder whose name starts with `prefix`. */
function landlordRepo(prefix: string): string {
  const dir = mkdtempSync(prefix);
  made.push(dir);
  cpSync(join(REPO, 'assessments/homes-plus'), join(dir, 'assessments/homes-plus'), { recursive: true });
  return dir;
}

const places: [string, () => string][] = [
  // `/x/chc` and `/x/chc-homes-…`: the name extends the tool folder's, so a string-prefix test calls it inside.
  ['a sibling whose name extends the tool folder\'s', () => landlordRepo(join(dirname(REPO), `${basename(REPO)}-homes-`))],
  ['a folder nested inside the tool folder', () => landlordRepo(join(REPO, 'node_modules', '.cache', 'landlord-'))],
  ['an unrelated folder', () => landlordRepo(join(tmpdir(), 'chc-outside-'))],
];

/** What a build leaves in its output folder. */
const OUTPUTS = ['.chc-build.json', '.chc-site.json', 'documents', 'site'];

describe('chc build with the landlord\'s folder anywhere', () => {
  const pages = new Map<string, string>();
  for (const [where, make] of places) {
    it(`builds the site from ${where}, run from there`, () => {
      const dir = make();
      const r = chc(['build', '--root', '.', '--out', 'out', '--only', 'site'], { cwd: dir });
      expect(r.stderr).not.toContain('internal error');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('into out/');
      const page = join(dir, 'out/site/homes-plus/2022-23/index.html');
      expect(existsSync(page)).toBe(true);
      pages.set(where, readFileSync(page, 'utf8'));
      // Nothing of Astro's own is left in the landlord's folder, the output, or the tool's work folders.
      expect(readdirSync(dir).sort()).toEqual(['assessments', 'out']);
      for (const f of readdirSync(join(dir, 'out'))) expect(OUTPUTS).toContain(f);
      expect(existsSync(join(dir, 'out/site/.prerender'))).toBe(false);
    }, 180_000);
  }

  it('gives the same page wherever it is built', () => {
    const all = [...pages.values()];
    expect(all).toHaveLength(places.length);
    for (const p of all) expect(p).toBe(all[0]);
  });

  it('also builds with --root and --out given from the tool folder', () => {
    const dir = landlordRepo(join(dirname(REPO), `${basename(REPO)}x-`));
    const r = chc(['build', '--root', dir, '--out', join(dir, 'dist'), '--only', 'site']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'dist/site/homes-plus/2022-23/index.html'))).toBe(true);
  }, 180_000);
});
