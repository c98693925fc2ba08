// An imported self-assessment as assessment.yaml (`chc import`): every provision of the Code in order, each answer
// the source gave with its evidence and commentary word for word and a needs_review line naming where it came from
// (so `chc check` warns until a person confirms it), the documents its text names as `documents:`, each provision the
// source did not give left empty. Pure.
import { assessmentYaml, provisionHead } from './scaffold.ts';
import type { CodeVersion } from '../model/code-version.ts';
import type { ImportedAnswer } from '../model/import-rows.ts';
import { documentsIn, namedPolicy, type FoundDocument } from '../model/import-documents.ts';
import { proposedActions } from '../model/import-dates.ts';
import { ASSESSED_ON_COMMENT } from '../validate/rules/assessed-on.ts';

interface Imported {
  comply?: string;
  answer?: string;
  evidence?: string;
  documents?: FoundDocument[];
  commentary?: string;
  actions?: { description: string; due: string; status: 'open' }[];
  needs_review: string;
}

/**
 * The file's text: `answers` against `code` for `period`, from `source` (the file name the header and each
 * needs_review line give). An answer that could not be read is left out (check then asks for it), its words kept in a
 * comment above the provision.
 */
export function importedAssessmentYaml(code: CodeVersion, period: string, assessedOn: string, answers: ReadonlyMap<string, ImportedAnswer>, source: string, options: { placeholder?: boolean } = {}): { yaml: string; documents: number; actions: number } {
  const responses: Record<string, Imported | null> = {};
  const comments = new Map<string, string>();
  // "our policy" is the policy the form names most.
  const policy = namedPolicy([...answers.values()].map((a) => `${a.evidence}\n${a.commentary}`));
  let documents = 0;
  let actions = 0;
  const yearStart = Number(period.slice(0, 4));
  for (const p of code.provisions) {
    const a = answers.get(p.id);
    const head = ` ${provisionHead(p)}`;
    if (!a) {
      responses[p.id] = null;
      comments.set(p.id, `${head}\n Not found in ${source}: answer it here.`);
      continue;
    }
    if (a.answer !== undefined) {
      // A question asking for figures or an account: its text is the answer.
      responses[p.id] = { ...(a.answer.trim() ? { answer: `${a.answer.trim()}\n` } : {}), needs_review: `imported from ${a.place}; check it, then delete this line` };
      comments.set(p.id, `${head}\n From ${a.place} (matched by ${a.by === 'id' ? 'its number' : 'its words'}).${a.answer.trim() ? '' : '\n The form gives no answer here: write answer: here.'}`);
      continue;
    }
    // An n/a is justified in its commentary: a form's one text for it says why.
    const [evidence, commentary] = a.comply === 'n/a' && !a.commentary.trim() ? ['', a.evidence] : [a.evidence, a.commentary];
    const docs = documentsIn(`${a.evidence}\n${a.commentary}`, policy);
    documents += docs.length;
    // Where it does not (fully) comply, what its commentary says will be done by a date: an action to confirm.
    const proposed = a.comply === 'no' || a.comply === 'partial' ? proposedActions(a.commentary || a.evidence, yearStart) : [];
    actions += proposed.length;
    responses[p.id] = {
      ...(a.comply ? { comply: a.comply } : {}),
      ...(evidence.trim() ? { evidence: `${evidence.trim()}\n` } : {}),
      ...(docs.length ? { documents: docs } : {}),
      ...(commentary.trim() ? { commentary: `${commentary.trim()}\n` } : {}),
      ...(proposed.length ? { actions: proposed.map((x) => ({ ...x, status: 'open' as const })) } : {}),
      needs_review: `imported from ${a.place}; check it, then delete this line`,
    };
    const unread = a.comply === null ? `\n The form's answer ${a.answerText ? `"${a.answerText.replace(/\s+/g, ' ').slice(0, 80)}"` : '(empty)'} is not yes, no, partial or n/a: write comply: here.` : '';
    const said = a.comply !== null && a.answerText && !/^(yes|no|n\/a|partial|y)\.?$/i.test(a.answerText) ? `\n The form's answer was "${a.answerText.replace(/\s+/g, ' ').slice(0, 80)}".` : '';
    const named = docs.length ? `\n Its documents were recognised in its text: check them, and give each its url: or file:.` : '';
    const planned = proposed.length ? `\n Its actions were proposed from the dates its text gives: check each description and due date.` : '';
    comments.set(p.id, `${head}\n From ${a.place} (matched by ${a.by === 'id' ? 'its number' : 'its words'}).${said}${unread}${named}${planned}`);
  }
  const header = ` Imported by \`chc import\` from ${source}.\n Every imported answer has a needs_review line: check it against the source, then delete the line.\n Provisions left empty were not found in the source.`;
  const yaml = assessmentYaml({ code: code.id, period, assessed_on: assessedOn, responses }, header, { assessed_on: options.placeholder ? ASSESSED_ON_COMMENT : undefined }, comments);
  return { yaml, documents, actions };
}
