import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { UsageError } from '../../model/errors.ts';
import { formatDiagnostic } from '../../report/format-pretty.ts';
import { formatFiguresCsv, formatFiguresText } from '../../report/format-figures.ts';
import { byPeriod, landlordOf, openWorkspace } from '../workspace.ts';
import { reportFiguresOf } from '../report-figures.ts';
import { landlordTemplates } from '../collect-views.ts';
import { reportJson } from '../../model/annual-figures.ts';
import type { Assessment } from '../../model/assessment.ts';
import { approvalHolds } from '../../validate/approval.ts';
import type { Workspace } from '../workspace.ts';

export const spec: CommandSpec = {
  name: 'report',
  summary: "a year's complaint figures and TSMs, from its report.yaml and complaints log",
  usage: 'chc report <landlord> [--root DIR] [--period P] [--format text|json|csv]',
  positionals: [1, 1],
  options: {
    ...ROOT_OPTIONS,
    period: { type: 'string', help: 'the year (default: the latest with a report.yaml)' },
    format: { type: 'string', help: 'text (default), json or csv' },
  },
};

/** `chc report`: the year's figures and TSMs, with every earlier year's beside them (newest first) where it has a report. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(spec, argv);
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'csv'].includes(format)) throw new UsageError(`unknown --format "${format}" (use text, json or csv)`);
  const ws = openWorkspace(io, values, { landlord: positionals[0]! });
  const landlord = landlordOf(ws, positionals[0]!);
  const withReport = byPeriod(landlord).filter((a) => a.report);
  const period = values.period as string | undefined;
  const target = period === undefined ? withReport.at(-1) : withReport.find((a) => a.period === period);
  if (!target) {
    const has = withReport.map((a) => a.period).join(', ') || 'none';
    io.stderr.write(`chc report: ${landlord.slug} has no report.yaml${period ? ` for ${period}` : ''} (periods with one: ${has}); docs/report.md says how to write one\n`);
    return EXIT.problems;
  }
  const now = reportFiguresOf(ws, target);
  if ('problems' in now) {
    for (const d of now.problems) io.stderr.write(formatDiagnostic(d) + '\n');
    io.stderr.write(`chc report: fix these problems first (chc check lists them all)\n`);
    return EXIT.problems;
  }
  // Every earlier year with a report whose figures can be worked out, newest first: the trend.
  const earlier = withReport.filter((a) => a.period < target.period).reverse().flatMap((a) => {
    const r = reportFiguresOf(ws, a);
    return 'problems' in r ? [] : [r.figures];
  });
  if (format === 'json') io.stdout.write(JSON.stringify(reportJson(landlord.slug, !approved(ws, target), now.figures, earlier), null, 2) + '\n');
  else {
    // In the landlord's own wording of the measures, as its report's page has them.
    const w = landlordTemplates(landlord).wording;
    const name = (landlord.landlord.data?.name as string | undefined) ?? landlord.slug;
    io.stdout.write(format === 'csv' ? formatFiguresCsv(w, now.figures, earlier) : formatFiguresText(w, name, now.figures, earlier));
  }
  return EXIT.ok;
}

/** Whether an assessment (and with it its report) is approved, and its approval still holds. */
function approved(ws: Workspace, a: Assessment): boolean {
  return a.data?.approval !== undefined && approvalHolds(ws.project, a);
}
