import { lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../model/errors.ts';
import { processAlive as alive } from '../render/work-folders.ts';


/** Another build holds the lock on the output folder: the second build is refused (exit 2). */
export class LockedError extends UsageError {}

/**
 * Takes the lock on an output folder (`<out>.lock`, created exclusively, holding our pid). A lock left by a
 * process that no longer runs is taken over. Returns the release function.
 */
export function lockOutput(outDir: string): () => void {
  const file = `${outDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Only a small regular file can be a lock (a link, a pipe or a device is read by no one).
      const st = lstatSync(file);
      const text = st.isFile() && st.size <= 32 ? readFileSync(file, 'utf8') : 'not a lock';
      // A file of that name that is not a lock of ours is not ours to remove (an empty one is a lock whose
      // build was killed before it wrote its number).
      if (text !== '' && !/^[1-9]\d*\n?$/.test(text)) throw new LockedError(`${file} is in the way: it is not a lock chc wrote; move it away, or build into another --out`);
      const pid = Number(text.trim());
      if (pid > 0 && alive(pid) && pid !== process.pid) {
        throw new LockedError(`another build (process ${pid}) is writing into ${outDir}; wait for it to finish, or build into another --out`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new LockedError(`could not lock ${outDir}`);
}

/** Removes staging folders left beside `outDir` by builds that were killed. */
export function removeAbandoned(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.staging-`;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.slice(prefix.length);
    if (!name.startsWith(prefix) || !/^[1-9]\d*$/.test(pid)) continue;
    if (!alive(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}
