// The rows of a self-assessment form's tables in a Word document (`chc import` of a .docx): mammoth reads the
// document (tables, merged cells, paragraphs and lists in cells) as HTML, whose rows read-html-table.ts takes.
// A row's place is its number among the document's table rows (a .docx has no lines).
import { ADDED_CLASS, readHtmlRows } from './read-html-table.ts';
import { ADDED_STYLE_NAMES } from '../../model/added-styles.ts';
import type { TextRow } from './read-text-table.ts';

/**
 * What chc's own DOCX adds to an answer's cells (the documents it cites, its actions, what changed since last year),
 * in paragraph styles of their own: read as such, they are not taken for the landlord's text (the round trip).
 */
const STYLE_MAP = Object.entries(ADDED_STYLE_NAMES).map(([key, name]) => `p[style-name='${name}'] => p.${ADDED_CLASS}-${key}:fresh`);

/** Why a file is not a Word document chc can read. */
export class NotADocument extends Error {}

/** The rows of every table in the document, numbered in order from 1; throws NotADocument for a corrupt, encrypted or non-Word file. */
export async function readDocxRows(bytes: Buffer): Promise<TextRow[]> {
  // A .docx is a zip: "PK". An encrypted (password-protected) one is an OLE compound file: D0 CF 11 E0.
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw new NotADocument('it is password-protected (or an old .doc): save it without a password as .docx');
  if (!bytes.subarray(0, 2).equals(Buffer.from('PK'))) throw new NotADocument('it is not a Word document (.docx)');
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP })).value;
  } catch (e) {
    throw new NotADocument(`it cannot be read as a Word document (${String((e as Error).message ?? e).split('\n')[0]!.slice(0, 120)})`);
  }
  return readHtmlRows(html).map((r, i) => ({ cells: r.cells, line: i + 1 }));
}
