// The annual complaints report's parts (b) to (f) in Word (render/report-parts.ts gives the blocks, as it does to
// the site and the print view): after the self-assessment, which is the report's part (a).
import { ExternalHyperlink, TableRow, TextRun, type ParagraphChild } from 'docx';
import { reportParts, type Inline, type ReportPartId, type ReportTable } from '../report-parts.ts';
import { bodyCtx, bullets, caption, grid, heading, headerRow, para, splitWidth, textCell, isExternalUrl, type Block, type Ctx } from './blocks.ts';
import { richBlocks } from './markdown-docx.ts';
import { TEXT_WIDTH } from './styles.ts';

function runs(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.map((i) => {
    const run = new TextRun({ text: i.text, bold: i.strong || undefined, ...(i.href && isExternalUrl(i.href) ? { style: 'Hyperlink' } : {}) });
    return i.href && isExternalUrl(i.href) ? new ExternalHyperlink({ link: i.href, children: [run] }) : run;
  });
}

function table(t: ReportTable): Block[] {
  const n = t.head.length;
  // A row heading (a measure's name) takes the room it needs; the years share the rest.
  const widths = t.rowHeads ? splitWidth(TEXT_WIDTH, [n > 2 ? 46 : 70, ...Array.from({ length: n - 1 }, () => (n > 2 ? 54 : 30) / (n - 1))]) : splitWidth(TEXT_WIDTH, Array.from({ length: n }, () => 1));
  return [
    ...(t.caption !== null ? [caption(t.caption)] : []),
    grid([
      headerRow(t.head, widths),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => textCell(c, widths[i]!, { bold: t.rowHeads && i === 0 })) })),
    ], widths),
  ];
}

/** One part of the report, laid out in Word. */
export function reportPart(id: ReportPartId): (ctx: Ctx) => Block[] {
  return (ctx) => {
    const report = ctx.view.report;
    const part = report ? reportParts(ctx.view, report, { assessmentHref: null }).find((p) => p.id === id) : undefined;
    if (!part) return [];
    const out: Block[] = [heading(1, part.heading, { anchor: part.id, pageBreak: id === 'part-b' })];
    for (const b of part.blocks) {
      switch (b.kind) {
        case 'subheading': out.push(heading(2, b.text)); break;
        case 'paragraph': out.push(para(runs(b.inlines))); break;
        case 'list': out.push(...bullets(ctx, b.items.map(runs))); break;
        case 'table': out.push(...table(b.table)); break;
        case 'rich': out.push(...richBlocks(b.tree, bodyCtx(ctx))); break;
        // The charts' numbers are in the table that follows them.
        case 'chart': break;
        case 'at-a-glance': break;
      }
    }
    return out;
  };
}
