import { say, type Wording } from '../model/wording.ts';
import type { AssessmentView } from './view-model.ts';
import { reportPartHeadings, type ReportPartId } from './report-parts.ts';

/** A part of a document: its anchor, its heading, and the sections under it. */
export interface OutlineEntry { id: PartId; text: string; children?: { id: string; text: string }[] }

/**
 * The parts of an assessment's document, in order, with their headings (templates/messages.yaml): what the PDF's
 * contents list and the DOCX's headings both follow, so the two always have the same parts under the same names.
 */
export function documentOutline(view: AssessmentView, w: Wording): OutlineEntry[] {
  return [
    { id: 'about', text: say(w, 'heading.about') },
    ...(view.response ? [{ id: 'response' as const, text: say(w, 'heading.response', { body: view.landlord.governingBody }) }] : []),
    ...(view.introduction ? [{ id: 'introduction' as const, text: say(w, 'heading.introduction') }] : []),
    { id: 'at-a-glance', text: say(w, 'heading.atAGlance') },
    ...(view.changes ? [{ id: 'changes' as const, text: say(w, 'heading.changes', { period: view.changes.fromPeriod }) }] : []),
    { id: 'assessment', text: say(w, 'heading.assessment'), children: view.sections.map((s) => ({ id: s.anchor, text: s.name })) },
    { id: 'documents', text: say(w, 'heading.documents') },
    { id: 'action-plan', text: say(w, 'heading.actionPlan') },
    // The annual complaints report's parts (b) to (f), after the self-assessment that is its part (a).
    ...(view.report ? reportPartHeadings(view, w).flatMap((p) => (p.id === 'part-a' ? [] : [{ id: p.id, text: p.text }])) : []),
    { id: 'approval', text: say(w, view.approval ? 'heading.approval' : 'heading.draftStatus') },
  ];
}

/** The parts a document always or sometimes has, by anchor. */
export type PartId = 'about' | 'response' | 'introduction' | 'at-a-glance' | 'changes' | 'assessment' | 'documents' | 'action-plan' | Exclude<ReportPartId, 'part-a'> | 'approval';

/** The heading of the part `id` in a document's outline (made once per document by documentOutline). */
export function partHeading(outline: readonly OutlineEntry[], id: PartId): string {
  const entry = outline.find((e) => e.id === id);
  if (!entry) throw new Error(`the document has no part "${id}"`);
  return entry.text;
}
