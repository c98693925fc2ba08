import { diffAssessments } from '../../diff/diff-assessments.ts';
import { formatDiffMarkdown, formatDiffText } from '../../report/format-diff.ts';
import { COLOUR, formatDiagnostic, PLAIN } from '../../report/format-pretty.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { CliUsageError, EXIT, type Io } from '../io.ts';
import { byPeriod, codeVersion, landlordOf, mappingFor, openWorkspace } from '../workspace.ts';

export const spec: CommandSpec = {
  name: 'diff',
  summary: "compare a landlord's assessment with an earlier one, across Code versions",
  usage: 'chc diff <landlord> [--root DIR] [--from PERIOD] [--to PERIOD] [--format text|markdown|json] [--all]',
  positionals: [1, 1],
  options: {
    ...ROOT_OPTIONS,
    from: { type: 'string', help: 'the older period (default: the one before --to)' },
    to: { type: 'string', help: 'the newer period (default: the latest)' },
    format: { type: 'string', help: 'text (default), markdown (for a pull request or job summary) or json' },
    all: { type: 'boolean', help: 'text format: list unchanged provisions too' },
  },
};

/** `chc diff`: what changed since the previous assessment, through the Code mappings. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(spec, argv);
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format)) throw new CliUsageError(`unknown --format "${format}" (use text, markdown or json)`);
  const slug = positionals[0]!;
  const ws = openWorkspace(io, values, { landlord: slug });
  if (ws.fatal.length) {
    for (const d of ws.fatal) io.stderr.write(formatDiagnostic(d) + '\n');
    io.stderr.write('chc diff: fix these problems first (chc check lists them all)\n');
    return EXIT.problems;
  }
  const all = byPeriod(landlordOf(ws, slug));
  const periods = all.map((a) => a.period);
  const pick = (p: string, what: string) => {
    const a = all.find((x) => x.period === p);
    if (!a) throw new CliUsageError(`${slug} has no ${what} period ${p} (it has: ${periods.join(', ') || 'none'})`);
    return a;
  };
  const newer = values.to ? pick(values.to as string, '--to') : all.at(-1);
  if (!newer) throw new CliUsageError(`${slug} has no assessments`);
  const olderCandidates = all.filter((a) => a.period < newer.period);
  const older = values.from ? pick(values.from as string, '--from') : olderCandidates.at(-1);
  if (!older) throw new CliUsageError(`${slug} has no assessment before ${newer.period} to compare with`);
  if (older.period >= newer.period) throw new CliUsageError(`--from ${older.period} must be earlier than --to ${newer.period}`);

  const oldCode = codeVersion(ws, String(older.data!.code));
  const newCode = codeVersion(ws, String(newer.data!.code));
  if (!oldCode || !newCode) {
    io.stderr.write(`chc diff: ${!oldCode ? older.file : newer.file} names an unknown Code version (chc check says more)\n`);
    return EXIT.problems;
  }
  const mapping = mappingFor(ws, oldCode.id, newCode.id);
  if (!mapping) {
    io.stderr.write(`chc diff: no mapping leads from the ${oldCode.id} Code to the ${newCode.id} Code (code-versions/mappings/)\n`);
    return EXIT.problems;
  }
  const d = diffAssessments(slug, { period: older.period, code: oldCode, data: older.data! }, { period: newer.period, code: newCode, data: newer.data! }, mapping);
  const name = landlordOf(ws, slug).landlord.data?.name;
  if (format === 'json') io.stdout.write(JSON.stringify(d, null, 2) + '\n');
  else if (format === 'markdown') io.stdout.write(formatDiffMarkdown(d, { name }));
  else {
    const colour = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
    io.stdout.write(formatDiffText(d, { name, paint: colour ? COLOUR : PLAIN, all: values.all === true }));
  }
  return EXIT.ok;
}
