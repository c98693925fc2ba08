import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { findSection } from '../../model/outline.ts';
import { nearest } from '../../model/suggest.ts';
import { fileOf } from '../../load/read-project.ts';
import { report, type Rule } from './context.ts';

/** A markdown document here names a `section` that none of its headings carries (a renumbered policy is caught), or that several do. */
export const sectionNotFound: Rule = ({ project, assessment, data }) => {
  const out: Diagnostic[] = [];
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    (r?.documents ?? []).forEach((d, i) => {
      if (!d?.file || d.section === undefined) return;
      const info = fileOf(project, assessment, d.file);
      if (!info?.outline || info.outside) return;
      const match = findSection(info.outline, d.section);
      if (match.found) return;
      const ref = String(d.section);
      const guess = match.ambiguous ? undefined : nearest(ref, match.candidates.flatMap((c) => [c, c.replace(/^[\d.]+\s*/, ''), c.split(/\s/)[0]!.replace(/\.$/, '')]));
      out.push(report(assessment, pointer('responses', id, 'documents', i, 'section'), 'error', 'section-not-found',
        match.ambiguous ? `section "${ref}" matches several headings of ${d.file}` : `${d.file} has no section "${ref}"`,
        match.ambiguous ? (new Set(match.ambiguous).size === match.ambiguous.length
          ? `Name one of: ${match.ambiguous.join('; ')}.`
          : `${match.ambiguous.length} headings read "${match.ambiguous[0]}" or alike: number or title them apart in ${d.file}, then name one.`) :
          guess ? `Did you mean "${guess}"? If the policy was renumbered, update the section.` :
            `Its sections are: ${match.candidates.slice(0, 12).join('; ')}${match.candidates.length > 12 ? '; …' : ''}.`,
        id));
    });
  }
  return out;
};
