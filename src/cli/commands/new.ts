import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scaffoldAssessment } from '../../diff/scaffold.ts';
import { isIsoDate, isoDay } from '../../model/date.ts';
import { assessableAgainst, parsePeriod } from '../../model/period.ts';
import { formatDiagnostic } from '../../report/format-pretty.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { UsageError } from '../../model/errors.ts';
import { plural } from '../../model/plural.ts';
import { byPeriod, codeVersion, landlordOf, mappingFor, openWorkspace } from '../workspace.ts';

export const spec: CommandSpec = {
  name: 'new',
  summary: "start a landlord's next self-assessment, carrying last year's answers forward",
  usage: 'chc new <landlord> <period> [--root DIR] [--code VERSION] [--from PERIOD]',
  positionals: [2, 2],
  options: {
    ...ROOT_OPTIONS,
    code: { type: 'string', help: 'the Code version to assess against (default: the newest in force when the period begins)' },
    from: { type: 'string', help: 'the period to carry answers from (default: the latest before the new one)' },
    'assessed-on': { type: 'string', help: 'the day the self-assessment was completed, for assessed_on (default: today, marked to be set)' },
  },
};

/** `chc new`: scaffolds assessments/<landlord>/<period>/assessment.yaml; never overwrites a file. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(spec, argv);
  const [slug, period] = positionals as [string, string];
  const p = parsePeriod(period);
  if (!p) throw new UsageError(`"${period}" is not a period like 2024-25`);
  const ws = openWorkspace(io, values, { landlord: slug });
  const landlord = landlordOf(ws, slug);
  const target = join(landlord.dir, period, 'assessment.yaml');
  const shown = relative(ws.project.root, target).split('\\').join('/');
  if (existsSync(target)) throw new UsageError(`${shown} already exists; chc new never overwrites a file (delete it first, or choose another period)`);

  const versions = [...ws.project.codeVersions.values()].map((f) => f.data).filter((c) => c !== undefined);
  const byDate = versions.filter((c) => typeof c.in_force === 'string').sort((a, b) => (a.in_force < b.in_force ? -1 : a.in_force > b.in_force ? 1 : 0));
  // The newest Code in force when the period began; else the first that came into force while it could be assessed.
  const codeId = (values.code as string | undefined) ?? byDate.filter((c) => c.in_force <= p.start).at(-1)?.id ?? byDate.find((c) => assessableAgainst(p, c.in_force))?.id;
  if (codeId === undefined) {
    const first = byDate[0];
    throw new UsageError(`no Code version was in force for ${period}${first ? `: the first, the ${first.id} Code, came into force on ${first.in_force}` : ''}; check the period, or name a Code with --code`);
  }
  const code = codeVersion(ws, codeId);
  if (!code) throw new UsageError(`no Code version "${codeId}" (known: ${[...ws.project.codeVersions.keys()].join(', ')})`);
  if (typeof code.in_force === 'string' && !assessableAgainst(p, code.in_force)) {
    io.stderr.write(`warning: the ${code.id} Code came into force on ${code.in_force}, long after the period ${period} (${p.start} to ${p.end}); chc check will warn until the period or the Code is changed\n`);
  }

  const earlier = byPeriod(landlord).filter((a) => a.period < period);
  const from = values.from ? earlier.find((a) => a.period === values.from) : earlier.at(-1);
  if (values.from && !from) throw new UsageError(`${slug} has no period ${values.from as string} before ${period}`);
  let source;
  if (from) {
    if (!from.data) {
      for (const d of ws.fatal.filter((x) => x.file === from.file)) io.stderr.write(formatDiagnostic(d) + '\n');
      io.stderr.write(`chc new: ${from.file} cannot be read; fix it first\n`);
      return EXIT.problems;
    }
    const oldCode = codeVersion(ws, String(from.data.code));
    const mapping = oldCode ? mappingFor(ws, oldCode.id, code.id) : undefined;
    if (!oldCode || !mapping) {
      io.stderr.write(`chc new: cannot carry answers from ${from.period} (${String(from.data.code)} Code) into the ${code.id} Code: no mapping\n`);
      return EXIT.problems;
    }
    source = { period: from.period, code: oldCode, data: from.data, mapping };
  }
  const given = values['assessed-on'] as string | undefined;
  if (given !== undefined && !isIsoDate(given)) throw new UsageError(`--assessed-on "${given}" is not a date written YYYY-MM-DD`);
  // Without --assessed-on, today is only a placeholder: the file says so, and chc check warns until it is set.
  const assessedOn = given ?? isoDay(io.now());
  const result = scaffoldAssessment(code, period, assessedOn, source, { placeholder: given === undefined });

  mkdirSync(join(landlord.dir, period), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, result.yaml, { flag: 'wx' });
  renameSync(tmp, target);
  io.stdout.write(source
    ? `wrote ${shown}: ${plural(result.carried, 'answer')} carried from ${source.period} (${source.code.id} Code) to review, ${plural(result.openActions, 'open action')}, ${plural(result.unanswered.length, 'provision')} to answer\n`
    : `wrote ${shown}: a skeleton of the ${code.id} Code with ${plural(result.unanswered.length, 'provision')} to answer\n`);
  io.stdout.write(`next: edit it${given === undefined ? ` (assessed_on is today, ${assessedOn}: set it to the day the self-assessment is completed)` : ''}, then run chc check --landlord ${slug} --period ${period}\n`);
  return EXIT.ok;
}
