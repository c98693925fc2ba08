// `chc build` run from a folder outside the tool's own (a landlord's repository elsewhere, `--root` and `--out`
// pointing there): Astro must still find the tool's packages.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';

describe('chc build from a working folder outside the tool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chc-outside-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the site into an output folder there', () => {
    cpSync(join(REPO, 'assessments/homes-plus'), join(dir, 'assessments/homes-plus'), { recursive: true });
    const r = chc(['build', '--root', '.', '--out', 'out', '--only', 'site'], { cwd: dir });
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('into out/');
    expect(existsSync(join(dir, 'out/site/homes-plus/2022-23/index.html'))).toBe(true);
  }, 120_000);
});
