import { nearest } from '../../model/suggest.ts';
import { report, type Rule } from './context.ts';

/** `code` names no file in code-versions/ (or names one that failed to load). */
export const unknownCode: Rule = ({ project, assessment, data }) => {
  if (data.code === undefined) return [];
  const id = String(data.code);
  const known = [...project.codeVersions.keys()];
  const f = project.codeVersions.get(id);
  if (f && f.data) return [];
  if (f) {
    return [report(assessment, '/code', 'error', 'unknown-code', `Code version "${id}" could not be loaded`,
      `Fix the problems reported in ${f.file} first.`)];
  }
  const guess = nearest(id, known);
  return [report(assessment, '/code', 'error', 'unknown-code', `there is no Code version "${id}"`,
    `${guess ? `Did you mean "${guess}"? ` : ''}Known versions: ${known.map((k) => `"${k}"`).join(', ')}.`)];
};
