// Every file chc reads is opened as a regular file inside the landlord's folder, its size checked before it is
// read, and read with a bound: a FIFO, a link to /dev/zero, a huge file or a link out of the folder is a
// diagnostic, never a hang or a machine out of memory. Each run here is bounded in time and memory itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, ftruncateSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chcBounded } from '../helpers/bounded.ts';
import { REPO } from '../helpers/project.ts';
import { readBounded } from '../../src/load/read-bounded.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-hostile-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  return root;
}
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const replaceWith = (path: string, make: (p: string) => void) => { rmSync(path); make(path); };

/** A sparse file of `bytes` (it takes no disk): what a 1.5 GB assessment looks like to a reader. */
function sparse(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

const HP = 'assessments/homes-plus';
const ASSESSMENT = `${HP}/2022-23/assessment.yaml`;

describe('chc check on hostile files: a diagnostic, exit 1, within 10 s and 300 MB', () => {
  it.each([
    ['landlord.yaml a link to /dev/zero', (r: string) => replaceWith(join(r, HP, 'landlord.yaml'), (p) => symlinkSync('/dev/zero', p)), "landlord.yaml is a link to a file outside the landlord's folder"],
    ['landlord.yaml a FIFO', (r: string) => replaceWith(join(r, HP, 'landlord.yaml'), mkfifo), 'landlord.yaml is not a regular file (a pipe, a device or a socket)'],
    ['landlord.yaml a link to a file outside the root', (r: string) => {
      const outside = join(r, '..', `${r.split('/').pop()}-secret.yaml`);
      writeFileSync(outside, 'name: Secret\n');
      dirs.push(outside);
      replaceWith(join(r, HP, 'landlord.yaml'), (p) => symlinkSync(outside, p));
    }, "landlord.yaml is a link to a file outside the landlord's folder"],
    ['assessment.yaml a FIFO', (r: string) => replaceWith(join(r, ASSESSMENT), mkfifo), 'assessment.yaml is not a regular file'],
    ['assessment.yaml a link to /dev/zero', (r: string) => replaceWith(join(r, ASSESSMENT), (p) => symlinkSync('/dev/zero', p)), "assessment.yaml is a link to a file outside the landlord's folder"],
    ['assessment.yaml of 1.5 GB', (r: string) => sparse(join(r, ASSESSMENT), 1536 * 1024 * 1024), 'assessments/homes-plus/2022-23/assessment.yaml:1:1  error  file-too-large  the file is 1536.0 MB; the limit is 2 MB'],
    ['an evidence file that is a FIFO', (r: string) => replaceWith(join(r, HP, 'evidence/complaints-policy.md'), mkfifo), '"../evidence/complaints-policy.md" is not a regular file'],
    ['an evidence file linked to /dev/zero', (r: string) => replaceWith(join(r, HP, 'evidence/complaints-policy.md'), (p) => symlinkSync('/dev/zero', p)), '"../evidence/complaints-policy.md" is not a regular file'],
    ['an evidence file of 3 GB', (r: string) => sparse(join(r, HP, 'evidence/complaints-policy.md'), 3 * 1024 * 1024 * 1024), '"../evidence/complaints-policy.md" is too large to use'],
    ['a FIFO where a misplaced assessment would be', (r: string) => mkfifo(join(r, HP, 'assessment-2023-24.yaml')), undefined],
  ])('%s', async (_name, plant, message) => {
    const root = copy();
    plant(root);
    const r = await chcBounded(['check', '--root', root], { memoryMb: 300, seconds: 10 });
    expect(r.limit, `${r.limit} after ${r.ms} ms, ${r.peakMb} MB`).toBeUndefined();
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    if (message !== undefined) {
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).toContain(message);
    } else {
      expect(r.status).not.toBe(2);
    }
  });

  it('build stops at a FIFO landlord.yaml with a diagnostic, holds no lock, and builds the other landlord', async () => {
    const root = copy();
    replaceWith(join(root, HP, 'landlord.yaml'), mkfifo);
    const r = await chcBounded(['build', '--root', root, '--include-drafts', '--only', 'docx'], { memoryMb: 1024, seconds: 60 });
    expect(r.limit).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('landlord.yaml is not a regular file');
    expect(r.stdout).toMatch(/built 2 assessments/);
    expect(existsSync(join(root, 'dist.lock'))).toBe(false);
  }, 90_000);
});

describe('an evidence file that cannot be read', () => {
  it('is a diagnostic at each citing line ("permission denied"), not an internal error', () => {
    const root = copy();
    const policy = join(root, HP, 'evidence/complaints-policy.md');
    execFileSync('chmod', ['-R', 'a+rX', root]);
    execFileSync('chmod', ['000', policy]);
    // Root reads any file: run chc as nobody then, as a complaints manager runs it.
    const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--'] : [];
    const r = spawnSync(asUser[0] ?? process.execPath, [...asUser.slice(1), ...(asUser.length ? [process.execPath] : []), join(REPO, 'bin/chc.js'), 'check', '--root', root], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('error  document-not-found  provision 1.2: "../evidence/complaints-policy.md" cannot be read: permission denied');
  });
});

describe('readBounded', () => {
  it('reads a regular file whole, and refuses one over the limit without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chc-rb-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a'), 'x'.repeat(100));
    const ok = readBounded(join(dir, 'a'), 100);
    expect('bytes' in ok && ok.bytes.toString()).toBe('x'.repeat(100));
    expect(readBounded(join(dir, 'a'), 99)).toEqual({ problem: { kind: 'too-large', bytes: 100 } });
    expect(readBounded(join(dir, 'none'), 10)).toEqual({ problem: { kind: 'missing' } });
    expect(readBounded(dir, 10)).toEqual({ problem: { kind: 'folder' } });
    expect(readBounded('/dev/zero', 10)).toEqual({ problem: { kind: 'not-a-file' } });
  });
  it('stops a file that reports no size (as /proc does) at the limit', () => {
    const r = readBounded('/proc/self/status', 10);
    expect(r).toEqual({ problem: { kind: 'too-large', bytes: 11 } });
    const whole = readBounded('/proc/self/status', 1 << 20);
    expect('bytes' in whole && whole.bytes.toString()).toContain('VmRSS');
    expect(readFileSync('/proc/self/status', 'utf8').length).toBeGreaterThan(10);
  });
});
