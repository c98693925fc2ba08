import { pointer, type AssessmentData } from '../../model/assessment.ts';

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
