import { latestAssessedOn, parsePeriod } from '../../model/period.ts';
import { report, type Rule } from './context.ts';

/**
 * The words of the comment `chc new` writes on the line above `assessed_on` (which it sets to the day it wrote
 * the file). While a comment holding them stands there or on the line itself, the date is a placeholder.
 */
export const ASSESSED_ON_MARKER = 'chc new wrote the day it made this file';

/** The comment `chc new` writes above `assessed_on`, without its "#". */
export const ASSESSED_ON_COMMENT = ` Set assessed_on to the day the self-assessment was completed (${ASSESSED_ON_MARKER}), then delete this comment.`;

/** Whether the text has the marker in a comment on the `assessed_on:` line or the line above it. */
export function hasScaffoldMarker(text: string): boolean {
  if (!text.includes(ASSESSED_ON_MARKER)) return false;
  const lines = text.split(/\r?\n/);
  const marked = (line: string | undefined): boolean => {
    const hash = line?.indexOf('#') ?? -1;
    return hash >= 0 && line!.slice(hash).includes(ASSESSED_ON_MARKER);
  };
  return lines.some((line, i) => /^assessed_on\s*:/.test(line) && (marked(line) || marked(lines[i - 1])));
}

const HINT = 'Set assessed_on to the day the self-assessment was completed (YYYY-MM-DD)';

/**
 * `assessed_on` that is plainly not the day the self-assessment was completed: still the date `chc new` wrote
 * (its comment is still beside it), before the period began, more than a year after it ended, or 1 January
 * of a year the period does not touch. A date later than the approval is `approval-date`'s to report.
 */
export const assessedOn: Rule = ({ assessment, data }) => {
  const date = data.assessed_on;
  if (date === undefined || assessment.invalid.has('/assessed_on')) return [];
  // The file's comments are not in the data: the marker is looked for in its text, as the loader read it.
  if (hasScaffoldMarker(assessment.source.text ?? '')) {
    return [report(assessment, '/assessed_on', 'warning', 'assessed-on',
      `assessed_on ${date} is the date chc new wrote when it made this file, not yet the day the self-assessment was completed`,
      `${HINT}, then delete the comment chc new wrote above it ("… ${ASSESSED_ON_MARKER} …").`)];
  }
  // Against a period the folder and the file agree on; a disagreement is period-mismatch's to report.
  const p = data.period !== undefined && data.period === assessment.period && !assessment.invalid.has('/period') ? parsePeriod(data.period) : undefined;
  if (!p) return [];
  const latest = latestAssessedOn(p);
  const usually = `a self-assessment of ${p.label} is completed during the year (${p.start} to ${p.end}) or in the months after it`;
  if (date < p.start) {
    return [report(assessment, '/assessed_on', 'warning', 'assessed-on',
      `assessed_on ${date} is before the period ${p.label} began (${p.start})`,
      `${HINT}: ${usually}. If the date is right, check the period.`)];
  }
  if (date > latest) {
    return [report(assessment, '/assessed_on', 'warning', 'assessed-on',
      `assessed_on ${date} is more than a year after the period ${p.label} ended (${p.end})`,
      `${HINT}: ${usually}. If the date is right, check the period.`)];
  }
  const year = Number(date.slice(0, 4));
  if (date.endsWith('-01-01') && year !== p.startYear && year !== p.startYear + 1) {
    return [report(assessment, '/assessed_on', 'warning', 'assessed-on',
      `assessed_on ${date} looks like a placeholder: 1 January of ${year}, a year the period ${p.label} does not touch`,
      `${HINT}: ${usually}.`)];
  }
  return [];
};
