import { diagnostic, type Diagnostic } from '../../model/diagnostic.ts';
import { LIMITS } from '../../model/limits.ts';
import { fileOf, fileRefs } from '../../load/evidence-files.ts';
import { markdownStats } from '../markdown-shape.ts';
import type { Rule } from './context.ts';
import { publishedTexts, rootRelative } from './texts.ts';

/** A part of what an assessment publishes, with its blocks and where a diagnostic about it would point. */
interface Part { name: string; blocks: number; at: () => Diagnostic }

const n = (x: number) => x.toLocaleString('en-GB');

/**
 * More markdown than one assessment's outputs can be made from within the memory and time a build is given
 * (docs/limits.md): its blocks (paragraphs, list items, quotes, headings, code blocks, table cells) summed over
 * its answers, the governing body's response and every markdown document it cites. One error, at its largest
 * part, naming the largest parts, in `check` and `build` alike: a build never runs out of memory on it.
 */
export const markdownTooLarge: Rule = ({ project, assessment, data }) => {
  const parts: Part[] = [];
  const message = (total: number, largest: string) =>
    `this assessment publishes about ${n(total)} blocks of markdown (paragraphs, list items, headings, table cells); at most ${n(LIMITS.publishedBlocks)} can be published. The largest: ${largest}`;
  for (const t of publishedTexts(project, assessment, data)) {
    if (!t.markdown) continue;
    const name = t.file === assessment.file ? `${t.name}${t.provision ? ` of ${t.provision}` : ''}` : t.name;
    parts.push({ name, blocks: markdownStats(t.text).blocks, at: () => diagnostic(t.file, t.rangeOf(0, 1), 'error', 'markdown-too-large', '', '', t.provision) });
  }
  const response = data.governing_body_response;
  const seen = new Set<string>();
  for (const ref of fileRefs(assessment.raw)) {
    if (ref === response) continue; // counted above, as a published text
    const info = fileOf(project, assessment, ref);
    if (info?.text === undefined || info.outside) continue;
    const key = info.real ?? ref;
    if (seen.has(key)) continue;
    seen.add(key);
    const file = rootRelative(assessment, ref);
    parts.push({ name: ref, blocks: markdownStats(info.text).blocks, at: () => diagnostic(file, { line: 1, column: 1, endLine: 1, endColumn: 1 }, 'error', 'markdown-too-large', '', '') });
  }
  let total = 0;
  for (const p of parts) total += p.blocks;
  if (total <= LIMITS.publishedBlocks) return [];
  const largest = [...parts].sort((a, b) => b.blocks - a.blocks).slice(0, 3);
  const d = largest[0]!.at();
  d.message = message(total, `${largest.map((p) => `${p.name} (${n(p.blocks)})`).join(', ')}.`);
  d.hint = 'Publish long tables and lists as a document of their own (a PDF or spreadsheet cited by url or file), or split them; an answer needs a few paragraphs.';
  return [d];
};
