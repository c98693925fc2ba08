import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './project.ts';

/** The result of running the real CLI. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/chc.js …args` in `cwd` (the repository by default), as a user would. */
export function chc(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [join(REPO, 'bin/chc.js'), ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CHC_DEBUG: '', ...options.env },
    timeout: 60_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
