import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The private folders a run works in: Astro's build, the browser's profile, the preview server's files. Each is
 * `node_modules/.cache/chc/<kind>-<pid>-<random>` in the tool's own tree, named for the process that made it, so
 * a run killed before it could remove its folders (SIGKILL, a power cut) leaves them where the next run finds
 * them: `sweepWorkFolders` removes every folder whose process no longer runs, and stops a browser still using one.
 */
export type WorkKind = 'site' | 'chromium' | 'dev';

const KINDS: readonly WorkKind[] = ['site', 'chromium', 'dev'];

/** The parent of every work folder. */
export function workParent(toolRoot: string): string {
  return join(toolRoot, 'node_modules', '.cache', 'chc');
}

/** Makes a new work folder of this process. */
export function workFolder(toolRoot: string, kind: WorkKind): string {
  const parent = workParent(toolRoot);
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${kind}-${process.pid}-`));
}

/** Whether a process runs (one we may not signal runs too). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process that made a work folder, from its name; undefined for a name that is not one of ours. */
export function ownerOf(name: string): number | undefined {
  const m = /^([a-z]+)-([1-9]\d*)-[A-Za-z0-9]+$/.exec(name);
  if (!m || !KINDS.includes(m[1] as WorkKind)) return undefined;
  return Number(m[2]);
}

/**
 * Removes the work folders left by runs that no longer run, first stopping any process still using one (a
 * browser whose run was killed: it names its profile folder on its command line). Returns the removed names.
 */
export function sweepWorkFolders(toolRoot: string, procDir = '/proc'): string[] {
  const parent = workParent(toolRoot);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const abandoned = names.filter((n) => {
    const pid = ownerOf(n);
    return pid !== undefined && pid !== process.pid && !processAlive(pid);
  });
  if (abandoned.length === 0) return [];
  for (const pid of processesUsing(abandoned.map((n) => join(parent, n)), procDir)) {
    // The browser leads its own process group (its helpers are in it): stop the group, then the process.
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // gone already, or not ours to stop
      }
    }
  }
  for (const n of abandoned) rmSync(join(parent, n), { recursive: true, force: true });
  return abandoned;
}

/** The processes whose command line names one of `folders` (Linux's /proc; elsewhere none are found). */
function processesUsing(folders: string[], procDir: string): number[] {
  if (!existsSync(procDir)) return [];
  const found: number[] = [];
  for (const entry of readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(join(procDir, entry, 'cmdline'), 'utf8');
    } catch {
      continue;
    }
    if (folders.some((f) => cmdline.includes(`${f}\u0000`))) found.push(Number(entry));
  }
  return found;
}
