import { locate } from '../../model/assessment.ts';
import { diagnostic } from '../../model/diagnostic.ts';
import type { LandlordRule } from './context.ts';

/**
 * A landlord.yaml without `governing_body`: the outputs name the body that approves the self-assessment
 * ("not yet approved by the Cabinet"), and chc does not guess it is a Board (councils have a Cabinet or a
 * committee). A warning: until it is set the outputs say "the governing body".
 */
export const governingBody: LandlordRule = ({ landlord }) => {
  const file = landlord.landlord;
  if (!file.data || file.data.governing_body !== undefined || file.invalid.has('/governing_body')) return [];
  return [diagnostic(file.file, locate(file.source, ''), 'warning', 'governing-body',
    `${file.data.name} names no governing body`,
    'Add governing_body: the body that approves the self-assessment, as the outputs should name it, e.g. Board, Cabinet, or Housing Committee. Until then they say "the governing body".')];
};
