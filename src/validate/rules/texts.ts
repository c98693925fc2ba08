import { posix } from 'node:path';
import type { Range } from '../../model/diagnostic.ts';
import { introductionText, pointer, type Assessment, type AssessmentData } from '../../model/assessment.ts';
import { type Project } from '../../load/read-project.ts';
import { fileOf } from '../../load/evidence-files.ts';
import { rangeInText, rangeInValue } from '../text-range.ts';
import { isMessageKey } from '../../model/wording.ts';

/** A piece of text an assessment publishes (markdown or plain), with where it is. */
export interface PublicText {
  pointer: string;
  provision?: string;
  text: string;
  markdown: boolean;
}

/**
 * Every text of an assessment that the public edition shows: introduction, answers, evidence, commentary,
 * actions, and the titles of documents that are not internal.
 */
export function publicTexts(data: AssessmentData): PublicText[] {
  const out: PublicText[] = [];
  const add = (ptr: string, text: unknown, markdown: boolean, provision?: string) => {
    if (typeof text === 'string' && text.trim() !== '') out.push({ pointer: ptr, text, markdown, ...(provision ? { provision } : {}) });
  };
  add('/introduction', data.introduction, true);
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    if (!r) continue;
    for (const field of ['answer', 'evidence', 'commentary'] as const) add(pointer('responses', id, field), r[field], true, id);
    (r.documents ?? []).forEach((d, i) => { if (d && !d.internal) add(pointer('responses', id, 'documents', i, 'title'), d.title, false, id); });
    (r.actions ?? []).forEach((a, i) => {
      if (!a) return;
      add(pointer('responses', id, 'actions', i, 'description'), a.description, false, id);
      add(pointer('responses', id, 'actions', i, 'owner'), a.owner, false, id);
      add(pointer('responses', id, 'actions', i, 'note'), a.note, true, id);
    });
  }
  return out;
}

/** A published text wherever it is, for the rules that read it word by word (personal data, unsafe markdown). */
export interface PublishedText {
  /** The file it is in, relative to the root: the assessment, or the markdown file of the governing body's response. */
  file: string;
  /** What a message calls it: the field ("evidence", "commentary"…) or the file's name ("response.md"). */
  name: string;
  provision?: string;
  text: string;
  markdown: boolean;
  /** Where the characters [start, end) of `text` are in `file`. */
  rangeOf(start: number, end: number): Range;
}

/** The path of a file an assessment names, relative to the root (as diagnostics name files): `../evidence/x.md` → `assessments/l/evidence/x.md`. */
export function rootRelative(assessment: Assessment, ref: string): string {
  return posix.normalize(posix.join(posix.dirname(assessment.file), ref.replace(/\\/g, '/')));
}

/**
 * Every text an assessment publishes: its public texts (publicTexts), and the governing body's response,
 * a markdown file published beside it (when it exists, lies in the landlord's folder and could be read).
 */
export function publishedTexts(project: Project, assessment: Assessment, data: AssessmentData): PublishedText[] {
  // Several rules read them (personal data, unsafe markdown and links, depth): made once per assessment.
  const known = published.get(data);
  if (known) return known;
  const out: PublishedText[] = publicTexts(data).map((t) => ({
    file: assessment.file,
    name: t.pointer.split('/').pop()!,
    ...(t.provision !== undefined ? { provision: t.provision } : {}),
    text: t.text,
    markdown: t.markdown,
    rangeOf: (start, end) => rangeInValue(assessment.source, t.pointer, t.text, start, end),
  }));
  const ref = data.governing_body_response;
  const info = typeof ref === 'string' ? fileOf(project, assessment, ref) : undefined;
  if (ref !== undefined && info?.exists && !info.outside && info.text !== undefined && info.text.trim() !== '') {
    const text = info.text;
    out.push({ file: rootRelative(assessment, ref), name: posix.basename(ref.replace(/\\/g, '/')), text, markdown: true, rangeOf: (start, end) => rangeInText(text, start, end) });
  }
  out.push(...templateTexts(project, assessment, data));
  published.set(data, out);
  return out;
}

/**
 * What an assessment publishes of its landlord's templates: each of its own sentences (templates/messages.yaml),
 * and its standing introduction (templates/introduction.md) when the assessment has no introduction of its own.
 */
function templateTexts(project: Project, assessment: Assessment, data: AssessmentData): PublishedText[] {
  const templates = project.landlords.find((l) => l.slug === assessment.landlord)?.templates;
  const out: PublishedText[] = [];
  const messages = templates?.messages;
  for (const [key, text] of Object.entries(messages?.data ?? {})) {
    if (!isMessageKey(key) || typeof text !== 'string') continue;
    out.push({ file: messages!.file, name: key, text, markdown: false, rangeOf: (start, end) => rangeInValue(messages!.source, pointer(key), text, start, end) });
  }
  const intro = templates?.introduction;
  const text = introductionText(data.introduction, intro?.text);
  if (intro && text !== undefined && text === intro.text) {
    out.push({ file: intro.file, name: posix.basename(intro.file), text, markdown: true, rangeOf: (start, end) => rangeInText(text, start, end) });
  }
  return out;
}

const published = new WeakMap<AssessmentData, PublishedText[]>();
