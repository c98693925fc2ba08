import type { LandlordRule, Rule } from './context.ts';
import { unknownCode } from './unknown-code.ts';
import { unknownProvision } from './unknown-provision.ts';
import { missingResponse } from './missing-response.ts';
import { unjustifiedNa } from './unjustified-na.ts';
import { missingAction } from './missing-action.ts';
import { overdueAction } from './overdue-action.ts';
import { noEvidence } from './no-evidence.ts';
import { documentNotFound } from './document-not-found.ts';
import { sectionNotFound } from './section-not-found.ts';
import { supersededCode } from './superseded-code.ts';
import { codeNotInForce } from './code-not-in-force.ts';
import { approvalDate } from './approval-date.ts';
import { assessedOn } from './assessed-on.ts';
import { periodMismatch } from './period-mismatch.ts';
import { needsReview } from './needs-review.ts';
import { approvalStale } from './approval-stale.ts';
import { approvalUnbound } from './approval-unbound.ts';
import { approvalCodeChanged } from './approval-code-changed.ts';
import { responseMissing } from './response-missing.ts';
import { unsafeUrl } from './unsafe-url.ts';
import { unsafeMarkdown } from './unsafe-markdown.ts';
import { personalData, personalDataInLandlord } from './personal-data.ts';
import { brandContrast } from './brand-contrast.ts';
import { brandLogo } from './brand-logo.ts';
import { unsafeSvg } from './unsafe-svg.ts';
import { governingBody } from './governing-body.ts';
import { reservedName } from './reserved-name.ts';
import { tooLarge } from './too-large.ts';
import { internalUnmarked } from './internal-unmarked.ts';
import { markdownTooDeep } from './markdown-too-deep.ts';
import { markdownTooLarge } from './markdown-too-large.ts';
import { tableTooWide } from './table-too-wide.ts';
import { memberResponsible } from './member-responsible.ts';
import { templatePlaceholder } from './template-placeholder.ts';
import { caseLog } from './case-log.ts';
import { reportFigures } from './report-figures.ts';

export type { LandlordRule, Rule, RuleContext } from './context.ts';

/** Every rule run on each assessment, by rule id. */
export const RULES: Readonly<Record<string, Rule>> = {
  'unknown-code': unknownCode,
  'unknown-provision': unknownProvision,
  'missing-response': missingResponse,
  'unjustified-na': unjustifiedNa,
  'missing-action': missingAction,
  'overdue-action': overdueAction,
  'no-evidence': noEvidence,
  'document-not-found': documentNotFound,
  'section-not-found': sectionNotFound,
  'superseded-code': supersededCode,
  'code-not-in-force': codeNotInForce,
  'approval-date': approvalDate,
  'assessed-on': assessedOn,
  'period-mismatch': periodMismatch,
  'needs-review': needsReview,
  'approval-stale': approvalStale,
  'approval-unbound': approvalUnbound,
  'approval-code-changed': approvalCodeChanged,
  'response-missing': responseMissing,
  'unsafe-url': unsafeUrl,
  'unsafe-markdown': unsafeMarkdown,
  'personal-data': personalData,
  'too-large': tooLarge,
  'internal-unmarked': internalUnmarked,
  'markdown-too-deep': markdownTooDeep,
  'markdown-too-large': markdownTooLarge,
  'table-too-wide': tableTooWide,
  'member-responsible': memberResponsible,
  'case-log': caseLog,
  'report-figures': reportFigures,
};

/** Rules run once per landlord, on its landlord.yaml. */
export const LANDLORD_RULES: Readonly<Record<string, LandlordRule>> = {
  'brand-contrast': brandContrast,
  'brand-logo': brandLogo,
  'unsafe-svg': unsafeSvg,
  'governing-body': governingBody,
  'personal-data': personalDataInLandlord,
  'reserved-name': reservedName,
  'template-placeholder': templatePlaceholder,
};
