import type { Diagnostic } from '../model/diagnostic.ts';
import type { AssessmentSummary, CheckResult } from '../validate/check.ts';
import { plural } from '../model/plural.ts';
import { compareIds, sectionOfId } from '../model/provision-order.ts';
import { DRAFT_GAPS } from '../validate/build-policy.ts';

/** Colours for a terminal; identity functions when colour is off. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
/** ANSI colours. */
export const COLOUR: Paint = { red: ansi(31), yellow: ansi(33), blue: ansi(34), dim: ansi(2), bold: ansi(1), green: ansi(32) };
/** No colour. */
export const PLAIN: Paint = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s, green: (s) => s };


/** Whether a message already names the provision (as "provision 6.3", "in 6.3"…), so it need not be added. */
function names(message: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.])${escaped}(?![\\w]|\\.\\w)`).test(message);
}

/**
 * One diagnostic as `file:line:col  severity  rule  message`, with its hint on the next line. A message
 * that does not name its provision (a schema error on a date or a comply value, a personal-data warning
 * on an evidence text…) is led by it, `provision 6.3: …`: JSON and annotations carry it in a field of its own,
 * but a line of text has only the message.
 */
export function formatDiagnostic(d: Diagnostic, paint: Paint = PLAIN): string {
  const sev = d.severity === 'error' ? paint.red('error') : d.severity === 'warning' ? paint.yellow('warning') : paint.blue('info');
  const where = `${d.file}:${d.line}:${d.column}`;
  const message = d.provision !== undefined && !names(d.message, d.provision) ? `provision ${d.provision}: ${d.message}` : d.message;
  const head = `${where}  ${sev}  ${paint.dim(d.rule)}  ${message}`;
  return d.hint ? `${head}\n    ${paint.dim('hint:')} ${d.hint}` : head;
}

/**
 * The per-assessment summary line: answered must/should, and the counts of each answer. A file that could
 * not be read, or names no Code version that could be used, has no counts to give: the line says so.
 */
export function formatSummaryLine(s: AssessmentSummary, paint: Paint = PLAIN): string {
  const status = countsText(s, paint);
  const name = paint.bold(`${s.landlord} ${s.period}`);
  if (s.readable === false) return `${name}: could not be read: see the errors above — ${status}`;
  const state = s.approved ? 'approved' : 'draft';
  // A Code version has provisions: none counted means the assessment named none that could be used.
  if (s.must.total + s.should.total === 0) {
    return `${name} (${s.code ? `Code "${s.code}"` : 'no Code named'}, ${state}): not checked against a Code: see the errors above — ${status}`;
  }
  const parts = [`must ${s.must.answered}/${s.must.total}`];
  if (s.should.total > 0) parts.push(`should ${s.should.answered}/${s.should.total}`);
  const c = s.comply;
  parts.push(`yes ${c.yes} · partial ${c.partial} · no ${c.no} · n/a ${c['n/a']}`);
  if (s.answers > 0) parts.push(plural(s.answers, 'figure/narrative answer'));
  return `${name} (${s.code} Code, ${state}): ${parts.join(', ')} — ${status}`;
}

/** "40 errors, 27 warnings", "2 warnings", or "ok". */
export function countsText(c: { errors: number; warnings: number }, paint: Paint = PLAIN): string {
  const parts = [...(c.errors ? [paint.red(plural(c.errors, 'error'))] : []), ...(c.warnings ? [paint.yellow(plural(c.warnings, 'warning'))] : [])];
  return parts.length ? parts.join(', ') : paint.green('ok');
}

/**
 * The summary: a line per assessment, a line for each landlord with problems in its own files (landlord.yaml,
 * templates/, the shared evidence/) and one for files of no landlord, then the totals, which are their sums; and,
 * where the report above grouped some (a file's unanswered provisions), how many entries (or annotations) it has.
 */
export function formatSummary(result: CheckResult, paint: Paint = PLAIN, entry: 'entry' | 'annotation' = 'entry'): string {
  const lines = result.assessments.map((s) => formatSummaryLine(s, paint));
  for (const l of result.landlords ?? []) {
    if (l.errors + l.warnings > 0) lines.push(`${paint.bold(l.landlord)} (its own files: landlord.yaml, templates/, evidence/): ${countsText(l, paint)}`);
  }
  const elsewhere = result.elsewhere;
  if (elsewhere && elsewhere.errors + elsewhere.warnings > 0) lines.push(`${paint.bold('elsewhere')} (files of no landlord): ${countsText(elsewhere, paint)}`);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const entries = entriesOf(result.diagnostics).length;
  const grouped = entries < result.diagnostics.length
    ? `, in ${plural(entries, entry === 'entry' ? 'entry' : 'annotation', entry === 'entry' ? 'entries' : undefined)} above (each file's unanswered provisions, and its answers not yet reviewed, are one)`
    : '';
  lines.push(`${plural(result.assessments.length, 'assessment')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${grouped}`);
  return lines.join('\n') + '\n';
}

/**
 * Diagnostics for a person to read: one entry each, except that the unanswered provisions of one file (a
 * partial draft has a hundred, all on its `responses:` line) are one entry per severity, listing them by
 * section in Code order with their count. JSON keeps one diagnostic per provision.
 */
export type Entry = { kind: 'one'; diagnostic: Diagnostic } | { kind: 'group'; diagnostics: Diagnostic[] };

/** The rules whose diagnostics in one file are one entry: its unanswered provisions, its answers not yet reviewed. */
const GROUPED: ReadonlySet<string> = new Set(['missing-response', 'needs-review']);

/** The entries of a list of diagnostics, in its order; a group stands where its first diagnostic was. */
export function entriesOf(diagnostics: Diagnostic[]): Entry[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!GROUPED.has(d.rule) || d.provision === undefined) continue;
    const key = `${d.file}\u0000${d.severity}\u0000${d.rule}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const out: Entry[] = [];
  const placed = new Set<string>();
  for (const d of diagnostics) {
    const key = `${d.file}\u0000${d.severity}\u0000${d.rule}`;
    const group = GROUPED.has(d.rule) ? groups.get(key) : undefined;
    if (!group || group.length < 2) {
      out.push({ kind: 'one', diagnostic: d });
      continue;
    }
    if (placed.has(key)) continue;
    placed.add(key);
    out.push({ kind: 'group', diagnostics: group });
  }
  return out;
}

/** The provisions of diagnostics by section, in Code order: "section 1: 1.2, 1.3; section 4: 4.2, 4.11". */
export function bySection(ids: string[]): string[] {
  const sections = new Map<string, string[]>();
  for (const id of [...new Set(ids)].sort(compareIds)) {
    const s = sectionOfId(id);
    sections.set(s, [...(sections.get(s) ?? []), id]);
  }
  return [...sections].map(([s, list]) => `section ${s}: ${list.join(', ')}`);
}

/** What a group says (unanswered provisions, answers not reviewed): its message and hint, shared by the pretty and github formats. */
export function groupText(group: Diagnostic[]): { message: string; lines: string[]; hint: string } {
  const first = group[0]!;
  if (first.rule === 'needs-review') {
    // Answers chc import wrote, or chc new carried from last year (the rule's own message says which).
    const imported = group.filter((d) => d.message.includes('was imported')).length;
    const all = imported === group.length;
    return {
      message: `${plural(group.length, 'answer')} ${all ? 'imported' : imported ? 'carried forward or imported' : 'carried forward'} and not yet reviewed`,
      lines: bySection(group.map((d) => d.provision!)),
      hint: all
        ? 'Check each answer, its evidence and commentary against the source its needs_review line names, then delete that line.'
        : 'Check that each answer and its evidence still hold this year, then delete its needs_review line.',
    };
  }
  const level = first.severity === 'error' ? '"must"' : '"should"';
  return {
    message: `${plural(group.length, `${level} provision`)} not answered`,
    lines: bySection(group.map((d) => d.provision!)),
    hint: `Add each as "<number>": with comply: yes | no | partial | n/a and its evidence (or answer: for a figure or a narrative). \`chc check --format json\` lists them one by one, with what the Code asks.`,
  };
}

/** Diagnostics as text, one entry per diagnostic or group, each ending in a newline. */
export function formatDiagnostics(diagnostics: Diagnostic[], paint: Paint = PLAIN): string {
  return entriesOf(diagnostics).map((e) => {
    if (e.kind === 'one') return formatDiagnostic(e.diagnostic, paint) + '\n';
    const d = e.diagnostics[0]!;
    const t = groupText(e.diagnostics);
    const sev = d.severity === 'error' ? paint.red('error') : paint.yellow('warning');
    return `${d.file}:${d.line}:${d.column}  ${sev}  ${paint.dim(d.rule)}  ${t.message}:\n${t.lines.map((l) => `    ${l}\n`).join('')}    ${paint.dim('hint:')} ${t.hint}\n`;
  }).join('');
}

/**
 * What `chc build` says of drafts' gaps: one line per draft and kind of gap, with the count and the
 * provisions, instead of one line per provision.
 */
export function gapNotes(gaps: Diagnostic[]): string[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of gaps) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    for (const [rule, shown] of Object.entries(DRAFT_GAPS)) {
      const ids = [...new Set(list.filter((d) => d.rule === rule && d.provision !== undefined).map((d) => d.provision!))].sort(compareIds);
      if (ids.length === 0) continue;
      const what = rule === 'missing-response' ? `${plural(ids.length, '"must" provision')} not answered yet` : `${plural(ids.length, 'answer')} without an action and a due date`;
      const listed = ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 12).join(', ')}, …`;
      out.push(`note: ${file}: draft, ${what} (${listed}): shown as "${shown}"`);
    }
  }
  return out;
}

/** The whole pretty report: diagnostics, then a summary per assessment, then totals. */
export function formatPretty(result: CheckResult, paint: Paint = PLAIN): string {
  const text = formatDiagnostics(result.diagnostics, paint);
  return (text ? text + '\n' : '') + formatSummary(result, paint);
}
