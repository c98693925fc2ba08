// On a machine whose system Node is older than 22.12 (Debian's, here), `chc` must still work after set-up:
// bin/chc.js hands over to the Node 24 in .tools/, and npm must not refuse `npx chc` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';

const SYSTEM_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p));
const version = SYSTEM_NODE ? execFileSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim() : '';
const [major, minor] = version.split('.').map(Number);
const old = SYSTEM_NODE !== undefined && (major! < 22 || (major === 22 && minor! < 12));
const tools = existsSync(join(REPO, '.tools/node_modules/.bin/node'));
const cleanEnv = { HOME: process.env.HOME ?? '/root', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NO_COLOR: '1' };

describe.runIf(old && tools)(`chc under the system's Node ${version}`, () => {
  it('node bin/chc.js hands over to .tools/ and checks the examples', () => {
    const r = spawnSync(SYSTEM_NODE!, [join(REPO, 'bin/chc.js'), 'check', '--landlord', 'homes-plus'], { cwd: REPO, encoding: 'utf8', env: cleanEnv });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('1 assessment checked: 0 errors, 1 warning');
    expect(r.status).toBe(0);
  });

  // npx installs the project into its cache on first use, and npm warns EBADENGINE under the old Node while doing
  // so; set-up does that first run quietly. An empty npm cache stands for a fresh machine's.
  it('npx chc after set-up runs quietly in a plain shell, from an empty npm cache (no EBADENGINE warning)', () => {
    const cache = mkdtempSync(join(tmpdir(), 'chc-npm-cache-'));
    try {
      const env = { ...cleanEnv, npm_config_cache: cache };
      const setup = spawnSync('bash', ['scripts/setup.sh'], { cwd: REPO, encoding: 'utf8', env });
      expect(setup.status).toBe(0);
      const r = spawnSync('npx', ['chc', '--version'], { cwd: REPO, encoding: 'utf8', env });
      expect(r.stderr).not.toContain('EBADENGINE');
      expect(r.stdout.trim()).toBe('chc 0.1.0');
      expect(r.status).toBe(0);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);
});
