import { diagnostic, START } from '../../model/diagnostic.ts';
import type { LandlordRule } from './context.ts';

/** The site's own top-level folders: a landlord folder of the same name would lose its pages to them. */
export const RESERVED_NAMES: Readonly<Record<string, string>> = {
  about: 'the page about these pages',
  documents: 'the PDF and Word downloads',
  'print-view': 'the print views the PDFs are made from',
  'single-page': "the assessments' single pages",
  _astro: "the site's assets",
  'index.html': 'the home page',
};

/** A landlord folder named like a part of the site (about/, documents/…): its pages would be lost, so it is refused. */
export const reservedName: LandlordRule = ({ landlord: l }) => {
  const what = RESERVED_NAMES[l.slug.toLowerCase()];
  if (!what) return [];
  return [diagnostic(l.landlord.file, START, 'error', 'reserved-name',
    `the landlord folder assessments/${l.slug}/ is named like a part of the website (/${l.slug}/ holds ${what}), so its pages would be lost`,
    `Rename the folder after the landlord, e.g. assessments/${l.slug}-homes/ (the folder name is the landlord's address on the site).`)];
};
