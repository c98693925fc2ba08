import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { findSection } from '../../model/outline.ts';
import { nearest } from '../../model/suggest.ts';
import { fileOf } from '../../load/evidence-files.ts';
import { report, type Rule } from './context.ts';
import { titleKey } from '../../model/title-key.ts';

/**
 * A markdown document here names a `section` that none of its headings carries (a renumbered policy is caught), or
 * that several do; whichever way the document is cited: with `file:`, or by its title alone where another citation
 * of the same title in the assessment gives its file (the outputs treat the two as one document).
 */
export const sectionNotFound: Rule = ({ project, assessment, data }) => {
  const out: Diagnostic[] = [];
  // The file each title is cited with, where one is.
  const fileOfTitle = new Map<string, string>();
  for (const r of Object.values(data.responses ?? {})) {
    for (const d of r?.documents ?? []) if (d?.file && typeof d.title === 'string' && !fileOfTitle.has(titleKey(d.title))) fileOfTitle.set(titleKey(d.title), d.file);
  }
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    (r?.documents ?? []).forEach((cited, i) => {
      if (!cited || cited.section === undefined || cited.section === null) return;
      const byTitle = !cited.file && !cited.url && typeof cited.title === 'string' ? fileOfTitle.get(titleKey(cited.title)) : undefined;
      const file = cited.file ?? byTitle;
      if (!file) return;
      const d = { ...cited, file, section: cited.section };
      const info = fileOf(project, assessment, d.file);
      if (!info?.outline || info.outside) return;
      const match = findSection(info.outline, d.section);
      if (match.found) return;
      const ref = String(d.section);
      const guess = match.ambiguous ? undefined : nearest(ref, match.candidates.flatMap((c) => [c, c.replace(/^[\d.]+\s*/, ''), c.split(/\s/)[0]!.replace(/\.$/, '')]));
      out.push(report(assessment, pointer('responses', id, 'documents', i, 'section'), 'error', 'section-not-found',
        match.ambiguous ? `section "${ref}" matches several headings of ${d.file}${byTitle ? ` (cited as "${d.title}")` : ''}` : `${d.file}${byTitle ? ` (cited as "${d.title}")` : ''} has no section "${ref}"`,
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
