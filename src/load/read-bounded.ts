import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file could not be read within its bound. */
export type ReadProblem =
  | { kind: 'missing' }
  | { kind: 'folder' }
  /** A pipe, a device (/dev/zero), a socket: reading could hang or never end. */
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'unreadable'; code: string };

/**
 * Reads a file whole, but only a regular file of at most `limit` bytes: it is opened without waiting (a pipe
 * with no writer cannot hang the open), checked on the open handle (links followed, so a link to /dev/zero is a
 * device), and read with a bound (a file that grows while read, or reports a size of 0, stops at `limit + 1`).
 */
export function readBounded(path: string, limit: number): { bytes: Buffer } | { problem: ReadProblem } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: { kind: 'missing' } };
    if (code === 'EISDIR') return { problem: { kind: 'folder' } };
    if (code === 'ENXIO') return { problem: { kind: 'not-a-file' } };
    return { problem: { kind: 'unreadable', code } };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: { kind: 'folder' } };
    if (!st.isFile()) return { problem: { kind: 'not-a-file' } };
    if (st.size > limit) return { problem: { kind: 'too-large', bytes: st.size } };
    // The size it reports and one byte more (to see it grew), or a start for a file that reports none (/proc).
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, st.size > 0 ? st.size + 1 : 64 * 1024));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(bigger, 0, 0, length);
        grown = bigger;
      }
      const n = readSync(fd, grown, length, grown.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { problem: { kind: 'too-large', bytes: length } };
    return { bytes: grown.subarray(0, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'EISDIR') return { problem: { kind: 'folder' } };
    return { problem: { kind: 'unreadable', code } };
  } finally {
    closeSync(fd);
  }
}

/** A ReadProblem as a short phrase after the file's name: "is a pipe or a device, not a file". */
export function describeProblem(p: ReadProblem, limit: number): string {
  switch (p.kind) {
    case 'missing': return 'does not exist';
    case 'folder': return 'is a folder, not a file';
    case 'not-a-file': return 'is not a regular file (a pipe, a device or a socket), so chc does not read it';
    case 'too-large': return `is ${megabytes(p.bytes)}; the limit is ${megabytes(limit)}`;
    case 'unreadable': return p.code === 'EACCES' || p.code === 'EPERM' ? 'cannot be read: permission denied' : `cannot be read (${p.code})`;
  }
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
