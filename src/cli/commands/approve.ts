import { renameSync, writeFileSync } from 'node:fs';
import { describeProblem, readBounded } from '../../load/read-bounded.ts';
import { LIMITS } from '../../model/limits.ts';
import { isIsoDate, isoDay } from '../../model/date.ts';
import { answerDigests, codeDigests, manifestHash } from '../../model/approval.ts';
import { locate, type Approval, type SourceMap } from '../../model/assessment.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import { setApproval } from '../../model/set-approval.ts';
import type { LandlordData } from '../../model/assessment.ts';
import { checkProject } from '../../validate/check.ts';
import { dateAdvice } from '../../validate/date-advice.ts';
import { bindingManifest } from '../../validate/approval.ts';
import { ruleMeta } from '../../validate/rules/catalogue.ts';
import { formatDiagnostics } from '../../report/format-pretty.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { UsageError } from '../../model/errors.ts';
import { landlordOf, openWorkspace } from '../workspace.ts';
import { editKeepingLineEndings } from '../line-endings.ts';

export const spec: CommandSpec = {
  name: 'approve',
  summary: "record the governing body's approval, bound to the content approved by a SHA-256",
  usage: 'chc approve <landlord> <period> [--body BODY] --date YYYY-MM-DD [--reference TEXT] [--root DIR]',
  positionals: [2, 2],
  options: {
    ...ROOT_OPTIONS,
    body: { type: 'string', help: "who approved it (default: the landlord's governing_body, or Board)" },
    date: { type: 'string', help: 'the date of the meeting that approved it (YYYY-MM-DD)' },
    reference: { type: 'string', help: 'the minute or decision reference, e.g. "Board minute 24/061"' },
  },
};

/**
 * `chc approve`: refuses an assessment that `check` finds errors in (or unreviewed carried answers), then
 * writes the approval block with the hash of the content into assessment.yaml.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(spec, argv);
  const [slug, period] = positionals as [string, string];
  const date = values.date as string | undefined;
  if (!date) throw new UsageError('--date is required: the date of the meeting that approved the assessment (YYYY-MM-DD)');
  if (!isIsoDate(date)) {
    // The same advice check gives on a date in a file: 28/03/2024 is day first, so --date 2024-03-28.
    const advice = dateAdvice(date);
    const converted = /e\.g\. (\d{4}-\d{2}-\d{2}) \((.+?)\)\.$/.exec(advice.hint) ?? /^Write the date alone, as YYYY-MM-DD: (\d{4}-\d{2}-\d{2})\.$/.exec(advice.hint);
    const hint = converted ? `use --date ${converted[1]}${converted[2] ? ` (${converted[2]})` : ''}` : advice.hint.replace(/^Write [a-z ]+ as YYYY-MM-DD/, 'give it as YYYY-MM-DD');
    throw new UsageError(`--date ${advice.message}: ${hint}`);
  }
  const today = isoDay(io.now());
  // Every period of the landlord is read: the approval binds the previous period's answers that "What changed" compares.
  const ws = openWorkspace(io, values, { landlord: slug });
  const landlord = landlordOf(ws, slug);
  const a = landlord.assessments.find((x) => x.period === period);
  if (!a) throw new UsageError(`${slug} has no assessment for ${period}`);
  const result = checkProject(ws.project, { today });
  // What is wrong inside the approval block does not stop a new approval: the block is replaced whole.
  const block = approvalLines(a.source);
  const inBlock = (d: Diagnostic) => block !== undefined && d.line >= block.from && d.line <= block.to;
  // What each rule does to an approval is its meta's `approve` (rules/catalogue.ts): those about the approval record
  // itself never stop it; errors do, and the warnings that say an answer is not yet a person's (needs-review).
  const own = result.diagnostics.filter((d) => d.file === a.file && ruleMeta(d.rule)?.approve !== 'replaced');
  const malformed = a.data ? own.filter((d) => d.severity === 'error' && inBlock(d)) : [];
  const blockers = own.filter((d) => (d.severity === 'error' || ruleMeta(d.rule)?.approve === 'blocks') && !malformed.includes(d));
  if (!a.data || blockers.length) {
    io.stderr.write(formatDiagnostics(blockers));
    io.stderr.write(`chc approve: ${a.file} is not ready to approve (${blockers.length} problem${blockers.length === 1 ? '' : 's'} above); nothing was written\n`);
    return EXIT.problems;
  }
  if (date > today) throw new UsageError(`--date ${date} is in the future`);
  if (date < a.data.assessed_on) throw new UsageError(`--date ${date} is before the assessment was completed (${a.data.assessed_on})`);
  const body = (values.body as string | undefined) ?? landlord.landlord.data?.governing_body;
  if (body === undefined) throw new UsageError(`name the body that approved it with --body, e.g. --body "Cabinet" (or set governing_body in ${landlord.landlord.file})`);
  const reference = values.reference as string | undefined;
  const details = landlordDetails(landlord.landlord.data);
  const record: Approval = { body, date, ...(reference ? { reference } : {}), ...(details ? { landlord: details } : {}) };
  const files = bindingManifest(ws.project, a, record);
  const sha256 = manifestHash(files);
  const code = ws.project.codeVersions.get(String(a.data.code))?.data;
  const read = readBounded(a.path, LIMITS.yamlBytes);
  if ('problem' in read) throw new UsageError(`${a.file} ${describeProblem(read.problem, LIMITS.yamlBytes)}`);
  const text = read.bytes.toString('utf8');
  // The block is written in the file's own line endings (CRLF in a file saved on Windows).
  const updated = editKeepingLineEndings(text, (lf) => setApproval(lf, { ...record, sha256, files, answers: answerDigests(a.data!.responses as Record<string, unknown> | undefined), ...(code ? { code: codeDigests(code) } : {}) }));
  const tmp = `${a.path}.${process.pid}.tmp`;
  writeFileSync(tmp, updated);
  renameSync(tmp, a.path);
  if (malformed.length) io.stderr.write(`note: ${a.file}: this replaces an approval block chc could not read (${malformed.map((d) => `line ${d.line}: ${d.message}`).join('; ')})\n`);
  else if (a.data.approval) io.stderr.write(replacedNote(a.file, a.data.approval, reference));
  io.stdout.write(`approved ${slug} ${period} by the ${body} on ${date}\nsha256 ${sha256}\n(${Object.keys(files).length} part${Object.keys(files).length === 1 ? '' : 's'}: ${Object.keys(files).join(', ')})\n`);
  return EXIT.ok;
}

/**
 * The note printed when an approval replaces an earlier one: what it replaced (body, date, reference), and,
 * when the earlier one had a reference and no --reference was given, that the reference was not kept.
 */
export function replacedNote(file: string, old: Approval, reference: string | undefined): string {
  const ref = old.reference ? `, reference "${old.reference}"` : ', no reference';
  const lines = [`note: ${file}: this replaces the approval recorded earlier (the ${old.body} on ${old.date}${ref})`];
  if (old.reference && !reference) lines.push(`note: its reference "${old.reference}" was not kept: this approval has none; run chc approve again with --reference "…" to record this approval's minute reference`);
  return lines.map((l) => l + '\n').join('');
}

/** The lines (1-based, inclusive) of the file's `approval:` block, key to the end of its value; undefined without one. */
function approvalLines(source: SourceMap): { from: number; to: number } | undefined {
  const key = source.keys['/approval'];
  if (!key) return undefined;
  const value = source.values['/approval'];
  const from = locate(source, '/approval', true).line;
  return { from, to: value ? locate(source, '/approval').endLine : from };
}

/** What an approval records of the landlord: its name, governing body and group members, as landlord.yaml has them. */
function landlordDetails(l: LandlordData | undefined): { name?: string; governing_body?: string; group_members?: string[] } | undefined {
  if (!l) return undefined;
  return {
    name: l.name,
    ...(l.governing_body ? { governing_body: l.governing_body } : {}),
    ...(l.group_members?.length ? { group_members: l.group_members.filter((m) => typeof m === 'string') } : {}),
  };
}
