import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { internalReason } from '../internal-documents.ts';
import { report, type Rule } from './context.ts';

/**
 * A file that is internal (a citation elsewhere marks it `internal: true`, by any name or link to the same file,
 * or it says so itself) cited here without the flag. The outputs treat it as internal all the same (a
 * document is internal everywhere); this makes the file say what will be published.
 */
export const internalUnmarked: Rule = ({ project, assessment, data }) => {
  const landlord = project.landlords.find((l) => l.slug === assessment.landlord);
  if (!landlord) return [];
  const out: Diagnostic[] = [];
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    (r?.documents ?? []).forEach((d, i) => {
      if (!d || d.internal === true || typeof d.file !== 'string') return;
      const reason = internalReason(project, landlord, assessment, d.file);
      if (!reason) return;
      out.push(report(assessment, pointer('responses', id, 'documents', i), 'error', 'internal-unmarked',
        `"${d.title ?? d.file}" is an internal document (${reason.why}), but is cited here without internal: true`,
        'Add internal: true to this citation: a document is internal wherever it is cited, and the public edition shows nothing of it. If it should be public, remove internal: true (or visibility: internal) everywhere it is given.', id));
    });
  }
  return out;
};
