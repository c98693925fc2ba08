import type { Diagnostic } from '../model/diagnostic.ts';
import type { CheckResult } from '../validate/check.ts';
import { plural } from '../model/plural.ts';
import { countsText, entriesOf, groupText } from './format-pretty.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions workflow command, annotating the offending line. */
export function formatAnnotation(d: Diagnostic): string {
  const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
  if (d.endLine !== undefined && d.endLine === d.line && d.endColumn !== undefined && d.endColumn > d.column) {
    props.push(`endLine=${d.endLine}`, `endColumn=${d.endColumn}`);
  }
  props.push(`title=${escapeProperty(`${d.rule}${d.provision ? ` (${d.provision})` : ''}`)}`);
  return `::${kind} ${props.join(',')}::${escapeData(`${d.message}. ${d.hint}`)}`;
}

/**
 * Every diagnostic as an annotation; a file's unanswered provisions as one (GitHub shows at most 10 error
 * annotations per step, so a partial draft's hundred would hide everything else).
 */
export function formatGithub(result: CheckResult): string {
  const lines = entriesOf(result.diagnostics).map((e) => {
    if (e.kind === 'one') return formatAnnotation(e.diagnostic);
    const first = e.diagnostics[0]!;
    const t = groupText(e.diagnostics);
    return formatAnnotation({ ...first, endLine: undefined, endColumn: undefined, provision: undefined, message: `${t.message}: ${t.lines.join('; ')}`, hint: t.hint });
  });
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** A markdown table of the per-assessment summary, for $GITHUB_STEP_SUMMARY or a pull-request comment. */
export function formatMarkdownSummary(result: CheckResult): string {
  const rows = result.assessments.map((s) => {
    const status = s.errors > 0 ? `❌ ${countsText(s)}` : s.warnings > 0 ? `⚠️ ${countsText(s)}` : '✅ ok';
    // No counts for a file that could not be read, or that names no Code version that could be used.
    if (s.readable === false || s.must.total + s.should.total === 0) {
      const why = s.readable === false ? 'could not be read' : 'not checked against a Code';
      return `| ${s.landlord} | ${s.period} | ${s.code ?? '?'} | ${s.approved ? 'approved' : 'draft'} | — | — | — | — | — | — | ${status} (${why}) |`;
    }
    const should = s.should.total ? `${s.should.answered}/${s.should.total}` : '—';
    return `| ${s.landlord} | ${s.period} | ${s.code ?? '?'} | ${s.approved ? 'approved' : 'draft'} | ${s.must.answered}/${s.must.total} | ${should} | ${s.comply.yes} | ${s.comply.partial} | ${s.comply.no} | ${s.comply['n/a']} | ${status} |`;
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  return [
    '## Complaint Handling Code self-assessment check',
    '',
    '| Landlord | Period | Code | Status | Must answered | Should answered | Yes | Partial | No | n/a | Result |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    // The landlords' own files (landlord.yaml, templates/, evidence/) and files of no landlord: with the rows, the totals.
    ...(result.landlords ?? []).filter((l) => l.errors + l.warnings > 0).map((l) => `${l.landlord} (its own files): ${countsText(l)}.`),
    ...(result.elsewhere && result.elsewhere.errors + result.elsewhere.warnings > 0 ? [`Files of no landlord: ${countsText(result.elsewhere)}.`] : []),
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
    '',
  ].join('\n');
}
