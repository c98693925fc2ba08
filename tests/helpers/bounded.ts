import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './project.ts';

/** The result of a bounded run: `limit` says which bound stopped it, if one did. */
export interface BoundedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  limit?: 'time' | 'memory';
  peakMb: number;
  ms: number;
}

/** The resident memory (MB) of every process in a process group, from /proc. */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      kb += (Number(fields[21]) * 4096) / 1024;
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

/**
 * Runs `node bin/chc.js …args` on a hostile input under a ceiling: in a process group of its own, killed whole
 * when its resident memory passes `memoryMb` or it runs past `seconds`, so a read of /dev/zero or a FIFO cannot
 * take the machine (or the test run) down with it.
 */
export function chcBounded(args: string[], options: { cwd?: string; memoryMb?: number; seconds?: number } = {}): Promise<BoundedRun> {
  const memoryMb = options.memoryMb ?? 1024;
  const seconds = options.seconds ?? 20;
  const started = Date.now();
  const child = spawn(process.execPath, [join(REPO, 'bin/chc.js'), ...args], {
    cwd: options.cwd ?? REPO,
    detached: true,
    env: { ...process.env, NO_COLOR: '1', CHC_DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  let limit: BoundedRun['limit'];
  let peakMb = 0;
  const stop = (why: BoundedRun['limit']) => {
    limit = why;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  };
  const watch = setInterval(() => {
    peakMb = Math.max(peakMb, groupRssMb(child.pid!));
    if (peakMb > memoryMb) stop('memory');
    else if (Date.now() - started > seconds * 1000) stop('time');
  }, 50);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(watch);
      resolve({ status, stdout, stderr, ...(limit ? { limit } : {}), peakMb: Math.round(peakMb), ms: Date.now() - started });
    });
  });
}
