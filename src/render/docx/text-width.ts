// How wide text is in Arial, so that table columns can be made wide enough for their longest word.

/** The characters the width tables cover: printable ASCII, then a few typographic ones. */
const CHARS = ` !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefghijklmnopqrstuvwxyz{|}~‘’“”–—…→•·£€é`;

/**
 * Advance widths in thousandths of an em, from Liberation Sans, which is metric-compatible with Arial (so Word,
 * with Arial, and LibreOffice, with Liberation Sans, set the same line). Italic has the upright widths.
 */
const REGULAR = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 222, 222, 333, 333, 556, 1000, 1000, 1000, 350, 333, 556, 556, 556];
const BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 278, 278, 500, 500, 556, 1000, 1000, 1000, 350, 333, 556, 556, 556];

const tableOf = (widths: number[]) => new Map([...CHARS].map((c, i) => [c, widths[i]!]));
const WIDTHS = { regular: tableOf(REGULAR), bold: tableOf(BOLD) };

/** A font to measure in: its size in half-points (as docx sizes text) and whether it is bold. */
export interface Font { size: number; bold?: boolean }

/** The width of a text on one line, in twips. A character not in the tables counts as a wide letter. */
export function textWidth(text: string, font: Font): number {
  const table = font.bold ? WIDTHS.bold : WIDTHS.regular;
  let em = 0;
  for (const c of text) em += table.get(c) ?? 778;
  // size is in half-points; a point is 20 twips.
  return Math.ceil((em / 1000) * (font.size / 2) * 20);
}

/**
 * The width of the longest word of a text, in twips: the narrowest a column can be without splitting a word. Words
 * longer than `longest` characters (addresses, file paths) are left out: they cannot fit a column anyway and are
 * broken wherever the line ends.
 */
export function longestWordWidth(text: string, font: Font, longest = 20): number {
  let widest = 0;
  // Lines break at spaces and after hyphens, in Word and in LibreOffice.
  for (const word of text.split(/[ \t\r\n]+|(?<=-)/)) {
    if (word === '' || [...word].length > longest) continue;
    widest = Math.max(widest, textWidth(word, font));
  }
  return widest;
}
