import { TOOL_VERSION } from '../load/tool-version.ts';
import { helpText, type CommandSpec } from './args.ts';
import { EXIT, processIo, type Io } from './io.ts';
import { UsageError } from '../model/errors.ts';
import { nearest } from '../model/suggest.ts';

interface Command {
  spec: CommandSpec;
  run(argv: string[], io: Io): Promise<number>;
}

/** The commands, loaded on demand so `chc check` pays only for what it uses. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: () => import('./commands/check.ts'),
  diff: () => import('./commands/diff.ts'),
  report: () => import('./commands/report.ts'),
  new: () => import('./commands/new.ts'),
  import: () => import('./commands/import.ts'),
  init: () => import('./commands/init.ts'),
  build: () => import('./commands/build.ts'),
  approve: () => import('./commands/approve.ts'),
  dev: () => import('./commands/dev.ts'),
  preview: () => import('./commands/preview.ts'),
};

const VERSION = TOOL_VERSION;

function usage(): string {
  return [
    'chc — author, check and publish a Complaint Handling Code self-assessment',
    '',
    'usage: chc <command> [options]',
    '',
    'commands:',
    '  check     validate the assessments: coverage, evidence, actions, documents',
    "  diff      compare a landlord's assessment with an earlier one, across Code versions",
    "  report    a year's complaint figures and TSMs, from its report.yaml and complaints log",
    "  new       start a landlord's next self-assessment, carrying last year's answers forward",
    "  import    bring a self-assessment in from its form: a Word document, a saved web page, or the table's text",
    "  init      start a landlord's own repository: chc as a package, a first assessment, GitHub checks",
    '  build     check, then render the website, the PDFs and the DOCX files',
    "  approve   record the governing body's approval, bound to the content by a hash",
    '  dev       preview the website, reloading when an assessment changes',
    '  preview   serve the website chc build made, as it will be published',
    '',
    'Run `chc <command> --help` for a command\'s options. Docs: README.md and docs/.',
    '',
  ].join('\n');
}

/** Runs the CLI and returns the exit code. The only place that decides exit codes. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`chc ${VERSION}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    const guess = nearest(name, Object.keys(COMMANDS));
    io.stderr.write(`chc: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    const command = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(helpText(command.spec));
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`chc ${name}: ${e.message}\n`);
      return EXIT.usage;
    }
    const err = e as Error;
    io.stderr.write(`chc ${name}: internal error: ${err?.message ?? String(e)}\n` +
      'This is a fault in chc, not in your files. Please report it with the command you ran' +
      (io.env.CHC_DEBUG ? `:\n${err?.stack ?? ''}\n` : ' (set CHC_DEBUG=1 to see the details).\n'));
    return EXIT.usage;
  }
}
