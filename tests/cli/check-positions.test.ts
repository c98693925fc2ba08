// `chc check` with the positions of large files kept between runs (src/load/position-cache.ts): the same
// diagnostics at the same places whether the cache is cold, warm or damaged.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POSITIONS_DIR } from '../../src/load/position-cache.ts';
import { chc } from '../helpers/cli.ts';
import { REPO, tempFolders } from '../helpers/project.ts';

const { make: folder, removeAll } = tempFolders('chc-positions-');
afterAll(removeAll);

describe('chc check with the position cache', () => {
  it('reports the same diagnostics, at the same places, with the cache cold, warm and damaged', () => {
    const root = folder();
    mkdirSync(join(root, 'assessments'), { recursive: true });
    cpSync(join(REPO, 'assessments/plus-dane'), join(root, 'assessments/plus-dane'), { recursive: true });
    // A text no other run has mapped: the first check maps it (cold), the second reads it back (warm).
    const file = join(root, 'assessments/plus-dane/2020-21/assessment.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# ${process.pid} ${Date.now()}\n`);
    const entries = () => new Set(readdirSync(POSITIONS_DIR));
    const cold = chc(['check', '--root', root]);
    expect(cold.stdout).toMatch(/assessment\.yaml:\d+:\d+ {2}error {2}missing-response/);
    const warm = chc(['check', '--root', root]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.status).toBe(cold.status);
    // Every entry damaged: mapped again, the same report.
    for (const n of entries()) if (n.endsWith('.json')) writeFileSync(join(POSITIONS_DIR, n), '{');
    const damaged = chc(['check', '--root', root]);
    expect(damaged.stdout).toBe(cold.stdout);
  });
});
