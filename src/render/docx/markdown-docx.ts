import {
  AlignmentType, BorderStyle, ExternalHyperlink, HeadingLevel, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType,
  TableRow, TextRun, WidthType, type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { BlockContent, Blockquote, DefinitionContent, List, ListItem, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { Rich } from '../markdown.ts';
import { BULLETS, COLOUR, MONO_FONT, SIZE, STYLE, listIndent, orderedRef } from './styles.ts';
import { longestWordWidth, textWidth, type Font } from './text-width.ts';
import type { Piece } from './column-widths.ts';

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
}

interface Inline { bold?: boolean; italics?: boolean; strike?: boolean; code?: boolean; link?: boolean }

/** Only web, mail and telephone addresses become hyperlinks in a document; anything else stays text. */
export const isExternalUrl = (url: string) => /^(https?:|mailto:|tel:)/i.test(url.trim());

function run(text: string, f: Inline): TextRun {
  return new TextRun({
    text,
    bold: f.bold || undefined,
    italics: f.italics || undefined,
    strike: f.strike || undefined,
    ...(f.code ? { font: MONO_FONT } : {}),
    ...(f.link ? { style: 'Hyperlink' } : {}),
  });
}

/** Phrasing content as runs and hyperlinks. A soft line break is a space, as on the website. */
export function inlines(nodes: PhrasingContent[], f: Inline = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        if (n.value) out.push(run(n.value.replace(/\r?\n/g, ' '), f));
        break;
      case 'strong':
        out.push(...inlines(n.children, { ...f, bold: true }));
        break;
      case 'emphasis':
        out.push(...inlines(n.children, { ...f, italics: true }));
        break;
      case 'delete':
        out.push(...inlines(n.children, { ...f, strike: true }));
        break;
      case 'inlineCode':
        out.push(run(n.value, { ...f, code: true }));
        break;
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const label = n.children.length ? n.children : [{ type: 'text', value: n.url } as PhrasingContent];
        if (isExternalUrl(n.url)) out.push(new ExternalHyperlink({ link: n.url.trim(), children: inlines(label, { ...f, link: true }) as TextRun[] }));
        else out.push(...inlines(label, f));
        break;
      }
      case 'linkReference':
        out.push(...inlines(n.children, f));
        break;
      case 'footnoteReference':
        out.push(new TextRun({ text: `[${n.label ?? n.identifier}]`, superScript: true }));
        break;
      case 'html':
        if (n.value.trim()) out.push(run(n.value, f));
        break;
      case 'image':
      case 'imageReference':
        if (n.alt) out.push(run(`[image: ${n.alt}]`, f));
        break;
      default:
        break;
    }
  }
  return out;
}

/** Where a block is: inside how many levels of list. */
interface BlockState { level: number }

/** The indent of text inside `level` levels of list. */
const levelIndent = (ctx: RichContext, level: number) => (level > 0 ? listIndent(level - 1, ctx.compact).left : 0);

/** Paragraph options for text at the current list level (no marker). */
function placed(ctx: RichContext, st: BlockState, extra: IParagraphOptions = {}): IParagraphOptions {
  const left = levelIndent(ctx, st.level);
  return { style: ctx.style, ...(left > 0 ? { indent: { left } } : {}), ...extra };
}

/** A spacer after a table: Word needs a paragraph between two tables (or at the end of a cell), and the gap reads well. */
const spacer = (ctx: RichContext) => new Paragraph({ style: ctx.style, spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.AUTO }, children: [] });

/** A sanitised markdown tree as Word paragraphs, lists and tables. */
export function richBlocks(tree: Rich | null | undefined, ctx: RichContext): Block[] {
  if (!tree) return [];
  return blocks(tree.children, ctx, { level: 0 });
}

function blocks(nodes: RootContent[], ctx: RichContext, st: BlockState): Block[] {
  const out: Block[] = [];
  for (const n of nodes) out.push(...block(n, ctx, st));
  return out;
}

function block(n: RootContent, ctx: RichContext, st: BlockState): Block[] {
  switch (n.type) {
    case 'paragraph':
      return [new Paragraph({ ...placed(ctx, st), children: inlines(n.children) })];
    case 'heading': {
      if (ctx.headings && st.level === 0) {
        return [new Paragraph({ heading: n.depth <= 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: inlines(n.children) })];
      }
      return [new Paragraph({ ...placed(ctx, st, { keepNext: true }), children: inlines(n.children, { bold: true }) })];
    }
    case 'list':
      return list(n, ctx, st);
    case 'blockquote':
      return quote(n, ctx, st);
    case 'code':
      return [new Paragraph({
        ...placed(ctx, st),
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.zebra },
        children: n.value.split('\n').map((line, i) => new TextRun({ text: line, font: MONO_FONT, ...(i > 0 ? { break: 1 } : {}) })),
      })];
    case 'thematicBreak':
      return [new Paragraph({ ...placed(ctx, st), border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule, space: 1 } }, children: [] })];
    case 'table':
      return table(n, ctx, st);
    case 'html':
      return n.value.trim() ? [new Paragraph({ ...placed(ctx, st), children: [new TextRun(n.value)] })] : [];
    case 'footnoteDefinition': {
      const inner = blocks(n.children as RootContent[], ctx, st);
      return [new Paragraph({ ...placed(ctx, st), children: [new TextRun({ text: `[${n.label ?? n.identifier}]`, superScript: true })] }), ...inner];
    }
    case 'definition':
      return [];
    default:
      // Phrasing content at block level (possible after sanitising raw HTML): one paragraph.
      return 'type' in n ? [new Paragraph({ ...placed(ctx, st), children: inlines([n as PhrasingContent]) })] : [];
  }
}

/** A list as numbered paragraphs (real Word numbering), nested lists one level down. */
function list(n: List, ctx: RichContext, st: BlockState): Block[] {
  const ordered = n.ordered === true;
  const { reference, instance } = ctx.lists.open(ordered, ordered ? (n.start ?? 1) : 1);
  const level = Math.min(st.level, 8);
  const indent = listIndent(level, ctx.compact);
  const out: Block[] = [];
  for (const item of n.children as ListItem[]) {
    const [first, ...rest] = item.children as (BlockContent | DefinitionContent)[];
    const tick = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
    const firstRuns = first && first.type === 'paragraph' ? inlines(first.children) : [];
    out.push(new Paragraph({
      style: ctx.style,
      numbering: { reference, level, instance, custom: true },
      indent,
      spacing: { after: ctx.compact ? 40 : 60 },
      children: [...(tick ? [new TextRun(tick)] : []), ...firstRuns],
    }));
    const remaining = first && first.type === 'paragraph' ? rest : [first, ...rest].filter((x) => x !== undefined);
    out.push(...blocks(remaining as RootContent[], ctx, { ...st, level: st.level + 1 }));
  }
  return out;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
export const GRID_BORDERS = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

/** Splits a width into columns in proportion to `parts`, in whole twips adding up to the width. */
export function splitWidth(width: number, parts: number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  const out = parts.map((p) => Math.floor((width * p) / sum));
  out[out.length - 1]! += width - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Cell padding of a markdown table, in twips. */
const MD_CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const MD_CELL_PAD = MD_CELL_MARGINS.left + MD_CELL_MARGINS.right;

/** The font of a table's text: table text, bold in its header row. */
const cellFont = (header: boolean): Font => ({ size: SIZE.table, bold: header });

/** The narrowest each column of a markdown table can be without splitting a word, padding included. */
function tableMinWidths(n: MdTable): number[] {
  const cols = Math.max(1, ...n.children.map((r) => r.children.length));
  return Array.from({ length: cols }, (_, c) => MD_CELL_PAD + Math.max(0, ...n.children.map((r, i) => longestWordWidth(textOf(r.children[c]?.children ?? []), cellFont(i === 0)))));
}

/**
 * Columns for a markdown table `width` wide: each at least as wide as its longest word when they all fit, the rest
 * shared in proportion to the length of each column's longest text, so short columns stay narrow.
 */
function tableWidths(n: MdTable, width: number): number[] {
  const mins = tableMinWidths(n);
  const cols = mins.length;
  const lengths = Array.from({ length: cols }, (_, c) => Math.min(40, Math.max(6, ...n.children.map((r) => textLength(r.children[c]?.children ?? [])))));
  const least = mins.reduce((a, b) => a + b, 0);
  if (least >= width) return splitWidth(width, mins);
  const extra = splitWidth(width - least, lengths);
  return mins.map((m, c) => m + extra[c]!);
}

/**
 * A GFM table as a Word table: thin rules, columns in proportion to their content. In the body its header row repeats
 * on each page and its rows are kept whole; inside another table's cell it is laid out as plain rows, as a table
 * nested in a row that breaks across pages is laid out badly when its rows repeat or must be kept whole.
 */
function table(n: MdTable, ctx: RichContext, st: BlockState): Block[] {
  const rows = n.children;
  const cols = Math.max(1, ...rows.map((r) => r.children.length));
  const indent = levelIndent(ctx, st.level);
  const width = Math.max(1200, ctx.width - indent);
  const widths = tableWidths(n, width);
  const nested = ctx.compact;
  const align = (c: number) => n.align?.[c] === 'right' ? AlignmentType.RIGHT : n.align?.[c] === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const tableRows = rows.map((r, i) => new TableRow({
    ...(nested ? {} : { tableHeader: i === 0, cantSplit: true }),
    children: Array.from({ length: cols }, (_, c) => new TableCell({
      width: { size: widths[c]!, type: WidthType.DXA },
      ...(i === 0 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.zebra } } : {}),
      children: [new Paragraph({
        style: STYLE.tableText,
        alignment: align(c),
        children: inlines(r.children[c]?.children ?? [], i === 0 ? { bold: true } : {}),
      })],
    })),
  }));
  return [
    new Table({
      rows: tableRows,
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID_BORDERS,
      ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
      margins: MD_CELL_MARGINS,
    }),
    spacer(ctx),
  ];
}

const QUOTE_MARGIN = { left: 170, right: 0, top: 20, bottom: 20 };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * A block quote (such as an extract from a policy) as a one-cell table with a grey bar down its left side: the bar
 * runs the full height of the quote, lists and all, the same in Word and LibreOffice.
 */
function quote(n: Blockquote, ctx: RichContext, st: BlockState): Block[] {
  const indent = levelIndent(ctx, st.level);
  const width = Math.max(1200, ctx.width - indent);
  const inner: RichContext = { ...ctx, headings: false, width: width - QUOTE_MARGIN.left - QUOTE_MARGIN.right };
  const content = blocks(n.children, inner, { level: 0 });
  if (content.length === 0) return [];
  if (content.at(-1) instanceof Table) content.push(spacer(ctx));
  return [
    new Table({
      rows: [new TableRow({ children: [new TableCell({ width: { size: width, type: WidthType.DXA }, children: content })] })],
      width: { size: width, type: WidthType.DXA },
      columnWidths: [width],
      layout: TableLayoutType.FIXED,
      borders: { top: NONE, bottom: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE, left: { style: BorderStyle.SINGLE, size: 18, color: COLOUR.rule } },
      ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
      margins: QUOTE_MARGIN,
    }),
    spacer(ctx),
  ];
}

function textLength(nodes: PhrasingContent[]): number {
  let n = 0;
  for (const x of nodes) {
    if ('value' in x && typeof x.value === 'string') n += x.value.length;
    if ('children' in x) n += textLength(x.children as PhrasingContent[]);
  }
  return n;
}

/** The text of phrasing content, as it reads. */
function textOf(nodes: PhrasingContent[]): string {
  let out = '';
  for (const x of nodes) {
    if ('value' in x && typeof x.value === 'string') out += x.value;
    if ('children' in x) out += textOf(x.children as PhrasingContent[]);
    if (x.type === 'break') out += ' ';
  }
  return out;
}

/**
 * The narrowest a tree can be set without splitting a word, in twips, in table text (a cell of a table, `compact`):
 * its longest word, its tables' columns side by side, each with its indent.
 */
export function richMinWidth(tree: Rich | null | undefined): number {
  if (!tree) return 0;
  const font = cellFont(false);
  const walk = (nodes: RootContent[], level: number): number => {
    let widest = 0;
    for (const n of nodes) {
      const indent = level > 0 ? listIndent(level - 1, true).left : 0;
      switch (n.type) {
        case 'table':
          widest = Math.max(widest, indent + tableMinWidths(n).reduce((a, b) => a + b, 0));
          break;
        case 'list':
          for (const item of n.children) widest = Math.max(widest, walk(item.children as RootContent[], level + 1));
          break;
        case 'blockquote':
          widest = Math.max(widest, indent + QUOTE_MARGIN.left + QUOTE_MARGIN.right + walk(n.children as RootContent[], 0));
          break;
        case 'code':
          widest = Math.max(widest, indent + longestWordWidth(n.value, font));
          break;
        default:
          if ('children' in n) widest = Math.max(widest, indent + longestWordWidth(textOf(n.children as PhrasingContent[]), { ...font, bold: n.type === 'heading' }));
          else if ('value' in n && typeof n.value === 'string') widest = Math.max(widest, indent + longestWordWidth(n.value, font));
      }
    }
    return widest;
  };
  return walk(tree.children, 0);
}

/**
 * A tree as table text, for estimating its height in a cell: each paragraph, list item and line of code as a piece
 * with its width on one line and its indent; each row of a table as its widest cell, with its share of the width.
 */
export function richPieces(tree: Rich | null | undefined): Piece[] {
  if (!tree) return [];
  const font = cellFont(false);
  const out: Piece[] = [];
  const walk = (nodes: RootContent[], level: number, extra: number): void => {
    const indent = extra + (level > 0 ? listIndent(level - 1, true).left : 0);
    for (const n of nodes) {
      switch (n.type) {
        case 'table': {
          const cols = Math.max(1, ...n.children.map((r) => r.children.length));
          for (const [i, r] of n.children.entries()) {
            const widest = Math.max(0, ...r.children.map((c) => textWidth(textOf(c.children), cellFont(i === 0))));
            out.push({ width: widest + cols * MD_CELL_PAD, indent, share: 1 / cols });
          }
          break;
        }
        case 'list':
          for (const item of n.children) walk(item.children as RootContent[], level + 1, extra);
          break;
        case 'blockquote':
          walk(n.children as RootContent[], 0, indent + QUOTE_MARGIN.left + QUOTE_MARGIN.right);
          break;
        case 'code':
          for (const line of n.value.split('\n')) out.push({ width: textWidth(line, font), indent });
          break;
        default:
          if ('children' in n) out.push({ width: textWidth(textOf(n.children as PhrasingContent[]), { ...font, bold: n.type === 'heading' }), indent });
          else if ('value' in n && typeof n.value === 'string') out.push({ width: textWidth(n.value, font), indent });
      }
    }
  };
  walk(tree.children, 0, 0);
  return out;
}
