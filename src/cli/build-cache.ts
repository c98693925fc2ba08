import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { sha256 } from '../model/approval.ts';
import { TOOL_ROOT } from '../load/read-project.ts';
import { readBounded } from '../load/read-bounded.ts';
import type { AssessmentView } from '../render/view-model.ts';

/** What a build wrote, so the next build can reuse what has not changed: dist/.chc-build.json. */
export interface BuildManifest {
  /** The hash of the site's data (with the tool fingerprint), when the site was built. */
  site?: string;
  /** Each document (path under documents/) → the hash of what it was rendered from. */
  outputs: Record<string, string>;
  /** The folders of the output folder that chc wrote, and may therefore replace (absent in older records: both). */
  parts?: OutputPart[];
}

/** The folders a build writes into the output folder, each replaced whole. */
export type OutputPart = 'site' | 'documents';

/** The manifest's file name, in the output folder. */
export const MANIFEST = '.chc-build.json';

/** A record of ours in the output folder, as JSON: only a regular file within `limit` is read. */
function readRecord(path: string, limit: number): unknown {
  const read = readBounded(path, limit);
  if ('problem' in read) throw new Error(`${path} ${read.problem.kind}`);
  return JSON.parse(read.bytes.toString('utf8'));
}

/** The previous build's manifest, or an empty one. */
export function readManifest(outDir: string): BuildManifest {
  try {
    const m = readRecord(join(outDir, MANIFEST), 64 * 1024 * 1024) as BuildManifest;
    return m && typeof m.outputs === 'object' ? m : { outputs: {} };
  } catch {
    return { outputs: {} };
  }
}

/**
 * The folders of `outDir` that chc wrote, by its build record: none without one (or with one that cannot be
 * read), both for a record made before records named them.
 */
export function readManifestParts(outDir: string): Set<OutputPart> {
  let m: Partial<BuildManifest>;
  try {
    m = readRecord(join(outDir, MANIFEST), 64 * 1024 * 1024) as Partial<BuildManifest>;
  } catch {
    return new Set();
  }
  if (!m || typeof m !== 'object' || typeof m.outputs !== 'object') return new Set();
  if (!Array.isArray(m.parts)) return new Set(['site', 'documents']);
  return new Set(m.parts.filter((p): p is OutputPart => p === 'site' || p === 'documents'));
}

/** Writes a manifest atomically. */
export function writeManifest(outDir: string, m: BuildManifest): void {
  const sorted: BuildManifest = { ...(m.site ? { site: m.site } : {}), ...(m.parts ? { parts: [...new Set(m.parts)].sort() } : {}), outputs: Object.fromEntries(Object.entries(m.outputs).sort(([a], [b]) => (a < b ? -1 : 1))) };
  const tmp = join(outDir, `${MANIFEST}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(sorted, null, 1) + '\n');
  renameSync(tmp, join(outDir, MANIFEST));
}

/**
 * The public views the site was last built from, in the output folder, so a narrowed build (--landlord,
 * --period) can build the whole site again with the other assessments' pages as they were.
 */
export const SITE_PAGES = '.chc-site.json';

/**
 * The pages the previous site was built from, or undefined when there is no record of them, or when the record was
 * made by another chc (another tool fingerprint): its views may not have the shape this chc's pages read.
 */
export function readSitePages(outDir: string): AssessmentView[] | undefined {
  const path = join(outDir, SITE_PAGES);
  try {
    // Read once per build (sitePagesStale asks before the build's lock is taken, the build again under it), and
    // again only when the file changed in between.
    const st = statSync(path);
    const key = `${path}\0${st.mtimeMs}\0${st.size}\0${st.ino}`;
    if (lastSitePages?.key !== key) {
      const record = readRecord(path, 512 * 1024 * 1024) as { tool?: unknown; pages?: unknown };
      lastSitePages = { key, pages: record.tool === toolFingerprint() && Array.isArray(record.pages) ? (record.pages as AssessmentView[]) : undefined };
    }
    return lastSitePages.pages;
  } catch {
    return undefined;
  }
}

/** The record readSitePages read last, by the file's path and identity. */
let lastSitePages: { key: string; pages: AssessmentView[] | undefined } | undefined;

/** Whether there is a record of the previous site's pages that another chc made (see readSitePages). */
export function sitePagesStale(outDir: string): boolean {
  return existsSync(join(outDir, SITE_PAGES)) && readSitePages(outDir) === undefined;
}

/** Records the pages the site was built from, with the fingerprint of this chc, atomically. */
export function writeSitePages(outDir: string, pages: AssessmentView[]): void {
  const tmp = join(outDir, `${SITE_PAGES}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ tool: toolFingerprint(), pages }) + '\n');
  renameSync(tmp, join(outDir, SITE_PAGES));
}

let fingerprint: string | undefined;

/**
 * A hash of everything in the tool that shapes an output: its version and the sources of the renderers,
 * the site and the templates. A change to any of them makes every output render again.
 */
export function toolFingerprint(): string {
  if (fingerprint) return fingerprint;
  const parts: string[] = [readFileSync(join(TOOL_ROOT, 'package.json'), 'utf8'), readFileSync(join(TOOL_ROOT, 'astro.config.mjs'), 'utf8')];
  for (const dir of ['src', 'templates']) {
    const base = join(TOOL_ROOT, dir);
    if (!existsSync(base)) continue;
    const files = readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const f of files) parts.push(relative(TOOL_ROOT, f), sha256(readFileSync(f)));
  }
  fingerprint = sha256(parts.join('\n'));
  return fingerprint;
}

/**
 * The hash an output is rendered from: the tool fingerprint, the kind of output, and its data. Views are built
 * in a fixed key order, so their JSON is already canonical.
 */
export function outputHash(kind: string, data: unknown): string {
  return sha256(`${toolFingerprint()}\n${kind}\n${JSON.stringify(data)}`);
}

/** Puts a file at `to` that has the content of `from`: a hard link where possible (fast, no copy), else a copy. */
export function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
