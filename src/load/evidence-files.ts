import { lstatSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import type { Assessment } from '../model/assessment.ts';
import type { Outline } from '../model/outline.ts';
import { LIMITS } from '../model/limits.ts';
import { describeProblem, readBounded } from './read-bounded.ts';
import { parseOutline } from './read-outline.ts';
import type { Project } from './read-project.ts';

// The files an assessment names (its evidence documents, the governing body's response, a landlord's logo and
// introduction): where each reference leads, whether it may be used (inside the landlord's folder, links resolved),
// and what it holds, read bounded. The loader (read-project.ts) resolves them; rules and renderers look them up.

/** What the loader found out about a file named by `file:` or `governing_body_response`. */
export interface FileInfo {
  /** As written in the YAML. */
  ref: string;
  /** Absolute path it resolves to. */
  path: string;
  exists: boolean;
  /** It names a folder, not a file (then `exists` is false). */
  folder?: boolean;
  /** Why it may not be used: it lies outside the landlord's folder. */
  outside?: 'absolute' | 'parent' | 'symlink';
  tooLarge?: boolean;
  /** Its real path (links resolved): a document is internal or public as a file, whatever name cites it. */
  real?: string;
  /** A markdown document that says of itself, in its front matter, `visibility: internal`. */
  selfInternal?: boolean;
  /** Why it could not be read, after its name: "cannot be read: permission denied", "is not a regular file (…)". */
  unreadable?: string;
  /** Text of a markdown file (evidence or response). */
  text?: string;
  outline?: Outline;
  /** Raw bytes of any other file, for hashing. */
  bytes?: Uint8Array;
}

/** Whether a path is a folder or lies inside it (both as given: resolve links first). */
export function inside(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir + sep);
}

/** Whether `path`, links resolved, lies outside `folder` (links resolved); a path that cannot be resolved does not. */
export function outsideFolder(path: string, folder: string): boolean {
  try {
    if (!lstatSync(path).isSymbolicLink()) return false;
    return !inside(realpathSync(path), realpathSync(folder));
  } catch {
    return false;
  }
}

/** Resolves a `file:` reference made in `fromDir`, confined to `landlordDir`, and reads it (each file once per run). */
export function resolveFile(ref: string, fromDir: string, landlordDir: string, cache?: Map<string, Omit<FileInfo, 'ref'>>): FileInfo {
  const key = `${landlordDir}\u0000${resolve(fromDir, ref)}\u0000${isAbsolute(ref)}`;
  const hit = cache?.get(key);
  if (hit) return { ...hit, ref };
  const info = resolveFileUncached(ref, fromDir, landlordDir);
  cache?.set(key, info);
  return info;
}

function resolveFileUncached(ref: string, fromDir: string, landlordDir: string): FileInfo {
  const path = resolve(fromDir, ref);
  const info: FileInfo = { ref, path, exists: false };
  if (isAbsolute(ref) || /^[a-zA-Z]:[\\/]/.test(ref)) info.outside = 'absolute';
  else if (!inside(path, landlordDir)) info.outside = 'parent';
  let st;
  try {
    st = statSync(path);
  } catch {
    return info;
  }
  info.exists = st.isFile();
  if (st.isDirectory()) info.folder = true;
  else if (!info.exists && !info.outside) {
    info.exists = true;
    info.unreadable = describeProblem({ kind: 'not-a-file' }, 0);
    return info;
  }
  if (!info.exists || info.outside) return info;
  try {
    info.real = realpathSync(path);
    if (!inside(info.real, realpathSync(landlordDir))) info.outside = 'symlink';
  } catch {
    info.exists = false;
  }
  if (info.outside) return info;
  const markdown = /\.(md|markdown)$/i.test(path);
  const limit = markdown ? LIMITS.markdownBytes : LIMITS.evidenceBytes;
  const read = readBounded(path, limit);
  if ('problem' in read) {
    if (read.problem.kind === 'too-large') info.tooLarge = true;
    else info.unreadable = describeProblem(read.problem, limit);
    return info;
  }
  const bytes = read.bytes;
  if (!markdown) {
    info.bytes = bytes;
    return info;
  }
  try {
    info.text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    info.outline = parseOutline(info.text);
    if (saysInternal(info.text)) info.selfInternal = true;
  } catch {
    info.bytes = bytes;
  }
  return info;
}

/** Whether a markdown document's front matter says `visibility: internal` (so no forgotten flag can publish it). */
export function saysInternal(text: string): boolean {
  const front = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text)?.[1];
  return front !== undefined && /^visibility:[ \t]*["']?internal["']?[ \t]*(#.*)?$/im.test(front);
}

/** Key of a file reference in Project.files. */
export function fileKey(fromDir: string, ref: string): string {
  return `${fromDir}\u0000${ref}`;
}

/** The file references an assessment makes (evidence documents, the governing body's response), read defensively from raw data. */
export function fileRefs(raw: unknown): string[] {
  const refs: string[] = [];
  if (!raw || typeof raw !== 'object') return refs;
  const a = raw as { governing_body_response?: unknown; responses?: unknown };
  if (typeof a.governing_body_response === 'string') refs.push(a.governing_body_response);
  if (a.responses && typeof a.responses === 'object') {
    for (const r of Object.values(a.responses as Record<string, unknown>)) {
      const docs = (r as { documents?: unknown } | null)?.documents;
      if (!Array.isArray(docs)) continue;
      for (const d of docs) {
        const f = (d as { file?: unknown } | null)?.file;
        if (typeof f === 'string' && f !== '') refs.push(f);
      }
    }
  }
  return refs;
}

const fileCache = new WeakMap<Project, Map<string, Omit<FileInfo, 'ref'>>>();

/** Resolves and reads every file an assessment names, into `project.files` (each file once per run). */
export function resolveAssessmentFiles(project: Project, a: Assessment): void {
  let cache = fileCache.get(project);
  if (!cache) fileCache.set(project, (cache = new Map()));
  for (const ref of fileRefs(a.raw)) {
    const key = fileKey(a.dir, ref);
    if (!project.files.has(key)) project.files.set(key, resolveFile(ref, a.dir, a.landlordDir, cache));
  }
}

/** The file info for a reference made by an assessment. */
export function fileOf(project: Project, a: Assessment, ref: string): FileInfo | undefined {
  return project.files.get(fileKey(a.dir, ref));
}
