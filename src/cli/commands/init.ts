import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { newLandlordYaml, scaffoldAssessment } from '../../diff/scaffold.ts';
import { TOOL_ROOT } from '../../load/read-project.ts';
import { TOOL_VERSION } from '../../load/tool-version.ts';
import { checkedCodeVersions, newLandlordSlug } from '../workspace.ts';
import { isoDay } from '../../model/date.ts';
import { parsePeriod } from '../../model/period.ts';
import { UsageError } from '../../model/errors.ts';
import { parse, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';

export const spec: CommandSpec = {
  name: 'init',
  summary: "start a landlord's own repository: chc as a package, a first assessment, checks and publishing on GitHub",
  usage: 'chc init [DIR] --landlord SLUG --name "…" [--website URL] [--code 2024] [--period 2025-26] [--from FILE]',
  positionals: [0, 1],
  options: {
    landlord: { type: 'string', help: "the landlord's folder name under assessments/ (lower-case letters, digits, hyphens)" },
    name: { type: 'string', help: "the landlord's name, as its outputs print it" },
    website: { type: 'string', help: "the landlord's website (https://…); without it, landlord.yaml asks for it" },
    code: { type: 'string', help: 'the Code version to assess against (default: the newest)' },
    period: { type: 'string', help: 'the first period to assess, e.g. 2025-26 (default: the one this April starts)' },
    from: { type: 'string', help: 'start from last year\'s self-assessment: its Word document, web page or text, as chc import reads it' },
  },
};

/** The files a landlord's repository starts with: where each goes, and its text (templates/init, filled in). */
function files(vars: Record<string, string>, assessment: string, landlordYaml: string, packageJson: string): [string, string][] {
  const template = (name: string) => readFileSync(join(TOOL_ROOT, 'templates/init', name), 'utf8').replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);
  return [
    ['package.json', packageJson],
    ['README.md', template('README.md')],
    ['.gitignore', template('gitignore')],
    [`assessments/${vars.slug}/landlord.yaml`, landlordYaml],
    [`assessments/${vars.slug}/${vars.period}/assessment.yaml`, assessment],
    ['.github/workflows/check.yml', template('check.yml')],
    ['.github/workflows/publish.yml', template('publish.yml')],
    ['.vscode/settings.json', template('vscode-settings.json')],
    ['.vscode/extensions.json', template('vscode-extensions.json')],
    ['.devcontainer/devcontainer.json', template('devcontainer.json')],
  ];
}

/**
 * How the new repository depends on this chc: as the project that installed it names it (a tarball or folder, made
 * relative to the new repository; a git URL; a version), or, run from a checkout, that folder. The registry's "chc"
 * is another package, so a bare version is the last resort.
 */
export function dependencySpec(dir: string, version: string): string {
  const root = TOOL_ROOT.replace(/[\\/]+$/, '');
  const at = root.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return `file:${relative(dir, root).split(sep).join('/') || '.'}`;
  const project = root.slice(0, at);
  try {
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const spec = pkg.devDependencies?.chc ?? pkg.dependencies?.chc;
    if (spec?.startsWith('file:')) return `file:${relative(dir, resolve(project, spec.slice(5))).split(sep).join('/')}`;
    if (spec) return spec;
  } catch {
    // No readable package.json above: the version.
  }
  return version;
}

/** `chc init`: writes a landlord's repository into DIR; never overwrites a file (it writes nothing then). */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(spec, argv);
  const slug = newLandlordSlug(values.landlord as string | undefined, spec.usage);
  const name = values.name as string | undefined;
  if (!name?.trim()) throw new UsageError(`--name is required: the landlord's name, as its outputs print it\nusage: ${spec.usage}`);
  const today = isoDay(io.now());
  const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
  const period = (values.period as string | undefined) ?? `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  if (!parsePeriod(period)) throw new UsageError(`--period "${period}" is not a period like 2025-26`);
  const website = values.website as string | undefined;
  if (website !== undefined && !/^https?:\/\/[^\s]+\.[^\s]+$/.test(website)) throw new UsageError(`--website "${website}" is not a web address like https://www.example.org`);

  const codeVersions = checkedCodeVersions(io, {});
  const codes = [...codeVersions.values()].sort((a, b) => (a.in_force < b.in_force ? -1 : 1));
  const code = values.code ? codeVersions.get(values.code as string) : codes.at(-1);
  if (!code) throw new UsageError(`no Code version "${values.code as string}" (known: ${[...codeVersions.keys()].join(', ')})`);

  const version = TOOL_VERSION;
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const packageJson = `${JSON.stringify({
    name: `${slug}-self-assessment`, private: true, type: 'module',
    scripts: { check: 'chc check', build: 'chc build' },
    devDependencies: { chc: dependencySpec(dir, version) },
    // npm 11 asks which packages may run install scripts: chc's compiles it when installed from git, esbuild's (under
    // Astro) checks its binary, puppeteer's downloads a Chrome for the PDFs where the machine has none.
    allowScripts: { chc: true, esbuild: true, puppeteer: true },
  }, null, 2)}\n`;
  const landlordYaml = newLandlordYaml({ name: name.trim(), website }, {
    schema: '../../node_modules/chc/schemas/landlord.schema.json',
    note: 'Who you are, as the outputs print it. Written by `chc init`: fill in the rest (docs: node_modules/chc/docs/data-formats.md).',
  });
  const assessment = scaffoldAssessment(code, period, today, undefined, { placeholder: true }).yaml
    .replace('$schema=../../../schemas/assessment.schema.json', '$schema=../../../node_modules/chc/schemas/assessment.schema.json');
  const from = values.from as string | undefined;
  const target = `assessments/${slug}/${period}/assessment.yaml`;
  // With --from, chc import writes the assessment (once the rest is written).
  const planned = files({ slug, name: name.trim(), period, version }, assessment, landlordYaml, packageJson).filter(([path]) => !from || path !== target);

  // Nothing is written where anything would be overwritten, or where the folder already holds assessments.
  const taken = planned.map(([path]) => path).filter((path) => existsSync(join(dir, path)));
  if (existsSync(join(dir, 'assessments')) && !taken.some((p) => p.startsWith('assessments/'))) taken.push('assessments/');
  if (taken.length) {
    io.stderr.write(`chc init: ${relative(io.cwd, dir) || '.'} already has ${taken.join(', ')}; chc init never overwrites a file, so it wrote nothing\n`);
    return EXIT.problems;
  }
  for (const [path, text] of planned) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text, { flag: 'wx' });
  }
  const shown = relative(io.cwd, dir) || '.';
  io.stdout.write(`wrote ${planned.length} files into ${shown}:\n${planned.map(([path]) => `  ${path}\n`).join('')}`);
  if (from) {
    const importer = await import('./import.ts');
    const status = await importer.run([resolve(io.cwd, from), '--landlord', slug, '--period', period, '--root', dir, ...(values.code ? ['--code', code.id] : [])], io);
    if (status !== EXIT.ok) return status;
    const file = join(dir, target);
    // In a landlord's repository the schemas are the installed package's.
    if (existsSync(file)) writeFileSync(file, readFileSync(file, 'utf8').replace('$schema=../../../schemas/', '$schema=../../../node_modules/chc/schemas/'));
    io.stdout.write('\n');
  } else {
    io.stdout.write(`a first ${period} assessment against the ${code.id} Code, every provision to answer; chc ${version} as a dev dependency (${JSON.parse(packageJson).devDependencies.chc as string})\n`);
  }
  io.stdout.write(`next:\n${shown === '.' ? '' : `  cd ${shown}\n`}  npm install\n  npm run check\n  npm run build\n`);
  return EXIT.ok;
}
