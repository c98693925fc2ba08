// The building blocks every part of the Word document is made of: headings, paragraphs, tables and lists, in the
// document's own styles, and links within the document.
import { say, type Wording } from '../../model/wording.ts';
import type { OutlineEntry } from '../document-outline.ts';
import {
  AlignmentType, BorderStyle, Bookmark, HeadingLevel, InternalHyperlink, Paragraph, ShadingType, StringValueElement, Table, TableCell,
  TableLayoutType, TableProperties, TableRow, TextRun, VerticalAlignTable, WidthType, type ParagraphChild,
} from 'docx';
import type { AssessmentView } from '../view-model.ts';
import { BULLETS, COLOUR, STYLE, TEXT_WIDTH, listIndent, orderedRef } from './styles.ts';

/** A block of Word content: a paragraph or a table. */
export type Block = Paragraph | Table;

/** What the lists of one document share: the start numbers used, and a new list instance for each list. */
export class ListRegistry {
  readonly starts = new Set<number>([1]);
  private next = 0;
  /** A new list of ordered numbers from `start`, or of bullets; each list is its own instance, so it counts from its start. */
  open(ordered: boolean, start: number): { reference: string; instance: number } {
    this.next++;
    if (!ordered) return { reference: BULLETS, instance: this.next };
    this.starts.add(start);
    return { reference: orderedRef(start), instance: this.next };
  }
}

/** Where a tree is being written. */
export interface RichContext {
  lists: ListRegistry;
  /** Paragraph style for body text (undefined: Normal). */
  style?: string;
  /** Whether the text is in a table (compact lists and spacing). */
  compact: boolean;
  /** Width available, in twips, for tables. */
  width: number;
  /** Whether markdown headings become real headings (only at the top level of the body, never in tables). */
  headings: boolean;
  /** The wording of the document (a table's description). */
  wording: Wording;
}

/** Only web, mail and telephone addresses become hyperlinks in a document; anything else stays text. */
export const isExternalUrl = (url: string) => /^(https?:|mailto:|tel:)/i.test(url.trim());

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
export const GRID_BORDERS = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };


/** Splits a width into columns in proportion to `parts`, in whole twips adding up to the width. */
export function splitWidth(width: number, parts: number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  const out = parts.map((p) => Math.floor((width * p) / sum));
  out[out.length - 1]! += width - out.reduce((a, b) => a + b, 0);
  return out;
}

/** What the parts of one document share: the view, and the lists numbered so far. */
export interface Ctx {
  view: AssessmentView;
  lists: ListRegistry;
  /** The fixed sentences, as the site and the PDF have them. */
  wording: Wording;
  /** The document's parts and their headings (documentOutline), as the PDF has them. */
  outline: OutlineEntry[];
}

/** Cell padding of the document's tables, in twips. */
export const CELL_MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * The name of the bookmark for an anchor of the view ("p-5-13", "section-1"), as Word allows bookmark names:
 * letters, digits and underscores, starting with a letter, at most 40 characters.
 */
export function bookmarkName(anchor: string): string {
  return `chc_${anchor.replace(/[^A-Za-z0-9]+/g, '_')}`.slice(0, 40);
}

/** Runs wrapped in a bookmark, so links in the document can go to them. */
export function bookmarked(anchor: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
  return anchor ? [new Bookmark({ id: bookmarkName(anchor), children })] : children;
}

/** A link to a bookmarked place in the document, styled as a link. */
export function internalLink(anchor: string, text: string): InternalHyperlink {
  return new InternalHyperlink({ anchor: bookmarkName(anchor), children: [new TextRun({ text, style: 'Hyperlink' })] });
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * A heading in one of Word's heading styles (1 to 3), bookmarked at `anchor`, optionally starting a new page or with
 * more space above it than its style gives.
 */
export function heading(level: 1 | 2 | 3, text: string, opts: { anchor?: string; pageBreak?: boolean; spaceBefore?: number } = {}): Paragraph {
  return new Paragraph({
    heading: LEVELS[level - 1],
    pageBreakBefore: opts.pageBreak || undefined,
    ...(opts.spaceBefore !== undefined ? { spacing: { before: opts.spaceBefore } } : {}),
    children: bookmarked(opts.anchor, [new TextRun(text)]),
  });
}

/** A paragraph of body text. */
export function para(text: string | ParagraphChild[], opts: { style?: string; keepNext?: boolean; spacingBefore?: number } = {}): Paragraph {
  return new Paragraph({
    style: opts.style,
    keepNext: opts.keepNext || undefined,
    ...(opts.spacingBefore !== undefined ? { spacing: { before: opts.spacingBefore } } : {}),
    children: typeof text === 'string' ? [new TextRun(text)] : text,
  });
}

/** A table's visible caption, kept with the table. */
export function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [new TextRun({ text, bold: true })] });
}

/** A bulleted list: one paragraph per item, in a list of its own. */
export function bullets(ctx: Ctx, items: ParagraphChild[][], opts: { style?: string; compact?: boolean } = {}): Paragraph[] {
  const { instance } = ctx.lists.open(false, 1);
  const compact = opts.compact ?? false;
  return items.map((children) => new Paragraph({
    style: opts.style,
    numbering: { reference: BULLETS, level: 0, instance, custom: true },
    indent: listIndent(0, compact),
    spacing: { after: 20 },
    children,
  }));
}

/** Where a tree is written: the body, at the width of the page. */
export const bodyCtx = (ctx: Ctx): RichContext => ({ lists: ctx.lists, compact: false, width: TEXT_WIDTH, headings: true, wording: ctx.wording });

/** Where a tree is written: a table cell of the given width. */
export const cellCtx = (ctx: Ctx, width: number): RichContext => ({
  lists: ctx.lists, style: STYLE.tableText, compact: true, width: width - CELL_MARGINS.left - CELL_MARGINS.right, headings: false, wording: ctx.wording,
});

/** A table header cell. */
export function headCell(text: string, width: number, align: Align = AlignmentType.LEFT): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.headerFill },
    verticalAlign: VerticalAlignTable.BOTTOM,
    children: [new Paragraph({ style: STYLE.tableHeading, alignment: align, children: [new TextRun(text)] })],
  });
}

/** A table body cell. */
export function cell(children: Block[], width: number, opts: { fill?: string; align?: Align } = {}): TableCell {
  const content = children.length ? children : [new Paragraph({ style: STYLE.tableText, alignment: opts.align, children: [] })];
  // Word needs a cell to end with a paragraph.
  if (content.at(-1) instanceof Table) content.push(new Paragraph({ style: STYLE.tableText, children: [] }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
    children: content,
  });
}

/** A table body cell of one paragraph. */
export function textCell(text: string | ParagraphChild[], width: number, opts: { fill?: string; align?: Align; bold?: boolean } = {}): TableCell {
  const runs = typeof text === 'string' ? [new TextRun({ text, bold: opts.bold || undefined })] : text;
  return cell([new Paragraph({ style: STYLE.tableText, alignment: opts.align, children: runs })], width, opts);
}

/** A header row, repeated at the top of each page the table runs onto. */
export function headerRow(titles: string[], widths: number[], align: (i: number) => Align = () => AlignmentType.LEFT): TableRow {
  return new TableRow({ tableHeader: true, cantSplit: true, children: titles.map((t, i) => headCell(t, widths[i]!, align(i))) });
}

/**
 * What a table is, for assistive technology (Word's "Alt Text" of a table, which a screen reader announces): its
 * caption, a title, and a description of it.
 */
export interface TableAlt { caption: string; description: string }

/** `table` with its caption and description (`w:tblCaption`, `w:tblDescription`, last in its properties, as the schema orders them). */
export function withAlt<T extends Table>(table: T, alt: TableAlt): T {
  // docx has no option for them: they go into the table's properties element, which docx builds first.
  const properties = (table as unknown as { root: unknown[] }).root.find((c) => c instanceof TableProperties) as unknown as { root: unknown[] } | undefined;
  if (!properties) throw new Error('a docx table without its properties');
  properties.root.push(new StringValueElement('w:tblCaption', alt.caption), new StringValueElement('w:tblDescription', alt.description));
  return table;
}

/** A table's description: its columns, as its header row names them. */
export const columnsDescription = (w: Wording, columns: readonly string[]) => say(w, 'table.description', { columns: columns.join(', ') });

/** A table with thin rules and fixed column widths, and its caption and description for assistive technology. */
export function grid(rows: TableRow[], widths: number[], alt: TableAlt): Table {
  return withAlt(new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: CELL_MARGINS,
  }), alt);
}
