import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { fileOf } from '../../load/evidence-files.ts';
import { report, type Rule } from './context.ts';

const WHY = {
  absolute: 'it is an absolute path',
  parent: "it leads outside the landlord's folder",
  symlink: "it is a link to a file outside the landlord's folder",
} as const;

/** A `file:` (or the governing body's response) that does not exist, or lies outside the landlord's folder. */
export const documentNotFound: Rule = ({ project, assessment, data }) => {
  const out: Diagnostic[] = [];
  const check = (ref: string, ptr: string, provision?: string): void => {
    const info = fileOf(project, assessment, ref);
    if (!info) return;
    if (info.outside) {
      out.push(report(assessment, ptr, 'error', 'document-not-found', `"${ref}" cannot be used: ${WHY[info.outside]}`,
        `Copy the file into assessments/${assessment.landlord}/evidence/ and name it relative to this folder, e.g. ../evidence/${ref.split(/[\\/]/).pop()}.`, provision));
    } else if (info.folder) {
      out.push(report(assessment, ptr, 'error', 'document-not-found', `"${ref}" is a folder, not a file`,
        `Name one file inside it, e.g. ${ref.replace(/[\\/]+$/, '')}/complaints-policy.md.`, provision));
    } else if (!info.exists) {
      out.push(report(assessment, ptr, 'error', 'document-not-found', `"${ref}" does not exist`,
        `Check the spelling; the path is relative to ${assessment.file.replace(/\/[^/]+$/, '/')}. Shared documents live in ../evidence/.`, provision));
    } else if (info.unreadable) {
      out.push(report(assessment, ptr, 'error', 'document-not-found', `"${ref}" ${info.unreadable}`,
        info.unreadable.includes('permission') ? 'Give your user permission to read the file (or copy it into a new file).' : 'Put an ordinary file there: a copy of the document itself.', provision));
    } else if (info.tooLarge) {
      out.push(report(assessment, ptr, 'error', 'document-not-found', `"${ref}" is too large to use`,
        'See docs/limits.md: split the document, or publish it and give its url: instead.', provision));
    }
  };
  if (data.governing_body_response !== undefined) check(data.governing_body_response, '/governing_body_response');
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    (r?.documents ?? []).forEach((d, i) => {
      if (d?.file !== undefined) check(d.file, pointer('responses', id, 'documents', i, 'file'), id);
    });
  }
  return out;
};
