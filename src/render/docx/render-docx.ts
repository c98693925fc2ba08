import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableOfContents, TableRow, TextRun, VerticalAlignTable, WidthType,
  type ParagraphChild,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { longDate, type ActionView, type AssessmentView, type Counts, type DocumentView, type ProvisionView } from '../view-model.ts';
import { richToText } from '../markdown.ts';
import { GRID_BORDERS, ListRegistry, isExternalUrl, richBlocks, splitWidth, type Block, type RichContext } from './markdown-docx.ts';
import { BULLETS, COLOUR, FONT, PAGE, SIZE, STYLE, TEXT_WIDTH, listIndent, numberingOptions, stylesOptions } from './styles.ts';
import { repackDeterministic } from './package.ts';

/** The edition as printed on the cover and in the header. */
export function editionLabel(view: AssessmentView): string {
  return view.edition === 'board' ? 'Board edition — contains internal documents' : 'Public edition';
}

const DOC_TITLE = 'Complaint Handling Code self-assessment';

/** The Appendix A columns and their share of the text width. */
const APPENDIX_A = [
  { title: 'Code provision', share: 11 },
  { title: 'Code requirement', share: 28 },
  { title: 'Comply', share: 11 },
  { title: 'Evidence', share: 29 },
  { title: 'Commentary / explanation', share: 21 },
] as const;

/** Cell padding, in twips. */
const CELL_MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };

/**
 * Rows of up to about half a page of 9 pt text are kept on one page; longer rows may split, rather than leave a
 * large gap at the foot of the page before them.
 */
const ROW_LINES_KEPT_TOGETHER = 30;

interface Ctx {
  view: AssessmentView;
  lists: ListRegistry;
}

/**
 * Renders one assessment, in one edition, as a Word document for the governing body: a cover, a table of contents,
 * the introduction and response, a summary, what changed, the Appendix A tables section by section, the action plan
 * and a note on where the document came from. The same view gives the same bytes, whatever the date or time zone.
 */
export async function renderDocx(view: AssessmentView): Promise<Uint8Array> {
  const ctx: Ctx = { view, lists: new ListRegistry() };
  const children: (Paragraph | Table | TableOfContents)[] = [
    ...cover(view),
    ...contents(),
    ...introduction(ctx),
    ...atAGlance(view, !view.introduction && !view.response),
    ...changes(ctx),
    ...assessment(ctx),
    ...actionPlan(ctx),
    ...about(view),
  ];
  const doc = new Document({
    title: view.meta.title,
    subject: view.meta.subject,
    creator: view.meta.author,
    keywords: view.meta.keywords.join(', '),
    description: description(view),
    lastModifiedBy: 'chc',
    revision: 1,
    features: { updateFields: true },
    styles: stylesOptions(),
    numbering: numberingOptions(ctx.lists.starts),
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: PAGE.margin,
        },
      },
      headers: { default: header(view) },
      footers: { default: footer(view) },
      children,
    }],
  });
  const packed = await Packer.toBuffer(doc);
  return repackDeterministic(packed, { date: view.meta.date });
}

/** The description in the document's properties, from the view. */
function description(view: AssessmentView): string {
  const status = view.approval
    ? `Approved by the ${view.approval.body} on ${longDate(view.approval.date)}.`
    : `Draft: not yet approved by the ${view.landlord.governingBody}.`;
  return `${view.landlord.name}'s self-assessment against the ${view.code.publisher}'s ${view.code.title} (${view.code.id}) for ${view.periodLabel}. ${editionLabel(view)}. ${status}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Page furniture

function header(view: AssessmentView): Header {
  const runs: ParagraphChild[] = [];
  if (view.draft) {
    // Word's own watermark: WordArt in the header, behind the text of every page; LibreOffice shows it too.
    runs.push(new TextWatermark({ text: 'DRAFT', font: FONT, bold: true, color: 'C8C8C8', opacity: 0.5, layout: 'diagonal' }));
    runs.push(new TextRun({ text: 'DRAFT', bold: true, color: COLOUR.draft }), new TextRun(' — '));
  }
  runs.push(new TextRun(`${view.landlord.name} · ${editionLabel(view)}`));
  return new Header({ children: [new Paragraph({ style: STYLE.header, alignment: AlignmentType.RIGHT, children: runs })] });
}

function footer(view: AssessmentView): Footer {
  return new Footer({
    children: [new Paragraph({
      style: STYLE.footer,
      alignment: AlignmentType.CENTER,
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
      children: [
        new TextRun(`${view.landlord.name} — ${DOC_TITLE} ${view.period} — page `),
        new TextRun({ children: [PageNumber.CURRENT] }),
        new TextRun(' of '),
        new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
      ],
    })],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Cover and contents

function detail(label: string, value: string | ParagraphChild[]): Paragraph {
  return new Paragraph({
    style: STYLE.coverDetail,
    children: [new TextRun({ text: `${label}: `, bold: true }), ...(typeof value === 'string' ? [new TextRun(value)] : value)],
  });
}

function cover(view: AssessmentView): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ spacing: { before: 1800, after: 120 }, children: [new TextRun({ text: view.landlord.name, size: 28, bold: true, color: COLOUR.muted })] }),
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(DOC_TITLE)] }),
    new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(`${view.period}: ${view.periodLabel}`)] }),
    detail('Code', `${view.code.publisher}, ${view.code.title} (${view.code.id})`),
    detail('Edition', editionLabel(view)),
    detail('Assessed on', longDate(view.assessedOn)),
  ];
  if (view.covers.length) out.push(detail('Covers', view.covers.join(', ')));
  if (view.landlord.mrc) out.push(detail('Member responsible for complaints', view.landlord.mrc));
  if (view.approval) {
    const a = view.approval;
    out.push(new Paragraph({
      spacing: { before: 480, after: 80 },
      border: { left: { style: BorderStyle.SINGLE, size: 24, color: COLOUR.good, space: 10 } },
      indent: { left: 227 },
      children: [new TextRun({ text: `Approved by the ${a.body} on ${longDate(a.date)}`, bold: true, size: 24, color: COLOUR.good })],
    }));
    if (a.reference) out.push(new Paragraph({ indent: { left: 227 }, border: { left: { style: BorderStyle.SINGLE, size: 24, color: COLOUR.good, space: 10 } }, children: [new TextRun(`Reference: ${a.reference}`)] }));
  } else {
    const box = { style: BorderStyle.SINGLE, size: 18, color: COLOUR.draft, space: 8 };
    out.push(new Paragraph({
      spacing: { before: 480, after: 80 },
      alignment: AlignmentType.CENTER,
      border: { top: box, bottom: box, left: box, right: box },
      children: [new TextRun({ text: `DRAFT — not yet approved by the ${view.landlord.governingBody}`, bold: true, size: 28, color: COLOUR.draft })],
    }));
  }
  out.push(new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: `Prepared from ${view.landlord.name}'s self-assessment data by chc.`, size: SIZE.small, color: COLOUR.muted })] }));
  return out;
}

function contents(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({
      style: STYLE.note,
      spacing: { before: 200 },
      children: [new TextRun('If the page numbers are missing or out of date, update the table: in Word, right-click it and choose Update Field (or select it and press F9); in LibreOffice, right-click it and choose Update Index.')],
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Body

const bodyCtx = (ctx: Ctx): RichContext => ({ lists: ctx.lists, compact: false, width: TEXT_WIDTH, headings: true });
const cellCtx = (ctx: Ctx, width: number): RichContext => ({ lists: ctx.lists, style: STYLE.tableText, compact: true, width: width - CELL_MARGINS.left - CELL_MARGINS.right, headings: false });

function h1(text: string, pageBreak = false): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: pageBreak || undefined, children: [new TextRun(text)] });
}
function h2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}
function para(text: string | ParagraphChild[], opts: { style?: string; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style: opts.style, keepNext: opts.keepNext, children: typeof text === 'string' ? [new TextRun(text)] : text });
}

function introduction(ctx: Ctx): Block[] {
  const { view } = ctx;
  const out: Block[] = [];
  let first = true;
  if (view.introduction) {
    out.push(h1('Introduction', first), ...richBlocks(view.introduction, bodyCtx(ctx)));
    first = false;
  }
  if (view.response) {
    out.push(h1(`The ${view.landlord.governingBody}'s response`, first), ...richBlocks(view.response, bodyCtx(ctx)));
  }
  return out;
}

/** A table header cell. */
function headCell(text: string, width: number, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.headerFill },
    verticalAlign: VerticalAlignTable.BOTTOM,
    children: [new Paragraph({ style: STYLE.tableHeading, alignment: align, children: [new TextRun(text)] })],
  });
}

/** A table body cell. */
function cell(children: Block[], width: number, opts: { fill?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): TableCell {
  const content = children.length ? children : [new Paragraph({ style: STYLE.tableText, alignment: opts.align, children: [] })];
  // Word needs a cell to end with a paragraph.
  if (content.at(-1) instanceof Table) content.push(new Paragraph({ style: STYLE.tableText, children: [] }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
    children: content,
  });
}

function textCell(text: string | ParagraphChild[], width: number, opts: { fill?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean } = {}): TableCell {
  const runs = typeof text === 'string' ? [new TextRun({ text, bold: opts.bold || undefined })] : text;
  return cell([new Paragraph({ style: STYLE.tableText, alignment: opts.align, children: runs })], width, opts);
}

function grid(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: CELL_MARGINS,
  });
}

function countsSentence(c: Counts): string {
  const parts = [
    `${c.yes} Yes`, `${c.partial} Partly`, `${c.no} No`, `${c.na} Not applicable`,
    ...(c.answered ? [`${c.answered} Answered`] : []),
    `${c.unanswered} Not answered`,
  ];
  return `${c.total} provision${c.total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

function atAGlance(view: AssessmentView, newPage: boolean): Block[] {
  const withAnswered = view.totals.answered > 0;
  const cols: { title: string; value: (c: Counts) => number }[] = [
    { title: 'Yes', value: (c) => c.yes },
    { title: 'Partly', value: (c) => c.partial },
    { title: 'No', value: (c) => c.no },
    { title: 'Not applicable', value: (c) => c.na },
    ...(withAnswered ? [{ title: 'Answered', value: (c: Counts) => c.answered }] : []),
    { title: 'Not answered', value: (c) => c.unanswered },
    { title: 'Total', value: (c) => c.total },
  ];
  // Number columns wide enough for "applicable" in bold on one line; the section titles take the rest.
  const numberWidth = Math.min(1150, Math.floor((TEXT_WIDTH * 0.72) / cols.length));
  const widths = [TEXT_WIDTH - numberWidth * cols.length, ...cols.map(() => numberWidth)];
  const row = (label: string, c: Counts, total = false) => new TableRow({
    cantSplit: true,
    children: [
      textCell(label, widths[0]!, { bold: total, ...(total ? { fill: COLOUR.zebra } : {}) }),
      ...cols.map((col, i) => {
        const v = col.value(c);
        const alarm = v > 0 && (col.title === 'Not answered' || col.title === 'No');
        return textCell(
          [new TextRun({ text: String(v), bold: total || alarm || undefined, color: alarm ? COLOUR.bad : undefined })],
          widths[i + 1]!, { align: AlignmentType.RIGHT, ...(total ? { fill: COLOUR.zebra } : {}) },
        );
      }),
    ],
  });
  const t = view.totals;
  const summary = `Against the ${view.code.title} (${view.code.id}), ${view.landlord.name} has assessed ${t.total} provisions in ${view.sections.length} sections. It complies fully with ${t.yes}, partly with ${t.partial} and not with ${t.no}; ${t.na} ${t.na === 1 ? 'does' : 'do'} not apply${t.answered ? `; ${t.answered} ${t.answered === 1 ? 'question is' : 'questions are'} answered with a figure or an explanation` : ''}${t.unanswered ? `; ${t.unanswered} ${t.unanswered === 1 ? 'is' : 'are'} not answered yet` : ''}.`;
  return [
    h1('At a glance', newPage),
    para(summary),
    grid([
      new TableRow({ tableHeader: true, cantSplit: true, children: [headCell('Section', widths[0]!), ...cols.map((c, i) => headCell(c.title, widths[i + 1]!, AlignmentType.RIGHT))] }),
      ...view.sections.map((s) => row(`Section ${s.id}: ${s.title}`, s.counts)),
      row('All sections', view.totals, true),
    ], widths),
    ...(view.openActions.length ? [new Paragraph({ spacing: { before: 160 }, children: [new TextRun(`${view.openActions.length} action${view.openActions.length === 1 ? ' is' : 's are'} open: see the action plan.`)] })] : []),
  ];
}

function changes(ctx: Ctx): Block[] {
  const c = ctx.view.changes;
  if (!c) return [];
  const n = c.counts;
  const out: Block[] = [
    h1(`What changed since ${c.fromPeriod}`),
    para(`Compared with the ${c.fromPeriod} self-assessment${c.codeChanged ? `, made against the ${c.fromCode} Code` : ''}:`, { keepNext: true }),
  ];
  const bullets = ctx.lists.open(false, 1);
  const item = (text: string) => new Paragraph({ numbering: { reference: BULLETS, level: 0, instance: bullets.instance, custom: true }, indent: listIndent(0, false), spacing: { after: 40 }, children: [new TextRun(text)] });
  const facts: [number, string, string][] = [
    [n.improved, 'answer improved', 'answers improved'],
    [n.regressed, 'answer got worse', 'answers got worse'],
    [n.unchanged, 'answer unchanged', 'answers unchanged'],
    [n.new, 'new provision', 'new provisions'],
    [n.newlyAnswered, 'provision answered for the first time', 'provisions answered for the first time'],
    [n.noLongerAnswered, 'provision no longer answered', 'provisions no longer answered'],
    [n.overdueActions, 'action from last time overdue', 'actions from last time overdue'],
  ];
  for (const [k, one, many] of facts) out.push(item(`${k} ${k === 1 ? one : many}`));

  if (c.codeChanged) {
    out.push(h2('Changes in the Code'));
    out.push(para(`The ${c.fromPeriod} self-assessment was made against the ${c.fromCode} Code; this one is made against the ${ctx.view.code.id} Code.${c.codeChanges.length ? ' The changes that matter:' : ''}`, { keepNext: c.codeChanges.length > 0 }));
    const list = ctx.lists.open(false, 1);
    for (const cc of c.codeChanges) {
      out.push(new Paragraph({
        numbering: { reference: BULLETS, level: 0, instance: list.instance, custom: true }, indent: listIndent(0, false), spacing: { after: 40 },
        children: [new TextRun({ text: `${cc.from.join(', ') || '(none)'} → ${cc.to.join(', ') || '(none)'}`, bold: true }), new TextRun(cc.note ? `: ${cc.note}` : '')],
      }));
    }
  }

  out.push(h2('Provisions whose answer changed'));
  if (c.items.length === 0) {
    out.push(para('No provision\'s answer changed.'));
  } else {
    const widths = splitWidth(TEXT_WIDTH, [40, 25, 35]);
    out.push(grid([
      new TableRow({ tableHeader: true, cantSplit: true, children: [headCell('Provision', widths[0]!), headCell('Change', widths[1]!), headCell('Before → now', widths[2]!)] }),
      ...c.items.map((it) => new TableRow({
        cantSplit: true,
        children: [
          cell([new Paragraph({
            style: STYLE.tableText,
            children: [
              new TextRun({ text: it.id, bold: true }),
              ...(it.title ? [new TextRun(` ${it.title}`)] : []),
              ...(it.previous.length ? [new TextRun({ text: `Previously ${it.previous.join(', ')}`, break: 1, size: SIZE.small, color: COLOUR.muted })] : []),
            ],
          })], widths[0]!),
          textCell(capitalise(it.kind), widths[1]!, { bold: it.kind === 'regressed' || it.kind === 'no longer answered' }),
          textCell(`${it.from} → ${it.to}`, widths[2]!),
        ],
      })),
    ], widths));
  }
  if (c.dropped.length) {
    out.push(h2('Provisions no longer in the Code'));
    const list = ctx.lists.open(false, 1);
    for (const d of c.dropped) {
      out.push(new Paragraph({
        numbering: { reference: BULLETS, level: 0, instance: list.instance, custom: true }, indent: listIndent(0, false), spacing: { after: 40 },
        children: [new TextRun({ text: d.id, bold: true }), new TextRun(`${d.title ? ` ${d.title}` : ''} (was: ${d.status})`)],
      }));
    }
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------------------
// The self-assessment, in the Ombudsman's Appendix A layout

function assessment(ctx: Ctx): Block[] {
  const out: Block[] = [];
  ctx.view.sections.forEach((s, i) => {
    out.push(h1(`Section ${s.id}: ${s.title}`, i === 0));
    out.push(para(countsSentence(s.counts), { style: STYLE.note, keepNext: true }));
    for (const g of s.groups) {
      if (g.title !== null) out.push(h2(g.title));
      out.push(appendixTable(ctx, g.provisions));
    }
  });
  return out;
}

const APPENDIX_WIDTHS = splitWidth(TEXT_WIDTH, APPENDIX_A.map((c) => c.share));

function appendixTable(ctx: Ctx, provisions: ProvisionView[]): Table {
  const w = APPENDIX_WIDTHS;
  return grid([
    new TableRow({ tableHeader: true, cantSplit: true, children: APPENDIX_A.map((c, i) => headCell(c.title, w[i]!)) }),
    ...provisions.map((p) => provisionRow(ctx, p)),
  ], w);
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

function provisionRow(ctx: Ctx, p: ProvisionView): TableRow {
  const w = APPENDIX_WIDTHS;
  const small = (text: string, italics = false) => new TextRun({ text, size: SIZE.small, color: COLOUR.muted, italics: italics || undefined });

  const provision = [new Paragraph({
    style: STYLE.tableText,
    keepNext: true,
    children: [new TextRun({ text: p.id, bold: true }), ...(p.title ? [new TextRun({ break: 1 }), small(p.title)] : [])],
  })];

  const requirement: Block[] = [
    ...richBlocks(p.text, cellCtx(ctx, w[1]!)),
    ...(p.conditional ? [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: p.conditional, italics: true })] })] : []),
  ];

  const look = statusLook(p);
  const comply = [new Paragraph({
    style: STYLE.tableText,
    children: [new TextRun({ text: p.status === 'unanswered' ? `⚠ ${p.statusLabel}` : p.statusLabel, bold: true, color: look.color })],
  })];

  const evidence: Block[] = [
    ...richBlocks(p.answer, cellCtx(ctx, w[3]!)),
    ...richBlocks(p.evidence, cellCtx(ctx, w[3]!)),
    ...documentList(ctx, p.documents),
  ];

  const commentary: Block[] = [
    ...richBlocks(p.commentary, cellCtx(ctx, w[4]!)),
    ...p.actions.flatMap((a) => actionBlocks(ctx, a, w[4]!)),
  ];

  const lines = Math.max(
    estimateLines([p.id, p.title ?? ''].join(' '), w[0]!) + 1,
    estimateLines(richToText(p.text) + ' ' + (p.conditional ?? ''), w[1]!),
    estimateLines([p.answer, p.evidence].map((r) => r ? richToText(r) : '').join('\n') + '\n' + p.documents.map((d) => d.label).join('\n'), w[3]!),
    estimateLines((p.commentary ? richToText(p.commentary) : '') + '\n' + p.actions.map((a) => `${a.description} owner due status`).join('\n'), w[4]!),
  );
  return new TableRow({
    cantSplit: lines <= ROW_LINES_KEPT_TOGETHER,
    children: [
      cell(provision, w[0]!),
      cell(requirement, w[1]!),
      cell(comply, w[2]!, look.fill ? { fill: look.fill } : {}),
      cell(evidence, w[3]!),
      cell(commentary, w[4]!),
    ],
  });
}

/** Roughly how many lines of 9 pt Arial a text takes in a column: enough to tell a short row from a long one. */
function estimateLines(text: string, width: number): number {
  const perLine = Math.max(8, Math.floor((width - CELL_MARGINS.left - CELL_MARGINS.right) / 95));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

function documentList(ctx: Ctx, docs: DocumentView[]): Block[] {
  if (docs.length === 0) return [];
  const { instance } = ctx.lists.open(false, 1);
  return [
    new Paragraph({ style: STYLE.tableText, keepNext: true, spacing: { before: 60, after: 40 }, children: [new TextRun({ text: docs.length === 1 ? 'Document' : 'Documents', bold: true })] }),
    ...docs.map((d) => new Paragraph({
      style: STYLE.tableText,
      numbering: { reference: BULLETS, level: 0, instance, custom: true },
      indent: listIndent(0, true),
      spacing: { after: 40 },
      children: documentRuns(d),
    })),
  ];
}

function documentRuns(d: DocumentView): ParagraphChild[] {
  if (d.internal && d.title === null) return [new TextRun({ text: d.label, italics: true, color: COLOUR.muted })];
  const marker = ' — internal document';
  const internalMark = d.internal && d.label.endsWith(marker);
  const text = internalMark ? d.label.slice(0, -marker.length) : d.label;
  const label: ParagraphChild = d.url && isExternalUrl(d.url)
    ? new ExternalHyperlink({ link: d.url, children: [new TextRun({ text, style: 'Hyperlink' })] })
    : new TextRun(text);
  return [
    label,
    ...(d.internal ? [new TextRun({ text: internalMark ? marker : ' — internal document', bold: true, color: COLOUR.heading })] : []),
  ];
}

function actionBlocks(ctx: Ctx, a: ActionView, width: number): Block[] {
  const facts = [
    `Owner: ${a.owner ?? 'not set'}`,
    `Due: ${a.due ? longDate(a.due) : 'no date set'}`,
    `Status: ${a.status === 'done' && a.completedOn ? `done on ${longDate(a.completedOn)}` : a.status}`,
  ];
  return [
    new Paragraph({
      style: STYLE.tableText,
      spacing: { before: 60, after: 20 },
      children: [new TextRun({ text: 'Action: ', bold: true }), new TextRun(a.description)],
    }),
    new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: facts.join(' · '), size: SIZE.small, color: COLOUR.muted })] }),
    ...richBlocks(a.note, cellCtx(ctx, width)),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Action plan and the last page

function actionPlan(ctx: Ctx): Block[] {
  const { view } = ctx;
  const out: Block[] = [h1('Action plan', true)];
  if (view.openActions.length === 0) {
    out.push(para('There are no open actions.'));
    return out;
  }
  out.push(para(`${view.openActions.length} open action${view.openActions.length === 1 ? '' : 's'}, by due date.`));
  const widths = splitWidth(TEXT_WIDTH, [12, 56, 16, 16]);
  out.push(grid([
    new TableRow({ tableHeader: true, cantSplit: true, children: ['Provision', 'Action', 'Owner', 'Due'].map((t, i) => headCell(t, widths[i]!)) }),
    ...view.openActions.map((a) => new TableRow({
      cantSplit: true,
      children: [
        textCell(a.provision, widths[0]!, { bold: true }),
        cell([new Paragraph({ style: STYLE.tableText, children: [new TextRun(a.description)] }), ...richBlocks(a.note, cellCtx(ctx, widths[1]!))], widths[1]!),
        textCell(a.owner ?? '—', widths[2]!),
        textCell(a.due ? longDate(a.due) : 'No date set', widths[3]!),
      ],
    })),
  ], widths));
  return out;
}

function about(view: AssessmentView): Block[] {
  const out: Block[] = [
    h1('About this document', true),
    para(`This document was generated by chc from ${view.landlord.name}'s self-assessment data against the ${view.code.publisher}'s ${view.code.title} (${view.code.id}). The website, the PDF and this document are produced from the same data, so they say the same thing.`),
    para(view.edition === 'board'
      ? 'This is the board edition. It names the internal documents given as evidence, marked as internal. Do not publish it: the public edition lists them as available on request.'
      : 'This is the public edition. Internal documents given as evidence are not named here; each is listed as an internal document, available on request.'),
  ];
  if (view.approval) {
    const a = view.approval;
    out.push(para(`Approved by the ${a.body} on ${longDate(a.date)}.${a.reference ? ` Reference: ${a.reference}${/[.!?]$/.test(a.reference) ? '' : '.'}` : ''}`));
  } else {
    out.push(para([new TextRun({ text: 'DRAFT. ', bold: true, color: COLOUR.draft }), new TextRun(`This self-assessment has not yet been approved by the ${view.landlord.governingBody}. It is shown for review and may change.`)]));
  }
  if (view.approval?.sha256) {
    out.push(para([
      new TextRun({ text: 'Approved content (SHA-256): ', bold: true }),
      new TextRun({ text: view.approval.sha256, font: 'Courier New', size: SIZE.table }),
    ]));
    out.push(para('This fingerprint of the approved self-assessment data matches the one recorded with the governing body\'s approval, so a reader can match this document with its minutes.', { style: STYLE.note }));
  }
  const links: [string, string | null][] = [['Website', view.landlord.website], ['How to complain', view.landlord.complaintsPage]];
  for (const [label, url] of links) {
    if (!url) continue;
    out.push(para([
      new TextRun({ text: `${label}: `, bold: true }),
      ...(isExternalUrl(url) ? [new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] })] : [new TextRun(url)]),
    ]));
  }
  return out;
}

