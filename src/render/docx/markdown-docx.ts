import {
  AlignmentType, BorderStyle, ExternalHyperlink, HeadingLevel, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType,
  TableRow, TextRun, WidthType, type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { BlockContent, Blockquote, DefinitionContent, List, ListItem, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { Rich } from '../markdown.ts';
import { BULLETS, COLOUR, MONO_FONT, SIZE, STYLE, listIndent, orderedRef } from './styles.ts';
import { GRID_BORDERS, columnsDescription, isExternalUrl, withAlt, type Block, type RichContext } from './blocks.ts';
import { MD_CELL_MARGINS, QUOTE_MARGIN, cellFont, tableWidths, textOf } from './measure-rich.ts';

interface Inline { bold?: boolean; italics?: boolean; strike?: boolean; code?: boolean; link?: boolean }

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
  // Named by its own head row's words (the landlord's), for assistive technology.
  const head = (rows[0]?.children ?? []).map((c) => textOf(c.children).trim()).filter(Boolean);
  return [
    withAlt(new Table({
      rows: tableRows,
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID_BORDERS,
      ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
      margins: MD_CELL_MARGINS,
    }), { caption: head.join(', '), description: columnsDescription(ctx.wording, head) }),
    spacer(ctx),
  ];
}

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

