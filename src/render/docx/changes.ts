// "What changed since" the previous self-assessment, as the print view's Changes component has it: the counts, the
// answers that changed by kind (each linked to its provision), the landlord's details that changed, the provisions the
// Code dropped, and how the Code changed.
import { partHeading } from '../document-outline.ts';
import { changeLine, say } from '../../model/wording.ts';
import { BorderStyle, Paragraph, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { CHANGE_KINDS, changeCounts, codeChangeLabel, codeChangeSteps, plural, provisionName } from '../phrases.ts';
import { bullets, grid, heading, internalLink, para, type Ctx, splitWidth, type Block } from './blocks.ts';
import { COLOUR, STYLE, TEXT_WIDTH } from './styles.ts';

/** The counts, four to a row, each a box with its number above its words. */
function countBoxes(counts: string[][]): Block {
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
  return grid(rows, widths);
}

/** "What changed since …", or nothing for an assessment with no previous one. */
export function changes(ctx: Ctx): Block[] {
  const { view } = ctx;
  const c = view.changes;
  if (!c) return [];
  const n = c.counts;
  const groups = CHANGE_KINDS.map((k) => ({ ...k, items: c.items.filter((i) => i.kind === k.kind) })).filter((g) => g.items.length > 0);
  const counts = changeCounts(view);
  // Provisions answered in neither year are counted apart from "unchanged", after it, when there are any.
  if (n.unansweredBoth > 0) counts.splice(counts.findIndex(([, label]) => label === 'unchanged') + 1, 0, [n.unansweredBoth, 'not answered in either year']);
  const out: Block[] = [
    heading(1, partHeading(ctx.outline, 'changes'), { anchor: 'changes', pageBreak: true }),
    para(say(ctx.wording, c.codeChanged ? 'changes.compared.codeChanged' : 'changes.compared.sameCode', { period: c.fromPeriod, code: c.fromCode })),
    countBoxes([
      ...counts.map(([k, label]) => [String(k), `${k === 1 ? 'provision' : 'provisions'} ${label}`]),
      [String(n.overdueActions), `${n.overdueActions === 1 ? 'action' : 'actions'} from ${c.fromPeriod} now overdue`],
    ]),
  ];
  if (groups.length === 0) out.push(para(say(ctx.wording, 'changes.none'), { spacingBefore: 200 }));
  for (const g of groups) {
    out.push(heading(2, `${g.heading(view.code.id)} (${g.items.length})`));
    out.push(...bullets(ctx, g.items.map((i): ParagraphChild[] => [
      internalLink(i.anchor, provisionName(i)),
      new TextRun(`: ${changeLine(ctx.wording, i, c.fromPeriod, g.kind === 'new provision')}`),
    ])));
  }
  if (c.landlordChanges.length > 0) {
    out.push(heading(2, `Changes to the landlord's details (${c.landlordChanges.length})`));
    out.push(...bullets(ctx, c.landlordChanges.map((x) => [new TextRun(`${x.label}: ${x.from} in ${c.fromPeriod}; now ${x.to}.`)])));
  }
  if (c.dropped.length > 0) {
    out.push(heading(2, `No longer in the Code (${c.dropped.length})`));
    out.push(para(`These provisions of the ${c.fromCode} Code have no successor in the ${view.code.id} Code.`, { keepNext: true }));
    out.push(...bullets(ctx, c.dropped.map((d) => [new TextRun(`${provisionName(d)}: ${d.status} in ${c.fromPeriod}`)])));
  }
  if (c.codeChanges.length > 0) {
    const steps = codeChangeSteps(c);
    out.push(heading(2, `How the Code changed (${plural(c.codeChanges.length, 'change')} that matter)`));
    if (steps.length > 1) out.push(para(`The Code changed ${steps.length === 2 ? 'twice' : `${steps.length} times`} since ${c.fromPeriod}: each step is listed with the provision numbers of its own two versions.`));
    for (const st of steps) {
      if (steps.length > 1) out.push(heading(3, st.heading));
      out.push(...bullets(ctx, st.changes.map((x) => [new TextRun({ text: codeChangeLabel(x), bold: true }), new TextRun(` ${x.note}`)])));
    }
  }
  return out;
}
