import { diagnostic } from '../../model/diagnostic.ts';
import { locate } from '../../model/assessment.ts';
import { LIMITS } from '../../model/limits.ts';
import type { LandlordRule } from './context.ts';

/** brand.logo must be an image file inside the landlord's folder, of at most 1 MB. */
export const brandLogo: LandlordRule = ({ landlord: l }) => {
  const logo = l.logo;
  if (!logo || l.landlord.invalid.has('/brand/logo')) return [];
  const at = locate(l.landlord.source, '/brand/logo');
  if (logo.outside) {
    return [diagnostic(l.landlord.file, at, 'error', 'document-not-found', `the logo "${logo.ref}" lies outside the landlord's folder`,
      `Copy it into assessments/${l.slug}/ and name it relative to landlord.yaml, e.g. logo.svg.`)];
  }
  if (!logo.exists) {
    return [diagnostic(l.landlord.file, at, 'error', 'document-not-found', `the logo "${logo.ref}" does not exist`,
      `Put the image in assessments/${l.slug}/ and name it relative to landlord.yaml.`)];
  }
  if (logo.unreadable) {
    return [diagnostic(l.landlord.file, at, 'error', 'document-not-found', `the logo "${logo.ref}" ${logo.unreadable}`,
      'Put an ordinary image file there (SVG or PNG).')];
  }
  if (logo.bytes > LIMITS.logoBytes) {
    return [diagnostic(l.landlord.file, at, 'error', 'file-too-large', `the logo is ${(logo.bytes / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB`,
      'Use an SVG, or a PNG no wider than needed (a header logo is 40 pixels high).')];
  }
  return [];
};
