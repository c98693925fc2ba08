// The TypeScript compiler over src/, tests/, scripts/ and bin/ (npm run typecheck), as a test: CI runs `npm test`
// only, so a type error fails CI here, with the compiler's own messages.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/project.ts';

describe('npm run typecheck', () => {
  it('finds no type error (tsc --noEmit, strict)', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(REPO, 'tsconfig.json')], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 150_000);
});
