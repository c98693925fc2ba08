// "At a glance", as the print view has it: the totals in a sentence, a bar for each section drawn as table cells
// in the answers' colours, then the table of counts per section.
import { partHeading } from '../document-outline.ts';
import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import { atAGlanceText, type AtAGlanceText, type Category } from '../phrases.ts';
import { CELL_MARGINS, caption, columnsDescription, grid, headerRow, heading, para, textCell, withAlt, type Ctx, type Block } from './blocks.ts';
import { COLOUR, SIZE, STYLE, TEXT_WIDTH } from './styles.ts';
import { longestWordWidth } from './text-width.ts';

/** Each answer's colour in the chart, as on the site: a fill, and a pattern over it where the site stripes it. */
const SEGMENT: Record<Category['key'], { fill: string; pattern?: { type: (typeof ShadingType)[keyof typeof ShadingType]; color: string } }> = {
  yes: { fill: '00703C' },
  partial: { fill: 'A85400', pattern: { type: ShadingType.THIN_REVERSE_DIAGONAL_STRIPE, color: 'D98A2B' } },
  no: { fill: 'B3261E', pattern: { type: ShadingType.THIN_DIAGONAL_STRIPE, color: 'FFFFFF' } },
  na: { fill: '5F6B73' },
  answered: { fill: '1D70B8' },
  unanswered: { fill: 'FFFFFF', pattern: { type: ShadingType.THIN_VERTICAL_STRIPE, color: '505A5F' } },
};

const shadingOf = (key: Category['key']) => {
  const s = SEGMENT[key];
  return s.pattern ? { type: s.pattern.type, color: s.pattern.color, fill: s.fill } : { type: ShadingType.CLEAR, color: 'auto', fill: s.fill };
};

/** How many grid columns a bar is divided into: each segment spans a whole number of them. */
const BAR_UNITS = 40;

/**
 * Splits a bar's units between its non-zero counts in proportion, by largest remainder, each getting at least one,
 * so the spans add up to the bar.
 */
export function barSpans(values: number[], units = BAR_UNITS): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((v) => (v * units) / total);
  const spans = exact.map((x, i) => (values[i]! > 0 ? Math.max(1, Math.floor(x)) : 0));
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).filter(([, i]) => values[i]! > 0).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = units - spans.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) spans[order[k]![1]]!++;
  while (left < 0) {
    // More segments than rounding allows: take from the widest.
    const widest = spans.indexOf(Math.max(...spans));
    spans[widest]!--;
    left++;
  }
  return spans;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const WHITE = (size: number) => ({ style: BorderStyle.SINGLE, size, color: 'FFFFFF' });

/**
 * The chart: the legend, then one row per section and one for all sections, each a label, a bar and its counts. Its
 * text alternative is the print view's (the totals and the note), and each row's counts in words.
 */
function chart(text: AtAGlanceText, cats: Category[]): Block[] {
  const rows = text.rows;
  const legend = new Paragraph({
    keepNext: true,
    spacing: { after: 120 },
    children: cats.flatMap((c, i) => [
      ...(i > 0 ? [new TextRun({ text: '    ', size: SIZE.table })] : []),
      new TextRun({ text: '\u00a0\u00a0\u00a0', size: SIZE.table, shading: shadingOf(c.key), border: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.text, space: 0 } }),
      new TextRun({ text: `\u00a0${c.label}`, size: SIZE.table }),
    ]),
  });
  const unit = 100;
  const textW = 2200;
  const labelW = TEXT_WIDTH - BAR_UNITS * unit - textW;
  const widths = [labelW, ...Array.from({ length: BAR_UNITS }, () => unit), textW];
  const small = (text: string, bold: boolean, muted = false) => new Paragraph({
    style: STYLE.tableText, spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold: bold || undefined, color: muted ? COLOUR.muted : undefined, size: muted ? SIZE.small : undefined })],
  });
  const tableRows = rows.map((r) => {
    const shown = cats.filter((c) => r.counts[c.key] > 0);
    const spans = barSpans(shown.map((c) => r.counts[c.key]));
    const top = r.total ? { style: BorderStyle.SINGLE, size: 8, color: COLOUR.text } : NONE;
    const segments = shown.length
      ? shown.map((c, i) => new TableCell({
        columnSpan: spans[i]!,
        width: { size: spans[i]! * unit, type: WidthType.DXA },
        shading: shadingOf(c.key),
        // White rules above and below leave a gap between the bars; a thin white rule parts the segments.
        borders: { top: WHITE(24), bottom: WHITE(24), left: i > 0 ? WHITE(6) : NONE, right: NONE },
        children: [new Paragraph({ style: STYLE.tableText, spacing: { before: 0, after: 0 }, children: [] })],
      }))
      : [new TableCell({ columnSpan: BAR_UNITS, width: { size: BAR_UNITS * unit, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] })];
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ width: { size: labelW, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER, borders: { top, bottom: NONE, left: NONE, right: NONE }, margins: { right: 113 }, children: [small(r.name, r.total)] }),
        ...segments,
        new TableCell({ width: { size: textW, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER, borders: { top, bottom: NONE, left: NONE, right: NONE }, margins: { left: 113 }, children: [small(r.phrase, r.total, true)] }),
      ],
    });
  });
  return [
    legend,
    withAlt(new Table({
      rows: tableRows,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      margins: { top: 40, bottom: 40, left: 0, right: 0 },
    }), { caption: text.summary, description: `${rows.map((r) => `${r.name}: ${r.phrase}.`).join(' ')} ${text.note}` }),
  ];
}

/** "At a glance": the chart and the table of counts, with the print view's captions. */
export function atAGlance(ctx: Ctx): Block[] {
  const text = atAGlanceText(ctx.view);
  const cats = text.categories;
  const rows = text.rows;

  // Each count column as wide as its heading's longest word; the section names take the rest.
  const headFont = { size: SIZE.table, bold: true };
  const numberWidths = [...cats.map((c) => c.label), text.columns.total].map((label) => Math.max(620, longestWordWidth(label, headFont) + CELL_MARGINS.left + CELL_MARGINS.right + 40));
  const widths = [TEXT_WIDTH - numberWidths.reduce((a, b) => a + b, 0), ...numberWidths];
  const count = (n: number, total: boolean) => new TextRun({ text: String(n), bold: total || undefined });
  const columns = [text.columns.section, ...cats.map((c) => c.label), text.columns.total];
  const table = grid([
    headerRow(columns, widths, (i) => (i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT)),
    ...rows.map((r) => new TableRow({
      cantSplit: true,
      children: [
        textCell(r.name, widths[0]!, { bold: true, ...(r.total ? { fill: COLOUR.zebra } : {}) }),
        ...cats.map((c, i) => textCell([count(r.counts[c.key], r.total)], widths[i + 1]!, { align: AlignmentType.RIGHT, ...(r.total ? { fill: COLOUR.zebra } : {}) })),
        textCell([count(r.counts.total, r.total)], widths.at(-1)!, { align: AlignmentType.RIGHT, ...(r.total ? { fill: COLOUR.zebra } : {}) }),
      ],
    })),
  ], widths, { caption: text.caption, description: columnsDescription(ctx.view.wording, columns) });

  return [
    heading(1, partHeading(ctx.outline, 'at-a-glance'), { anchor: 'at-a-glance', pageBreak: true }),
    para([new TextRun({ text: text.summary, bold: true })], { keepNext: true }),
    para(text.note, { keepNext: true, style: STYLE.muted }),
    ...chart(text, cats),
    caption(text.caption),
    table,
  ];
}
