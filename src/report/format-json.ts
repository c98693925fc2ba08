import type { CheckResult } from '../validate/check.ts';
import { ruleUrl } from '../validate/rules/catalogue.ts';

/** The stable JSON report: `{"diagnostics": [...], "summary": {...}}` (shape documented in docs/check.md). */
export function formatJson(result: CheckResult): string {
  const count = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
  const report = {
    diagnostics: result.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      severity: d.severity,
      rule: d.rule,
      provision: d.provision ?? null,
      message: d.message,
      hint: d.hint,
      url: ruleUrl(d.rule),
    })),
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      assessments: result.assessments,
      // The problems on each landlord's own files and on files of no landlord: with the assessments', they sum to the totals.
      landlords: result.landlords ?? [],
      elsewhere: result.elsewhere ?? { errors: 0, warnings: 0 },
    },
  };
  return JSON.stringify(report, null, 2) + '\n';
}
