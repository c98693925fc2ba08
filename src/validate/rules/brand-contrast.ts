import { diagnostic } from '../../model/diagnostic.ts';
import { locate } from '../../model/assessment.ts';
import { AA_TEXT, brandColour, contrastRatio, formatRatio } from '../../model/colour.ts';
import type { LandlordRule } from './context.ts';

/** A brand colour that white text cannot be read on (contrast below 4.5:1, WCAG 2.2 AA), on landlord.yaml. */
export const brandContrast: LandlordRule = ({ landlord: l }) => {
  const colour = l.landlord.data?.brand?.colour;
  if (colour === undefined || l.landlord.invalid.has('/brand/colour') || !/^#[0-9a-f]{6}$/i.test(colour)) return [];
  const ratio = contrastRatio(colour, '#ffffff');
  if (ratio >= AA_TEXT) return [];
  const better = brandColour(colour);
  return [diagnostic(l.landlord.file, locate(l.landlord.source, '/brand/colour'), 'warning', 'brand-contrast',
    `brand colour ${colour} gives white text a contrast of ${formatRatio(ratio)}; at least 4.5:1 is needed`,
    `Use a darker colour such as ${better} (${formatRatio(contrastRatio(better, '#ffffff'))} with white text); until then the site uses ${better} in its place.`)];
};
