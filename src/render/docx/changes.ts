// "What changed since" the previous self-assessment, as the print view's Changes component has it: the counts, the
// answers that changed by kind (each linked to its provision), the landlord's details that changed, the provisions the
// Code dropped, and how the Code changed.
import { partHeading } from '../document-outline.ts';
import { BorderStyle, Paragraph, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { changesText } from '../phrases.ts';
import { say, type Wording } from '../../model/wording.ts';
import { bullets, grid, heading, internalLink, para, type Ctx, splitWidth, type Block } from './blocks.ts';
import { COLOUR, STYLE, TEXT_WIDTH } from './styles.ts';

/** The counts, four to a row, each a box with its number above its words; `title` names them. */
function countBoxes(counts: string[][], title: string, w: Wording): Block {
  const widths = splitWidth(TEXT_WIDTH, [1, 1, 1, 1]);
  const line = { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule };
  const blank = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rows: TableRow[] = [];
  for (let i = 0; i < counts.length; i += 4) {
    const four = counts.slice(i, i + 4);
    rows.push(new TableRow({
      cantSplit: true,
      children: widths.map((w, j) => {
        const c = four[j];
        return new TableCell({
          width: { size: w, type: WidthType.DXA },
          borders: c ? { top: line, bottom: line, left: line, right: line } : { top: blank, bottom: blank, left: blank, right: blank },
          children: c
            ? [
              new Paragraph({ style: STYLE.tableText, keepNext: true, spacing: { after: 20 }, children: [new TextRun({ text: c[0]!, bold: true, size: 28 })] }),
              new Paragraph({ style: STYLE.tableText, children: [new TextRun(c[1]!)] }),
            ]
            : [new Paragraph({ style: STYLE.tableText, children: [] })],
        });
      }),
    }));
  }
  return grid(rows, widths, { caption: title, description: say(w, 'table.countsDescription', { counts: counts.map(([n, words]) => `${n} ${words}`).join('; ') }) });
}

/** "What changed since …", or nothing for an assessment with no previous one: changesText's words, as the site has them. */
export function changes(ctx: Ctx): Block[] {
  const t = changesText(ctx.view);
  if (!t) return [];
  const out: Block[] = [
    heading(1, partHeading(ctx.outline, 'changes'), { anchor: 'changes', pageBreak: true }),
    para(t.compared),
    countBoxes(t.counts.map((c) => [String(c.n), c.words]), partHeading(ctx.outline, 'changes'), ctx.view.wording),
  ];
  if (t.none) out.push(para(t.none, { spacingBefore: 200 }));
  for (const g of t.groups) {
    out.push(heading(2, g.heading));
    out.push(...bullets(ctx, g.items.map((i): ParagraphChild[] => [internalLink(i.anchor, i.name), new TextRun(`: ${i.line}`)])));
  }
  if (t.landlord) {
    out.push(heading(2, t.landlord.heading));
    out.push(...bullets(ctx, t.landlord.lines.map((line) => [new TextRun(line)])));
  }
  if (t.dropped) {
    out.push(heading(2, t.dropped.heading));
    out.push(para(t.dropped.intro, { keepNext: true }));
    out.push(...bullets(ctx, t.dropped.lines.map((line) => [new TextRun(line)])));
  }
  if (t.code) {
    out.push(heading(2, t.code.heading));
    if (t.code.intro) out.push(para(t.code.intro));
    for (const st of t.code.steps) {
      if (st.heading) out.push(heading(3, st.heading));
      out.push(...bullets(ctx, st.changes.map((x) => [new TextRun({ text: x.label, bold: true }), new TextRun(` ${x.note}`)])));
    }
  }
  return out;
}
