// From the rows of a self-assessment form's table to answers: which column is which, which provision each row
// answers (by its id, written as forms write it, or by its requirement's words), and the answer in the contract's
// words (yes, no, partial, n/a). Pure: rows and Code versions in, answers and what could not be read out.
import { expectsOf, type CodeVersion, type Provision } from './code-version.ts';

/** A row of a form's table: its cells, and where it starts in the source. */
export interface SourceRow {
  cells: string[];
  line: number;
  /** Where the row is, as said to a person: "form.txt, line 18", "form.docx, table row 12". */
  place?: string;
}

import type { Comply } from './assessment.ts';

export type { Comply };

/** What a row gives one provision. */
export interface ImportedAnswer {
  id: string;
  comply: Comply | null;
  /** The answer cell as written, where it says more than the answer ("Yes – see 3.1"), or cannot be read. */
  answerText: string;
  evidence: string;
  commentary: string;
  /** For a provision that asks for figures or an account (not yes or no): the text given. */
  answer?: string;
  line: number;
  place: string;
  /** How the row was matched to the provision. */
  by: 'id' | 'text';
}

/** The columns of a form's table, by role: their index, or undefined where the form has none. */
export interface Columns {
  id?: number;
  requirement?: number;
  comply?: number;
  evidence?: number;
  commentary?: number;
  /** chc's own page: the answer to a question asking for figures or an account. */
  answer?: number;
}

/**
 * The roles of a header row's cells ("Code provision", "Code requirement", "Comply: Yes / No", "Evidence",
 * "Commentary / explanation"); null where the row is not a header. The 2022 form's one column of "Evidence,
 * commentary and any explanations" is evidence.
 */
export function headerColumns(cells: readonly string[]): Columns | null {
  const cols: Columns = {};
  cells.forEach((cell, i) => {
    const c = unmarked(cell).toLowerCase();
    if (c.length > 60) return;
    if (cols.comply === undefined && /\bcompl(y|iant|iance)\b/.test(c)) cols.comply = i;
    else if (cols.requirement === undefined && /\b(requirement|question)\b/.test(c)) cols.requirement = i;
    else if (cols.evidence === undefined && /\bevidence\b/.test(c)) cols.evidence = i;
    else if (cols.commentary === undefined && /\b(comment|commentary|explanation)s?\b/.test(c)) cols.commentary = i;
    else if (cols.id === undefined && /\b(provision|section|ref|reference|no\.?|number|code)\b/.test(c)) cols.id = i;
    else if (cols.answer === undefined && c === 'answer') cols.answer = i;
  });
  return cols.comply !== undefined && (cols.evidence !== undefined || cols.requirement !== undefined) ? cols : null;
}

/** A cell's words without markdown's emphasis marks: a heading, a number or an answer printed in bold reads the same. */
const unmarked = (cell: string) => cell.replace(/\*\*|__/g, '');

/** The columns of a form without a header row: the Ombudsman's Appendix A order. */
export const DEFAULT_COLUMNS: Columns = { id: 0, requirement: 1, comply: 2, evidence: 3, commentary: 4 };

/**
 * The provision ids a cell names, in every way forms write them: "5.6", "5.6.", "Section 5.6", "Provision 5.6",
 * "5.6 (a)", and "5.1 & 5.2" or "5.1 and 5.2" for a row that covers two; the 2020 form's questions as chc numbers
 * them ("1a"). Only a cell that starts with an id counts.
 */
export function idsIn(cell: string): string[] {
  const t = unmarked(cell).trim().replace(/^(?:section|provision|code provision|para(?:graph)?)\s+/i, '');
  const question = /^(\d{1,2}[a-z])(?=\s|$|[.:)])/.exec(t);
  if (question) return [question[1]!];
  const m = /^(\d{1,2}\.\d{1,2})\.?(?:\s*\([a-z]\))?((?:\s*(?:&|and|,|\/)\s*\d{1,2}\.\d{1,2}\.?)*)(?=\s|$|:|-|–)/i.exec(t);
  if (!m) return [];
  return [m[1]!, ...[...m[2]!.matchAll(/\d{1,2}\.\d{1,2}/g)].map((x) => x[0])];
}

/**
 * An answer as forms write it, in the contract's words: "Yes", "Y", "Yes.", "Compliant", "Fully compliant", "Yes –
 * see 3.1", a tick; "Partially", "Partial compliance"; "No – action below", "Non-compliant"; "N/A", "Not
 * applicable". Null when it says none of these.
 */
export function readComply(cell: string): Comply | null {
  const t = unmarked(cell).trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  if (/^(n\/?a\b|not applicable|not relevant)/.test(t)) return 'n/a';
  if (/^(partial|partially|partly|part\b)/.test(t)) return 'partial';
  if (/^(no\b|non[- ]?compliant|not compliant|not met)/.test(t)) return 'no';
  if (/^(yes\b|y\b|fully compliant|compliant|complies|met\b|[✓✔☑√])/.test(t)) return 'yes';
  return null;
}

/** The words of a text, for comparing a row's requirement with the Code's. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(' ').filter((w) => w.length > 2));
}

/** How alike two texts' words are: shared words over all of them (0 to 1). */
export function similarity(a: string, b: string): number {
  return setSimilarity(wordSet(a), wordSet(b));
}

/** `similarity` of two texts' words (`wordSet`), for a text compared with many. */
export function setSimilarity(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** A row's requirement text is taken for a provision's when they share at least this much (and the next is clearly less). */
const TEXT_MATCH = 0.35;

/** The rows that are not header rows, each with the columns of the header above it (the Appendix A order before any). */
function bodyRows(rows: readonly SourceRow[]): { row: SourceRow; columns: Columns }[] {
  let columns = DEFAULT_COLUMNS;
  return rows.flatMap((row) => {
    const header = headerColumns(row.cells);
    if (header) columns = header;
    return header ? [] : [{ row, columns }];
  });
}

/** Which Code version the rows answer, and how sure: the share of rows whose id and requirement fit it. */
export function detectCode(rows: readonly SourceRow[], codes: readonly CodeVersion[]): { code: CodeVersion; confidence: number }[] {
  const body = bodyRows(rows);
  return codes.map((code) => {
    const byId = new Map(code.provisions.map((p) => [p.id, p]));
    let score = 0;
    let counted = 0;
    for (const { row, columns } of body) {
      const ids = idsIn(row.cells[columns.id ?? 0] ?? '');
      const requirement = columns.requirement !== undefined ? row.cells[columns.requirement] ?? '' : '';
      if (ids.length === 0) continue;
      counted++;
      const p = byId.get(ids[0]!);
      if (!p) continue;
      // An id both Codes have: its requirement's words say which Code it is.
      score += requirement ? Math.min(1, similarity(requirement, p.text) / 0.5) : 0.5;
    }
    return { code, confidence: counted ? score / counted : 0 };
  }).sort((a, b) => b.confidence - a.confidence);
}

/** What the rows give: an answer per provision, and the rows that could not be placed. */
export interface ImportResult {
  answers: Map<string, ImportedAnswer>;
  /** Rows that look like answers but name no provision of the Code, and whose words match none. */
  unmatched: { line: number; place: string; text: string }[];
  /** Provisions answered twice: the first row is kept. */
  duplicates: { id: string; line: number; place: string }[];
}

/**
 * The answers the rows give against `code`. A header row sets the columns of the rows after it; a row is an answer
 * when its comply cell or its id can be read. A row with no id is matched by its requirement's words.
 */
export function answersFrom(rows: readonly SourceRow[], code: CodeVersion): ImportResult {
  const byId = new Map(code.provisions.map((p) => [p.id, p]));
  const answers = new Map<string, ImportedAnswer>();
  const unmatched: ImportResult['unmatched'] = [];
  const duplicates: ImportResult['duplicates'] = [];
  for (const { row, columns } of bodyRows(rows)) {
    // A cell holding only a dash is empty, as forms mark one.
    const cell = (k: keyof Columns) => {
      const text = columns[k] === undefined ? '' : row.cells[columns[k]!] ?? '';
      return /^[-–—]$/.test(text.trim()) ? '' : text;
    };
    // A row of answers' names (a key, or the head of a table of counts) is no answer.
    if (row.cells.filter((c) => readComply(c) !== null).length > 1) continue;
    const ids = idsIn(cell('id')).filter((id) => byId.has(id));
    const comply = readComply(cell('comply'));
    if (ids.length === 0 && comply === null) continue;
    let matched: { ids: string[]; by: 'id' | 'text' } | null = ids.length ? { ids, by: 'id' } : null;
    if (!matched) {
      const requirement = cell('requirement') || cell('id');
      const best = bestByText(requirement, code.provisions);
      if (best) matched = { ids: [best.id], by: 'text' };
    }
    if (!matched) {
      unmatched.push({ line: row.line, place: placeOf(row), text: (cell('id') || cell('requirement')).slice(0, 80) });
      continue;
    }
    const answerText = cell('comply').trim();
    const evidence = cell('evidence');
    // Where the form has one column for both, it is evidence.
    const commentary = columns.commentary !== undefined && columns.commentary !== columns.evidence ? cell('commentary') : '';
    for (const id of matched.ids) {
      if (answers.has(id)) {
        duplicates.push({ id, line: row.line, place: placeOf(row) });
        continue;
      }
      const base = { id, answerText, line: row.line, place: placeOf(row), by: matched.by };
      // A question asking for figures or an account (the 2020 form's): what the row says is the answer.
      if (expectsOf(byId.get(id)!) !== 'comply') answers.set(id, { ...base, comply: null, evidence: '', commentary: '', answer: cell('answer') || evidence || commentary });
      else answers.set(id, { ...base, comply, evidence, commentary });
    }
  }
  return { answers, unmatched, duplicates };
}

/** Where a row is, as said to a person: its place, or its line. */
export const placeOf = (row: SourceRow) => row.place ?? `line ${row.line}`;

/** The provision whose text a requirement's words match, clearly better than any other; or null. */
function bestByText(requirement: string, provisions: readonly Provision[]): Provision | null {
  if (requirement.trim().length < 20) return null;
  const scored = provisions.map((p) => ({ p, s: similarity(requirement, p.text) })).sort((a, b) => b.s - a.s);
  const [first, second] = scored;
  if (!first || first.s < TEXT_MATCH) return null;
  return !second || first.s - second.s > 0.1 ? first.p : null;
}
