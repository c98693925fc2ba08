import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute, sep } from 'node:path';
import { MANIFEST, readManifestParts, type OutputPart } from './build-cache.ts';
import { UsageError } from '../model/errors.ts';

/** The places a build must never write into or replace. */
export interface Protected {
  /** The folder holding assessments/ (the --root). */
  root: string;
  /** The user's home folder. */
  home: string;
  /** chc's own folder. */
  toolRoot: string;
}

/** Whether `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A path with every link resolved, for the part of it that exists. */
export function realPath(path: string): string {
  const rest: string[] = [];
  let p = path;
  for (;;) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      const up = dirname(p);
      if (up === p) return path;
      rest.push(basename(p));
      p = up;
    }
  }
}

/**
 * Why `--out` may not be `outDir`, by its place alone, or undefined when it may: the whole disk, the home folder,
 * the root or a folder above it, anything inside the assessments, chc's own folder or one above it. `outDir` and
 * the places are real paths (links resolved).
 */
export function placeRefusal(outDir: string, places: Protected): string | undefined {
  if (dirname(outDir) === outDir) return `--out ${outDir} is the top of the disk; build into a folder of its own, such as dist/ in the root`;
  if (outDir === places.home) return `--out ${outDir} is your home folder; build into a folder of its own, such as dist/ in the root`;
  if (within(places.root, outDir)) return `--out ${outDir} would replace the assessments themselves (it holds ${places.root}); build into a folder of its own, such as dist/ in the root`;
  if (within(outDir, join(places.root, 'assessments'))) return `--out ${outDir} lies inside the assessments, where the evidence is kept; build into a folder of its own, such as dist/ in the root`;
  if (within(places.toolRoot, outDir)) return `--out ${outDir} would replace chc itself (it holds ${places.toolRoot}); build into a folder of its own, such as dist/ in the root`;
  return undefined;
}

/**
 * Refuses (a usage error, exit 2) an output folder a build must not write: by its place (`placeRefusal`), one
 * that is a file, and one holding a `site/` or `documents/` that chc did not write (no build record beside it
 * names it). A build replaces those two folders whole, so anything else in them would be lost.
 */
export function guardOutDir(outDir: string, places: Protected): void {
  const real = realPath(outDir);
  const realPlaces = { root: realPath(places.root), home: realPath(places.home), toolRoot: realPath(places.toolRoot) };
  const byPlace = placeRefusal(real, realPlaces);
  if (byPlace) throw new UsageError(byPlace);
  let isDir: boolean;
  try {
    isDir = statSync(outDir).isDirectory();
  } catch {
    return; // not there yet: the build makes it
  }
  if (!isDir) throw new UsageError(`--out ${outDir} is a file, not a folder; name a folder to build into`);
  const parts = readManifestParts(outDir);
  for (const part of ['site', 'documents'] as const satisfies readonly OutputPart[]) {
    const path = join(outDir, part);
    let present = false;
    try {
      lstatSync(path);
      present = true;
    } catch {
      // absent: nothing to protect
    }
    if (present && !parts.has(part)) {
      throw new UsageError(
        `--out ${outDir} already holds a ${part}/ that chc did not write (${existsSync(join(outDir, MANIFEST)) ? `its ${MANIFEST} does not name it` : `there is no ${MANIFEST} beside it`}); ` +
          `a build replaces ${part}/ whole, so chc will not: build into a new or empty folder, or move ${part}/ away first`,
      );
    }
  }
}
