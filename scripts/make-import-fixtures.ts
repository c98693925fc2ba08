// Makes tests/fixtures/import/: the seeds' forms (../shared/seeds, text) as a web page with the form's layout (an
// HTML table, a row per provision, paragraphs and lists in cells) and as a Word document that pandoc makes from that
// page, so `chc import` is tested on a DOCX that a program nobody here wrote made. Run once, with pandoc installed:
//   node scripts/make-import-fixtures.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextRows } from '../src/load/import/read-text-table.ts';

const REPO = join(import.meta.dirname, '..');
const SEEDS = join(REPO, '../shared/seeds');
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
