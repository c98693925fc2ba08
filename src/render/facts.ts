import { say, type Wording } from '../model/wording.ts';
import { approvalSentence, codeName, editionLabel } from './phrases.ts';
import { longDate, type AssessmentView } from './view-model.ts';

/** One line of an assessment's facts: its label, its text, and an address the text ends with, if any. */
export interface Fact {
  label: string;
  text: string;
  /** Printed after the text, in brackets (the landlord's website), or as the whole value when `text` is empty. */
  url?: string;
}

/**
 * The facts of an assessment, worded once (templates/messages.yaml) for the site page and the documents. The
 * documents (`print`: the PDF and the DOCX, which travel on their own) also name the landlord with its website,
 * the Code's statutory footing, how to complain and the edition.
 */
export function factsOf(view: AssessmentView, w: Wording, medium: 'site' | 'print'): Fact[] {
  const print = medium === 'print';
  const body = view.landlord.governingBody;
  const against = { code: codeName(view), date: longDate(view.code.inForce) };
  const facts: (Fact | false | null)[] = [
    print && { label: say(w, 'fact.landlord'), text: view.landlord.name, url: view.landlord.website },
    { label: say(w, 'fact.period'), text: say(w, 'fact.periodValue', { period: view.period, label: view.periodLabel }) },
    { label: say(w, 'fact.assessedAgainst'), text: say(w, print && view.code.statutory ? 'fact.assessedAgainstStatutory' : 'fact.assessedAgainstText', against) },
    { label: say(w, 'fact.assessedOn'), text: longDate(view.assessedOn) },
    { label: say(w, 'fact.approval'), text: approvalSentence(view) ?? say(w, print ? 'approval.draftPrint' : 'approval.draft', { body }) },
    view.landlord.mrc !== null && { label: say(w, 'fact.mrc'), text: view.landlord.mrc },
    print && view.landlord.complaintsPage !== null && { label: say(w, 'fact.complaintsPage'), text: '', url: view.landlord.complaintsPage },
    view.covers.length > 0 && { label: say(w, 'fact.covers'), text: view.covers.join(', ') },
    view.landlord.groupMembers.length > 0 && { label: say(w, 'fact.groupMembers'), text: view.landlord.groupMembers.join(', ') },
    print && { label: say(w, 'fact.edition'), text: editionLabel(view) },
  ];
  return facts.filter((f): f is Fact => !!f);
}
