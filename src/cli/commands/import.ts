import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { readTextLines, readTextRows } from '../../load/import/read-text-table.ts';
import { readHtmlRows } from '../../load/import/read-html-table.ts';
import { NotADocument, readDocxRows } from '../../load/import/read-docx.ts';
import { importedAssessmentYaml } from '../../diff/imported-yaml.ts';
import { newLandlordYaml } from '../../diff/scaffold.ts';
import { describeProblem, readBounded } from '../../load/read-bounded.ts';
import type { SourceRow } from '../../model/import-rows.ts';
import { importAnswers, rankCodes } from '../../model/import-questions.ts';
import { landlordFrom } from '../../model/import-landlord.ts';
import { isIsoDate, isoDay } from '../../model/date.ts';
import { parsePeriod } from '../../model/period.ts';
import { LIMITS } from '../../model/limits.ts';
import { UsageError } from '../../model/errors.ts';
import { plural } from '../../model/plural.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { checkedCodeVersions, newLandlordSlug, projectRoot } from '../workspace.ts';

export const spec: CommandSpec = {
  name: 'import',
  summary: "bring a self-assessment in from its form: a Word document, a saved web page, or the table's text",
  usage: 'chc import FILE... --landlord SLUG --period P [--code 2020|2022|2024] [--root DIR] [--dry-run] [--force] [--format text|json]',
  positionals: [1, 20],
  options: {
    ...ROOT_OPTIONS,
    landlord: { type: 'string', help: "the landlord's folder name under assessments/ (made, with a landlord.yaml to fill in, where there is none)" },
    period: { type: 'string', help: 'the period the self-assessment is for, e.g. 2024-25' },
    code: { type: 'string', help: 'the Code version the form answers (default: found from its provisions, saying how sure)' },
    name: { type: 'string', help: "the landlord's name, for a new landlord.yaml" },
    'assessed-on': { type: 'string', help: 'the day the self-assessment was completed, for assessed_on (default: today, marked to be set)' },
    'dry-run': { type: 'boolean', help: 'print what would be written, and write nothing' },
    force: { type: 'boolean', help: 'replace an existing assessment.yaml (it is kept beside it as assessment.yaml.bak)' },
    format: { type: 'string', help: 'text (default) or json: the import report' },
  },
};

/** The kinds of file chc import reads, by extension. */
const TEXT = new Set(['.txt', '.md', '.text', '.markdown']);
const HTML = new Set(['.html', '.htm', '.xhtml']);

/** `chc import`: writes assessments/<landlord>/<period>/assessment.yaml from a form; never overwrites without --force. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(spec, argv);
  const slug = newLandlordSlug(values.landlord as string | undefined, spec.usage);
  const period = values.period as string | undefined;
  if (!period || !parsePeriod(period)) throw new UsageError(`--period ${period ? `"${period}" is not a period like 2024-25` : 'is required, e.g. --period 2024-25'}`);
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format "${format}": use text or json`);
  const given = values['assessed-on'] as string | undefined;
  if (given !== undefined && !isIsoDate(given)) throw new UsageError(`--assessed-on "${given}" is not a date written YYYY-MM-DD`);

  // Every file read, bounded, before anything is written.
  const rows: SourceRow[] = [];
  // The same, line by line as a text lays them out (a document's rows as they are): how a question form is read.
  const lines: SourceRow[] = [];
  // Every file's words (a text's or page's whole text, a document's cells), for what the form says of the landlord.
  const texts: string[] = [];
  const names: string[] = [];
  for (const file of positionals) {
    const ext = extname(file).toLowerCase();
    if (!TEXT.has(ext) && !HTML.has(ext) && ext !== '.docx') {
      throw new UsageError(`${file}: chc import reads a Word document (.docx), a saved web page (.html) or text (.txt, .md: the form's table copied out of a PDF or a page)${ext === '.doc' ? '; save a .doc as .docx first' : ext === '.pdf' ? '; copy the table out of a PDF into a .txt file' : ''}`);
    }
    const limit = ext === '.docx' ? LIMITS.evidenceBytes : LIMITS.markdownBytes;
    const read = readBounded(resolve(io.cwd, file), limit);
    if ('problem' in read) throw new UsageError(`${file}: ${describeProblem(read.problem, limit)}`);
    const name = basename(file);
    let found: { cells: string[]; line: number }[];
    let foundLines: { cells: string[]; line: number }[] | undefined;
    if (ext === '.docx') {
      try {
        found = await readDocxRows(read.bytes);
        texts.push(...found.flatMap((r) => r.cells));
      } catch (e) {
        if (e instanceof NotADocument) throw new UsageError(`${file}: ${e.message}`);
        throw e;
      }
    } else {
      const text = read.bytes.toString('utf8');
      if (text.includes('\u0000')) throw new UsageError(`${file} is not text (it holds binary data): give the form's text, saved as .txt`);
      found = HTML.has(ext) ? readHtmlRows(text) : readTextRows(text);
      texts.push(text);
      if (!HTML.has(ext)) foundLines = readTextLines(text);
    }
    const unit = ext === '.docx' ? 'table row' : 'line';
    const placed = (r: { cells: string[]; line: number }) => ({ ...r, place: `${names.includes(name) ? file : name}, ${unit} ${r.line}` });
    rows.push(...found.map(placed));
    lines.push(...(foundLines ?? found).map(placed));
    names.push(name);
  }
  const source = names.join(', ');

  // Only the Code versions are read: the landlord's other files are not the import's business (check reads them after).
  const root = projectRoot(io, values);
  const codeVersions = checkedCodeVersions(io, values);
  const codes = [...codeVersions.values()];
  const ranked = rankCodes(rows, lines, codes);
  const wanted = values.code as string | undefined;
  const chosen = wanted ? codeVersions.get(wanted) : ranked[0]?.code;
  if (!chosen) throw new UsageError(`no Code version "${wanted}" (known: ${[...codeVersions.keys()].join(', ')})`);
  const confidence = ranked.find((r) => r.code.id === chosen.id)?.confidence ?? 0;
  const result = importAnswers(rows, lines, chosen);
  if (result.answers.size === 0) {
    io.stderr.write(`chc import: ${source}: no row of a self-assessment form was found (a provision's number, such as 1.2, or an answer such as Yes, in a table's row); nothing was written\n`);
    return EXIT.problems;
  }

  const dir = join(root, 'assessments', slug);
  const target = join(dir, period, 'assessment.yaml');
  // A landlord new to the repository: its details as --name and the form give them.
  const landlordFile = join(dir, 'landlord.yaml');
  const said = landlordFrom(texts, slug);
  const newLandlord = existsSync(landlordFile) ? null : {
    ...said,
    name: (values.name as string | undefined) ?? said.name ?? slug.split('-').map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`).join(' '),
    nameFrom: values.name !== undefined ? 'option' : said.name ? 'form' : 'folder',
  };
  const shown = relative(root, target).split('\\').join('/');
  const { yaml, documents, actions } = importedAssessmentYaml(chosen, period, given ?? isoDay(io.now()), result.answers, source, { placeholder: given === undefined });
  const answers = [...result.answers.values()];
  const summary = {
    file: shown,
    code: chosen.id,
    codeConfidence: Math.round(confidence * 100) / 100,
    codeFrom: wanted ? 'option' : 'detected',
    provisions: chosen.provisions.length,
    found: result.answers.size,
    byId: answers.filter((a) => a.by === 'id').length,
    byText: answers.filter((a) => a.by === 'text').length,
    documents,
    actions,
    notFound: chosen.provisions.filter((p) => !result.answers.has(p.id)).map((p) => p.id),
    unreadAnswers: answers.filter((a) => a.comply === null && a.answer === undefined).map((a) => ({ id: a.id, line: a.line, place: a.place, answer: a.answerText })),
    unmatched: result.unmatched,
    duplicates: result.duplicates,
    ...(newLandlord ? { landlord: { file: relative(root, landlordFile).split('\\').join('/'), name: newLandlord.name, nameFrom: newLandlord.nameFrom, website: newLandlord.website ?? null, complaintsPage: newLandlord.complaintsPage ?? null } } : {}),
  };

  if (!values['dry-run']) {
    if (existsSync(target) && !values.force) {
      throw new UsageError(`${shown} already exists; chc import never overwrites a file without --force (which keeps it as assessment.yaml.bak)`);
    }
    mkdirSync(join(dir, period), { recursive: true });
    if (newLandlord) {
      writeFileSync(landlordFile, newLandlordYaml(newLandlord, {
        schema: '../../schemas/landlord.schema.json',
        note: `Written by \`chc import\` from ${source}: check each line, and add the governing body and the rest (docs/data-formats.md).`,
      }), { flag: 'wx' });
    }
    if (existsSync(target)) copyFileSync(target, `${target}.bak`);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, yaml, { flag: 'wx' });
    renameSync(tmp, target);
  }

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ ...summary, written: !values['dry-run'], ...(values['dry-run'] ? { yaml } : {}) }, null, 2)}\n`);
  } else {
    if (values['dry-run']) io.stdout.write(yaml);
    const how = wanted ? `the ${chosen.id} Code (--code)` : `the ${chosen.id} Code (found from its provisions: ${Math.round(confidence * 100)}% sure)`;
    io.stdout.write(`${values['dry-run'] ? 'would write' : 'wrote'} ${shown} from ${source}, against ${how}\n`);
    io.stdout.write(`  ${summary.found} of ${plural(summary.provisions, 'provision')} found: ${summary.byId} by number, ${summary.byText} by their words\n`);
    if (actions) io.stdout.write(`  ${plural(actions, 'action')} proposed from the dates in the commentary of answers no or partial (to check)\n`);
    if (documents) io.stdout.write(`  ${plural(documents, 'document')} recognised in the evidence and commentary (written as documents:, to check)\n`);
    if (newLandlord) io.stdout.write(`  ${values['dry-run'] ? 'would write' : 'wrote'} ${summary.landlord!.file}: name "${newLandlord.name}" (${newLandlord.nameFrom === 'option' ? '--name' : newLandlord.nameFrom === 'form' ? 'as the form writes it' : 'from the folder name'})${newLandlord.website ? `, website ${newLandlord.website}` : ''}${newLandlord.complaintsPage ? `, complaints page ${newLandlord.complaintsPage}` : ''} (from the form: to check)\n`);
    if (summary.notFound.length) io.stdout.write(`  not found (left empty): ${summary.notFound.join(', ')}\n`);
    for (const u of summary.unreadAnswers) io.stdout.write(`  ${u.id} (${u.place}): the answer ${u.answer ? `"${u.answer.slice(0, 60)}"` : '(empty)'} is not yes, no, partial or n/a: set it\n`);
    for (const u of summary.unmatched) io.stdout.write(`  ${u.place}: a row that answers no provision of the ${chosen.id} Code: "${u.text}"\n`);
    for (const d of summary.duplicates) io.stdout.write(`  ${d.place}: ${d.id} answered again (the first answer is kept)\n`);
  }
  if (!values['dry-run']) {
    // What check makes of it, as chc check --landlord --period prints it (its exit code is check's business).
    if (format === 'text') io.stdout.write('\n');
    const check = await import('./check.ts');
    await check.run(['--root', root, '--landlord', slug, '--period', period, ...(format === 'json' ? ['--format', 'json'] : [])], format === 'json' ? { ...io, stdout: { write: () => true } } : io);
    if (format === 'text') io.stdout.write(`next: review each answer (each has a needs_review line, which check warns of until it is deleted)\n`);
  }
  return EXIT.ok;
}

