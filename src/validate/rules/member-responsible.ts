import { diagnostic } from '../../model/diagnostic.ts';
import { locate } from '../../model/assessment.ts';
import type { Rule } from './context.ts';

/** How a Code names the member of the governing body with lead responsibility for complaints (2024: provision 9.5). */
const MRC = /Member Responsible for Complaints/i;

/**
 * An assessment against a Code that asks for a Member Responsible for Complaints (the 2024 Code, 9.5), by a landlord
 * whose landlord.yaml names none: the outputs' facts leave the line out, and a reader cannot tell whether one was
 * appointed. A warning, on landlord.yaml (where it is fixed), once for all the landlord's assessments.
 */
export const memberResponsible: Rule = ({ project, assessment, code, landlord }) => {
  if (!code || !landlord || landlord.member_responsible_for_complaints !== undefined) return [];
  const asking = code.provisions.find((p) => MRC.test(`${p.title ?? ''} ${p.text}`));
  if (!asking) return [];
  const file = project.landlords.find((l) => l.slug === assessment.landlord)?.landlord;
  if (!file || file.invalid.has('/member_responsible_for_complaints')) return [];
  return [diagnostic(file.file, locate(file.source, ''), 'warning', 'member-responsible',
    `${landlord.name} names no Member Responsible for Complaints, which the ${code.id} Code asks for (${asking.id})`,
    'Add member_responsible_for_complaints: the member of the governing body with lead responsibility for complaints, by role (e.g. "Chair of the Customer Committee"). The outputs print it with the facts of every assessment.',
    asking.id)];
};
