// A landlord's complaints log, exported from its case-management system as CSV (one row per complaint per stage),
// turned into rows chc can count (model/case-log.ts). Pure: text in, rows and problems out. The columns are found
// by the names the landlord's report.yaml maps them to, so any system's export fits; every value is read the ways
// exports write it (dates as 2024-04-02 or 02/04/2024, stages as "1", "Stage 1" or "S1", outcomes in words).
// CSV is read by csv-parse (RFC 4180: quoted fields, commas and line breaks inside quotes, a byte order mark).
import { createRequire } from 'node:module';
import { isIsoDate } from '../model/date.ts';
import { LOG_FIELDS, REQUIRED_FIELDS, type CaseRow, type LogField, type Outcome } from '../model/case-log.ts';
import { covers, type Calendar } from '../model/working-days.ts';

// csv-parse is loaded when a log is first read: `chc check` on assessments without one never pays for it.
const require = createRequire(import.meta.url);
let csv: typeof import('csv-parse/sync') | undefined;

/** Something wrong with the log, where it is (line and column of the CSV file, 1-based), and how to fix it. */
export interface LogProblem {
  line: number;
  column: number;
  /**
   * What is wrong: `format` (the file or its columns), `value` (a value chc cannot read), `dates` (dates that cannot be
   * true). `chc check` reports each under the rule case-log.
   */
  kind: 'format' | 'value' | 'dates';
  /** For a problem of the mapping in report.yaml (a field it maps to no column, or to a column the log lacks): the field. */
  field?: LogField;
  message: string;
  hint: string;
}

/**
 * Column names that hold personal data, which a log given to chc must not: the log is the landlord's evidence for
 * its figures, kept in its repository, and anonymised before it gets there.
 */
const PERSONAL = /\b(name|forename|surname|e-?mail|address|postcode|post code|phone|telephone|tel|mobile|date of birth|dob|birth|ni number|national insurance)\b/i;

/** Whether a column's name says it holds personal data ("Tenant name", "Email", "Address line 1"). */
export function looksPersonal(column: string): boolean {
  return PERSONAL.test(column.replace(/[_-]+/g, ' '));
}

const OUTCOME_WORDS: [RegExp, Outcome][] = [
  [/^(partly|partially|part) upheld$/, 'partly upheld'],
  [/^(not upheld|no fault|rejected on merits)$/, 'not upheld'],
  [/^(upheld|fully upheld)$/, 'upheld'],
  [/^withdrawn$/, 'withdrawn'],
  [/^(refused|not accepted|declined|rejected|not a complaint|excluded)$/, 'refused'],
];

/** An outcome as exports write it ("Partially upheld", "NOT UPHELD", "Not accepted"), or undefined. */
export function readOutcome(text: string): Outcome | undefined {
  const t = text.trim().toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return OUTCOME_WORDS.find(([re]) => re.test(t))?.[1];
}

/** A stage as exports write it ("1", "Stage 1", "stage one", "S2"), or undefined. */
export function readStage(text: string): 1 | 2 | undefined {
  const t = text.trim().toLowerCase().replace(/^(stage|s)\s*/, '');
  if (t === '1' || t === 'one') return 1;
  if (t === '2' || t === 'two') return 2;
  return undefined;
}

/** A date as exports write it: 2024-04-02, 02/04/2024 or 2/4/2024 (day first, as UK systems write it); undefined otherwise. */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/.exec(t);
  const out = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : undefined;
  return out !== undefined && isIsoDate(out) ? out : undefined;
}

/** An extension as exports write it: a number of working days, or yes / no (an extension of unstated length). */
export function readExtension(text: string): CaseRow['extension'] | undefined {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'no' || t === 'n' || t === 'none' || t === '0' || t === 'false') return null;
  if (t === 'yes' || t === 'y' || t === 'true') return { days: null };
  const n = /^(\d{1,3})(?:\s*(?:working )?days?)?$/.exec(t);
  return n ? { days: Number(n[1]) } : undefined;
}

/** A log's text as lines, its byte-order mark dropped: what line numbers count. */
export function logLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** The 1-based column where each field of a one-line CSV record starts. */
export function fieldColumns(lineText: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) starts.push(i + 2);
  }
  return starts;
}

/**
 * Reads a log: its header row, then one row per complaint per stage. `columns` maps each field chc reads to the
 * landlord's column name. Rows with a problem are left out of `rows` (each problem says where and how to fix it).
 * With a calendar, a date it has no bank holidays for is a problem too: working days cannot be counted there.
 */
export function parseCaseLog(text: string, columns: Partial<Record<LogField, string>>, calendar?: Calendar): { rows: CaseRow[]; problems: LogProblem[]; index: Partial<Record<LogField, number>> } {
  const problems: LogProblem[] = [];
  const problem = (line: number, column: number, kind: LogProblem['kind'], message: string, hint: string, field?: LogField) => problems.push({ line, column, kind, message, hint, ...(field ? { field } : {}) });
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    csv ??= require('csv-parse/sync') as typeof import('csv-parse/sync');
    records = csv.parse(text, { bom: true, info: true, skip_empty_lines: true, relax_quotes: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    problem(err.lines ?? 1, 1, 'format', `the file is not CSV chc can read: ${String(err.message).replace(/ at line \d+| on line \d+/, '')}`, 'Export the log again as CSV (comma-separated, UTF-8), one row per complaint per stage, its first row the column names.');
    return { rows: [], problems, index: {} };
  }
  // The file's lines, split only when a problem needs a column.
  let split: string[] | undefined;
  const lines = () => (split ??= logLines(text));
  const header = records[0]?.record.map((h) => h.trim()) ?? [];
  const headerLine = records[0] ? records[0].info.lines : 1;
  const headerColumns = fieldColumns(lines()[headerLine - 1] ?? '');
  header.forEach((name, i) => {
    if (looksPersonal(name)) {
      problem(headerLine, headerColumns[i] ?? 1, 'format', `the column "${name}" looks like personal data, which the log must not hold`,
        'Remove the column from the export (the log needs a reference, the stage, the dates, any extension, the category and the outcome), or anonymise it.');
    }
  });
  const index: Partial<Record<LogField, number>> = {};
  for (const field of LOG_FIELDS) {
    const name = columns[field];
    if (name === undefined) {
      if (REQUIRED_FIELDS.includes(field)) problem(headerLine, 1, 'format', `report.yaml maps no column to "${field}"`, `Name the log's column for it under complaints_log.columns.${field}.`, field);
      continue;
    }
    const at = header.findIndex((h) => h.toLowerCase() === name.trim().toLowerCase());
    if (at < 0) problem(headerLine, 1, 'format', `the log has no column "${name}" (mapped to ${field})`, `Its columns are: ${header.map((h) => `"${h}"`).join(', ')}. Correct complaints_log.columns.${field} in report.yaml.`, field);
    else index[field] = at;
  }
  if (problems.length) return { rows: [], problems, index };

  const rows: CaseRow[] = [];
  let previousEnd = headerLine;
  let previousEmpty = records[0]?.info.empty_lines ?? 0;
  for (const { record, info } of records.slice(1)) {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    // A field's column, for a problem: found on the row's line (a row over several lines is named by its first column).
    const col = (field: LogField) => (line === info.lines ? fieldColumns(lines()[line - 1] ?? '')[index[field]!] : undefined) ?? 1;
    const value = (field: LogField) => (index[field] === undefined ? '' : (record[index[field]!] ?? '').trim());
    const before = problems.length;
    const bad = (field: LogField, what: string, hint: string) => problem(line, col(field), 'value', `${what} ("${value(field)}" in column "${columns[field]}")`, hint);

    const reference = value('reference');
    if (reference === '') bad('reference', 'a row has no reference', 'Give every row the case reference from the case-management system.');
    const stage = readStage(value('stage'));
    if (stage === undefined) bad('stage', 'an unknown stage', 'Write the stage as 1 or 2 (the 2024 Code has two stages).');
    const date = (field: LogField): string | null | undefined => {
      const t = value(field);
      if (t === '') return null;
      const d = readDate(t);
      if (d === undefined) bad(field, 'not a date', 'Write dates as 2024-04-02 or 02/04/2024 (day first).');
      return d;
    };
    const received = date('received');
    if (received === null) bad('received', 'a row has no date received', 'Every complaint has the date it was received (for stage 2, the date escalation was asked for).');
    const acknowledged = date('acknowledged');
    const responded = date('responded');
    const extension = readExtension(value('extension'));
    if (extension === undefined) bad('extension', 'an extension chc cannot read', 'Write the extension agreed as a number of working days (10), or yes / no.');
    const outcomeText = value('outcome');
    const outcome = outcomeText === '' ? null : readOutcome(outcomeText);
    if (outcome === undefined) bad('outcome', 'an unknown outcome', 'Write the outcome as upheld, partly upheld, not upheld, withdrawn or refused (not accepted as a complaint).');
    if (problems.length > before || stage === undefined || received === undefined || received === null || acknowledged === undefined || responded === undefined || extension === undefined || outcome === undefined) continue;

    const uncovered = calendar ? (['received', 'acknowledged', 'responded'] as const).find((f) => { const d = { received, acknowledged, responded }[f]; return d !== null && !covers(calendar, d); }) : undefined;
    if (uncovered && calendar) {
      problem(line, col(uncovered), 'dates', `chc has no bank holidays for ${value(uncovered)} (column "${columns[uncovered]}"), so it cannot count working days there`,
        `calendars/england-and-wales.yaml covers ${calendar.from} to ${calendar.to}: check the date, or add the year's bank holidays from gov.uk/bank-holidays.`);
      continue;
    }
    if (acknowledged !== null && acknowledged < received) {
      problem(line, col('acknowledged'), 'dates', `the complaint was acknowledged (${acknowledged}) before it was received (${received})`, 'Check both dates in the case-management system and export the log again.');
      continue;
    }
    if (responded !== null && responded < (acknowledged ?? received)) {
      problem(line, col('responded'), 'dates', `the complaint was responded to (${responded}) before it was ${acknowledged !== null ? `acknowledged (${acknowledged})` : `received (${received})`}`, 'Check both dates in the case-management system and export the log again.');
      continue;
    }
    rows.push({
      line, reference, stage, received, acknowledged, responded, extension,
      category: value('category') || null,
      outcome,
      refusedReason: outcome === 'refused' ? value('refused_reason') || null : null,
    });
  }
  return { rows, problems, index };
}
