import { diagnostic, type Diagnostic, type Range } from '../../model/diagnostic.ts';
import { fileOf, fileRefs } from '../../load/evidence-files.ts';
import { describeShape, markdownShape, type ShapeProblem } from '../markdown-shape.ts';
import type { Rule, RuleContext } from './context.ts';
import { publishedTexts, rootRelative } from './texts.ts';

const HINT = 'Write it flatter: a quote or list needs a few levels at most; split a very long document into several files.';

/** The 1-based line and column of an offset in a text. */
function position(text: string, offset: number): Range {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g) ?? []).length + 1;
  const column = offset - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column };
}

/**
 * The diagnostics of one rule about the shape of markdown (`kinds` of ShapeProblem), at the place, in every text an
 * assessment publishes (its answers and the governing body's response) and every markdown document it cites with
 * `file:` (published as a page).
 */
export function shapeDiagnostics({ project, assessment, data }: RuleContext, kinds: readonly ShapeProblem['kind'][], rule: string, hint: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of publishedTexts(project, assessment, data)) {
    if (!t.markdown) continue;
    for (const p of markdownShape(t.text)) {
      if (kinds.includes(p.kind)) out.push(diagnostic(t.file, t.rangeOf(p.start, p.end), 'error', rule, `${t.name} ${describeShape(p)}`, hint, t.provision));
    }
  }
  const response = data.governing_body_response;
  for (const ref of new Set(fileRefs(assessment.raw))) {
    if (ref === response) continue; // read above, as a published text
    const info = fileOf(project, assessment, ref);
    if (info?.text === undefined || info.outside) continue;
    for (const p of markdownShape(info.text)) {
      if (kinds.includes(p.kind)) out.push(diagnostic(rootRelative(assessment, ref), position(info.text, p.start), 'error', rule, `the document ${describeShape(p)}`, hint));
    }
  }
  return out;
}

/**
 * Markdown nested deeper than the outputs can be made from, or with more headings than any document has: an
 * error, at the place, in `check` and `build` alike, instead of a build that fails for everyone.
 */
export const markdownTooDeep: Rule = (ctx) => shapeDiagnostics(ctx, ['depth', 'headings'], 'markdown-too-deep', HINT);
