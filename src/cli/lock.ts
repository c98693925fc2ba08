import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliUsageError } from './io.ts';
import { processAlive as alive } from '../render/work-folders.ts';


/** Another build holds the lock on the output folder: the second build is refused (exit 2). */
export class LockedError extends CliUsageError {}

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
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid) && pid !== process.pid) {
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
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}
