// The parts after the assessment, as the print view has them: the documents referred to, the action plan, and the
// approval (or the status of the draft).
import { partHeading } from '../document-outline.ts';
import { say } from '../../model/wording.ts';
import { BorderStyle, ExternalHyperlink, Paragraph, TableRow, TextRun, type ParagraphChild } from 'docx';
import { citedDocuments, citedForText } from '../site/cited-documents.ts';
import { actionDueText, actionProvisionName, actionsToBeSetSentence, approvalSentence, hasOwners, noOpenActions, plural, provisionsOf } from '../phrases.ts';
import { bullets, caption, cell, columnsDescription, grid, headerRow, heading, internalLink, para, textCell, cellCtx, type Ctx, isExternalUrl, splitWidth, type Block } from './blocks.ts';
import { richBlocks } from './markdown-docx.ts';
import { COLOUR, MONO_FONT, SIZE, STYLE, TEXT_WIDTH } from './styles.ts';

/**
 * "Documents referred to": every document the assessment cites, once however it is cited, with the provisions citing
 * it and where in it (grouped by cited-documents.ts, as the site and the PDF are). In the public edition internal
 * documents are only counted, by the provisions that cite them.
 */
export function documentsReferredTo(ctx: Ctx): Block[] {
  const { view } = ctx;
  const w = ctx.wording;
  const { documents, hidden } = citedDocuments(view);
  // Runs on after the assessment, as in print.
  const out: Block[] = [heading(1, partHeading(ctx.outline, 'documents'), { anchor: 'documents', spaceBefore: 560 })];
  if (documents.length === 0 && hidden === 0) out.push(para(say(ctx.wording, 'documents.none')));
  if (documents.length > 0) {
    out.push(...bullets(ctx, documents.map((d): ParagraphChild[] => [
      d.url && isExternalUrl(d.url)
        ? new ExternalHyperlink({ link: d.url, children: [new TextRun({ text: d.title, style: 'Hyperlink' })] })
        : new TextRun(d.title),
      ...(d.url && isExternalUrl(d.url) ? [new TextRun({ text: ` (${d.url})`, color: COLOUR.muted })] : []),
      ...(d.internal ? [new TextRun(say(w, 'documents.internalMark'))] : []),
      ...(d.file ? [new TextRun({ text: say(w, 'documents.file', { file: d.file }), color: COLOUR.muted })] : []),
      new TextRun({ text: ` ${citedForText(w, d)}`, color: COLOUR.muted }),
    ])));
  }
  if (hidden > 0) {
    out.push(para(say(w, 'documents.hidden', { n: hidden, landlord: view.landlord.name }), { spacingBefore: 120 }));
  }
  return out;
}

/** "Action plan": the open actions by due date, each with its provision (linked) and owner, as the print view's table. */
export function actionPlan(ctx: Ctx): Block[] {
  const { view } = ctx;
  const out: Block[] = [heading(1, partHeading(ctx.outline, 'action-plan'), { anchor: 'action-plan', spaceBefore: 560 })];
  const toBeSet = actionsToBeSetSentence(view);
  if (toBeSet) out.push(para(toBeSet));
  if (view.openActions.length === 0) {
    out.push(para(noOpenActions(ctx.wording, view)));
    return out;
  }
  const byId = new Map(provisionsOf(view).map((p) => [p.id, p]));
  // An owner column only where some action names one (the Code asks for actions and dates, not owners).
  const owners = hasOwners(view);
  const widths = splitWidth(TEXT_WIDTH, owners ? [17, 27, 38, 18] : [17, 30, 53]);
  const w = ctx.wording;
  const title = say(w, 'actions.caption', { period: view.period });
  const columns = [say(w, 'actions.column.due'), say(w, 'actions.column.provision'), say(w, 'actions.column.action'), ...(owners ? [say(w, 'actions.column.owner')] : [])];
  out.push(caption(title));
  out.push(grid([
    headerRow(columns, widths),
    ...view.openActions.map((a) => {
      const p = byId.get(a.provision);
      const name = actionProvisionName(w, a.provision, p?.title);
      return new TableRow({
        cantSplit: true,
        children: [
          textCell(actionDueText(w, a), widths[0]!),
          textCell(p ? [internalLink(p.anchor, name)] : name, widths[1]!),
          cell([new Paragraph({ style: STYLE.tableText, children: [new TextRun(a.description)] }), ...richBlocks(a.note, cellCtx(ctx, widths[2]!))], widths[2]!),
          ...(owners ? [textCell(a.owner ?? '', widths[3]!)] : []),
        ],
      });
    }),
  ], widths, { caption: title, description: columnsDescription(w, columns) }));
  return out;
}

/** "Approval", or "Status of this draft": the approval and the approved content's hash, or the DRAFT notice. */
export function approval(ctx: Ctx): Block[] {
  const { view } = ctx;
  const sentence = approvalSentence(view);
  // Set off from the action plan by a rule, on the same page, as in print.
  const out: Block[] = [new Paragraph({ spacing: { before: 480, after: 0 }, border: { top: { style: BorderStyle.SINGLE, size: 12, color: COLOUR.text, space: 1 } }, keepNext: true, children: [] })];
  out.push(heading(1, partHeading(ctx.outline, 'approval'), { anchor: 'approval' }));
  out.push(sentence
    ? para(sentence)
    : para([new TextRun({ text: 'DRAFT.', bold: true }), new TextRun(` ${say(ctx.wording, 'draft.closing', { body: view.landlord.governingBody })}`)]));
  if (view.approval?.sha256) {
    out.push(para([
      new TextRun(`${say(ctx.wording, 'approval.hash')} `),
      new TextRun({ text: view.approval.sha256, font: MONO_FONT, size: SIZE.table }),
    ]));
  }
  return out;
}
