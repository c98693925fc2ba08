// "The self-assessment, section by section": each section of the Code, and each stage within it, as a table in the
// layout of Appendix A of the Ombudsman's self-assessment form, with the print view's content in each cell.
import { partHeading } from '../document-outline.ts';
import { BorderStyle, ExternalHyperlink, Paragraph, TableRow, TextRun, type ParagraphChild } from 'docx';
import { actionMeta, changeSentence, tableColumns } from '../phrases.ts';
import { say, type Wording } from '../../model/wording.ts';
import { type ActionView, type AssessmentView, type DocumentView, type ProvisionView } from '../view-model.ts';
import { CELL_MARGINS, bookmarked, cell, cellCtx, columnsDescription, grid, headerRow, heading, type Ctx, isExternalUrl, type Block } from './blocks.ts';
import { richBlocks } from './markdown-docx.ts';
import { richMinWidth, richPieces } from './measure-rich.ts';
import { balanceColumns, cellLines, type Piece } from './column-widths.ts';
import { BULLETS, COLOUR, SIZE, STYLE, TEXT_WIDTH, listIndent } from './styles.ts';
import { longestWordWidth, textWidth, type Font } from './text-width.ts';


/** The narrowest the requirement, evidence and commentary columns may be, however little they hold: 2.5 cm. */
const FLEX_FLOOR = 1420;

/**
 * Rows of up to about 12 lines of 9 pt text (a sixth of a page) are kept on one page; longer rows may split, as in
 * print: kept whole, a long row leaves the foot of the page before it empty. The first row under a heading is kept
 * whole up to about half a page, so that a heading does not end a page over a line or two of its table.
 */
const ROW_LINES_KEPT_TOGETHER = 12;
const FIRST_ROW_LINES_KEPT_TOGETHER = 30;

const PAD = CELL_MARGINS.left + CELL_MARGINS.right;
const TABLE: Font = { size: SIZE.table };
const TABLE_BOLD: Font = { size: SIZE.table, bold: true };
/** Size of a provision's number, in half-points. */
const ID_SIZE = 20;

/** The label in the comply column. */
const complyText = (p: ProvisionView) => (p.status === 'unanswered' ? `⚠ ${p.statusLabel}` : p.statusLabel);


/** A provision's cells as pieces of text, for estimating their heights: requirement, evidence, commentary. */
function flexPieces(view: AssessmentView, p: ProvisionView): Piece[][] {
  const plain = (text: string, indent = 0): Piece => ({ width: textWidth(text, TABLE), indent });
  const change = changeSentence(view, p);
  const bullet = listIndent(0, true).left;
  return [
    [...richPieces(p.text), plain(say(view.wording, 'provision.inPlainEnglish', { summary: p.summary })), ...(p.conditional ? [plain(p.conditional)] : [])],
    [...richPieces(p.answer), ...richPieces(p.evidence), ...p.documents.map((d) => plain(`${d.label}${d.file ? say(view.wording, 'documents.file', { file: d.file }) : ''}`, bullet))],
    [...richPieces(p.commentary), ...p.actions.flatMap((a) => [plain(`${say(view.wording, 'action.label')} ${a.description} ${actionMeta(view.wording, a)}`, bullet), ...richPieces(a.note)]), ...(p.actionToBeSet ? [plain(`${say(view.wording, 'action.toBeSet')}.`)] : []), ...(change ? [plain(change)] : [])],
  ];
}

/** A provision's first and third cells, the number and title and the answer, as pieces of text. */
function fixedPieces(w: Wording, p: ProvisionView): [Piece[], Piece[]] {
  return [
    [{ width: textWidth(p.id, { size: ID_SIZE, bold: true }) }, ...(p.title ? [{ width: textWidth(p.title, TABLE) }] : []), { width: textWidth(p.level, TABLE) }],
    [{ width: textWidth(complyText(p), TABLE_BOLD) }, ...(p.carriedNotReviewed ? [{ width: textWidth(say(w, 'provision.carriedNotReviewed'), TABLE) }] : [])],
  ];
}

/**
 * The widths of the five columns, the same for every table of the document, so that no word is split and the tables
 * are as short as they can be: the provision and comply columns as wide as their longest word, then the rest of the
 * width shared between the requirement, the evidence and the commentary as makes the rows shortest, each at least as
 * wide as its longest word (and its widest nested table) and at least 2.5 cm.
 */
export function appendixWidths(view: AssessmentView): number[] {
  const provisions = view.sections.flatMap((s) => s.groups.flatMap((g) => g.provisions));
  const w = view.wording;
  const COLUMNS = tableColumns(w);
  const widest = (f: (p: ProvisionView) => number, head: string) => Math.max(longestWordWidth(head, TABLE_BOLD), ...provisions.map(f)) + PAD;
  const idW = Math.max(1000, widest((p) => Math.max(longestWordWidth(p.id, { size: ID_SIZE, bold: true }), longestWordWidth(`${p.title ?? ''} ${p.level}`, TABLE)), COLUMNS[0]) + 40);
  const complyW = Math.max(850, widest((p) => longestWordWidth(complyText(p), TABLE_BOLD), COLUMNS[2]) + 40);
  const bullet = listIndent(0, true).left;
  const mins = [
    widest((p) => Math.max(richMinWidth(p.text), longestWordWidth(`${say(w, 'provision.inPlainEnglish', { summary: p.summary })} ${p.conditional ?? ''}`, TABLE)), COLUMNS[1]),
    widest((p) => Math.max(richMinWidth(p.answer), richMinWidth(p.evidence), ...p.documents.map((d) => bullet + longestWordWidth(d.label, TABLE))), COLUMNS[3]),
    widest((p) => Math.max(richMinWidth(p.commentary), ...p.actions.map((a) => bullet + longestWordWidth(`${say(w, 'action.label')} ${a.description} ${actionMeta(w, a)}`, TABLE))), COLUMNS[4]),
  ].map((m) => Math.max(FLEX_FLOOR, m + 40));
  const pieces = provisions.map((p) => flexPieces(view, p));
  const fixed = provisions.map((p) => {
    const [id, comply] = fixedPieces(w, p);
    return Math.max(cellLines(id, idW - PAD), cellLines(comply, complyW - PAD));
  });
  const balanced = balanceColumns(
    mins.map((min, k) => ({ min: min - PAD, rows: pieces.map((row) => row[k]!) })),
    TEXT_WIDTH - idW - complyW - 3 * PAD,
    fixed,
  ).map((w) => w + PAD);
  const [req, ev, com] = landlordFirst(balanced as [number, number, number], mins as [number, number, number]);
  return [idW, req, complyW, ev, com];
}

/**
 * The landlord's columns (evidence, commentary) at least as wide as the Code's requirement: the Code's text is the
 * same for every landlord and every year, the landlord's own words are what the document is for (a 7 cm requirement
 * beside 2.6 cm of evidence wrapped a council's evidence to twenty lines). Where the balance gave the requirement
 * more, it gets the most a third of the width allows (never less than its longest word), and the rest is shared
 * between the other two as the balance shared it.
 */
export function landlordFirst([req, ev, com]: [number, number, number], [reqMin, evMin, comMin]: [number, number, number]): [number, number, number] {
  if (req <= ev && req <= com) return [req, ev, com];
  const total = req + ev + com;
  const r = Math.max(reqMin, Math.min(req, Math.floor(total / 3)));
  const rest = total - r;
  let e = Math.max(evMin, r, Math.round((rest * ev) / (ev + com)));
  let c = rest - e;
  if (c < Math.max(comMin, r)) {
    c = Math.max(comMin, r);
    e = rest - c;
  }
  return [r, e, c];
}

/** Roughly how many lines of 9 pt text a provision's row takes at the given widths. */
function rowLines(view: AssessmentView, p: ProvisionView, w: number[]): number {
  const [id, comply] = fixedPieces(view.wording, p);
  const [req, ev, com] = flexPieces(view, p);
  return Math.max(cellLines(id, w[0]! - PAD), cellLines(req!, w[1]! - PAD), cellLines(comply, w[2]! - PAD), cellLines(ev!, w[3]! - PAD), cellLines(com!, w[4]! - PAD));
}

/**
 * "The self-assessment, section by section": a heading, then the sections one after another, as the print view runs
 * them on (a page for each left short tails and near-empty pages).
 */
export function assessment(ctx: Ctx): Block[] {
  const widths = appendixWidths(ctx.view);
  const out: Block[] = [heading(1, partHeading(ctx.outline, 'assessment'), { anchor: 'assessment', spaceBefore: 560 })];
  ctx.view.sections.forEach((s, i) => {
    out.push(heading(2, s.name, { anchor: s.anchor, ...(i > 0 ? { spaceBefore: 400 } : {}) }));
    for (const g of s.groups) {
      if (g.title !== null) out.push(heading(3, g.title));
      const columns = tableColumns(ctx.wording);
      out.push(grid([headerRow(columns, widths), ...g.provisions.map((p, i) => provisionRow(ctx, p, widths, i === 0))], widths, {
        caption: g.title !== null ? `${s.name}: ${g.title}` : s.name,
        description: columnsDescription(ctx.wording, columns),
      }));
      out.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
    }
  });
  return out;
}

/** How the comply label looks: "Not answered" and "No" stand out. */
function statusLook(p: ProvisionView): { color?: string; fill?: string } {
  switch (p.status) {
    case 'unanswered': return { color: COLOUR.bad, fill: COLOUR.badFill };
    case 'no': return { color: COLOUR.bad };
    case 'partial': return { color: COLOUR.warn };
    case 'yes': return { color: COLOUR.good };
    default: return {};
  }
}

const muted = (text: string, opts: { italics?: boolean } = {}) => new TextRun({ text, color: COLOUR.muted, italics: opts.italics || undefined });
/** A paragraph set off from the text above it by a thin rule, as the plain-English summary is in print. */
const ruled = (children: ParagraphChild[]) => new Paragraph({
  style: STYLE.tableText,
  spacing: { before: 60, after: 60 },
  border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 3 } },
  children,
});

function provisionRow(ctx: Ctx, p: ProvisionView, w: number[], first: boolean): TableRow {
  const { view } = ctx;
  const provision = [
    new Paragraph({ style: STYLE.tableText, spacing: { after: 20 }, children: bookmarked(p.anchor, [new TextRun({ text: p.id, bold: true, size: ID_SIZE })]) }),
    ...(p.title ? [new Paragraph({ style: STYLE.tableText, spacing: { after: 40 }, children: [new TextRun(p.title)] })] : []),
    new Paragraph({ style: STYLE.tableText, children: [muted(p.level, { italics: true })] }),
  ];

  const requirement: Block[] = [
    ...richBlocks(p.text, cellCtx(ctx, w[1]!)),
    ruled([muted(say(ctx.wording, 'provision.inPlainEnglish', { summary: p.summary }), { italics: true })]),
    ...(p.conditional ? [ruled([muted(p.conditional, { italics: true })])] : []),
  ];

  const look = statusLook(p);
  const comply = [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: complyText(p), bold: true, color: look.color })] })];
  if (p.carriedNotReviewed) comply.push(new Paragraph({ style: STYLE.answerNote, children: [muted(say(ctx.wording, 'provision.carriedNotReviewed'), { italics: true })] }));

  const evidence: Block[] = [
    ...richBlocks(p.answer, cellCtx(ctx, w[3]!)),
    ...richBlocks(p.evidence, cellCtx(ctx, w[3]!)),
    ...documentList(ctx, p.documents),
  ];
  if (evidence.length === 0) evidence.push(new Paragraph({ style: STYLE.answerNote, children: [muted('—')] }));

  const change = changeSentence(view, p);
  const commentary: Block[] = [
    ...richBlocks(p.commentary, cellCtx(ctx, w[4]!)),
    ...actionList(ctx, p.actions, w[4]!),
    ...(p.actionToBeSet ? [new Paragraph({ style: STYLE.answerNote, children: [new TextRun({ text: `${say(ctx.wording, 'action.toBeSet')}.`, bold: true, color: COLOUR.bad })] })] : []),
    ...(change ? [new Paragraph({ style: STYLE.answerNote, children: [muted(change)] })] : []),
  ];

  const lines = rowLines(view, p, w);
  return new TableRow({
    cantSplit: lines <= (first ? FIRST_ROW_LINES_KEPT_TOGETHER : ROW_LINES_KEPT_TOGETHER),
    children: [
      cell(provision, w[0]!),
      cell(requirement, w[1]!),
      cell(comply, w[2]!, look.fill ? { fill: look.fill } : {}),
      cell(evidence, w[3]!),
      cell(commentary, w[4]!),
    ],
  });
}

/** The documents given as evidence, as a list: linked where they have an address; the file's path in the board edition. */
function documentList(ctx: Ctx, docs: DocumentView[]): Block[] {
  if (docs.length === 0) return [];
  const { instance } = ctx.lists.open(false, 1);
  return docs.map((d) => new Paragraph({
    style: STYLE.evidenceDocument,
    numbering: { reference: BULLETS, level: 0, instance, custom: true },
    indent: listIndent(0, true),
    spacing: { after: 40 },
    children: documentRuns(d),
  }));
}

function documentRuns(d: DocumentView): ParagraphChild[] {
  // An internal document in the public edition: only that it exists (its label says so), in italics as in print.
  if (d.title === null) return [new TextRun({ text: d.label, italics: true })];
  const label: ParagraphChild = d.url && isExternalUrl(d.url)
    ? new ExternalHyperlink({ link: d.url, children: [new TextRun({ text: d.label, style: 'Hyperlink', italics: d.internal || undefined })] })
    : new TextRun({ text: d.label, italics: d.internal || undefined });
  return [label, ...(d.file ? [muted(` (file: ${d.file})`)] : [])];
}

/** The actions, as a list: what is to be done, then who owns it and when it is due, as in print. */
function actionList(ctx: Ctx, actions: ActionView[], width: number): Block[] {
  if (actions.length === 0) return [];
  const { instance } = ctx.lists.open(false, 1);
  return actions.flatMap((a) => [
    new Paragraph({
      style: STYLE.actionItem,
      numbering: { reference: BULLETS, level: 0, instance, custom: true },
      indent: listIndent(0, true),
      spacing: { before: 40, after: 40 },
      children: [new TextRun({ text: say(ctx.wording, 'action.label'), bold: true }), new TextRun(` ${a.description} `), muted(actionMeta(ctx.wording, a))],
    }),
    ...richBlocks(a.note, { ...cellCtx(ctx, width), width: width - PAD - listIndent(0, true).left }),
  ]);
}
