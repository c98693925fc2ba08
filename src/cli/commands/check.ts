import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../workspace.ts';
import { readProject } from '../../load/read-project.ts';
import { checkProject } from '../../validate/check.ts';
import { COLOUR, formatPretty, formatSummary, PLAIN } from '../../report/format-pretty.ts';
import { formatJson } from '../../report/format-json.ts';
import { formatGithub, formatMarkdownSummary } from '../../report/format-github.ts';
import { isoDay } from '../../model/date.ts';
import { EXIT, type Io } from '../io.ts';
import { UsageError } from '../../model/errors.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';

export const spec: CommandSpec = {
  name: 'check',
  summary: 'validate the assessments: coverage, evidence, actions, documents',
  usage: 'chc check [--root DIR] [--landlord SLUG] [--period P] [--strict] [--format pretty|json|github]',
  options: {
    ...ROOT_OPTIONS,
    landlord: { type: 'string', help: 'check one landlord only (its folder name)' },
    period: { type: 'string', help: 'check one period only, e.g. 2023-24' },
    strict: { type: 'boolean', help: 'fail (exit 1) on warnings too' },
    format: { type: 'string', help: 'pretty (default), json, or github (workflow annotations)' },
  },
};

/** `chc check`: load, validate, report; exit 1 on any error (or warning with --strict). */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(spec, argv);
  const format = (values.format as string | undefined) ?? 'pretty';
  if (!['pretty', 'json', 'github'].includes(format)) throw new UsageError(`unknown --format "${format}" (use pretty, json or github)`);
  const project = readProject(projectRoot(io, values), {
    landlord: values.landlord as string | undefined,
    period: values.period as string | undefined,
    codeVersionsDir: values['code-versions'] ? resolve(io.cwd, values['code-versions'] as string) : undefined,
  });
  const all = checkProject(project, { today: isoDay(io.now()) });
  // With --period, the other periods were read (for what an approval binds) but are not reported on.
  const period = values.period as string | undefined;
  const others = new Set(project.landlords.flatMap((l) => l.assessments).filter((a) => period !== undefined && a.period !== period).map((a) => a.file));
  const result = { ...all, diagnostics: all.diagnostics.filter((d) => !others.has(d.file)), assessments: all.assessments.filter((s) => !others.has(s.file)) };
  if (format === 'json') io.stdout.write(formatJson(result));
  else if (format === 'github') {
    io.stdout.write(formatGithub(result));
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) appendFileSync(summaryFile, formatMarkdownSummary(result));
    // The summary lines and the totals, counted over every diagnostic (grouped as the annotations above are).
    io.stdout.write(formatSummary(result, PLAIN, 'annotation'));
  } else {
    const colour = io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
    io.stdout.write(formatPretty(result, colour ? COLOUR : PLAIN));
  }
  const failing = result.diagnostics.some((d) => d.severity === 'error' || (values.strict === true && d.severity === 'warning'));
  return failing ? EXIT.problems : EXIT.ok;
}
