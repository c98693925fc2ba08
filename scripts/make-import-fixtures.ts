// Makes tests/fixtures/import/: the seeds' forms (tests/fixtures/seeds, text) as a web page with the form's layout (an
// HTML table, a row per provision, paragraphs and lists in cells) and as a Word document that pandoc makes from that
// page, so `chc import` is tested on a DOCX that a program nobody here wrote made. The 2020 form (seed 000, a PDF's
// text) is laid out as the Ombudsman printed it: a table per section, its question, "Yes" and "No" columns, the
// landlord's text in the Yes column and its mark ("n/a", "No") in the No column. LibreOffice makes a second DOCX of
// each page, as Writer opens an HTML table and saves it for Word. Run once, with pandoc and LibreOffice installed
// (`apt-get install pandoc libreoffice-writer-nogui`):
//   node scripts/make-import-fixtures.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextLines, readTextRows } from '../src/load/import/read-text-table.ts';
import { answersFromQuestions } from '../src/model/import-questions.ts';
import { readCodeVersions } from '../src/load/read-project.ts';
import type { CodeVersion } from '../src/model/code-version.ts';

const REPO = join(import.meta.dirname, '..');
const SEEDS = join(REPO, 'tests/fixtures/seeds');
const OUT = join(REPO, 'tests/fixtures/import');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell's text as HTML: its paragraphs as <p>, its "- " lines as a list. */
function cellHtml(text: string): string {
  return text.split(/\n\n+/).map((para) => {
    const lines = para.split('\n');
    const items = lines.filter((l) => l.startsWith('- '));
    if (items.length === lines.length) return `<ul>${items.map((l) => `<li>${escape(l.slice(2))}</li>`).join('')}</ul>`;
    return `<p>${lines.map(escape).join('<br>')}</p>`;
  }).join('');
}

mkdirSync(OUT, { recursive: true });
for (const [prefix, name, title] of [['003', 'plus-dane-2024-form', 'Complaint Handling Code self-assessment (Appendix A)'], ['002', 'homes-plus-2022-form', 'Complaint Handling Code self-assessment']] as const) {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const rows = readTextRows(readFileSync(join(SEEDS, file), 'utf8'));
  const body = rows.map((r, i) => {
    const tag = i === 0 || /^code (provision|section)$/i.test(r.cells[0] ?? '') ? 'th' : 'td';
    return `<tr>${r.cells.map((c) => `<${tag}>${cellHtml(c)}</${tag}>`).join('')}</tr>`;
  }).join('\n');
  const html = `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body>\n<h1>${title}</h1>\n<p>Made from ${file} by scripts/make-import-fixtures.ts.</p>\n<table>\n${body}\n</table>\n</body></html>\n`;
  writeFileSync(join(OUT, `${name}.html`), html);
  execFileSync('pandoc', [join(OUT, `${name}.html`), '-f', 'html', '-t', 'docx', '-o', join(OUT, `${name}.pandoc.docx`)]);
  process.stdout.write(`wrote ${name}.html and ${name}.pandoc.docx (${rows.length} rows)\n`);
}

// The 2020 question form: its rows found in the seed's text by their questions, then laid out as the form prints them.
{
  const file = readdirSync(SEEDS).find((f) => f.startsWith('000'))!;
  // The Code's data as written (schema-checked in the tests): the questions' text and sections are all this needs.
  const code = readCodeVersions(join(REPO, 'code-versions')).versions.get('2020')!.raw as CodeVersion;
  const { answers } = answersFromQuestions(readTextLines(readFileSync(join(SEEDS, file), 'utf8')), code);
  const name = 'plus-dane-2020-form';
  const title = 'Compliance with the Complaint Handling Code';
  const tables = code.sections.map((section) => {
    const rows = code.provisions.filter((p) => p.section === section.id).map((p) => {
      const a = answers.get(p.id);
      const yes = a?.answer ?? (a?.comply === 'yes' ? a.evidence : a?.commentary ?? '');
      const no = a?.answerText ?? '';
      return `<tr><td>${cellHtml(p.text.trim())}</td><td>${cellHtml(yes)}</td><td>${escape(no)}</td></tr>`;
    });
    return `<table>\n<tr><th>${section.id}</th><th>${escape(section.title)}</th><th>Yes</th><th>No</th></tr>\n${rows.join('\n')}\n</table>`;
  }).join('\n');
  const html = `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body>\n<h1>${title}</h1>\n<p>Made from ${file} by scripts/make-import-fixtures.ts.</p>\n${tables}\n</body></html>\n`;
  writeFileSync(join(OUT, `${name}.html`), html);
  execFileSync('pandoc', [join(OUT, `${name}.html`), '-f', 'html', '-t', 'docx', '-o', join(OUT, `${name}.pandoc.docx`)]);
  process.stdout.write(`wrote ${name}.html and ${name}.pandoc.docx (${answers.size} questions)\n`);
}

// LibreOffice's DOCX of each page: Writer opening the HTML table, then saving it as Word.
for (const name of ['plus-dane-2024-form', 'homes-plus-2022-form', 'plus-dane-2020-form']) {
  const work = join(OUT, '.libreoffice');
  mkdirSync(work, { recursive: true });
  execFileSync('soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(OUT, `${name}.html`)], { stdio: 'ignore' });
  renameSync(join(work, `${name}.docx`), join(OUT, `${name}.libreoffice.docx`));
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`wrote ${name}.libreoffice.docx\n`);
}
