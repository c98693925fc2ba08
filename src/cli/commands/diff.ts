import { diffAssessments, type AssessmentDiff } from '../../diff/diff-assessments.ts';
import { diffJson } from '../../report/diff-json.ts';
import { formatDiffMarkdown, formatDiffText } from '../../report/format-diff.ts';
import { COLOUR, formatDiagnostic, PLAIN } from '../../report/format-pretty.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { UsageError } from '../../model/errors.ts';
import { byPeriod, codeVersion, landlordOf, mappingFor, openWorkspace, type Workspace } from '../workspace.ts';
import { reportFiguresOf } from '../report-figures.ts';
import { landlordTemplates } from '../collect-views.ts';
import { figureChanges, type FigureChange } from '../../model/annual-figures.ts';
import { formatFigureChangesMarkdown, formatFigureChangesText } from '../../report/format-figures.ts';

export const spec: CommandSpec = {
  name: 'diff',
  summary: "compare a landlord's assessment with an earlier one, across Code versions",
  usage: 'chc diff <landlord> [--root DIR] [--from PERIOD] [--to PERIOD] [--format text|markdown|json] [--all]\n       chc diff --every-landlord [--root DIR] [--format text|markdown|json]',
  positionals: [0, 1],
  options: {
    ...ROOT_OPTIONS,
    from: { type: 'string', help: 'the older period (default: the one before --to)' },
    to: { type: 'string', help: 'the newer period (default: the latest)' },
    format: { type: 'string', help: 'text (default), markdown (for a pull request or job summary) or json' },
    all: { type: 'boolean', help: 'text format: list unchanged provisions too' },
    'every-landlord': { type: 'boolean', help: "each landlord's latest assessment against the one before (json: an array)" },
  },
};

/** `chc diff`: what changed since the previous assessment, through the Code mappings. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(spec, argv);
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError(`unknown --format "${format}" (use text, markdown or json)`);
  const slug = positionals[0];
  if (values['every-landlord'] === true) {
    if (slug !== undefined || values.from !== undefined || values.to !== undefined) throw new UsageError('--every-landlord takes no landlord, --from or --to');
    const ws = openWorkspace(io, values);
    if (ws.fatal.length) return fatal(ws, io);
    const diffs = ws.project.landlords.filter((l) => l.assessments.filter((a) => a.data).length >= 2).map((l) => diffLatest(ws, l.slug, {}));
    // Nothing to compare is not a failure: said on stderr, and JSON gets an empty array.
    if (diffs.length === 0) io.stderr.write('chc diff: no landlord has two assessments to compare yet\n');
    const ok = diffs.filter((d): d is Exclude<typeof d, string> => typeof d !== 'string');
    for (const d of diffs) if (typeof d === 'string') io.stderr.write(`chc diff: ${d}\n`);
    if (format === 'json') io.stdout.write(JSON.stringify(ok.map(toJson), null, 2) + '\n');
    else for (const x of ok) io.stdout.write(render(x, format, values, io) + '\n');
    return ok.length === diffs.length ? EXIT.ok : EXIT.problems;
  }
  if (slug === undefined) throw new UsageError(`name a landlord, or use --every-landlord\nusage: ${spec.usage}`);
  const ws = openWorkspace(io, values, { landlord: slug });
  if (ws.fatal.length) return fatal(ws, io);
  const result = diffLatest(ws, landlordOf(ws, slug).slug, { from: values.from as string | undefined, to: values.to as string | undefined });
  if (typeof result === 'string') {
    io.stderr.write(`chc diff: ${result}\n`);
    return EXIT.problems;
  }
  io.stdout.write(format === 'json' ? JSON.stringify(toJson(result), null, 2) + '\n' : render(result, format, values, io));
  return EXIT.ok;
}

function fatal(ws: Workspace, io: Io): number {
  for (const d of ws.fatal) io.stderr.write(formatDiagnostic(d) + '\n');
  io.stderr.write('chc diff: fix these problems first (chc check lists them all)\n');
  return EXIT.problems;
}

/**
 * The diff of a landlord's newer assessment (--to, or the latest) against an older one (--from, or the one
 * before it). Usage mistakes throw; a missing Code version or mapping is returned as a message.
 */
function diffLatest(ws: Workspace, slug: string, pick: { from?: string; to?: string }): Diffed | string {
  const all = byPeriod(landlordOf(ws, slug));
  const periods = all.map((a) => a.period);
  const find = (p: string, what: string) => {
    const a = all.find((x) => x.period === p);
    if (!a) throw new UsageError(`${slug} has no ${what} period ${p} (it has: ${periods.join(', ') || 'none'})`);
    return a;
  };
  const newer = pick.to ? find(pick.to, '--to') : all.at(-1);
  // Not a usage mistake: the landlord has nothing to compare yet (exit 1, as any other problem with the input).
  if (!newer) return `${slug} has no assessment that can be read (chc check says why)`;
  const older = pick.from ? find(pick.from, '--from') : all.filter((a) => a.period < newer.period).at(-1);
  if (!older) return `${slug} has no assessment before ${newer.period} to compare it with: chc diff compares two years (chc check checks one)`;
  if (older.period >= newer.period) throw new UsageError(`--from ${older.period} must be earlier than --to ${newer.period}`);
  const oldCode = codeVersion(ws, String(older.data!.code));
  const newCode = codeVersion(ws, String(newer.data!.code));
  if (!oldCode || !newCode) return `${!oldCode ? older.file : newer.file} names an unknown Code version (chc check says more)`;
  const mapping = mappingFor(ws, oldCode.id, newCode.id);
  if (!mapping) return `no mapping leads from the ${oldCode.id} Code to the ${newCode.id} Code (code-versions/mappings/)`;
  const diff = diffAssessments(slug, { period: older.period, code: oldCode, data: older.data! }, { period: newer.period, code: newCode, data: newer.data!, landlord: landlordOf(ws, slug).landlord.data }, mapping);
  // Where both years have an annual complaints report whose figures can be worked out: how each figure changed.
  const before = older.report ? reportFiguresOf(ws, older) : undefined;
  const after = newer.report ? reportFiguresOf(ws, newer) : undefined;
  const figures = before && after && !('problems' in before) && !('problems' in after)
    ? figureChanges(landlordTemplates(landlordOf(ws, slug)).wording, before.figures, after.figures) : undefined;
  return { diff, name: landlordOf(ws, slug).landlord.data?.name, ...(figures ? { figures } : {}) };
}

function render(x: Diffed, format: string, values: Record<string, unknown>, io: Io): string {
  const { from, to } = { from: x.diff.from.period, to: x.diff.to.period };
  if (format === 'markdown') return formatDiffMarkdown(x.diff, { name: x.name }) + (x.figures ? formatFigureChangesMarkdown(x.figures, from, to) : '');
  const colour = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  return formatDiffText(x.diff, { name: x.name, paint: colour ? COLOUR : PLAIN, all: values.all === true }) + (x.figures ? formatFigureChangesText(x.figures, from, to) : '');
}

/** A diff, with how the annual report's figures changed where both years have one. */
type Diffed = { diff: AssessmentDiff; name: string | undefined; figures?: FigureChange[] };

/** The diff as `chc diff --format json` prints it, with `figures` where both years have a report. */
function toJson(x: Diffed): unknown {
  return x.figures ? { ...diffJson(x.diff), figures: x.figures } : diffJson(x.diff);
}
