// npm run typecheck (scripts/typecheck.ts: tsc over the .ts files, Astro's checker over the .astro and .mdx files),
// as a test: CI runs `npm test` only, so a type error anywhere fails CI here, with the checkers' own messages.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/project.ts';

describe('npm run typecheck', () => {
  it('finds no type error in the .ts files (tsc --noEmit, strict) nor in the .astro and .mdx files (astro check)', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/typecheck.ts')], { cwd: REPO, encoding: 'utf8', timeout: 120_000, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    const out = `${r.stdout}${r.stderr}`;
    expect(out).toContain('tsc: no errors');
    // Every page, layout and component is checked: a checker that found no files would pass with no errors.
    const checked = /astro check: (\d+) files, 0 errors, 0 warnings/.exec(out);
    expect(checked, out).not.toBeNull();
    expect(Number(checked?.[1])).toBeGreaterThanOrEqual(20);
    expect(r.status, out).toBe(0);
  }, 150_000);
});
