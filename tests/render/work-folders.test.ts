// Work folders are named for the process that made them; the next run removes those of runs that were killed,
// and stops a browser that still uses one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownerOf, processAlive, sweepWorkFolders, workFolder, workParent } from '../../src/render/work-folders.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

describe('work folders', () => {
  it('are named kind-pid-random under node_modules/.cache/chc, and only such names have an owner', () => {
    const toolRoot = tmp('chc-tool-');
    const f = workFolder(toolRoot, 'chromium');
    expect(f.startsWith(join(workParent(toolRoot), `chromium-${process.pid}-`))).toBe(true);
    expect(ownerOf(f.slice(workParent(toolRoot).length + 1))).toBe(process.pid);
    expect(ownerOf('site-12-abcdef')).toBe(12);
    expect(ownerOf('other-12-abcdef')).toBeUndefined();
    expect(ownerOf('site-0-abcdef')).toBeUndefined();
    expect(ownerOf('site-12')).toBeUndefined();
    expect(ownerOf('README')).toBeUndefined();
  });

  it("removes the folders of runs that ended, keeps those of running ones and what isn't ours", () => {
    const toolRoot = tmp('chc-tool-');
    const parent = workParent(toolRoot);
    const dead = deadPid();
    expect(processAlive(dead)).toBe(false);
    const names = [`site-${dead}-aaaaaa`, `chromium-${dead}-bbbbbb`, `dev-${dead}-cccccc`, `site-${process.pid}-dddddd`, `site-${process.ppid}-eeeeee`, 'notes', `other-${dead}-ffffff`];
    for (const n of names) {
      mkdirSync(join(parent, n), { recursive: true });
      writeFileSync(join(parent, n, 'file'), 'x');
    }
    const removed = sweepWorkFolders(toolRoot, join(toolRoot, 'no-proc'));
    expect(removed.sort()).toEqual([`chromium-${dead}-bbbbbb`, `dev-${dead}-cccccc`, `site-${dead}-aaaaaa`]);
    expect(readdirSync(parent).sort()).toEqual([`other-${dead}-ffffff`, 'notes', `site-${process.pid}-dddddd`, `site-${process.ppid}-eeeeee`].sort());
  });

  it('stops a process still using an abandoned folder (a browser whose build was killed)', async () => {
    const toolRoot = tmp('chc-tool-');
    const dead = deadPid();
    const profile = join(workParent(toolRoot), `chromium-${dead}-gggggg`);
    mkdirSync(profile, { recursive: true });
    // A stand-in for the browser, and a /proc that shows it with the profile on its command line.
    const stray = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    const exited = new Promise((resolve) => stray.on('exit', (_code, signal) => resolve(signal)));
    const proc = tmp('chc-proc-');
    mkdirSync(join(proc, String(stray.pid)));
    writeFileSync(join(proc, String(stray.pid), 'cmdline'), `/usr/lib/chromium/chromium\0--user-data-dir=${profile}\0--headless\0`);
    mkdirSync(join(proc, '1'));
    writeFileSync(join(proc, '1', 'cmdline'), `/sbin/init\0${profile}-other\0`);
    expect(sweepWorkFolders(toolRoot, proc)).toEqual([`chromium-${dead}-gggggg`]);
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(profile)).toBe(false);
  });

  it('does nothing when there is no work folder yet', () => {
    expect(sweepWorkFolders(tmp('chc-tool-'))).toEqual([]);
  });
});
