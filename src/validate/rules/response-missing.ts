import { report, type Rule } from './context.ts';

/**
 * An approved assessment without the governing body's response: the Code (2024: 8.2; 2022 and 2020: in its
 * self-assessment section) requires the response to be published alongside the self-assessment. A warning: the
 * approval holds, but the publication is incomplete.
 */
export const responseMissing: Rule = ({ assessment, data, landlord }) => {
  if (!data.approval || data.governing_body_response !== undefined) return [];
  // Not while the approval block itself is in error (reported by the schema).
  if ([...assessment.invalid].some((p) => p === '/approval' || p.startsWith('/approval/'))) return [];
  const body = data.approval.body ?? landlord?.governing_body ?? 'governing body';
  return [report(assessment, '/approval', 'warning', 'response-missing',
    assessment.report
      ? `approved by the ${body}, but its response to the annual complaints report is not given`
      : `approved by the ${body}, but its response to the self-assessment is not given`,
    `The Code requires the governing body's response to be published with ${assessment.report ? 'the annual complaints report (2024: 8.2)' : 'the self-assessment'}: write it in a markdown file beside assessment.yaml (e.g. response.md) and name it with governing_body_response: response.md. Approve again afterwards: the response is part of what is approved.`, undefined, true)];
};
