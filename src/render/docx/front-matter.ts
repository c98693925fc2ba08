// The parts before the assessment, as the print view has them: the cover, the contents, and "About this
// self-assessment" with the governing body's response and the introduction.
import { partHeading } from '../document-outline.ts';
import { howToRead, say, type Wording } from '../../model/wording.ts';
import {
  BorderStyle, ExternalHyperlink, LeaderType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableOfContents,
  TableRow, TextRun, WidthType, type ParagraphChild,
} from 'docx';
import { brandColour } from '../../model/colour.ts';
import { longDate, type AssessmentView } from '../view-model.ts';
import { bodyCtx, heading, para, type Ctx, isExternalUrl, type Block } from './blocks.ts';
import { richBlocks } from './markdown-docx.ts';
import { headingsUnder } from '../markdown.ts';
import { COLOUR, STYLE, TEXT_WIDTH } from './styles.ts';
import { textWidth } from './text-width.ts';

import { factsOf } from '../facts.ts';
import { approvalSentence, citesInternal, codeName, coverTitle, editionLabel, reportIntro } from '../phrases.ts';
export { editionLabel };

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** A one-cell table: a box around its content, `width` wide, with the given borders and fill. */
function box(children: Paragraph[], width: number, opts: { border?: { size: number; color: string }; left?: { size: number; color: string }; fill?: string; margin?: number } = {}): Table {
  const line = (b: { size: number; color: string } | undefined) => (b ? { style: BorderStyle.SINGLE, size: b.size, color: b.color } : NONE);
  const m = opts.margin ?? 113;
  return new Table({
    rows: [new TableRow({
      cantSplit: true,
      children: [new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
        children,
      })],
    })],
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, top: line(opts.border), bottom: line(opts.border), right: line(opts.border), left: line(opts.left ?? opts.border) },
    margins: { top: m, bottom: m, left: Math.round(m * 1.5), right: Math.round(m * 1.5) },
  });
}

/** A paragraph of the cover. */
const line = (runs: TextRun[], spacing: { before?: number; after?: number } = {}) => new Paragraph({ spacing: { before: 0, after: 0, ...spacing }, children: runs });

/** The cover, as the print view's: the landlord, the title, the period, the Code, the edition and the approval or DRAFT. */
export function cover(view: AssessmentView, wording: Wording): Block[] {
  const approval = approvalSentence(view);
  const edition = editionLabel(view);
  const out: Block[] = [
    box([line([new TextRun({ text: view.landlord.name, bold: true, size: 48, color: 'FFFFFF' })])], TEXT_WIDTH, { fill: brandColour(view.landlord.colour).slice(1).toUpperCase(), margin: 227 }),
    new Paragraph({ style: STYLE.coverTitle, spacing: { before: 1000 }, children: [new TextRun(coverTitle(view))] }),
    line([new TextRun({ text: view.period, bold: true, size: 44 })], { before: 240 }),
    line([new TextRun({ text: view.periodLabel, size: 26 })], { after: 400 }),
    line([new TextRun({ text: say(wording, 'cover.code', { code: codeName(view) }), size: 26 })], { after: 160 }),
    // The edition in a box as wide as its words.
    box([line([new TextRun({ text: edition, bold: true, size: 26 })])], textWidth(edition, { size: 26, bold: true }) + 2 * Math.round(85 * 1.5) + 120, { border: { size: 16, color: COLOUR.text }, margin: 85 }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
  ];
  if (approval) {
    out.push(new Paragraph({ spacing: { before: 3600, after: 0 }, children: [] }));
    out.push(box([line([new TextRun({ text: approval, size: 26 })])], TEXT_WIDTH, { left: { size: 48, color: COLOUR.good }, fill: 'E3F1E8', margin: 170 }));
  } else {
    out.push(new Paragraph({ spacing: { before: 3600, after: 0 }, children: [] }));
    out.push(box([
      line([new TextRun({ text: 'DRAFT', bold: true, size: 96, color: COLOUR.draft })], { after: 120 }),
      line([new TextRun({ text: say(wording, 'draft.cover', { body: view.landlord.governingBody }), size: 24 })]),
    ], TEXT_WIDTH, { border: { size: 36, color: COLOUR.draft }, margin: 283 }));
  }
  out.push(line([new TextRun({ text: say(wording, 'cover.assessedOn', { date: longDate(view.assessedOn) }), color: COLOUR.muted })], { before: 340 }));
  return out;
}

/**
 * The contents: a table of contents field listing the parts (Heading 1) and the Code's sections (Heading 2), filled
 * in as it is written, without page numbers (`\n`), each entry a link to its heading. It is written up to date, so
 * Word shows it as it is and asks nothing when the document opens; a reader can still update it in Word.
 */
export function contents(wording: Wording): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun(say(wording, 'heading.contents'))] }),
    new TableOfContents(say(wording, 'heading.contents'), {
      hyperlink: true,
      headingStyleRange: '1-2',
      pageNumbersEntryLevelsRange: '1-2',
      beginDirty: false,
      tabLeader: LeaderType.NONE,
    }),
  ];
}

/** One fact: its label and value, as a row of the facts table. */
function fact(label: string, value: ParagraphChild[], widths: [number, number]): TableRow {
  const rule = { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule };
  const p = (children: ParagraphChild[]) => new Paragraph({ spacing: { before: 0, after: 0 }, children });
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({ width: { size: widths[0], type: WidthType.DXA }, borders: { bottom: rule, top: NONE, left: NONE, right: NONE }, children: [p([new TextRun({ text: label, bold: true })])] }),
      new TableCell({ width: { size: widths[1], type: WidthType.DXA }, borders: { bottom: rule, top: NONE, left: NONE, right: NONE }, children: [p(value)] }),
    ],
  });
}

/** An address as text, linked when it is a web or mail address. */
function address(url: string): ParagraphChild {
  return isExternalUrl(url) ? new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] }) : new TextRun(url);
}

/** "About this self-assessment": the facts, then how to read the tables. */
export function about(ctx: Ctx): Block[] {
  const { view } = ctx;
  const widths: [number, number] = [2948, TEXT_WIDTH - 2948];
  const rows = factsOf(view, ctx.wording, 'print').map((f) => fact(f.label, [
    ...(f.text ? [new TextRun(f.text)] : []),
    ...(f.url !== undefined ? (f.text ? [new TextRun(' ('), address(f.url), new TextRun(')')] : [address(f.url)]) : []),
  ], widths));
  const out: Block[] = [
    heading(1, partHeading(ctx.outline, 'about'), { anchor: 'about', pageBreak: true }),
    new Table({
      rows,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, top: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule } },
      margins: { top: 85, bottom: 85, left: 0, right: 113 },
    }),
    ...[reportIntro(view)].filter((t) => t !== null).map((t) => para(t, { spacingBefore: 200 })),
    para(
      howToRead(ctx.wording, view.landlord.name, view.edition, citesInternal(view)),
      { spacingBefore: 200 },
    ),
  ];
  return out;
}

/** The governing body's response, under its heading, on the page of "About this self-assessment". */
export function response(ctx: Ctx): Block[] {
  const tree = ctx.view.response;
  return tree ? [heading(1, partHeading(ctx.outline, 'response'), { anchor: 'response' }), ...richBlocks(headingsUnder(tree, 1), bodyCtx(ctx))] : [];
}

/** The introduction (the assessment's own, or its landlord's standing one), under its heading. */
export function introduction(ctx: Ctx): Block[] {
  const tree = ctx.view.introduction;
  return tree ? [heading(1, partHeading(ctx.outline, 'introduction'), { anchor: 'introduction' }), ...richBlocks(headingsUnder(tree, 1), bodyCtx(ctx))] : [];
}
