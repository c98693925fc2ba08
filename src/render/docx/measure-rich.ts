// How wide and how tall markdown set in the Word document's tables comes out, measured without Word: the narrowest a
// text can be without splitting a word, and its pieces for estimating a row's height (column-widths.ts). Used to size
// the columns of the Code table and of tables in answers.
import type { PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { Rich } from '../markdown.ts';
import { splitWidth } from './blocks.ts';
import type { Piece } from './column-widths.ts';
import { SIZE, listIndent } from './styles.ts';
import { longestWordWidth, textWidth, type Font } from './text-width.ts';

export const QUOTE_MARGIN = { left: 170, right: 0, top: 20, bottom: 20 };

/** Cell padding of a markdown table, in twips. */
export const MD_CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const MD_CELL_PAD = MD_CELL_MARGINS.left + MD_CELL_MARGINS.right;

/** The font of a table's text: table text, bold in its header row. */
export const cellFont = (header: boolean): Font => ({ size: SIZE.table, bold: header });

/** The narrowest each column of a markdown table can be without splitting a word, padding included. */
function tableMinWidths(n: MdTable): number[] {
  const cols = Math.max(1, ...n.children.map((r) => r.children.length));
  return Array.from({ length: cols }, (_, c) => MD_CELL_PAD + Math.max(0, ...n.children.map((r, i) => longestWordWidth(textOf(r.children[c]?.children ?? []), cellFont(i === 0)))));
}

/**
 * Columns for a markdown table `width` wide: each at least as wide as its longest word when they all fit, the rest
 * shared in proportion to the length of each column's longest text, so short columns stay narrow.
 */
export function tableWidths(n: MdTable, width: number): number[] {
  const mins = tableMinWidths(n);
  const cols = mins.length;
  const lengths = Array.from({ length: cols }, (_, c) => Math.min(40, Math.max(6, ...n.children.map((r) => textLength(r.children[c]?.children ?? [])))));
  const least = mins.reduce((a, b) => a + b, 0);
  if (least >= width) return splitWidth(width, mins);
  const extra = splitWidth(width - least, lengths);
  return mins.map((m, c) => m + extra[c]!);
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
export function textOf(nodes: PhrasingContent[]): string {
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
