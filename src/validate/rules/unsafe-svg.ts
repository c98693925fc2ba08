import { diagnostic } from '../../model/diagnostic.ts';
import { locate } from '../../model/assessment.ts';
import { svgProblems } from '../svg-safety.ts';
import type { LandlordRule } from './context.ts';

/**
 * An SVG logo that could run script or load from elsewhere when opened at its address on the site: refused, with
 * what was found (the logo is published byte for byte, so it must be safe as it is).
 */
export const unsafeSvg: LandlordRule = ({ landlord: l }) => {
  const logo = l.logo;
  if (!logo?.content || logo.outside || !/\.svg$/i.test(logo.ref) || l.landlord.invalid.has('/brand/logo')) return [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(logo.content);
  } catch {
    return [diagnostic(l.landlord.file, locate(l.landlord.source, '/brand/logo'), 'error', 'unsafe-svg', `the logo "${logo.ref}" is not UTF-8 text, so not an SVG chc can check`,
      'Export the logo again as a plain SVG (or as a PNG).')];
  }
  const problems = svgProblems(text);
  if (problems.length === 0) return [];
  const listed = problems.length > 4 ? `${problems.slice(0, 4).join('; ')}; and ${problems.length - 4} more` : problems.join('; ');
  return [diagnostic(l.landlord.file, locate(l.landlord.source, '/brand/logo'), 'error', 'unsafe-svg', `the logo "${logo.ref}" is not safe to publish: ${listed}`,
    'A logo must be a picture only: export it again as a plain SVG (in Inkscape "Plain SVG", in Illustrator "SVG Tiny", or run it through svgo), without scripts, links or embedded content; or use a PNG.')];
};
