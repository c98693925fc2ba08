import type { Assessment, Landlord } from '../model/assessment.ts';
import { type Project } from '../load/read-project.ts';
import { fileOf } from '../load/evidence-files.ts';
import { titleKey } from '../model/title-key.ts';

/** Why a document is internal: where a citation marks it so, or that it says so itself. */
export interface InternalReason {
  /** "marked internal: true in 2023-24 (4.2)", or "its front matter says visibility: internal". */
  why: string;
}

/** Which of a landlord's documents are internal, decided before anything is published. */
export interface InternalDecision {
  /** Real paths (links resolved) of the internal documents, each with its first reason. */
  files: Map<string, InternalReason>;
  /**
   * Titles (as `titleKey` compares them) that a citation marks internal: a markdown file cited under one is not
   * published as a page (it may be the same document), though the title alone does not make it internal.
   */
  titles: Set<string>;
  /** Titles under which an internal file is cited: a kept page (which holds no file names) hides citations under them. */
  fileTitles: Set<string>;
  /** Assessments whose citations could not be read at all (not YAML): nothing of this landlord's may be published as a page. */
  unreadable: string[];
}


/** The documents an assessment cites, read from its raw data, so a file that fails validation still counts. */
function citations(a: Assessment): { id: string; file?: string; title?: string; internal: boolean }[] {
  const responses = (a.raw as { responses?: unknown } | undefined)?.responses;
  if (!responses || typeof responses !== 'object') return [];
  const out: { id: string; file?: string; title?: string; internal: boolean }[] = [];
  for (const [id, r] of Object.entries(responses as Record<string, unknown>)) {
    const docs = (r as { documents?: unknown } | null)?.documents;
    if (!Array.isArray(docs)) continue;
    for (const d of docs) {
      if (!d || typeof d !== 'object') continue;
      const x = d as { file?: unknown; title?: unknown; internal?: unknown };
      out.push({ id, ...(typeof x.file === 'string' ? { file: x.file } : {}), ...(typeof x.title === 'string' ? { title: x.title } : {}), internal: x.internal === true });
    }
  }
  return out;
}

/**
 * Which of a landlord's documents are internal: a file is internal everywhere (by its real path, whatever name or
 * link cites it) when any citation of it in any of the landlord's assessments marks it `internal: true` (also in an
 * assessment that fails validation: its citations are read from the raw file), or when the document says so itself
 * (front matter `visibility: internal`). A title a citation marks internal keeps a file cited under it from being
 * published as a page, but does not make it internal: a public policy and an internal link may share a title. An assessment that
 * cannot be read at all (not YAML) could mark anything internal: it is listed in `unreadable`, and then no document
 * of the landlord is published as a page.
 */
export function internalDocuments(project: Project, landlord: Landlord): InternalDecision {
  const files = new Map<string, InternalReason>();
  const titles = new Set<string>();
  const unreadable: string[] = [];
  const cited: { real: string; title?: string }[] = [];
  for (const a of [...landlord.assessments].sort((x, y) => (x.period < y.period ? -1 : 1))) {
    if (a.raw === undefined || a.raw === null || typeof a.raw !== 'object') {
      unreadable.push(a.file);
      continue;
    }
    for (const c of citations(a)) {
      if (c.internal && c.title) titles.add(titleKey(c.title));
      if (!c.file) continue;
      const info = fileOf(project, a, c.file);
      if (!info) continue;
      const real = info.real ?? info.path;
      cited.push({ real, ...(c.title ? { title: c.title } : {}) });
      if (c.internal && !files.has(real)) files.set(real, { why: `marked internal: true in ${a.period} (${c.id})` });
      if (info.selfInternal && !files.has(real)) files.set(real, { why: 'its front matter says visibility: internal' });
    }
  }
  const fileTitles = new Set(cited.filter((c) => c.title && files.has(c.real)).map((c) => titleKey(c.title!)));
  return { files, titles, fileTitles, unreadable };
}

const decisions = new WeakMap<Landlord, InternalDecision>();

/** `internalDocuments`, once per loaded landlord. */
export function internalDecision(project: Project, landlord: Landlord): InternalDecision {
  let d = decisions.get(landlord);
  if (!d) decisions.set(landlord, (d = internalDocuments(project, landlord)));
  return d;
}

/** Why a file an assessment cites is internal, or undefined when it is public. */
export function internalReason(project: Project, landlord: Landlord, a: Assessment, ref: string): InternalReason | undefined {
  const info = fileOf(project, a, ref);
  return info ? internalDecision(project, landlord).files.get(info.real ?? info.path) : undefined;
}
