// The annual complaints report's parts (b) to (f) in Word (render/report-parts.ts gives the blocks, as it does to
// the site and the print view): after the self-assessment, which is the report's part (a).
import { ExternalHyperlink, Paragraph, TableRow, TextRun, type ParagraphChild } from 'docx';
import { ChartRun } from 'docx/charts';
import { reportParts, type Inline, type ReportBlock, type ReportPart, type ReportPartId, type ReportTable } from '../report-parts.ts';
import type { AssessmentView } from '../view-model.ts';
import type { Wording } from '../../model/wording.ts';
import { bodyCtx, bullets, caption, columnsDescription, grid, heading, headerRow, para, splitWidth, textCell, isExternalUrl, type Block, type Ctx } from './blocks.ts';
import { richBlocks } from './markdown-docx.ts';
import { FONT, TEXT_WIDTH } from './styles.ts';

/** The series' fills: near black and mid grey, told apart in greyscale too (each bar is labelled with its value). */
const SERIES_FILLS = ['1B1B1B', '9E9E9E'];

/**
 * A chart as a chart of Word's own (DrawingML, with its data in an embedded workbook): horizontal bars, newest year at
 * the top as on the page, each labelled with its value; its title, and the words the page's SVG says it in as its
 * alternative text. The table after it holds the same numbers.
 */
function chart(c: Extract<ReportBlock, { kind: 'chart' }>): Paragraph {
  // Word draws a bar chart's first category at the bottom: the oldest year first puts the newest at the top.
  const rows = [...c.rows].reverse();
  const format = c.unit === 'percent' ? '0.0"%"' : c.unit === 'count' ? '0' : '0.0';
  return new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 160 },
    children: [new ChartRun({
      type: 'bar',
      title: { text: c.title },
      categories: rows.map((r) => r.label),
      series: c.series.map((name, i) => ({ name, values: rows.map((r) => r.values[i] ?? null), color: SERIES_FILLS[i % SERIES_FILLS.length]! })),
      dataLabels: { value: true, numberFormat: format },
      valueAxis: { ...(c.max !== null ? { maximum: c.max } : {}), minimum: 0, numberFormat: format },
      legend: c.series.length > 1 ? { position: 'top' } : false,
      font: { name: FONT },
      transformation: { width: 560, height: 90 + rows.length * 60 },
      altText: { name: c.id, title: c.title, description: c.description },
    })],
  });
}

function runs(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.map((i) => {
    const run = new TextRun({ text: i.text, bold: i.strong || undefined, ...(i.href && isExternalUrl(i.href) ? { style: 'Hyperlink' } : {}) });
    return i.href && isExternalUrl(i.href) ? new ExternalHyperlink({ link: i.href, children: [run] }) : run;
  });
}

function table(t: ReportTable, w: Wording, part: string): Block[] {
  const n = t.head.length;
  // A row heading (a measure's name) takes the room it needs; the years share the rest.
  const widths = t.rowHeads ? splitWidth(TEXT_WIDTH, [n > 2 ? 46 : 70, ...Array.from({ length: n - 1 }, () => (n > 2 ? 54 : 30) / (n - 1))]) : splitWidth(TEXT_WIDTH, Array.from({ length: n }, () => 1));
  return [
    ...(t.caption !== null ? [caption(t.caption)] : []),
    grid([
      headerRow(t.head, widths),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => textCell(c, widths[i]!, { bold: t.rowHeads && i === 0 })) })),
    ], widths, { caption: t.caption ?? part, description: columnsDescription(w, t.head) }),
  ];
}

/** The report's parts of a view, made once for all five of its parts in the document (its charts drawn once). */
const made = new WeakMap<AssessmentView, ReportPart[]>();
function partsOf(view: AssessmentView): ReportPart[] {
  let parts = made.get(view);
  if (!parts) made.set(view, (parts = view.report ? reportParts(view, view.report, { assessmentHref: null }) : []));
  return parts;
}

/** One part of the report, laid out in Word. */
export function reportPart(id: ReportPartId): (ctx: Ctx) => Block[] {
  return (ctx) => {
    const part = partsOf(ctx.view).find((p) => p.id === id);
    if (!part) return [];
    const out: Block[] = [heading(1, part.heading, { anchor: part.id, pageBreak: id === 'part-b' })];
    // What names a table without a caption of its own: the heading it is under.
    let under = part.heading;
    for (const b of part.blocks) {
      switch (b.kind) {
        case 'subheading': out.push(heading(2, b.text)); under = b.text; break;
        case 'paragraph': out.push(para(runs(b.inlines))); break;
        case 'list': out.push(...bullets(ctx, b.items.map(runs))); break;
        case 'table': out.push(...table(b.table, ctx.view.wording, under)); break;
        case 'rich': out.push(...richBlocks(b.tree, bodyCtx(ctx))); break;
        case 'chart': out.push(chart(b)); break;
        case 'at-a-glance': break;
      }
    }
    return out;
  };
}
