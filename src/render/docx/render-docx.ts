// One assessment as a Word document: the parts in the print view's order, the page furniture, the package.
import { say, type Wording } from '../../model/wording.ts';
import { documentOutline, type PartId } from '../document-outline.ts';
import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, TableOfContents, TextRun, type ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { AssessmentView } from '../view-model.ts';
import { approvalSentence, codeName, coverTitle } from '../phrases.ts';
import { ListRegistry, type Block, type Ctx } from './blocks.ts';
import { COLOUR, FONT, PAGE, STYLE, numberingOptions, stylesOptions } from './styles.ts';
import { repackDeterministic } from './package.ts';
import { about, contents, cover, editionLabel, introduction, response } from './front-matter.ts';
import { atAGlance } from './at-a-glance.ts';
import { changes } from './changes.ts';
import { assessment } from './appendix-a.ts';
import { actionPlan, approval, documentsReferredTo } from './back-matter.ts';
import { reportPart } from './report.ts';

export { editionLabel };

/** How each part of a document is laid out in Word: the outline (document-outline.ts) says which, in what order. */
const PARTS: Readonly<Record<PartId, (ctx: Ctx) => Block[]>> = {
  about, response, introduction, 'at-a-glance': atAGlance, changes, assessment, documents: documentsReferredTo, 'action-plan': actionPlan,
  'part-b': reportPart('part-b'), 'part-c': reportPart('part-c'), 'part-d': reportPart('part-d'), 'part-e': reportPart('part-e'), 'part-f': reportPart('part-f'),
  approval,
};

/**
 * Renders one assessment, in one edition, as a Word document with the parts of the print view (the PDF), in its
 * order and under its headings: the cover, the contents, about this self-assessment (with the response and the
 * introduction), at a glance, what changed, the Appendix A tables section by section, the documents referred to,
 * the action plan, and the approval or the status of the draft. The same view gives the same bytes, whatever the
 * date or time zone.
 */
export async function renderDocx(view: AssessmentView): Promise<Uint8Array> {
  const wording = view.wording;
  const ctx: Ctx = { view, lists: new ListRegistry(), wording, outline: documentOutline(view, wording) };
  const children: (Block | TableOfContents)[] = [
    ...cover(view, ctx.wording),
    ...contents(ctx.wording),
    // The parts in the order of the document's outline, as the print view has them.
    ...ctx.outline.flatMap((entry) => PARTS[entry.id](ctx)),
  ];
  const doc = new Document({
    title: view.meta.title,
    subject: view.meta.subject,
    creator: view.meta.author,
    keywords: view.meta.keywords.join(', '),
    description: description(view, wording),
    lastModifiedBy: 'chc',
    revision: 1,
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
  return repackDeterministic(packed, { date: view.meta.date, language: 'en-GB' });
}

/** The description in the document's properties, from the view. */
function description(view: AssessmentView, wording: Wording): string {
  const status = approvalSentence(view) ?? say(wording, 'approval.draft', { body: view.landlord.governingBody });
  return say(wording, 'meta.description', { landlord: view.landlord.name, code: codeName(view), months: view.periodLabel, edition: editionLabel(view), status });
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

/** The footer on every page, with the words of the PDF's: "Landlord — title PERIOD — page X of Y", and "— DRAFT" on a draft. */
function footer(view: AssessmentView): Footer {
  return new Footer({
    children: [new Paragraph({
      style: STYLE.footer,
      alignment: AlignmentType.CENTER,
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
      children: [
        new TextRun(`${view.landlord.name} — ${coverTitle(view)} ${view.period} — page `),
        new TextRun({ children: [PageNumber.CURRENT] }),
        new TextRun(' of '),
        new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ...(view.draft ? [new TextRun(' — DRAFT')] : []),
      ],
    })],
  });
}
