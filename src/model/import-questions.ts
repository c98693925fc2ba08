// The 2020 Code's form as a table of questions: no provision numbers, a question in the first column, then "Yes" and
// "No" columns, in which landlords wrote their evidence and marked the other column ("n/a", "No", a tick). Its rows
// are found by the questions' words (the form prints each question's first sentence, the Code's data keeps it as its
// text), and the lines after a question, up to the next question or section heading, are its answer. Pure: rows and
// a Code version in, answers out.
import { expectsOf, type CodeVersion, type Provision } from './code-version.ts';
import { answersFrom, detectCode, placeOf, readComply, setSimilarity, wordSet, type ImportedAnswer, type ImportResult, type SourceRow } from './import-rows.ts';

/** Whether a Code's form is a table of questions without numbers (the 2020 form): none of its ids is "5.6"-like. */
export function isQuestionForm(code: CodeVersion): boolean {
  return code.provisions.length > 0 && !code.provisions.some((p) => /^\d+\.\d+$/.test(p.id));
}

/** A text's letters only, lower case: the same whether a PDF's column edge split a word ("shar" "e these") or not. */
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '');
/** A question as the form prints it: the first paragraph of the provision's text. */
const question = (p: Provision) => p.text.trim().split(/\n\s*\n/)[0]!.trim();

/** A question's words are taken for a row's when they share this much with the row's first words. */
const QUESTION_MATCH = 0.6;

/**
 * A question as the matching needs it: its printed question's letters, words and length in words, and the letters of
 * the provision's whole text (what a line that only goes on with the question holds).
 */
interface Question { p: Provision; letters: string; words: Set<string>; length: number; textLetters: string }
/** A Code version's questions and its sections' titles (as letters), worked out once per version. */
interface QuestionForm { questions: Question[]; titles: Set<string> }
const FORMS = new WeakMap<CodeVersion, QuestionForm>();
function formOf(code: CodeVersion): QuestionForm {
  let form = FORMS.get(code);
  if (!form) {
    form = {
      questions: code.provisions.map((p) => {
        const q = question(p);
        return { p, letters: letters(q), words: wordSet(q), length: q.split(/\s+/).length, textLetters: letters(p.text) };
      }),
      titles: new Set(code.sections.map((s) => letters(s.title))),
    };
    FORMS.set(code, form);
  }
  return form;
}

/**
 * The provision whose question the text starts with: its letters exactly, or (words out of order, as a PDF's
 * overlapping columns leave them) most of its words among the text's first ones. Null when none.
 */
function questionAt(text: string, code: CodeVersion): Question | null {
  const t = letters(text);
  if (t.length < 12) return null;
  const { questions } = formOf(code);
  const exact = questions.find((q) => t.startsWith(q.letters));
  if (exact) return exact;
  const textWords = text.split(/\s+/);
  let best: { q: Question; s: number } | null = null;
  for (const q of questions) {
    const s = setSimilarity(q.words, wordSet(textWords.slice(0, q.length + 2).join(' ')));
    if (s >= QUESTION_MATCH && (!best || s > best.s)) best = { q, s };
  }
  return best?.q ?? null;
}

/** A row that is a section's heading ("1 | Definition of a complaint | Yes | No", or the title alone). */
function sectionHeading(cells: readonly string[], code: CodeVersion): boolean {
  const { titles } = formOf(code);
  return cells.some((c) => c.trim() && titles.has(letters(c)));
}

/** How many of a question form's questions start a row. */
function questionsFound(rows: readonly SourceRow[], code: CodeVersion): number {
  const found = new Set<string>();
  for (const row of rows) {
    const q = questionAt(rowText(row), code);
    if (q) found.add(q.p.id);
  }
  return found.size;
}

/**
 * Which Code version a form answers, and how sure, best first: a numbered form's by its provisions' numbers
 * (`detectCode`), a question form's by the share of its questions found. `lines` are the rows as the source lays them
 * out line by line (a text's lines; a document's table rows, the same as `rows`).
 */
export function rankCodes(rows: readonly SourceRow[], lines: readonly SourceRow[], codes: readonly CodeVersion[]): { code: CodeVersion; confidence: number }[] {
  return detectCode(rows, codes).map(({ code, confidence }) => ({
    code,
    confidence: isQuestionForm(code) ? Math.max(confidence, questionsFound(lines, code) / code.provisions.length) : confidence,
  })).sort((a, b) => b.confidence - a.confidence);
}

/**
 * The answers the form gives against `code`, row by row by the provisions' numbers; for a question form whose rows
 * carry none (the form as the Ombudsman printed it, not chc's own), line by line by the questions' words.
 */
export function importAnswers(rows: readonly SourceRow[], lines: readonly SourceRow[], code: CodeVersion): ImportResult {
  const byNumber = answersFrom(rows, code);
  if (!isQuestionForm(code) || byNumber.answers.size === code.provisions.length) return byNumber;
  const byWords = answersFromQuestions(lines, code);
  return byWords.answers.size > byNumber.answers.size ? byWords : byNumber;
}

/** A row's text from its first cell, without a section's number, a dash or the section's title before the question. */
function rowText(row: SourceRow): string {
  return row.cells.map((c) => c.trim()).filter(Boolean).join(' ').replace(/^(\d{1,2}|[-–—])\s+/, '');
}

/**
 * The answers a question form gives against `code`. A row starting with a question begins its answer: its cells after
 * the question are the Yes column (the text) and the No column (its mark). The rows after it, up to the next question
 * or heading, go on with the answer; a cell of them that only goes on with the question's own text is left out.
 * - "n/a", nothing, or a tick in the No column, and text in the Yes column: yes.
 * - "No" (or text) in the No column: no; for a question that applies only in some circumstances (`conditional`), n/a,
 *   with the Yes column's text as the reason.
 * - A question asking for figures or an account: its text is the answer.
 */
export function answersFromQuestions(rows: readonly SourceRow[], code: CodeVersion): ImportResult {
  const answers = new Map<string, ImportedAnswer>();
  const duplicates: ImportResult['duplicates'] = [];
  let current: { q: Question; row: SourceRow; text: string[]; mark: string } | null = null;
  const finish = () => {
    if (!current) return;
    const { q: { p }, row, mark } = current;
    const text = current.text.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    const place = placeOf(row);
    if (answers.has(p.id)) duplicates.push({ id: p.id, line: row.line, place });
    else answers.set(p.id, { id: p.id, ...complyOf(p, text, mark), answerText: mark, line: row.line, place, by: 'text' });
    current = null;
  };
  for (const row of rows) {
    const text = rowText(row);
    if (!text) continue;
    const q = questionAt(text, code);
    if (q) {
      finish();
      const [yes, no] = afterQuestion(row.cells, q);
      current = { q, row, text: yes ? [yes] : [], mark: no };
      continue;
    }
    if (sectionHeading(row.cells, code)) {
      finish();
      continue;
    }
    if (!current) continue;
    // Only a row's first cell can go on with the question (its column comes first).
    const asked = current.q;
    const more = row.cells.map((c) => c.trim()).filter(Boolean).filter((c, i) => i > 0 || !continuesQuestion(c, asked));
    if (more.length) current.text.push(more.join(' '));
  }
  finish();
  return { answers, unmatched: [], duplicates };
}

/** The Yes and No columns of a question's row: the cells after those that hold the question. */
function afterQuestion(cells: readonly string[], q: Question): [string, string] {
  const filled = cells.map((c) => c.trim()).filter((c) => c && !/^(\d{1,2}|[-–—])$/.test(c));
  const want = q.letters.length;
  let k = 0;
  let got = '';
  // The question's cells: as many as hold its letters (a PDF's column edge can split it over two), at least one.
  while (k < filled.length && (k === 0 || letters(got).length < want * 0.9)) got += filled[k++]!;
  const rest = filled.slice(k);
  const last = rest.at(-1) ?? '';
  // Its mark is a last cell of its own; everything before it is the Yes column's text.
  if (rest.length > 1 && readComply(last) !== null && last.length <= 12) return [rest.slice(0, -1).join('\n'), last];
  return [rest.join('\n'), ''];
}

/** Whether a cell only goes on with the question's text (a question printed over several lines). */
function continuesQuestion(cell: string, q: Question): boolean {
  const l = letters(cell);
  return l.length > 0 && q.textLetters.includes(l);
}

/** The answer a question's text and mark give, in the contract's words. */
function complyOf(p: Provision, text: string, mark: string): Pick<ImportedAnswer, 'comply' | 'evidence' | 'commentary' | 'answer'> {
  if (expectsOf(p) !== 'comply') return { comply: null, evidence: '', commentary: '', answer: text };
  const said = readComply(mark);
  if (said === 'no' || (mark && said === null)) {
    return p.conditional ? { comply: 'n/a', evidence: '', commentary: text } : { comply: 'no', evidence: '', commentary: text };
  }
  if (readComply(text) === 'n/a' && text.length <= 12) return { comply: 'n/a', evidence: '', commentary: '' };
  return text ? { comply: 'yes', evidence: text, commentary: '' } : { comply: null, evidence: '', commentary: '' };
}
